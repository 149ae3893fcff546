import Testing

// The readings of the request kinds the thirty-second session's second step gave rule files of their
// own (docs/kinds-inventory.md; criteria checklists docs/checklists/detoxification.md and
// mental-illness.md), in my own wording: a detoxification, EMDR and transcranial magnetic
// stimulation named as requests, with rows that must not read them. Must-read rows beside must-not rows.

@Test(
    arguments: [
        // (request, expected procedure, "!term" for not it)
        ("Detoxification program", "detoxification"),
        ("Outpatient opioid detox program, 2 weeks", "detoxification"),
        ("Medically supervised withdrawal program, 7 days", "detoxification"),
        ("Inpatient detoxification, 5 days", "detoxification"),
        ("Norco 10/325 mg #60 for weaning", "!detoxification"),
        ("EMDR therapy 6 sessions", "emdr"),
        ("Eye movement desensitization and reprocessing, 8 sessions", "emdr"),
        ("Cognitive behavioral therapy 6 sessions", "!emdr"),
        ("Transcranial magnetic stimulation 30 sessions", "transcranial_magnetic_stimulation"),
        ("rTMS 5x/week for 6 weeks", "transcranial_magnetic_stimulation"),
        ("TENS unit 30 day trial", "!transcranial_magnetic_stimulation"),
    ] as [(String, String)])
func mentalIllnessAndDetoxKindsNamed(_ request: String, _ expected: String) {
    expectRequestFact("", request, "procedure", expected)
}
