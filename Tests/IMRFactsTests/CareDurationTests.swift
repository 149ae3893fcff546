import Testing

// The length of a course of conservative care (`conservative_care_duration`, days; ODG Sacroiliac
// joint blocks, criterion 1: "at least 4-6 weeks of aggressive conservative therapy"): a count and
// a unit of time told of a care phrase, after it behind "x", "for", "over" or before it with "of".
// Must not: a time ago, a plan, care negated. Written in this project's own words.

@Test(
    arguments: [
        // (summary, expected conservative_care_duration in days: a value, "nil" or "!value")
        ("Seen 08/29/2016. SI joint pain. She has had 12 PT visits over 8 weeks and naproxen; still 7/10.", "56 days"),
        ("Seen 08/29/2016. SI joint pain. She has had 3 PT visits over 12 days and naproxen; still 7/10.", "12 days"),
        ("Seen 08/29/2016. SI joint pain. Physical therapy x 6 weeks without relief.", "42 days"),
        ("Seen 08/29/2016. SI joint pain. Six weeks of physical therapy did not help.", "42 days"),
        ("Seen 08/29/2016. SI joint pain. A 3-month home exercise program has not helped.", "90 days"),
        ("Seen 08/29/2016. SI joint pain. Physical therapy for two months, then a home program.", "60 days"),
        // Must not.
        ("Seen 08/29/2016. SI joint pain. Physical therapy 6 weeks ago, 4 visits.", "nil"),
        ("Seen 08/29/2016. SI joint pain. No physical therapy for 6 weeks.", "nil"),
        ("Seen 08/29/2016. SI joint pain.\nPlan: physical therapy x 6 weeks.", "nil"),
    ] as [(String, String)])
func careDuration(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Right sacroiliac joint injection, fluoroscopic", "conservative_care_duration", expected)
}
