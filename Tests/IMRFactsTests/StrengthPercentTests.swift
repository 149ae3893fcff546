import Testing

// A concentration is no percent relief (`pain_relief_percent`): a percent right after a drug's or
// an ingredient's name (no relief word right after it), or right before a drug or a form word
// ("5% patch", "0.075% cream", "2% gel"), is the product's strength. Must read: a relief percent
// beside a strength, a relief percent right after a drug with a relief word after it.
// Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, expected pain_relief_percent: a value, "nil" or "!value")
        (
            "Seen 04/11/2016. Neuropathic wrist pain. Trial: Lidoderm 5%, one patch cut to the area, 12 hours on.", "Lidoderm 5% patch #30",
            "nil"
        ),
        (
            "Seen 04/11/2016. Knee osteoarthritis. Voltaren 1% gel four times a day has lowered her pain a little.",
            "Voltaren 1% gel 100 g", "nil"
        ),
        ("Seen 04/11/2016. Knee osteoarthritis. Capsaicin 0.025% cream helped a bit.", "Capsaicin 0.025% cream", "nil"),
        ("Seen 04/11/2016. Neuropathic wrist pain. Lidocaine 5% ointment reduced the burning somewhat.", "Lidocaine 5% ointment", "nil"),
        ("Seen 04/11/2016. Neuropathic wrist pain. Trial of a 5% lidocaine patch: better, she says.", "Lidoderm 5% patch #30", "nil"),
        // Must read: the relief beside the strength.
        ("Seen 04/11/2016. Neuropathic wrist pain. Lidoderm 5% patch gives 50% relief of the burning.", "Lidoderm 5% patch #30", "50"),
        ("Seen 04/11/2016. Knee osteoarthritis. Voltaren 1% gel: 40% relief, walks longer.", "Voltaren 1% gel 100 g", "40"),
        ("Seen 04/11/2016. Neuropathic wrist pain. Lidoderm 60% relief per her diary.", "Lidoderm 5% patch #30", "60"),
    ] as [(String, String, String)])
func strengthPercent(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "pain_relief_percent", expected)
}
