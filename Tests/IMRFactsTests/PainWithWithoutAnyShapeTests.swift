import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Pain with and without the medication told in any shape (CPMTG 2009 "On-going management", p. 78:
// "the least reported pain over the period since last assessment; average pain; intensity of pain
// after taking the opioid; how long it takes for pain relief; and how long pain relief lasts";
// ``DosePainPairs``): a dose on board against one late, forgotten or skipped, a refill lapsed, a
// patch on and off, a header's two columns, scores told bare ("about a 9"), and the two halves told
// in two sentences. Not: two visits with no drug tied, another drug's absence, a device's, a
// planned drug, a measure that is not pain, the time before the drug was started (its relief,
// ``PainOverTime``).
//
// The first table's rows were written by engineer surgery (twenty-second session,
// /work/notes/cross22/table/medication.by-surgery.tsv) before this reader changed; the second's are
// this engineer's own.

/// Whether `summary` documents the pain with and without the drug `request` names.
private func withAndWithout(_ summary: String, _ request: String) -> Bool {
    requestFacts(request, summary: summary)["pain_with_without_medication"]?.value == .bool(true)
}

/// A row: the summary and the drug requested.
struct PainRow: CustomTestStringConvertible, Sendable {
    var summary: String
    var request: String
    var testDescription: String { summary }
}

@Suite struct PainWithWithoutAnyShapeTests {
    @Test(
        arguments: [
            PainRow(
                summary:
                    "Pain diary kept by the worker for two weeks: mornings before the first tramadol 8/10, two hours after it 4/10.",
                request: "Tramadol 50mg #120"),
            PainRow(
                summary:
                    "On the days the pharmacy was late with the Butrans refill he spent the day on the couch with pain he called about a 9; with the patch on he keeps it near 5 and works his shift.",
                request: "Butrans 10mcg/hr patch #4"),
            PainRow(summary: "NRS on / off Nucynta: 4 / 8.", request: "Nucynta 50mg #90"),
            PainRow(
                summary:
                    "She forgot her morning morphine ER last Tuesday and by lunch the low back was 8 out of 10, against her usual 4.",
                request: "MS Contin 15mg #60"),
            PainRow(
                summary:
                    "The burning in both feet is 7/10 before the evening gabapentin and settles to 3/10 about an hour after the capsule.",
                request: "Gabapentin 300mg #90"),
            PainRow(
                summary:
                    "His wife reports that when he skipped the Norco for two days to see whether he still needed it, the back pain went up to a 9 and he could not sleep; back on it, it is a 5.",
                request: "Norco 10/325mg #60"),
            PainRow(
                summary: "Tapentadol ER keeps the leg pain at 3-4/10; the one weekend his prescription lapsed, it was 8/10.",
                request: "Nucynta ER 100mg #60"),
        ])
    func anotherEngineersRowsAreRead(_ row: PainRow) {
        #expect(withAndWithout(row.summary, row.request), "not read: \(row.summary)")
    }

    @Test(
        arguments: [
            PainRow(summary: "Pain was 8/10 in June and is 5/10 today after a course of physical therapy.", request: "Tramadol 50mg #60"),
            PainRow(
                summary:
                    "Since the cyclobenzaprine was stopped in August her neck pain has gone from 3/10 to 6/10. She also takes tramadol 50 mg twice a day.",
                request: "Tramadol 50mg #60"),
            PainRow(
                summary:
                    "Plan: begin duloxetine 30 mg daily and record her pain off and on the drug at the next visit; today the burning is 7/10.",
                request: "Duloxetine 30mg #30"),
            PainRow(
                summary: "Her anxiety rating is 8/10 on days she misses the sertraline and 4/10 when she takes it.",
                request: "Sertraline 50mg #30"),
        ])
    func anotherEngineersMustNotRowsAreNotRead(_ row: PainRow) {
        #expect(!withAndWithout(row.summary, row.request), "read: \(row.summary)")
    }

    /// Engineer surgery's row that tells the drug's absence by function alone: the fact is pain
    /// scores with and without the drug (its schema line), so this reader leaves it; what the drug
    /// lets him do is `functional_improvement`.
    @Test func functionAloneIsNoPairOfScores() {
        let summary =
            "Without the oxycodone, he says, he cannot get out of bed in the morning for the back pain; with it he walks the dog and does his own shopping."
        let facts = requestFacts("Oxycodone 5mg #90", summary: summary)
        #expect(facts["pain_with_without_medication"]?.value != .bool(true))
        #expect(facts["functional_improvement"]?.value == .bool(true))
    }

    @Test(
        arguments: [
            PainRow(
                summary: "On mornings before his first Nucynta he is at 8/10; by the time it has kicked in he is down to a 4.",
                request: "Nucynta 50mg #90"),
            PainRow(
                summary:
                    "She reports her back pain at 3/10 while the fentanyl patch is working and 7/10 on the third day as it wears off.",
                request: "Fentanyl 25mcg/hr patch #10"),
            PainRow(summary: "Pain with the oxycodone: 4. Pain without: 8.", request: "Oxycodone 10mg #120"),
            PainRow(
                summary: "When the Norco wears off in the late afternoon the knee pain is 8/10. An hour after a tablet it is 4/10.",
                request: "Norco 10/325mg #90"),
            PainRow(
                summary: "Without his morphine ER he says the pain would be a ten; on it he rates it at 5.",
                request: "MS Contin 30mg #60"),
            PainRow(
                summary: "Tramadol takes the edge off: she puts the pain at 6 out of 10 before a dose and 3 out of 10 after.",
                request: "Tramadol 50mg #120"),
            PainRow(
                summary: "Pain levels: 2-3/10 when the Butrans is on, 6/10 the day after it comes off.",
                request: "Butrans 10mcg/hr patch #4"),
            PainRow(
                summary: "If he goes a day without the Percocet his pain is 9/10. With it he gets it down to 5/10.",
                request: "Percocet 10/325mg #120"),
        ])
    func ownRowsAreRead(_ row: PainRow) {
        #expect(withAndWithout(row.summary, row.request), "not read: \(row.summary)")
    }

    @Test(
        arguments: [
            PainRow(summary: "Pain 7/10 at the last visit. Today on tramadol it is 5/10.", request: "Tramadol 50mg #60"),
            PainRow(
                summary: "Before starting gabapentin in June her burning pain was 8/10. With gabapentin it is now 4/10.",
                request: "Gabapentin 300mg #90"),
            PainRow(
                summary: "Without the knee brace her pain is 7/10. With the brace on it is 4/10.", request: "Norco 10/325mg #90"),
            PainRow(
                summary: "Cravings are 8/10 when she is late with the buprenorphine and 2/10 once it takes effect.",
                request: "Buprenorphine 8mg #30"),
            PainRow(
                summary: "Without the ibuprofen she stopped in June her knee was at 8/10. With the Norco she is at 4/10.",
                request: "Norco 10/325mg #90"),
        ])
    func ownMustNotRowsAreNotRead(_ row: PainRow) {
        #expect(!withAndWithout(row.summary, row.request), "read: \(row.summary)")
    }
}
