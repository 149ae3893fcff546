import Testing

// Which time a drug is of. A drug the worker injects herself as a habit is taken now ("she injects
// insulin twice a day"), unlike a dose injected once in an office or an emergency room. Rows in
// this engineer's own words.

@Test(
    arguments: [
        // (summary, request, fact, term): a drug injected as a habit is a current drug.
        ("She injects insulin twice a day.", "Preoperative ECG before L4-5 fusion", "medication_classes", "insulin"),
        ("Insulin self-injections, 20 units at bedtime.", "Preoperative ECG before L4-5 fusion", "medication_classes", "insulin"),
        ("He self-injects Lantus each night for his diabetes.", "Preoperative ECG before L4-5 fusion", "medication_classes", "insulin"),
        // ...and a dose injected once is none.
        (
            "She was injected with insulin in the emergency room for a glucose of 480.", "Preoperative ECG before L4-5 fusion",
            "medication_classes", "!insulin"
        ),
        ("Toradol 60 mg was injected in the office today. She takes naproxen.", "Naproxen 550 mg #60", "medications", "!ketorolac"),
        (
            "Kenalog 40 mg was injected into the right knee on 05/12/2016. She takes naproxen.", "Naproxen 550 mg #60", "medications",
            "!triamcinolone_injection"
        ),
    ] as [(String, String, String, String)])
func aDrugIsOfTheTimeItsVerbTells(_ summary: String, _ request: String, _ fact: String, _ term: String) {
    expectRequestFact(summary, request, fact, term, anyTerm: true)
}

// What comes next is planned: a note's "Next:" or "Next steps:" heading puts the dated care after it
// in the plan ("Next: 08/2016 RF neurotomy if the blocks help" is no neurotomy done). "Next" in
// prose ("Next, an MRI on 05/2016 showed ...", "the next study") opens no section.
@Test(
    arguments: [
        // (summary, request, fact, value)
        ("Low back pain. Next: 08/2016 RF neurotomy if the blocks help.", "Radiofrequency neurotomy L4-5", "prior_therapy", "false"),
        ("Low back pain. Next steps: 09/2016 MRI of the lumbar spine.", "MRI lumbar spine", "prior_study", "false"),
        ("Low back pain.\nNext - 09/12/2016 lumbar MRI at the imaging center", "MRI lumbar spine", "prior_study", "false"),
        // ...and prose, or a dated entry with no heading, tells what was done.
        (
            "Low back pain. Next, an MRI of the lumbar spine on 05/2016 showed a disc protrusion.", "MRI lumbar spine", "prior_study",
            "true"
        ),
        (
            "Low back pain. The next study, an MRI of the lumbar spine on 05/2016, showed a disc protrusion.", "MRI lumbar spine",
            "prior_study", "true"
        ),
        (
            "Low back pain. 05/2016 RF neurotomy L4-5 with 70% relief for six months.", "Radiofrequency neurotomy L4-5", "prior_therapy",
            "true"
        ),
    ] as [(String, String, String, String)])
func whatComesNextIsPlanned(_ summary: String, _ request: String, _ fact: String, _ value: String) {
    expectRequestFact(summary, request, fact, value)
}

// A drug the worker is off now is not taken: "off" right before it, after a state ("has been off",
// "came off") or opening its sentence. A wish, a taper under way, or "off" of anything else is no
// stop. Rows in this engineer's own words.
@Test(
    arguments: [
        // (summary, term): the drug the worker is off.
        ("She has been off methadone for three months. She takes naproxen.", "!methadone"),
        ("He is off Norco now and takes naproxen.", "!hydrocodone_apap"),
        ("Came off the oxycodone in June; takes naproxen.", "!oxycodone_ir"),
        ("Off tramadol since May. Naproxen 550 mg bid.", "!tramadol"),
        // ...and the drug still taken.
        ("He has been off work since May and takes Norco daily.", "hydrocodone_apap"),
        ("He is off work, on Norco 10/325 tid.", "hydrocodone_apap"),
        ("She wants to get off Norco; takes naproxen.", "hydrocodone_apap"),
        ("He is tapering off tramadol; takes naproxen.", "tramadol"),
        ("Pt was off work 2 weeks, Norco 10/325 bid helps.", "hydrocodone_apap"),
    ] as [(String, String)])
func aDrugTheWorkerIsOffIsNotTaken(_ summary: String, _ term: String) {
    expectRequestFact(summary, "Naproxen 550 mg #60", "medications", term, anyTerm: true)
}

// A label with a comma before its date and colon is still a label: the review it opens is no record.
@Test func aLabelWithACommaStillOpensItsSection() {
    expectRequestFact(
        "Norco 10/325 tid helps.\nUR, 3 Nov 2014: non-certified the Norco. The Norco modified so as to begin weaning.", "Norco 10/325 #90",
        "ur_modified_for_weaning", "true")
}
