import IMRVocabulary

/// A drug's effect told as the pain before it and the pain now, across its sentence and the next,
/// in the worker's words or a clinician's ("Before the Lyrica, the burning was an 8 most nights ...
/// Now it's more like a 3"; "Prior to starting gabapentin her pain was 8/10. These days it is
/// 4/10"): which score is before and which after is told by the words (`pain_time_before`: before,
/// prior to, used to; `pain_time_now`: now, these days, currently, since), never by their size, so
/// that a pain that rose reads as no relief.
///
/// The before word names a dose within three words after it (a drug, a class, a `dose_words` or
/// `medication_words` word: "before the Lyrica", "prior to starting gabapentin"; "before the
/// injection" compares no drug). Its score is the score of its sentence nearest to it; the now
/// score is the first after a now word, later in the sentence or in the next one. A score is an
/// "N/10" or a written score (``OutcomeFacts/painScores(in:_:)``), or a count from 0 to 10 told
/// bare after a `pain_score_filler` word ("an 8 most nights", "more like a 3") with no unit after
/// it ("about three hours"). Outside review sentences and goals.
struct PainOverTime: Sendable {
    /// The sentence of the before word, and the word.
    var sentence: Int
    var first: Int
    var last: Int
    var before: Int
    var after: Int

    /// The relief as a percentage of the pain before, when the pain fell.
    var percent: Double? { before > 0 && after < before ? (Double(before - after) / Double(before) * 1000).rounded() / 10 : nil }

    /// The changes the summary tells, in text order.
    static func changes(in analysis: CaseAnalysis) -> [PainOverTime] {
        let text = analysis.text
        let cues = analysis.index.cues
        let befores = cues.set(.painTimeBefore).hits(in: text)
        guard !befores.isEmpty else { return [] }
        let (doseWords, medicationWords) = (cues.wordList(.doseWords), cues.wordList(.medicationWords))
        let (filler, units) = (cues.wordList(.painScoreFiller), cues.wordList(.painScoreUnits))
        let written = Dictionary(grouping: analysis.painScores, by: \.sentence)
        // The scores of a sentence, by token, in order.
        func scores(_ sentence: Int) -> [(value: Int, token: Int)] {
            let tokens = text.sentences[sentence].tokens
            var found: [(value: Int, token: Int)] = (written[sentence] ?? []).compactMap { score in
                tokens.first { text.tokens[$0].start == score.offset }.map { (score.value, $0) }
            }
            for index in tokens where index > tokens.lowerBound && !found.contains(where: { $0.token == index }) {
                guard let value = cues.count(text.tokens[index]), value <= 10, filler.contains(text.tokens[index - 1]) else { continue }
                let next = index + 1
                if next < tokens.upperBound, units.contains(text.tokens[next]) || cues.days(inUnit: text.tokens[next]) != nil { continue }
                if text.tokens[index].start > 0, [47, 45].contains(text.bytes[text.tokens[index].start - 1]) { continue }
                found.append((value, index))
            }
            return found.sorted { $0.token < $1.token }
        }
        var changes: [PainOverTime] = []
        for hit in befores where !hit.negated && !analysis.isReviewSentence(hit.sentence) {
            let sentence = hit.sentence
            let tokens = text.sentences[sentence].tokens
            let mentions = analysis.mentions(inSentence: sentence)
            let reach = (hit.last + 1)..<min(tokens.upperBound, hit.last + 4)
            let doseNamed = reach.contains { position in
                doseWords.contains(text.tokens[position]) || medicationWords.contains(text.tokens[position])
                    || mentions.contains { ($0.term.kind == .drug || $0.term.kind == .drugClass) && $0.first == position }
            }
            guard doseNamed, !PainChange.isGoal(sentence, before: hit.first, analysis) else { continue }
            let here = scores(sentence)
            // The now word: later in the sentence, else in the next one.
            let nows = [sentence, sentence + 1].filter { $0 < text.sentences.count && !analysis.isReviewSentence($0) }.flatMap {
                cues.set(.painTimeNow).hits(in: text, sentence: $0).filter {
                    !$0.negated && ($0.sentence > sentence || $0.first > hit.last)
                }
            }
            guard let now = nows.first,
                let after = scores(now.sentence).first(where: { $0.token > now.last }),
                let before = here.filter({ $0.token < (now.sentence == sentence ? now.first : tokens.upperBound) })
                    .min(by: { abs($0.token - hit.first) < abs($1.token - hit.first) })
            else { continue }
            changes.append(PainOverTime(sentence: sentence, first: hit.first, last: hit.last, before: before.value, after: after.value))
        }
        return changes
    }
}
