import IMRVocabulary

/// Whose a statement is: the worker's, or another person's ("her husband is back to doing the
/// shopping", "his wife went back to her job"). The nearest subject word before the statement in
/// its clause decides: a word of the worker (`activity_subjects`: "she", "the patient") or of
/// another person (`other_persons`: "husband", "employer"); with neither, the worker's. Another
/// person named in a subordinate clause (a `clause_subordinators` word at most three words before
/// it: "because his attorney advised it") is that clause's subject only: a statement in a later
/// part of the sentence ("..., and has no intention of returning to any job") is not theirs.
enum ClauseSubjects {
    /// Whether the nearest subject word before token `first` of sentence `sentence`, back to the
    /// sentence's start or a semicolon, names another person than the worker.
    static func isAnotherPersons(before first: Int, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        subject(before: first, sentence: sentence, analysis) == .another
    }

    /// Whether the nearest subject word before token `first` of sentence `sentence` (as
    /// ``isAnotherPersons(before:sentence:_:)`` finds it) is a word of the worker: the worker named
    /// as the subject, not only no one else.
    static func isWorkers(before first: Int, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        subject(before: first, sentence: sentence, analysis) == .worker
    }

    /// Whose the nearest subject word before token `first` of sentence `sentence` is, back to the
    /// sentence's start or a semicolon; another person's in a subordinate clause of an earlier part
    /// of the sentence is passed over.
    private static func subject(before first: Int, sentence: Int, _ analysis: CaseAnalysis) -> Subject? {
        let text = analysis.text
        let cues = analysis.index.cues
        let workers = cues.wordList(.activitySubjects)
        let others = cues.wordList(.otherPersons)
        let subordinators = cues.wordList(.clauseSubordinators)
        let start = text.sentences[sentence].tokens.lowerBound
        var index = first - 1
        while index >= start {
            let token = text.tokens[index]
            if workers.contains(token) { return .worker }
            // A person named as the owner of a thing ("coaches his son's team") is no subject.
            if others.contains(token), !isPossessive(index, text) {
                // "because his attorney advised it, ..., and has no intention of ...": the attorney is
                // the subject of the subordinate clause only.
                let laterPart = ((index + 1)...first).contains { text.tokens[$0].commaBefore }
                var lead = index - 1
                var subordinate = false
                while laterPart, lead >= max(start, index - 3), !text.tokens[lead + 1].commaBefore {
                    if subordinators.contains(text.tokens[lead]) {
                        subordinate = true
                        break
                    }
                    lead -= 1
                }
                if !subordinate { return .another }
            }
            if token.semicolonBefore { break }
            index -= 1
        }
        return nil
    }

    /// Whether another person (`other_persons`, named as an owner too: "his mother's") stands at
    /// most `reach` words before token `first` of sentence `sentence`, in its part of the clause (no
    /// comma, semicolon or `clause_boundary` word between), with no word of the worker nearer: "family
    /// history of DVT" and "her mother had a pulmonary embolism" tell another person's finding; "he
    /// lives with his wife, and had a DVT in 2013" the worker's.
    static func isAnotherPersonsNear(before first: Int, sentence: Int, _ analysis: CaseAnalysis, reach: Int = 6) -> Bool {
        isAnotherPersonsNear(before: first, sentence: sentence, in: analysis.text, analysis.index.cues, reach: reach)
    }

    /// ``isAnotherPersonsNear(before:sentence:_:reach:)`` in `text` read with `cues` (before its
    /// analysis: the summary's mentions, ``LexiconIndex/withoutRelatives(_:in:)``). With `asSubject`
    /// the person is a relative (`relatives`: "her sister", "Father", "FH") standing as the subject of
    /// its part (only `relative_determiners` words before it, back to the sentence's start or a `,`,
    /// `;`, `:` or `(`: "her", "his late", "the patient's"), and the walk ends at a word of the worker
    /// as an object (`object_pronouns`: "her husband drove her to the clinic, where ..."), a
    /// `relative_reports` word ("her husband says the tramadol helps") or another person who is no
    /// relative: "she lives with her husband and takes naproxen" and "a mother of two with diabetes"
    /// tell the worker's.
    static func isAnotherPersonsNear(
        before first: Int, sentence: Int, in text: CaseText, _ cues: CueBook, reach: Int = 6, asSubject: Bool = false
    ) -> Bool {
        let tokens = text.tokens
        let (workers, others) = (cues.wordList(.activitySubjects), cues.wordList(asSubject ? .relatives : .otherPersons))
        let boundaries = cues.wordList(.clauseBoundary)
        let sentenceStart = text.sentences[sentence].tokens.lowerBound
        let start = max(sentenceStart, first - reach)
        let (objects, reports, persons) = (cues.wordList(.objectPronouns), cues.wordList(.relativeReports), cues.wordList(.otherPersons))
        var index = first - 1
        while index >= start {
            if tokens[index + 1].commaBefore || tokens[index + 1].semicolonBefore { return false }
            let token = tokens[index]
            if workers.contains(token) || boundaries.contains(token) { return false }
            if others.contains(token) { return !asSubject || isSubject(index, from: sentenceStart, in: text, cues) }
            if asSubject, objects.contains(token) || reports.contains(token) || persons.contains(token) { return false }
            index -= 1
        }
        return false
    }

    /// Whether the word at token `index` opens its part of the sentence: only `relative_determiners`
    /// words before it, back to the sentence's start (`start`) or a `,`, `;`, `:` or `(`.
    private static func isSubject(_ index: Int, from start: Int, in text: CaseText, _ cues: CueBook) -> Bool {
        let (tokens, bytes) = (text.tokens, text.bytes)
        let determiners = cues.wordList(.relativeDeterminers)
        var position = index
        while position > start, !tokens[position].commaBefore, !tokens[position].semicolonBefore {
            let gap = bytes[tokens[position - 1].end..<tokens[position].start]
            if gap.contains(UInt8(ascii: ":")) || gap.contains(UInt8(ascii: "(")) { return true }
            guard determiners.contains(tokens[position - 1]) else { return false }
            position -= 1
        }
        return true
    }

    /// Whose a subject word is.
    private enum Subject { case worker, another }

    /// Whether token `index` is written as a possessive: an apostrophe and an `s` glued after it
    /// ("son's", "son’s"), or an apostrophe alone after a plural ("parents'").
    private static func isPossessive(_ index: Int, _ text: CaseText) -> Bool {
        let (tokens, bytes) = (text.tokens, text.bytes)
        let end = tokens[index].end
        guard end < bytes.count else { return false }
        // The apostrophe: ASCII, or the right single quotation mark (E2 80 99 in UTF-8).
        let width =
            bytes[end] == 39 ? 1 : end + 2 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99 ? 3 : 0
        guard width > 0 else { return false }
        let next = end + width
        if index + 1 < tokens.count, tokens[index + 1].start == next, tokens[index + 1].end == next + 1, bytes[next] | 0x20 == 115 {
            return true
        }
        return next >= bytes.count || !isLetter(bytes[next])
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }

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
