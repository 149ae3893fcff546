import IMRCore

/// Reads the boolean facts declared in the cue data: true when a `yes` phrase is documented
/// outside review sentences (unless the fact reads them), false when only its absence is (a
/// negated `yes` or a `no` phrase); `wins no` makes any stated absence win.
enum DeclaredFactReader {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        for (fact, cues) in analysis.index.cues.declaredFacts {
            let skip: (Int) -> Bool = fact.readsReviewSentences ? { _ in false } : { analysis.isReviewSentence($0) }
            let precedence: Precedence = fact.winner == .yes ? .positiveWins : .negativeWins
            if let (value, evidence) = decide(cues.hits(in: analysis.text), in: analysis.text, precedence, skip: skip) {
                builder.bool(fact.name, value, evidence)
            }
        }
    }
}
