import Testing

// A first-line opioid told not tolerated, for a second-line opioid requested
// (first_line_opioid_not_tolerated; ODG Pain, Tapentadol: second line for intolerable adverse effects
// with first-line opioids): the intolerance about another opioid, named before or after it in its
// sentence, past trials included. Must not: an NSAID not tolerated, the requested drug's own effects,
// an opioid tolerated, the review's restatement. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("Hydrocodone in 2015 gave intolerable itching and vomiting.", "Nucynta 50 mg #90", "first_line_opioid_not_tolerated", "true"),
        ("She could not tolerate oxycodone because of nausea.", "Tapentadol 50mg q6h prn #60", "first_line_opioid_not_tolerated", "true"),
        (
            "He tried Percocet after the injury but could not tolerate it, with constant vomiting.", "Nucynta ER 100 mg BID #60",
            "first_line_opioid_not_tolerated", "true"
        ),
        ("Morphine was discontinued due to sedation in 2016.", "Nucynta ER 50 mg BID", "first_line_opioid_not_tolerated", "true"),
        // Must not: an NSAID, the requested drug itself, an opioid tolerated, a review's words.
        ("Naproxen was stopped because of stomach upset.", "Nucynta 50 mg #90", "first_line_opioid_not_tolerated", "nil"),
        ("Nucynta caused mild nausea in the first week only.", "Nucynta 50 mg #90", "first_line_opioid_not_tolerated", "nil"),
        ("He has taken Norco for two years without side effects.", "Nucynta 50 mg #90", "first_line_opioid_not_tolerated", "nil"),
        (
            "The UR reviewer wrote that the worker could not tolerate hydrocodone.", "Nucynta 50 mg #90", "first_line_opioid_not_tolerated",
            "nil"
        ),
    ] as [(String, String, String, String)])
func firstLineOpioidIntolerance(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
