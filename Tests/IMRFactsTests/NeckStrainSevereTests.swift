import Testing

// A cervical collar is for "comfort in the first few days of the clinical course in severe cases"
// (ACOEM ch. 8 p. 175): neck_strain_severe is true for a neck sprain or strain told severe, or a
// whiplash of grade III (must-read); false for one told mild or moderate; not true for pain told
// severe beside a strain with no severity, a strain of the past, or one left in doubt (must-not).
@Test(
    arguments: [
        ("Diagnosis: severe cervical strain after a rear-end collision.", "true"),
        ("Assessment: moderate to severe whiplash injury; no fracture on x-rays.", "true"),
        ("Whiplash-associated disorder, WAD grade III, with a diminished biceps reflex.", "true"),
        ("Diagnosis: mild cervical sprain.", "false"),
        ("Assessment: moderate neck strain.", "false"),
        ("She reports severe neck pain; diagnosis cervical strain.", "nil"),
        ("A severe cervical strain in 2009 resolved; now a new lumbar strain.", "!true"),
        ("Possible severe cervical strain, to be confirmed.", "nil"),
    ] as [(String, String)])
func neckStrainToldSevere(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Urgent care note 07/28/2015: the 33-year-old driver was injured on 07/27/2015. " + sentence,
        "Soft cervical collar x 2 days", "neck_strain_severe", expected)
}
