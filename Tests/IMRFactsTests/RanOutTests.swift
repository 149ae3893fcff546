import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Pain with and without the drug told as a supply that ran out or a dose missed (CPMTG 2009
// "On-going management", p. 78, the 4 A's; ``DosePainPairs``): a refill delayed, held up or
// denied, a supply that lapsed, doses skipped or missed, a patch that fell off, each an absence of
// the drug (`dose_absent`, `dose_course`, with `dose_words` now naming a refill, a supply or a
// prescription). Not: a single score, another drug's absence, a therapy interrupted, two visits.

/// The summary every row follows: the requested drug, taken for two years.
private let taken = "She has taken Norco 10/325 mg three times a day for two years. "

/// Whether `sentence` documents the requested drug's pain with and without it.
private func withAndWithout(_ sentence: String) -> Bool {
    requestFacts("Norco 10/325 mg #90", summary: taken + sentence)["pain_with_without_medication"]?.value == .bool(true)
}

@Suite struct RanOutTests {
    @Test(
        arguments: [
            "On the two occasions she ran out while a refill was delayed, her pain climbed to 8/10 within two days; on the Norco it averages 4/10.",
            "When the last refill was held up by the carrier for a week, the pain went to 9/10; with the tablets it stays about 5/10.",
            "If she misses an evening dose she wakes at 8/10, compared with 4/10 when she takes it on schedule.",
            "Skipped doses over the weekend took her to 8/10; with regular doses she is at 4/10.",
            "Pain 3/10 with the patch on; the one time a patch fell off early, 7/10 by morning.",
            "Before the refill came through she was at 9/10, and 4/10 a day after restarting it.",
        ])
    func aSupplyThatRanOutIsRead(_ sentence: String) {
        #expect(withAndWithout(sentence), "not read: \(sentence)")
    }

    @Test(
        arguments: [
            "Her refill was delayed in July; her pain is 4/10 now.",
            "Physical therapy was interrupted for two weeks and her back pain rose to 8/10; on Norco it is 4/10.",
            "Her refill of tramadol was delayed in July, when the pain was 8/10; on the Norco it is 4/10.",
            "She ran out of Norco in July; her pain today is 8/10 and last month it was 4/10.",
        ])
    func noSupplyRunOutIsRead(_ sentence: String) {
        #expect(!withAndWithout(sentence), "read: \(sentence)")
    }
}
