import IMRVocabulary

/// The questions of a summary, which assert nothing: a QME's or an adjuster's numbered questions
/// ("Question 1: Has nortriptyline helped, and is it reasonably required?"), the physician's own
/// ("Would she benefit from a repeat injection?"), and a question told as asked ("I was asked
/// whether he ever had a fusion"). Their words are read as no words (``CaseText``), once for
/// every fact family; the answer that follows is a statement and is read.
///
/// - A question asked: a sentence that ends with a `?` written right after a word, from its
///   latest `question_openers` word ("is", "has", "did", "would", "what") that opens the sentence
///   or follows a `:`, `;`, `(`, `"` or a spaced `-` ("QME question 3: Has the worker returned to
///   work?", "The adjuster asks: Is surgery indicated?") to its end. A `?` after no such opener
///   is a mark of doubt, not a question ("Dx: lumbar strain, L5 radiculopathy?"), and is left to
///   the readers of doubt.
/// - A question told: after a `question_subordinators` word ("whether"), or an `if` (`question_if`)
///   right after a `question_if_verbs` word, only spaces between ("asked if", "unclear if", "to see
///   if"; not "to confirm; if a tear is found"), to the end of
///   its clause (a `,`, a `;`, a clause boundary word, the sentence's end).
enum Questions {
    /// The words a question reads by (by word id), from the cue data.
    struct Words {
        let openers: WordList
        let subordinators: WordList
        let ifVerbs: WordList
        let ifWords: WordList
        let boundaries: [Bool]

        init(_ cues: CueBook) {
            openers = cues.wordList(.questionOpeners)
            subordinators = cues.wordList(.questionSubordinators)
            ifVerbs = cues.wordList(.questionIfVerbs)
            ifWords = cues.wordList(.questionIf)
            boundaries = cues.negation.boundaries
        }
    }

    /// The token ranges of the questions of `sentences` (in text order, not overlapping).
    static func spans(of bytes: [UInt8], tokens: [Token], sentences: [Sentence], words: Words) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for sentence in sentences where !sentence.tokens.isEmpty {
            let range = sentence.tokens
            var told = range.lowerBound
            if let asked = askedStart(of: sentence, bytes, tokens, words) {
                // Questions told before the question asked.
                appendTold(in: range.lowerBound..<asked, bytes, tokens, words, into: &spans)
                spans.append(asked..<range.upperBound)
                told = range.upperBound
            }
            if told < range.upperBound { appendTold(in: told..<range.upperBound, bytes, tokens, words, into: &spans) }
        }
        return spans
    }

    /// The first token of the question `sentence` asks, when it ends with a `?` right after a word
    /// and a `question_openers` word opens it or follows a mark that opens a clause.
    private static func askedStart(of sentence: Sentence, _ bytes: [UInt8], _ tokens: [Token], _ words: Words) -> Int? {
        var end = sentence.end - 1
        // A closing quote or parenthesis after the mark.
        if end > sentence.start, bytes[end] == 34 || bytes[end] == 41 { end -= 1 }
        guard bytes[end] == 63, var last = sentence.tokens.last else { return nil }
        // The `?` may be a token of its own (a symbol of the cue data).
        if tokens[last].start == end { last -= 1 }
        guard last >= sentence.tokens.lowerBound, tokens[last].end == end else { return nil }
        var token = last
        while token >= sentence.tokens.lowerBound {
            if words.openers.contains(tokens[token]), opensClause(token, sentence, bytes, tokens) { return token }
            token -= 1
        }
        return nil
    }

    /// Whether token `token` opens `sentence` or follows a `:`, `;`, `(`, `"` or a dash with a
    /// space after it.
    private static func opensClause(_ token: Int, _ sentence: Sentence, _ bytes: [UInt8], _ tokens: [Token]) -> Bool {
        guard token > sentence.tokens.lowerBound else { return true }
        let between = tokens[token - 1].end..<tokens[token].start
        return bytes[between].contains { $0 == 58 || $0 == 59 || $0 == 40 || $0 == 34 }
            || (between.count >= 2 && bytes[between].contains(45) && isSpace(bytes[between.upperBound - 1]))
    }

    /// Appends the questions told in `range` of a sentence's tokens: from a subordinator, or an
    /// `if` after a verb of asking or doubt, to the end of its clause.
    private static func appendTold(
        in range: Range<Int>, _ bytes: [UInt8], _ tokens: [Token], _ words: Words, into spans: inout [Range<Int>]
    ) {
        var token = range.lowerBound
        while token < range.upperBound {
            let opens =
                words.subordinators.contains(tokens[token])
                || (token > range.lowerBound && words.ifWords.contains(tokens[token]) && words.ifVerbs.contains(tokens[token - 1])
                    && bytes[tokens[token - 1].end..<tokens[token].start].allSatisfy(isSpace))
            guard opens else {
                token += 1
                continue
            }
            // The question's words after the word that opens it, to the end of its clause.
            var end = token + 1
            while end < range.upperBound, !tokens[end].semicolonBefore, !tokens[end].commaBefore, !isBoundary(tokens[end], words) {
                end += 1
            }
            if end > token + 1 { spans.append((token + 1)..<end) }
            token = end
        }
    }

    @inline(__always) private static func isBoundary(_ token: Token, _ words: Words) -> Bool {
        token.id >= 0 && Int(token.id) < words.boundaries.count && words.boundaries[Int(token.id)]
    }

    /// `tokens` with the words of `spans` read as no words: no word id, no count, no date.
    static func unread(_ spans: [Range<Int>], in tokens: inout [Token]) {
        for span in spans {
            for index in span {
                tokens[index].id = WordTable.unknown
                tokens[index].singular = WordTable.unknown
                tokens[index].stem = WordTable.unknown
                tokens[index].digits = Token.notDigits
            }
        }
    }
}
