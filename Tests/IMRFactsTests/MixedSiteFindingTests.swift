import Testing

// A finding affirmed at one place and denied at another keeps its positive (which place): the
// negation after a coordinator or a comma, told of a place of its own, is that place's. A negation
// of no other place still denies the finding. Rows in this engineer's own words.

@Test(
    arguments: [
        // (summary, request, fact, value)
        (
            "Numbness of the left sole. Tinel's sign is positive at the left tarsal tunnel and negative at the fibular head.",
            "NCS left lower extremity", "leg_nerve_signs", "true"
        ),
        (
            "Burning in the left foot. Tinel's positive over the tarsal tunnel, negative over the fibular head.",
            "NCS left lower extremity", "leg_nerve_signs", "true"
        ),
        (
            "Exam of the feet: a positive Tinel at the medial malleolus on the left, negative on the right.",
            "NCS bilateral lower extremities", "leg_nerve_signs", "true"
        ),
        // ...and the negative alone, or told of no other place, still denies it.
        ("Tinel's sign at the tarsal tunnel is negative on both sides.", "NCS bilateral lower extremities", "leg_nerve_signs", "false"),
        (
            "Tinel's sign over the tarsal tunnel was positive and is negative now.", "NCS left lower extremity",
            "leg_nerve_signs", "false"
        ),
    ] as [(String, String, String, String)])
func aFindingAffirmedAtOnePlaceKeepsItsPositive(_ summary: String, _ request: String, _ fact: String, _ value: String) {
    expectRequestFact(summary, request, fact, value)
}
