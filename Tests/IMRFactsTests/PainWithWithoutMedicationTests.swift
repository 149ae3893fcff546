import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Pain before and after a dose of the requested drug, as a form (CPMTG 2009 "On-going management",
// p. 78: "current pain; the least reported pain ...; average pain; intensity of pain after taking
// the opioid; how long it takes for pain relief"): two scores of one sentence told before and
// after a dose, from one to the other, with and without the drug, or the relief as a fraction.
// Each is `pain_with_without_medication` or `pain_relief_percent` for the requested drug; a
// procedure's, a therapy's or another drug's before and after is not, nor a rise, nor a goal.

/// The summary every row follows: the requested drug, taken for two years.
private let takenFor = "She has taken Norco 10/325 mg three times a day for two years. "

/// Whether the relief of the requested drug is documented as the opioid rule reads it (scores
/// with and without it, or a relief of 30% or more), and the relief percentage read.
private func relief(_ sentence: String, request: String = "Norco 10/325 mg #90") -> (documented: Bool, percent: Double?) {
    let facts = requestFacts(request, summary: takenFor + sentence)
    var percent: Double?
    if case .number(let value)? = facts["pain_relief_percent"]?.value { percent = value }
    return (facts["pain_with_without_medication"]?.value == .bool(true) || (percent ?? 0) >= 30, percent)
}

@Test(
    arguments: [
        // (sentence, the relief percentage read; nil = any)
        ("She rates her pain 7/10 before a dose and 3/10 about an hour after it.", 57.1),
        ("Pain is 8/10 before taking Norco and 4/10 after.", 50),
        ("Norco brings her pain down from an 8 to about a 4.", 50),
        ("Pain 9/10 -> 5/10 with Norco.", 44.4),
        ("Without Norco her pain is 8/10; with it, 4/10.", 50),
        ("Pre-medication pain 8/10, post-medication pain 3/10.", 62.5),
        ("Norco reduces her pain by half.", 50),
        ("Pain 9/10 at worst, 5/10 with her medication.", nil),
        ("VAS 8 before meds and 4 after meds.", 50),
        ("Per the nurse case manager, her pain drops from 7/10 to 3/10 within an hour of each Norco tablet.", 57.1),
        ("Pain before medication 8/10; after medication 4/10.", 50),
        ("She reports that Norco cuts her pain roughly in half.", 50),
        ("Medication lowers her pain from 8 to 5.", 37.5),
        ("Takes Norco TID; pain goes from 8/10 down to 4/10 within 30 minutes of a dose.", 50),
        ("After a tablet her pain is 4/10, and before it 8/10.", 50),
    ] as [(String, Double?)])
func painBeforeAndAfterADoseIsItsRelief(_ sentence: String, _ percent: Double?) {
    let read = relief(sentence)
    #expect(read.documented, "not read: \(sentence)")
    if let percent { #expect(read.percent == percent, "\(sentence)") }
}

@Test(
    arguments: [
        // A procedure's before and after, a therapy's, another drug's, a rise after an activity, a
        // goal, the worker's time before the injury.
        "Her pain was 8/10 before the lumbar epidural injection and 3/10 for a week after it.",
        "Pain was 8/10 before surgery and 3/10 after surgery.",
        "Her pain was 7/10 before physical therapy and 4/10 after the twelve sessions.",
        "She also takes gabapentin 300 mg at night; her pain is 8/10 before the gabapentin and 4/10 after it.",
        "Her pain is 3/10 before a shift and 7/10 after it.",
        "The goal is to bring her pain from 8/10 to 4/10.",
        "Before the injury her pain was 0/10; after it, 8/10.",
        "Pain 8/10 before acupuncture, 5/10 after.",
    ])
func anotherTreatmentsOrTimesBeforeAndAfterIsNotTheDrugsRelief(_ sentence: String) {
    let read = relief(sentence)
    #expect(!read.documented, "read: \(sentence) -> \(String(describing: read.percent))")
}
