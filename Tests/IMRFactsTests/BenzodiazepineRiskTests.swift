import Testing

// A benzodiazepine taken beside an opioid, its risk addressed (`benzodiazepine_risk_addressed`; the
// MTUS Opioid Treatment Guidelines 2016's medications to avoid with opioids; CDC 2016,
// recommendation 11): the benzodiazepine told tapered, weaned or stopped, or to be; false when told
// continued. Must not: a benzodiazepine only named, left to another prescriber, a taper of the
// opioid, a benzodiazepine never prescribed. Written in this project's own words.

@Test(
    arguments: [
        // (summary, expected: a value, "nil" for not documented)
        ("Plan: taper the clonazepam by 0.5 mg a month while the hydrocodone continues.", "true"),
        ("We are weaning her off the alprazolam.", "true"),
        ("The Xanax will be discontinued next month.", "true"),
        ("Alprazolam taper under way with her psychiatrist.", "true"),
        ("Continue the alprazolam 1 mg three times a day.", "false"),
        // Must not: the benzodiazepine only named or left to another, the opioid's own taper.
        ("Alprazolam 1 mg three times a day for anxiety, taken daily.", "nil"),
        ("The alprazolam is the psychiatrist's to manage.", "nil"),
        ("Plan: taper the hydrocodone to two tablets a day.", "nil"),
        ("She stopped smoking; diazepam was never prescribed.", "nil"),
    ] as [(String, String)])
func benzodiazepineRiskAddressed(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Hydrocodone/APAP 10/325 mg #90", "benzodiazepine_risk_addressed", expected)
}
