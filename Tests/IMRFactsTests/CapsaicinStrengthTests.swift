import Testing

// The capsaicin strength a request states (`capsaicin_percent`; CPMTG 2009 pp. 28-29: 0.025% for
// osteoarthritis, 0.075% for post-herpetic and diabetic neuropathy, no indication for more than
// 0.025%): the percent written after capsaicin's own name, or the strength every label of the named
// product gives. Must not: a percent that belongs to another ingredient, a request with no percent,
// a request without capsaicin. Written in this project's own words.

@Test(
    arguments: [
        // (request, expected: a value, "nil" for not documented)
        ("Capsaicin 0.075% cream, apply three times a day, 60 g", "0.075"),
        ("Zostrix 0.025 % cream #1 tube", "0.025"),
        ("Compound: methyl salicylate 20%/capsaicin .0375%/menthol 5%, 120 g", "0.0375"),
        ("Capsaicin cream 0.0375% with 2 refills", "0.0375"),
        ("Medrox patches #30", "0.0375"),
        ("Capsaicin 0.075 percent cream, 60 g", "0.075"),
        // Must not: the percent is another ingredient's, none is written, or no capsaicin is asked for.
        ("Capsaicin/menthol 10% lotion 120 ml", "nil"),
        ("Capsaicin cream, apply to the left knee twice a day", "nil"),
        ("Menthol 10% / capsaicin cream 4 oz", "nil"),
        ("Diclofenac 1% gel 100 g", "nil"),
        ("Capsaicin cream 60 g with menthol 10 percent", "nil"),
    ] as [(String, String)])
func capsaicinStrength(_ request: String, _ expected: String) {
    expectRequestFact("Knee osteoarthritis; NSAIDs by mouth upset her stomach.", request, "capsaicin_percent", expected)
}
