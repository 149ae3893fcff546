import Testing

// A failure told by the symptom after the care listed (conservative_care_failed; ACOEM ch. 10,
// cubital tunnel release after failed conservative care; CPMTG p. 8, treatment continued only with
// improvement): the symptom told the same, no better, or worse in a worker's words, in the sentence
// of the care or the next ("Q: What has been tried? A: ... ibuprofen. 'The numbness is the same or
// worse.'", "it has stayed the same", "as bad as ever"). Must not: a bare "the same" naming a place
// or a time ("in the same fingers", "at the same time"), a plan that stays the same. Written in
// this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Q: What has been tried? A: since 06/2015 an elbow pad at work; a night extension splint every night since 07/2015; therapy 8 visits with nerve gliding (09-10/2015); ibuprofen. \"The numbness is the same or worse.\"",
            "Left cubital tunnel release", "conservative_care_failed", "true"
        ),
        (
            "Tried: an elbow pad, a night splint, therapy 8 visits, ibuprofen. The numbness has stayed the same.",
            "Left cubital tunnel release", "conservative_care_failed", "true"
        ),
        (
            "After 8 therapy visits and a night splint the tingling is as bad as ever.", "Left cubital tunnel release",
            "conservative_care_failed", "true"
        ),
        (
            "Physical therapy 8 visits and a splint; numbness no better or worse.", "Left cubital tunnel release",
            "conservative_care_failed", "true"
        ),
        // Must not: a place, a time, a plan.
        (
            "Tried: a night splint and therapy 8 visits. The numbness is in the same fingers at night.", "Left cubital tunnel release",
            "conservative_care_failed", "!true"
        ),
        (
            "Tried: a night splint and therapy 8 visits, with the numbness much better; the plan stays the same.",
            "Left cubital tunnel release", "conservative_care_failed", "!true"
        ),
        (
            "The splint and therapy were started at the same time; numbness gone.", "Left cubital tunnel release",
            "conservative_care_failed", "!true"
        ),
    ] as [(String, String, String, String)])
func symptomSameAfterCare(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
