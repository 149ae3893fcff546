import IMRVocabulary

/// A capacity compared in its clause, as `functional_improvement` statements (CPMTG 2009 p. 78 and
/// the 2016 Opioid guideline ask for improved function, not a capacity alone): an activity or
/// function (`function_words`) told the same as before (`function_same`: "her walking, chores and
/// sleep are the same as at the last visits"), a denial of improvement; told with and without a
/// dose ("walks two blocks without her medications and a mile with them": a `score_comparison`
/// with/without word followed by a dose, ``PainChange/isDose(after:_:_:)``; not "with or without"),
/// an improvement; or raised from one number to a larger one ("sitting tolerance went from 15 to
/// 45 minutes"), an improvement, and lowered, a decline. With these, the activities a clause tells
/// regained or lost (``ActivityStatements``), and a return to work told as a change
/// (``WorkReturns/regained(_:)``: 8 CCR 9792.20(f), "a reduction in work restrictions").
enum FunctionChanges {
    /// The statements of the summary, in text order: `no` for a capacity the same or lowered,
    /// `yes` for one gained; each spans the activity word and the words comparing it (read once per
    /// summary).
    static func hits(_ analysis: CaseAnalysis) -> [CueHit] { analysis.cache.functionChanges { read(analysis) } }

    /// The statements of the summary, read.
    private static func read(_ analysis: CaseAnalysis) -> [CueHit] {
        let text = analysis.text
        let cues = analysis.index.cues
        let same = cues.set(.functionSame)
        var hits: [CueHit] = []
        let doses = cues.wordList(.doseWords)
        // The activities named, sentence by sentence (most sentences name none).
        let activities = cues.set(.functionWords).hits(in: text)
        var next = 0
        while next < activities.count {
            let sentence = activities[next].sentence
            var named: [Int] = []
            while next < activities.count, activities[next].sentence == sentence {
                named.append(activities[next].first)
                next += 1
            }
            let tokens = text.tokens(of: sentence)
            let firstNamed = named[0]
            // No semicolon between two tokens of the clause.
            func inClause(_ a: Int, _ b: Int) -> Bool { !((a + 1)...max(a + 1, b)).contains { tokens[$0].semicolonBefore } }
            func hit(_ label: CueLabel, _ first: Int, _ last: Int) -> CueHit {
                CueHit(label: CueLabelID(label), sentence: sentence, first: first, last: last, negated: false)
            }
            var found: CueHit?
            // The same as before: an activity up to eight words before, or four after.
            for phrase in same.hits(in: text, sentence: sentence) where !phrase.negated {
                if let activity = named.last(where: { $0 < phrase.first && phrase.first - $0 <= 8 && inClause($0, phrase.first) }) {
                    found = hit(.no, activity, phrase.last)
                } else if named.contains(where: { $0 > phrase.last && $0 - phrase.last <= 4 && inClause(phrase.last, $0) }) {
                    found = hit(.no, phrase.first, phrase.last)
                }
                if found != nil { break }
            }
            // With and without a dose (a dose word or a drug named).
            if found == nil, tokens.contains(where: doses.contains) || !analysis.mentions(inSentence: sentence).isEmpty {
                let words = tokens.map(text.word(of:))
                if cues.compares(CueLabel.withWithout.name, in: words), !isEither(tokens, words, cues) {
                    let start = tokens.startIndex
                    let dosed = words.indices.contains { place in
                        cues.comparisonWord(CueLabel.withWithout.name, in: words, at: place) != nil
                            && PainChange.isDose(after: place, sentence, analysis)
                    }
                    if dosed { found = hit(.yes, firstNamed, min(firstNamed + 1, start + words.count - 1)) }
                }
            }
            // From one number to another after an activity ("tolerance went from 15 to 45 minutes").
            if found == nil, tokens.lazy.filter({ cues.count($0) != nil }).count >= 2 {
                found = raised(tokens, named: named, sentence: sentence, analysis)
            }
            if let found { hits.append(found) }
        }
        // Function told as activities regained, given by a treatment or lost in spite of it, and a
        // return to work told as a change (``WorkReturns/regained(_:)``).
        return DrugStatementFacts.merged(DrugStatementFacts.merged(hits, ActivityStatements.hits(analysis)), WorkReturns.regained(analysis))
    }

    /// Whether `words` (the words of `tokens`) hold "with or without" or "with and without", joined
    /// by a word of `coordinators` (words.cues): the same either way.
    private static func isEither(_ tokens: ArraySlice<Token>, _ words: [String], _ cues: CueBook) -> Bool {
        let coordinators = cues.wordList(.coordinators)
        return words.indices.contains { place in
            place + 2 < words.count && coordinators.contains(tokens[tokens.startIndex + place + 1])
                && cues.comparisonWord(CueLabel.withWithout.name, in: words, at: place) != nil
                && cues.comparisonWord(CueLabel.withWithout.name, in: words, at: place + 2) != nil
        }
    }

    /// A number raised or lowered within six words after an activity word: a `from_to` pair's
    /// words with a number after each ("from 15 to 45"), `yes` when the second is larger, `no`
    /// when smaller.
    private static func raised(_ tokens: ArraySlice<Token>, named: [Int], sentence: Int, _ analysis: CaseAnalysis) -> CueHit? {
        let text = analysis.text
        let cues = analysis.index.cues
        let words = tokens.map(text.word(of:))
        let start = tokens.startIndex
        for activity in named {
            let reach = (activity + 1)..<min(tokens.endIndex, activity + 7)
            guard
                let from = reach.first(where: {
                    cues.comparisonWord(CueLabel.fromTo.name, in: words, at: $0 - start) != nil && $0 + 3 < tokens.endIndex
                }),
                let low = cues.count(tokens[from + 1]), cues.comparisonWord(CueLabel.fromTo.name, in: words, at: from + 2 - start) != nil,
                let high = cues.count(tokens[from + 3]), high != low
            else { continue }
            let label: CueLabel = high > low ? .yes : .no
            return CueHit(label: CueLabelID(label), sentence: sentence, first: activity, last: from + 3, negated: false)
        }
        return nil
    }
}
