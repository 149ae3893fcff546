import Testing

// A joint injection requested as several at once (ODG Shoulder and Knee: one injection to start, not a
// series of three): the count the request asks for (`injections_requested`), and the shoulder told by
// its subacromial space (`body_regions`). Must not: one injection, or a subacromial decompression taken
// for anything but itself. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Right shoulder impingement; PT and naproxen for 6 weeks.", "Subacromial corticosteroid injection, series of three",
            "injections_requested", "3"
        ),
        (
            "Right shoulder impingement; PT and naproxen for 6 weeks.", "Subacromial corticosteroid injection, series of three",
            "body_regions", "shoulder"
        ),
        ("Right shoulder impingement.", "Subacromial bursa injection with Kenalog 40 mg", "body_regions", "shoulder"),
        ("Left knee osteoarthritis, medial compartment.", "Left knee cortisone injection x2", "injections_requested", "2"),
        (
            "Left knee osteoarthritis, medial compartment.", "Three intra-articular steroid injections, left knee", "injections_requested",
            "3"
        ),
        // Must not: one injection; a decompression.
        ("Left knee osteoarthritis, medial compartment.", "Left knee intra-articular steroid injection", "injections_requested", "nil"),
        (
            "Impingement after 6 months of therapy.", "Right shoulder arthroscopic subacromial decompression", "procedure",
            "subacromial_decompression"
        ),
    ] as [(String, String, String, String)])
func jointInjectionSeries(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
