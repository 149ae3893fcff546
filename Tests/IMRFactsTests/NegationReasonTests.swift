import Testing

// A reason ("because", "b/c") is a statement of its own: a negation before it does not reach what
// the reason tells ("pain not controlled because the medications have caused side effects": the
// effects are told). A negation right before the reason word denies the reason itself, one inside
// the reason is its own, and what stands before the reason word is negated as before. Rows in this
// engineer's own words.

@Test(
    arguments: [
        // (summary, request, fact, value): the reason told.
        (
            "Pain not controlled because the medications have caused side effects.", "Acupuncture x 6 lumbar", "medication_not_tolerated",
            "true"
        ),
        ("He does not take Norco because it caused nausea.", "Acupuncture x 6 lumbar", "medication_not_tolerated", "true"),
        ("Therapy was never started because the Norco caused nausea.", "Acupuncture x 6 lumbar", "medication_not_tolerated", "true"),
        ("An MRI was not obtained because of his pacemaker.", "CT myelogram lumbar", "mri_precluded", "true"),
        ("no MRI b/c of pacemaker", "CT myelogram lumbar", "mri_precluded", "true"),
        // ...and the negation still denies what it governs.
        (
            "Norco was stopped, not because of side effects but because of the cost.", "Acupuncture x 6 lumbar",
            "medication_not_tolerated", "!true"
        ),
        (
            "No side effects from the medications because she takes them with food.", "Acupuncture x 6 lumbar",
            "medication_not_tolerated", "false"
        ),
        ("Pt denies any side effects b/c she takes the meds w/ food.", "Acupuncture x 6 lumbar", "medication_not_tolerated", "!true"),
        ("Because of the cost she has not had an MRI of the lumbar spine.", "MRI lumbar spine", "prior_study", "false"),
        ("She has not had an MRI of the lumbar spine because of claustrophobia.", "MRI lumbar spine", "prior_study", "false"),
    ] as [(String, String, String, String)])
func aReasonIsNotDeniedByTheNegationBeforeIt(_ summary: String, _ request: String, _ fact: String, _ value: String) {
    expectRequestFact(summary, request, fact, value)
}

@Test func aDrugDeniedBeforeItsReasonStaysDenied() {
    expectRequestFact(
        "He does not take Norco because it caused nausea. She takes naproxen.", "Naproxen 550 mg #60", "medications",
        "!hydrocodone_apap", anyTerm: true)
}
