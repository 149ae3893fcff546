import IMRVocabulary

/// A change of pain written as two scores of one sentence: with and without a treatment ("VAS 8/10
/// without, 4/10 with"), from one to the other ("pain from 8/10 down to 4/10"), or joined by `to`
/// or an arrow read as it ("pain 7 → 3", "7->3/10").
struct PainChange: Sendable {
    var sentence: Int
    /// The tokens of the first and the last score.
    var first: Int
    var last: Int
    /// The score before the treatment (without it) and after (with it).
    var before: Int
    var after: Int

    /// The change as a `pain_improved` cue hit: `yes` when the pain fell, `no` when a with/without
    /// pair shows none. A rise (pain worse after an activity) says nothing of relief and gives none.
    var hit: CueHit? {
        if after < before { return CueHit(label: CueLabelID(.yes), sentence: sentence, first: first, last: last, negated: false) }
        if after == before { return CueHit(label: CueLabelID(.no), sentence: sentence, first: first, last: last, negated: false) }
        return nil
    }

    /// The relief as a percentage of the pain before.
    var percent: Double? { before > 0 && after < before ? (Double(before - after) / Double(before) * 1000).rounded() / 10 : nil }

    /// `hits` with the summary's pain changes among them, in text order.
    static func merged(_ hits: [CueHit], _ analysis: CaseAnalysis) -> [CueHit] {
        let changes = changes(in: analysis).compactMap(\.hit)
        guard !changes.isEmpty else { return hits }
        return (hits + changes).sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
    }

    /// The pain changes of a summary, read once (``SentenceCache``).
    static func changes(in analysis: CaseAnalysis) -> [PainChange] {
        analysis.cache.painChanges {
            let text = analysis.text
            let cues = analysis.index.cues
            let range = cues.wordList(.painScoreRange)
            var changes: [PainChange] = []
            let scores = Dictionary(grouping: analysis.painScores, by: \.sentence)
            for sentence in scores.keys.sorted() {
                let found = scores[sentence]!
                guard found.count >= 2 else { continue }
                let tokens = text.tokens(of: sentence)
                func token(_ score: PainScore) -> Int? { tokens.firstIndex { $0.start == score.offset } }
                let words = tokens.map(text.word(of:))
                func compares(_ label: String) -> Bool { cues.compares(label, in: words) }
                for (one, two) in zip(found, found.dropFirst()) {
                    guard let a = token(one), let b = token(two), a < b else { continue }
                    if compares(CueLabel.withWithout.name) {
                        // Whichever order they are written in, the lower score is the one with the treatment.
                        changes.append(
                            PainChange(
                                sentence: sentence, first: a, last: b, before: max(one.value, two.value), after: min(one.value, two.value)))
                        break
                    }
                    // Two scores joined by a range word ("7 to 3", "7 → 3", "8/10 down to 4/10"), or
                    // "from" … "to": the first is before, the second after.
                    let joined = (a + 1..<b).contains { range.contains(tokens[$0]) }
                    if joined || compares(CueLabel.fromTo.name) {
                        changes.append(PainChange(sentence: sentence, first: a, last: b, before: one.value, after: two.value))
                        break
                    }
                }
            }
            return changes
        }
    }
}
