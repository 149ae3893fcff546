import Testing

// Whose history a summary tells (which person): a relative's diagnosis, surgery or drug is not the
// worker's (`prior_fusion`, `diagnoses`, `medications`, `concurrent_opioid`), and the worker's own
// told beside a relative stays the worker's. Rows in this engineer's own words and voices (a
// history, a family history line, a shorthand "FH:", a social history), must-not beside must-read.

@Test(
    arguments: [
        // (summary, request, fact, a value that must not be read)
        (
            "Low back pain since a fall at work. Her sister had a lumbar fusion two years ago that went badly, and she is afraid of surgery.",
            "X-rays of the lumbar spine, flexion and extension views", "prior_fusion", "true"
        ),
        (
            "The patient's brother underwent a lumbar fusion last year and is still off work.",
            "MRI of the lumbar spine", "prior_fusion", "true"
        ),
        (
            "Family history: mother with rheumatoid arthritis, father with type 2 diabetes.",
            "Naproxen 550 mg #60", "diagnoses", "inflammatory_arthritis"
        ),
        ("Family history: mother with rheumatoid arthritis, father with type 2 diabetes.", "Naproxen 550 mg #60", "diagnoses", "diabetes"),
        ("FH: DM2 in both parents. Neck pain after a rear-end collision.", "MRI of the cervical spine", "diagnoses", "diabetes"),
        ("Her husband is being treated for depression and is out of work.", "Cognitive behavioral therapy x 6", "diagnoses", "depression"),
        ("Her mother takes methadone and oxycodone for cancer pain.", "Tramadol 50 mg #60", "medications", "methadone"),
        ("Her mother takes methadone and oxycodone for cancer pain.", "Tramadol 50 mg #60", "concurrent_opioid", "true"),
    ] as [(String, String, String, String)])
func aRelativesHistoryIsNotTheWorkers(_ summary: String, _ request: String, _ fact: String, _ relatives: String) {
    expectRequestFact(summary, request, fact, "!" + relatives, anyTerm: true)
}

@Test(
    arguments: [
        // (summary, request, fact, the worker's value)
        (
            "She had a lumbar fusion in 2014, like her sister before her, and the back pain returned last spring.",
            "MRI of the lumbar spine", "prior_fusion", "true"
        ),
        (
            "Her own history includes type 2 diabetes; her mother had the same.", "MRI of the lumbar spine", "diagnoses",
            "diabetes"
        ),
        ("She is a mother of two and has type 2 diabetes.", "MRI of the lumbar spine", "diagnoses", "diabetes"),
        ("She lives with her husband and takes naproxen twice a day.", "Naproxen 550 mg #60", "medications", "naproxen"),
        ("Her husband says the tramadol lets her sleep through the night.", "Tramadol 50 mg #60", "medications", "tramadol"),
        (
            "Her husband drove her to the emergency room, where an X-ray showed a fracture of the wrist.",
            "MRI of the right wrist", "diagnoses", "fracture"
        ),
    ] as [(String, String, String, String)])
func theWorkersHistoryBesideARelativeStays(_ summary: String, _ request: String, _ fact: String, _ workers: String) {
    expectRequestFact(summary, request, fact, workers, anyTerm: true)
}
