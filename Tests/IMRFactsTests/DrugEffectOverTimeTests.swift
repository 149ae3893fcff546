import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A drug's effect told as the pain before it and the pain now, in the worker's words or a
// clinician's (CPMTG 2009 "Antiepilepsy drugs", p. 16: a 30% or 50% reduction of pain decides
// whether to continue; ``PainOverTime``): which score is before and which is now is told by the
// words (before, prior to, until; now, these days, currently, since then), across the drug's
// sentence and the next, never by the scores' size; a "from" and a "to" tell which of two scores
// is before (``DrugResponseFacts/reliefPercent(_:tokens:hits:_:)``). Not: a pain that rose on the
// drug, another treatment's before and after, a goal.

/// The summary every row follows: the requested drug, started three months before.
private let started = "Pregabalin 75 mg twice daily was started on 08/30/2016. "

/// `pain_relief_percent` and `pain_improved` of the request after `summary`.
private func effect(_ summary: String) -> (percent: String?, improved: String?) {
    let facts = requestFacts("Lyrica 75mg #60", summary: started + summary)
    return (value(facts, "pain_relief_percent"), value(facts, "pain_improved"))
}

@Suite struct DrugEffectOverTimeTests {
    @Test(
        arguments: [
            ("Before the Lyrica, the burning was an 8 most nights. Now it's more like a 3, some days a 4.", "62.5"),
            ("Prior to starting pregabalin her leg pain was 8/10; these days it is 4/10.", "50"),
            ("\"My foot used to burn at a 9 before I started the Lyrica,\" he said. \"Nowadays it's a 4 at worst.\"", "55.6"),
            ("Her pain was 7/10 before the medication was started and is currently 3/10.", "57.1"),
            ("Pain before pregabalin: 8/10. Pain now: 3/10.", "62.5"),
            ("Until the Lyrica was added she rated the burning a 9; since then it has been a 5.", "44.4"),
        ] as [(String, String)])
    func aDrugsEffectOverTimeIsRead(_ summary: String, _ percent: String) {
        let read = effect(summary)
        #expect(read.percent == percent, "\(summary) -> \(read.percent ?? "nil")")
        #expect(read.improved == "true", "pain_improved not read: \(summary)")
    }

    @Test(
        arguments: [
            "Before the Lyrica her pain was a 3; now it is a 6.",
            "Before the injection her pain was 8/10; now it is 4/10.",
            "Before the Lyrica her pain was an 8 most nights; the plan is to get it down to a 3.",
            "On the Lyrica her burning pain went from 3/10 to 7/10.",
        ])
    func noReliefIsRead(_ summary: String) {
        let read = effect(summary)
        #expect(read.percent == nil, "\(summary) -> \(read.percent ?? "nil")")
    }
}
