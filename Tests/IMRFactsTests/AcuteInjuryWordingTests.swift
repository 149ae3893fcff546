import IMRFacts
import Testing

/// Without a date of injury, its time told in words in a sentence naming the injury gives the time
/// since it (`recent_times`, words.cues; a count and unit before `duration_ago`).
@Suite struct AcuteInjuryWordingTests {
    @Test(
        arguments: [
            // (summary, time_since_injury, acute_injury)
            ("She injured her back lifting a box two weeks ago.", "14 days", "true"),
            ("DOI: 3 wks ago.", "21 days", "true"),
            ("He was injured last month when he fell from a ladder.", "30 days", "true"),
            ("The injury occurred 10 days ago.", "10 days", "true"),
            ("She was injured at work 2 years ago.", "730 days", "false"),
            ("Injured 6 months ago.", "180 days", "false"),
            // A time of another event, or of the injury's review, is not the injury's.
            ("He injured his knee at work. He started PT two weeks ago.", nil, nil),
            ("UR denied the MRI for an injury two weeks ago.", nil, nil),
        ] as [(String, String?, String?)])
    func anInjuryTimedInWords(_ summary: String, _ time: String?, _ acute: String?) {
        let facts = summaryFacts(summary)
        #expect(value(facts, "time_since_injury") == time)
        #expect(value(facts, "acute_injury") == acute)
    }

    @Test func aDateOfInjuryWinsOverWords() {
        let facts = summaryFacts("Date of injury: 01/05/2015. She reinjured her back two weeks ago. Seen 03/01/2016.")
        #expect(value(facts, "acute_injury") == "false")
    }
}
