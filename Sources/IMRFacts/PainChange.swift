import IMRVocabulary

/// A change of pain written as two scores of one sentence: with and without a treatment ("VAS 8/10
/// without, 4/10 with"), from one to the other ("pain from 8/10 down to 4/10"), joined by `to`
/// or an arrow read as it ("pain 7 → 3", "7->3/10"), or told before and after a dose ("8/10
/// before a dose and 4/10 after it", "pre-medication 8/10, post-medication 3/10": a pair of
/// `score_comparison` told in time, in the order of its words, with a `dose_words` word, a drug or
/// a class named within three words after one of them; "before the injection", "after a shift"
/// compare no dose). Scores a goal or a plan governs ("the goal is to bring her pain from 8/10 to
/// 4/10": `work_goal` before them in their clause) tell no change.
struct PainChange: Sendable {
    var sentence: Int
    /// The tokens of the first and the last score.
    var first: Int
    var last: Int
    /// The score before the treatment (without it) and after (with it).
    var before: Int
    var after: Int
    /// Told before and after a dose: the drug's effect even where the sentence names no drug.
    var ofDose = false

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
                let inTime = cues.scoreComparisons.inTime(words).flatMap { pair in
                    isDose(after: pair.first, sentence, analysis) || isDose(after: pair.second, sentence, analysis) ? pair : nil
                }
                for (one, two) in zip(found, found.dropFirst()) {
                    guard let a = token(one), let b = token(two), a < b, !isGoal(sentence, before: a, analysis) else { continue }
                    if let inTime {
                        // The score written first is before the dose when "before" is written first.
                        let (before, after) = inTime.first < inTime.second ? (one, two) : (two, one)
                        changes.append(
                            PainChange(sentence: sentence, first: a, last: b, before: before.value, after: after.value, ofDose: true))
                        break
                    }
                    if found.count >= 3, inTime == nil, compares(CueLabel.withWithout.name) {
                        // Of three or more, the two the words govern, or none: not the first two written.
                        if let change = withAndWithout(found, sentence: sentence, words: words, token: token, analysis) {
                            changes.append(change)
                        }
                        break
                    }
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

    /// Of three or more scores in a sentence with and without a treatment ("9/10 without
    /// medication, 7/10 on average, 4/10 with Norco"; "6/10 today, 9/10 without Norco and 3/10
    /// with it"): the score nearest to the `without` word in its part of the sentence (between
    /// commas, within five words, its "/10" counted with it) is before, and the other score nearest
    /// to the `with` word after; the others (at worst, on average, today) are neither.
    static func withAndWithout(
        _ found: [PainScore], sentence: Int, words: [String], token: (PainScore) -> Int?, _ analysis: CaseAnalysis
    ) -> PainChange? {
        let text = analysis.text
        let start = text.sentences[sentence].tokens.lowerBound
        let places = analysis.index.cues.scoreComparisons.places(CueLabel.withWithout.name, in: words)
        func nearest(_ which: Int, besides taken: Int? = nil) -> (score: PainScore, token: Int)? {
            var best: (score: PainScore, token: Int, distance: Int)?
            for place in places where place.word == which {
                let part = ProcedureFacts.commaPart(of: start + place.start, in: text, sentence: sentence)
                for score in found {
                    guard let at = token(score), at != taken, part.contains(at) else { continue }
                    let word = at - start
                    // A score's scale ("/10") is its next word.
                    let distance = place.start > word ? place.start - word - 1 : word - (place.start + place.count - 1)
                    if distance >= 0, distance <= 5, distance < (best?.distance ?? Int.max) { best = (score, at, distance) }
                }
            }
            return best.map { ($0.score, $0.token) }
        }
        guard let without = nearest(1), let with = nearest(0, besides: without.token) else { return nil }
        return PainChange(
            sentence: sentence, first: min(without.token, with.token), last: max(without.token, with.token), before: without.score.value,
            after: with.score.value)
    }

    /// Whether a dose is named within three words after word `word` (counted from the sentence's
    /// first) of sentence `sentence`: a `dose_words` word ("a dose", "her medication"), or a drug
    /// or a drug class ("taking Norco").
    static func isDose(after word: Int, _ sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let doses = analysis.index.cues.wordList(.doseWords)
        let tokens = analysis.text.tokens(of: sentence)
        let start = tokens.startIndex + word + 1
        let reach = start..<min(tokens.endIndex, start + 3)
        if reach.contains(where: { doses.contains(tokens[$0]) }) { return true }
        return analysis.mentions(inSentence: sentence).contains {
            ($0.term.kind == .drug || $0.term.kind == .drugClass) && reach.contains($0.first)
        }
    }

    /// Whether a `work_goal` word (a goal, a plan, a wish) stands before token `token` of
    /// `sentence` with no semicolon between: the scores after it are hoped for, not told.
    static func isGoal(_ sentence: Int, before token: Int, _ analysis: CaseAnalysis) -> Bool {
        analysis.index.cues.set(.workGoal).hits(in: analysis.text, sentence: sentence).contains { goal in
            goal.last < token && !((goal.last + 1)...token).contains { analysis.text.tokens[$0].semicolonBefore }
        }
    }
}
