import IMRVocabulary

/// Whose a statement is: the worker's, or another person's ("her husband is back to doing the
/// shopping", "his wife went back to her job"). The nearest subject word before the statement in
/// its clause decides: a word of the worker (`activity_subjects`: "she", "the patient") or of
/// another person (`other_persons`: "husband", "employer"); with neither, the worker's.
enum ClauseSubjects {
    /// Whether the nearest subject word before token `first` of sentence `sentence`, back to the
    /// sentence's start or a semicolon, names another person than the worker.
    static func isAnotherPersons(before first: Int, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        let cues = analysis.index.cues
        let workers = cues.wordList(.activitySubjects)
        let others = cues.wordList(.otherPersons)
        let start = text.sentences[sentence].tokens.lowerBound
        var index = first - 1
        while index >= start {
            let token = text.tokens[index]
            if workers.contains(token) { return false }
            if others.contains(token) { return true }
            if token.semicolonBefore { break }
            index -= 1
        }
        return false
    }

    /// Whether the tokens `first...last` (a phrase of return: "took her back") hold a pronoun of the
    /// worker as their object (`object_pronouns`): the worker is the one brought back, whoever acts.
    static func holdsWorkerObject(_ first: Int, _ last: Int, _ analysis: CaseAnalysis) -> Bool {
        let pronouns = analysis.index.cues.wordList(.objectPronouns)
        return (first...last).contains { pronouns.contains(analysis.text.tokens[$0]) }
    }

    /// Whether the tokens strictly between `a` and `b` (`a < b`) cross a semicolon or a
    /// `clause_boundary` word ("but", "however"): the two are in different clauses.
    static func crossesClause(_ a: Int, _ b: Int, _ analysis: CaseAnalysis) -> Bool {
        guard a < b else { return false }
        let boundaries = analysis.index.cues.wordList(.clauseBoundary)
        let tokens = analysis.text.tokens
        return ((a + 1)...b).contains { tokens[$0].semicolonBefore || ($0 < b && boundaries.contains(tokens[$0])) }
    }
}
