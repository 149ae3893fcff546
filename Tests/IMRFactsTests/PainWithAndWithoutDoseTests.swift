import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Pain with and without medication told in any shape (CPMTG 2009 "On-going management", p. 78,
// the 4 A's: "current pain; the least reported pain ...; intensity of pain after taking the
// opioid; how long it takes for pain relief; and how long pain relief lasts"). Two pain values
// of one sentence, each tied to the drug's presence (a dose taken, after it, on it, with it, the
// drug bringing it down) or its absence (before a dose, worn off, run out, skipped, held, without
// it) by the words of its own part of the sentence, not by their order or size; the drug the
// request names or the medications in general. Not: two scores at two visits (a change), another
// drug's effect, a planned drug, a score worse "with" the drug, a single score, a procedure's.

/// The summary every row follows: the requested drug, taken for two years.
private let taken = "She has taken Norco 10/325 mg three times a day for two years. "

/// Whether `sentence` documents the requested drug's pain with and without it.
private func withAndWithout(_ sentence: String, request: String = "Norco 10/325 mg #90") -> Bool {
    requestFacts(request, summary: taken + sentence)["pain_with_without_medication"]?.value == .bool(true)
}

@Suite struct PainWithAndWithoutDoseTests {
    @Test(
        arguments: [
            // A dose worn off and a dose taken, in a nurse's log, a PR-2, a SOAP note, a QME.
            "She rates the back pain 8/10 by the time a dose wears off and about 4/10 forty minutes after taking one.",
            "Before his morning dose the pain is 9/10; an hour after it, 5/10.",
            "When she runs out her pain climbs to 9/10; on the Norco it stays around 4/10.",
            "Without her pills the pain is an 8, with them a 5.",
            "It takes the pain from a 7 to a 3 for about four hours.",
            "Pain 3/10 w/ meds, 8/10 w/o meds.",
            "If he skips a dose the pain is back up to 8/10, and with regular dosing it stays near 4/10.",
            "Pain is 4/10 on medication and 8/10 when the medication is held.",
            "The Norco lowers her pain to 3/10 from 7/10 within half an hour, and relief lasts about four hours.",
            "Once the medication wears off she is at 8/10; after she takes it she is at 4/10.",
            "S: pain 3/10 after AM dose, 7/10 pre-dose.",
            "Pain is 8/10 before her medications take effect and 3/10 once they do.",
            "Average pain with Norco is 4/10; without it she is at 8/10.",
            "Two days off Norco last month pushed his pain to 9/10; back on it he is at 5/10.",
            "The applicant testified that absent the medication his pain reaches 9/10, whereas with it he manages at 5/10.",
            "Per pt, pain 8/10 pre-dose, 4/10 about an hour post-dose.",
            // Written after the mechanism, to test it on shapes it was not built beside.
            "Her pain runs 7/10 on mornings when she is late with the dose and 3/10 once it takes hold.",
            "Pain 8/10 between doses, 4/10 at peak effect.",
            "Pain level 3 on meds and 7 off meds.",
            "Pain is 8/10 until the Norco kicks in, then 4/10.",
            "Rates pain 4/10 with his current medications versus 8/10 without.",
            "With/without meds: 4/10 vs 8/10.",
            "Taking the hydrocodone lowers her pain from 8/10 to 5/10 for about 4 hours.",
            "On the days she goes without her pills she is at 9/10, compared with 5/10 on them.",
            "After each tablet the pain eases to 4/10 from a baseline of 8/10.",
        ])
    func painWithAndWithoutADoseIsRead(_ sentence: String) {
        #expect(withAndWithout(sentence), "not read: \(sentence)")
    }

    @Test(
        arguments: [
            // Two visits (a change), another drug's effect, a planned drug, a worse score with the
            // drug, a single score, a procedure's before and after, an activity's, a record that
            // says none are given.
            "Pain was 8/10 at the March visit and is 6/10 today.",
            "Her gabapentin brings the pain from 8/10 to 4/10.",
            "The plan is to add a long-acting opioid to bring her pain from 8/10 down to 4/10.",
            "Her pain is 6/10 without Norco and 8/10 with it.",
            "The tablets bring her pain down to 4/10.",
            "Pain 8/10 before the injection, 3/10 for a week after it.",
            "Pain is 7/10 at rest and 9/10 after walking.",
            "No pain levels with and without medication are recorded; current pain 7/10, worst 9/10.",
            "Pain 8/10 without the brace and 4/10 with it.",
            "Pain was 8/10 before the surgery and 3/10 after it.",
            "Her pain was 6/10 last month and 8/10 today despite Norco.",
            "Pain rises from 4/10 to 8/10 after a shift.",
            "She plans to try Lyrica in the hope that it takes her pain from 8/10 to 4/10.",
            "Her Lyrica lowers the leg pain from 8/10 to 5/10.",
        ])
    func otherPairsOfScoresAreNotTheDrugsWithAndWithout(_ sentence: String) {
        #expect(!withAndWithout(sentence), "read: \(sentence)")
    }
}
