import IMRVocabulary

/// Motivation to change told in the worker's words (`motivated_to_change`; CPMTG 2009 pp. 31-32,
/// chronic pain programs, criterion 5: "the patient exhibits motivation to change, and is willing
/// to forgo secondary gains, including disability payments to effect this change"):
/// - the worker's will (`motivation_will`, `yes`: "wants to", "is willing to", "eager to") turned,
///   at most seven words after it in its clause, to a change (`motivation_change`: a return to
///   work, fewer medications, taking part, function, giving up disability payments): `yes`;
/// - a refusal (`motivation_will`, `no`: "has no intention of", "refuses to"), a will negated
///   ("does not want to change her medications") or scanted (a `motivation_scant` word at most two
///   words before it: "shows little interest in changing"), turned to a change: `no`;
/// - a future denied (`motivation_refusal`: "will not reduce his hydrocodone") turned to a change,
///   when the worker is named as its subject (``ClauseSubjects/isWorkers(before:sentence:_:)``; not
///   "the pain will not change with rest"): `no`;
/// - a settlement or claim awaited, or a secondary gain (`secondary_gain`: "is waiting for her case
///   to settle"), not negated and not the change a will names ("willing to forgo secondary
///   gains"): `no`, the worker unwilling to forgo it.
///
/// Another person's will ("his employer wants him back at work", ``ClauseSubjects``) and review
/// sentences are not read. The fact lets a stated absence win (`wins no`): motivation stated and
/// contradicted by a settlement awaited is not motivation to change.
enum MotivationStatements {
    /// The statements of the summary in text order.
    static func hits(_ analysis: CaseAnalysis) -> [CueHit] {
        let text = analysis.text
        let cues = analysis.index.cues
        let wills = cues.set(.motivationWill).hits(in: text) + cues.set(.motivationRefusal).hits(in: text).filter { !$0.negated }
        let gains = cues.set(.secondaryGain).hits(in: text)
        guard !wills.isEmpty || !gains.isEmpty else { return [] }
        let changes = cues.set(.motivationChange)
        let scant = cues.wordList(.motivationScant)
        let refusals = cues.set(.motivationRefusal)
        // A will scanted ("little interest in", "minimal desire to").
        func scanted(_ will: CueHit) -> Bool {
            let start = max(text.sentences[will.sentence].tokens.lowerBound, will.first - 2)
            return (start..<will.first).contains { scant.contains(text.tokens[$0]) }
        }
        var found: [CueHit] = []
        // The wills turned to a change, and the change each is turned to.
        var turned: [(will: CueHit, change: CueHit)] = []
        for will in wills where !analysis.isReviewSentence(will.sentence) {
            guard
                let change = changes.hits(in: text, sentence: will.sentence).first(where: {
                    $0.first > will.last && $0.first - will.last <= 8 && !ClauseSubjects.crossesClause(will.last, $0.first, analysis)
                }),
                !ClauseSubjects.isAnotherPersons(before: will.first, sentence: will.sentence, analysis)
            else { continue }
            // A future denied is a refusal only of the worker named as its subject.
            let future = refusals.hits(in: text, sentence: will.sentence).contains { $0.first == will.first && $0.last == will.last }
            if future, !ClauseSubjects.isWorkers(before: will.first, sentence: will.sentence, analysis) { continue }
            turned.append((will, change))
            let refused = will.negated || will.label == .no || future || scanted(will)
            found.append(
                CueHit(
                    label: CueLabelID(refused ? .no : .yes), sentence: will.sentence, first: will.first, last: change.last, negated: false))
        }
        for gain in gains where !gain.negated && !analysis.isReviewSentence(gain.sentence) {
            // What a will names as the change ("willing to forgo secondary gains") is no denial.
            let named = turned.contains { pair in
                pair.will.sentence == gain.sentence && pair.change.first <= gain.first && gain.first - pair.will.last <= 8
                    && !ClauseSubjects.crossesClause(pair.will.last, gain.first, analysis)
            }
            if !named {
                found.append(CueHit(label: CueLabelID(.no), sentence: gain.sentence, first: gain.first, last: gain.last, negated: false))
            }
        }
        return found.sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
    }
}
