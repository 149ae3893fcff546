import IMRVocabulary

/// A pain diary kept after a procedure: the pain before it, then the pain at times after it, each
/// entry a score after its time ("pre block pain 8/10. Diary after the block: 30 minutes 1/10, 1
/// hour 1/10, 3 hours 2/10, 6 hours 5/10"; a table "Time | Pain" over "Before | 8/10", "30 minutes |
/// 2/10"), whatever its form: one sentence, a sentence an entry, a table's rows.
///
/// A diary opens in the procedure's sentence or within ``reach`` sentences after it (not in the
/// plan or the review): a score with a `score_before_marks` word within three words before it or
/// two after it is the pain before; a score with a time of `diary_entry_times` within three words
/// before it ("30 minutes", "1 hour", "the next morning") is an entry after. The pain before and
/// two entries after it at least make a diary; its relief is the share of the pain before that the
/// best entry took away (none when the pain rose).
enum PainDiaries {
    /// The sentences after a procedure's own in which its diary may be told.
    static let reach = 4

    /// The relief of the diary told after the procedure named in sentence `sentence`, as a
    /// percentage, with the sentence its best entry is in; `nil` when no diary is told.
    static func relief(after sentence: Int, _ analysis: CaseAnalysis) -> (percent: Double, sentence: Int)? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let last = min(text.sentences.count - 1, sentence + reach)
        let scores = analysis.painScores.filter { $0.sentence >= sentence && $0.sentence <= last }
        guard scores.count >= 3 else { return nil }
        let before = cues.wordList(.scoreBeforeMarks)
        let times = cues.wordList(.diaryEntryTimes)
        var baseline: Double?
        var entries: [(value: Double, sentence: Int)] = []
        for score in scores where !analysis.isReviewSentence(score.sentence) && !analysis.isPlanSection(score.sentence) {
            let range = text.sentences[score.sentence].tokens
            guard let token = text.tokens[range].firstIndex(where: { $0.start == score.offset }) else { continue }
            func marked(_ list: WordList, from low: Int, to high: Int) -> Bool {
                (max(range.lowerBound, low)..<min(range.upperBound, high)).contains { list.contains(text.tokens[$0]) }
            }
            if baseline == nil, entries.isEmpty,
                marked(before, from: token - 3, to: token) || marked(before, from: token + 1, to: token + 4)
            {
                baseline = Double(score.value)
            } else if baseline != nil, marked(times, from: token - 3, to: token) {
                entries.append((Double(score.value), score.sentence))
            }
        }
        guard let baseline, baseline > 0, entries.count >= 2, let best = entries.min(by: { $0.value < $1.value }) else { return nil }
        return (max(0, ((baseline - best.value) / baseline * 1000).rounded() / 10), best.sentence)
    }
}
