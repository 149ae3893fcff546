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
/// best entry took away (none when the pain rose). A table whose pain column holds bare numbers
/// ("| before | 8 |" under "| after the block | pain (0-10) |") is read by its columns
/// (``tableRelief(after:tables:_:)``).
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

    /// The relief of a diary kept as a table (``TableGrids``, of `tables`) whose header opens in
    /// the procedure's sentence `sentence` or within ``reach`` sentences after it (not in the plan
    /// or the review), its scores bare numbers under a pain column ("| after the block | pain
    /// (0-10) | activity tried |" over "| before | 8 | - |", "| 30 minutes | 1 | ... |"): a column
    /// after the first whose header cell holds a `measure_pain` phrase ("pain", "VAS", "NRS",
    /// "pain score"); a row whose first cell holds a `score_before_marks` word is the pain before,
    /// a row whose first cell holds a `diary_entry_times` word an entry after; each row's score is
    /// the count (0 to 10) that opens its cell in that column ("8", "2/10"; not "severe"). The pain
    /// before and two entries after it at least make a diary, its relief read as ``relief(after:_:)``
    /// reads a diary's, with the sentence of its best entry.
    static func tableRelief(after sentence: Int, tables: [TableGrid], _ analysis: CaseAnalysis) -> (percent: Double, sentence: Int)? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (before, times) = (cues.wordList(.scoreBeforeMarks), cues.wordList(.diaryEntryTimes))
        for table in tables {
            guard let opening = table.header.first(where: { !$0.isEmpty }), let headed = text.sentence(ofToken: opening.lowerBound),
                headed >= sentence, headed <= sentence + reach, !analysis.isReviewSentence(headed), !analysis.isPlanSection(headed)
            else { continue }
            let pain = cues.set(.measurePain).hits(in: text, sentence: headed).filter { !$0.negated }
            func isPain(_ cell: Int) -> Bool { pain.contains { table.header[cell].contains($0.first) } }
            guard let column = table.header.indices.dropFirst().first(where: isPain) else { continue }
            var baseline: Double?
            var entries: [(value: Double, token: Int)] = []
            for row in table.rows where row.count > column && !row[0].isEmpty && !row[column].isEmpty {
                guard let value = cues.count(text.tokens[row[column].lowerBound]), value <= 10 else { continue }
                if baseline == nil, entries.isEmpty, row[0].contains(where: { before.contains(text.tokens[$0]) }) {
                    baseline = Double(value)
                } else if baseline != nil, row[0].contains(where: { times.contains(text.tokens[$0]) }) {
                    entries.append((Double(value), row[column].lowerBound))
                }
            }
            guard let baseline, baseline > 0, entries.count >= 2, let best = entries.min(by: { $0.value < $1.value }),
                let bestSentence = text.sentence(ofToken: best.token)
            else { continue }
            return (max(0, ((baseline - best.value) / baseline * 1000).rounded() / 10), bestSentence)
        }
        return nil
    }
}
