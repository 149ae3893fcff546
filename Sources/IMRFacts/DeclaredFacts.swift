import IMRCore
import IMRVocabulary

/// Reads the boolean facts declared in the cue data: true when a `yes` phrase is documented
/// outside review sentences (unless the fact reads them), false when only its absence is (a
/// negated `yes` or a `no` phrase); `wins no` makes any stated absence win; `skips past` leaves out
/// a finding of no present record: past, hedged, treated by a surgery or denied later
/// (``ClinicalFacts/isNotCurrent(_:among:_:)``). `pain_improved` reads
/// the pain changes written as scores too (``PainChange``); the outcomes leave out statements of
/// none (``OutcomeStatements``).
enum DeclaredFactReader {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        for (fact, cues) in analysis.index.cues.declaredFacts {
            let skip: (Int) -> Bool = fact.readsReviewSentences ? { _ in false } : { analysis.isReviewSentence($0) }
            let precedence: Precedence = fact.winner == .yes ? .positiveWins : .negativeWins
            var hits = cues.hits(in: analysis.text)
            // Pain relief is also written as two scores ("pain 7 → 3").
            if fact.name == CueName.painImproved.name { hits = PainChange.merged(hits, analysis) }
            if fact.name == CueName.painImproved.name || fact.name == CueName.functionalImprovement.name {
                hits = OutcomeStatements.outcomes(hits, analysis)
            }
            if fact.skipsPast {
                let all = hits
                hits.removeAll { !$0.negated && ClinicalFacts.isNotCurrent($0, among: all, analysis) }
            }
            if let (value, evidence) = decide(hits, in: analysis.text, precedence, skip: skip) {
                builder.bool(fact.name, value, evidence)
            }
        }
    }
}
