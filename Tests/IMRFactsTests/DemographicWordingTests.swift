import IMRFacts
import Testing

/// Age and sex as summaries write them: an age after its word, a capital letter after the age, the
/// pronouns of the worker.
struct DemographicWordingTests {
    struct Row: CustomStringConvertible, Sendable {
        var summary: String
        var age: Double?
        var sex: String?
        var description: String { summary }
    }

    static let rows: [Row] = [
        .init(summary: "A 46 y/o M with low back pain since a lifting injury.", age: 46, sex: "male"),
        .init(summary: "Pt is a 46 year-old F. She lifts boxes at work.", age: 46, sex: "female"),
        .init(summary: "The claimant (age 46) reports low back pain.", age: 46, sex: nil),
        .init(summary: "The worker, aged 52, fell from a ladder. The fall injured him.", age: 52, sex: "male"),
        .init(summary: "Age: 38. The injury left herself unable to lift.", age: 38, sex: "female"),
        // An age word wins over an earlier "age" that is not the worker's age now.
        .init(summary: "Since age 20 he has worked construction. He is a 61-year-old man.", age: 61, sex: "male"),
        // A capital after the age that is not a sex letter, and a lower-case "f" that is not one.
        .init(summary: "A 40 year old R-handed woman.", age: 40, sex: "female"),
        .init(summary: "A 40 year old f with neck pain.", age: 40, sex: nil),
        // The age's digits glued to its word.
        .init(summary: "46yo male, s/p lifting injury, with LBP.", age: 46, sex: "male"),
        .init(summary: "Pt is a 46y/o F with neck pain.", age: 46, sex: "female"),
        .init(summary: "The claimant is a 58yr old woman.", age: 58, sex: "female"),
        .init(summary: "He is 33yrs old and works as a mechanic.", age: 33, sex: "male"),
        // Digits glued to another word are no age.
        .init(summary: "Takes 46mg daily; the worker is a roofer.", age: nil, sex: nil),
        // An age set off by commas after a title and the name, or after the worker and "is".
        .init(summary: "Mr. H., 61, has bilateral knee osteoarthritis.", age: 61, sex: nil),
        .init(summary: "Ms. Alvarez, 58, a cashier, reports wrist pain.", age: 58, sex: nil),
        .init(summary: "Mrs. Anna Lee, sixty-two, retired in May. She fell at work.", age: 62, sex: "female"),
        .init(summary: "He is 70 with an acute flare of knee arthritis.", age: 70, sex: "male"),
        .init(summary: "She is 52 and takes meloxicam daily.", age: 52, sex: "female"),
        .init(summary: "The injured worker is 66. His knees hurt.", age: 66, sex: "male"),
        // Not an age: another measure after the subject, a count not set off, a physician's title.
        .init(summary: "He is 70 percent better since the injection.", age: nil, sex: "male"),
        .init(summary: "She is 30 days out from the surgery.", age: nil, sex: "female"),
        .init(summary: "Mr. Lee, 45 minutes late, missed his visit.", age: nil, sex: "male"),
        .init(summary: "Dr. Okafor, 52, is the treating physician.", age: nil, sex: nil),
        .init(summary: "He is 100% better with therapy.", age: nil, sex: "male"),
    ]

    @Test(arguments: rows)
    func readsAgeAndSex(_ row: Row) {
        let facts = summaryFacts(row.summary)
        #expect(facts["age"]?.value == row.age.map { .number($0) })
        #expect(facts["sex"]?.value == row.sex.map { .term($0) })
    }

    /// The time since the injury needs a later date: the summary's latest, or the review's.
    @Test(
        arguments: [
            // (summary, decision date, days)
            ("He sustained an industrial back injury on 01/21/2001.", nil, nil),
            ("Injured on 01/21/2001; seen on 02/20/2001 for low back pain.", nil, 30),
            ("Injured on 01/21/2001; seen on 01/21/2001 for low back pain.", nil, nil),
            ("He sustained an industrial back injury on 01/21/2001.", "2001-01-31", 10),
            // A note's "DOI" is the date of injury.
            ("45 y/o M, DOI 1/21/01. Seen 2/20/01 for LBP.", nil, 30),
            ("DOI: 01/21/2001.", "2001-01-31", 10),
        ] as [(String, String?, Int?)])
    func theTimeSinceTheInjuryNeedsALaterDate(_ summary: String, _ decision: String?, _ days: Int?) {
        let input = bareCase(summary, requests: ["MRI of the lumbar spine"], decision: decision)
        let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
        #expect(facts["time_since_injury"]?.value == days.map { .days($0) })
    }
}
