import IMRFacts
import Testing

/// The time from the latest surgery of the requested region that the summary dates to the request
/// (here the review's date, 12/15/2016), for post-operative therapy (Postsurgical Treatment
/// Guidelines: each surgery's postsurgical physical medicine period is counted from the surgery).
@Test(
    arguments: [
        // (summary, request, days since the surgery; nil: not documented)
        ("He underwent right shoulder arthroscopy on 06/01/2016.", "Post-operative physical therapy x12 right shoulder", 197),
        ("The 10/03/2016 carpal tunnel release went well.", "Post-op occupational therapy x6 right wrist", 73),
        (
            "She had a lumbar fusion on 02/01/2015 and a lumbar decompression on 05/02/2016.",
            "Post-operative physical therapy x8 lumbar spine",
            227
        ),
        // Another region, a surgery to come, an undated surgery, a request that is not post-operative
        // (no post-operative words, and a surgery done more than the longest postsurgical period
        // before: a request of the region within it is tied to the surgery by time, below).
        ("He had a left knee arthroscopy on 06/01/2016.", "Post-operative physical therapy x12 right shoulder", nil),
        ("Right shoulder arthroscopy is scheduled on 12/20/2016.", "Post-operative physical therapy x12 right shoulder", nil),
        ("He underwent right shoulder arthroscopy last year.", "Post-operative physical therapy x12 right shoulder", nil),
        ("He underwent right shoulder arthroscopy on 01/04/2016.", "Physical therapy x12 right shoulder", nil),
        // Physical therapy of the region within the longest postsurgical period (8 months) of a
        // dated surgery is the postsurgical course (``PostoperativeLink``): the time is read, and
        // the rules compare it with the surgery's own period.
        ("He underwent right shoulder arthroscopy on 06/01/2016.", "Physical therapy x12 right shoulder", 197),
        // A year alone: counted from its last day when even that is more than 8 months before the
        // request; a year closer to it is not documented.
        ("He had a lumbar fusion in 2014.", "Post-operative physical therapy x12 lumbar spine", 715),
        ("Status post right carpal tunnel release (2015).", "Post-op occupational therapy x6 right wrist", 350),
        ("A 2013 right shoulder arthroscopy was followed by therapy.", "Post-operative physical therapy x12 right shoulder", 1080),
        ("He had a lumbar fusion in 2016.", "Post-operative physical therapy x12 lumbar spine", nil),
        ("He was injured in 2012 and underwent a lumbar fusion.", "Post-operative physical therapy x12 lumbar spine", nil),
        (
            "She had a lumbar fusion on 02/01/2014 and a lumbar decompression in 2016.",
            "Post-operative physical therapy x8 lumbar spine",
            nil
        ),
        (
            "She had a lumbar fusion in 2013 and a lumbar decompression on 05/02/2016.", "Post-operative physical therapy x8 lumbar spine",
            227
        ),
    ] as [(String, String, Int?)])
func surgeryIsDatedBeforeThePostoperativeRequest(_ summary: String, _ request: String, _ days: Int?) {
    let input = bareCase(summary, requests: [request], decision: "12/15/2016")
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    #expect(facts["time_since_surgery"]?.value == days.map { .days($0) })
}
