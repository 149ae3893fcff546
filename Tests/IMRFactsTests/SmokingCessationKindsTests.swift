import Testing

// Smoking cessation drugs (docs/kinds-inventory.md, thirty-fourth session): no MTUS or ODG section on
// them was found, so they are named only to be read, and the labelled fallback decides a request for
// one. Must-read rows beside must-not rows: bupropion, an antidepressant also used to quit, stays
// bupropion; another drug is neither.
@Test(
    arguments: [
        // (request, expected drug, "!drug" for not it)
        ("Chantix 1 mg #60", "varenicline"),
        ("Varenicline 0.5 mg #11 starting pack", "varenicline"),
        ("Nicotine patch 21 mg #28", "nicotine_replacement"),
        ("Nicorette gum 4 mg #100", "nicotine_replacement"),
        ("Wellbutrin SR 150 mg #60 for smoking cessation", "bupropion"),
        ("Wellbutrin SR 150 mg #60 for smoking cessation", "!varenicline"),
        ("Norco 10/325 mg #60", "!nicotine_replacement"),
    ] as [(String, String)])
func smokingCessationDrugsNamed(_ request: String, _ expected: String) {
    expectRequestFact("", request, "drug", expected)
}
