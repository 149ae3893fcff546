import Testing

// A glaucoma diagnosed (`diagnoses` holds `glaucoma`; doxepin's label contraindicates it "in
// patients with glaucoma"). Must not: a glaucoma denied, in a list under a negation, or a
// relative's. Written in this project's own words.

@Test(
    arguments: [
        // (summary, expected: the term is among the diagnoses, "!glaucoma" for not)
        ("Past history: open-angle glaucoma on latanoprost drops; hypertension.", "glaucoma"),
        ("She was told of narrow angle glaucoma by her ophthalmologist last year.", "glaucoma"),
        ("Medical history includes glaucoma and type 2 diabetes.", "glaucoma"),
        // Must not.
        ("No glaucoma. No urinary retention.", "!glaucoma"),
        ("Denies heart disease, glaucoma or seizures.", "!glaucoma"),
        ("Her father has glaucoma; she has no eye disease.", "!glaucoma"),
    ] as [(String, String)])
func glaucomaDiagnosis(_ summary: String, _ expected: String) {
    expectRequestFact(
        summary + " Chronic lumbar radiculopathy with burning leg pain.", "Doxepin 25 mg at bedtime #30", "diagnoses", expected,
        anyTerm: true)
}
