import IMRVocabulary

/// A finding the summary leaves in doubt: a `finding_doubt` phrase ("possible", "questionable",
/// "equivocal", "suspected", "rule out" and "r/o") in the finding's clause, ending at most
/// ``reach`` words before it ("possible weakness of the left EHL", "r/o lumbar radiculopathy",
/// "questionable decreased reflex at the ankle") or starting right after it, no comma between
/// ("McMurray equivocal", "radiculopathy (questionable)"), or inside the finding's words
/// ("sensation possibly diminished"). A doubted finding is not documented:
/// an examiner who writes "possible weakness" did not find weakness. The doubt is narrower than
/// `hedge_before`, which holds purpose words ("EMG to evaluate the numbness") that do not doubt
/// what they name.
enum FindingDoubt {
    /// How many words may stand between a doubting phrase and the finding after it.
    static let reach = 3

    /// Whether `hit`, not negated, is left in doubt (a negated finding is an absence and stays).
    static func isDoubted(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        guard !hit.negated else { return false }
        return isDoubted(sentence: hit.sentence, first: hit.first, last: hit.last, analysis)
    }

    /// Whether words `first…last` of `sentence` are left in doubt.
    static func isDoubted(sentence: Int, first: Int, last: Int, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        let doubts = analysis.index.cues.set(.findingDoubt).hits(in: text, sentence: sentence)
        guard !doubts.isEmpty else { return false }
        let clauseStart = text.clauseStart(of: first, from: text.sentences[sentence].tokens.lowerBound)
        return doubts.contains { doubt in
            // Inside the finding's words ("sensation possibly diminished").
            if doubt.first > first && doubt.last < last { return true }
            if doubt.last < first {
                return doubt.first >= clauseStart && first - doubt.last - 1 <= reach
            }
            // After the finding: the next word, or the one after it, with no comma or ';' between.
            guard doubt.first > last, doubt.first - last <= 2 else { return false }
            return !((last + 1)...doubt.first).contains { text.tokens[$0].commaBefore || text.tokens[$0].semicolonBefore }
        }
    }
}
