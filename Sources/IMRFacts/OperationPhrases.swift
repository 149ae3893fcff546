import IMRVocabulary

/// The noun phrase a surgery's name opens: the words after the name that still tell which
/// operation it was, so that a date after them is the operation's ("Surgical stabilization of left
/// ribs 5-7 (open reduction and plate fixation through a limited lateral thoracotomy) on
/// 11/01/2016", "ORIF of the left ribs 5-7 on 11/01/2016").
enum OperationPhrases {
    /// The most tokens a bracketed aside after the name may hold.
    static let asideTokens = 16

    /// `mention` with its last token moved to the end of the noun phrase it opens in its sentence:
    /// past the noun after a generic surgery's adjective (`operation_adjectives`: the "stabilization"
    /// of "Surgical stabilization"), then past the words that name the part operated on, in any
    /// order: `operation_phrase_words` ("of", "the", "and"), a side (`body_sides`), a body region
    /// named, a level or a number ("ribs 5-7", "L4-5", "C5-C6"), and a bracketed aside of at most
    /// ``asideTokens`` tokens ("(open reduction and plate fixation ...)"), up to the first date, a
    /// comma, a `;`, a `:` or a line break. The phrase never ends on a joining word ("of", "and"): "ORIF of the wrist and therapy on 11/01/2016" ends at
    /// "wrist", and the therapy's date stays the therapy's.
    static func widened(_ mention: Mention, _ analysis: CaseAnalysis) -> Mention {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (tokens, bytes) = (text.tokens, text.bytes)
        let sentence = text.sentences[mention.sentence].tokens
        guard mention.last + 1 < sentence.upperBound else { return mention }
        let joiners = cues.wordList(.operationPhraseWords)
        let named = analysis.mentions(inSentence: mention.sentence).filter { $0.term.kind == .bodyRegion }
        let sides = cues.set(.bodySides).hits(in: text, sentence: mention.sentence)
        // The phrase ends before the first date after the name: the date is what it is told with.
        let after = tokens[mention.last].end
        let dated = analysis.dates.first { $0.sentence == mention.sentence && $0.offset >= after }?.offset ?? Int.max
        func gap(before token: Int) -> ArraySlice<UInt8> { bytes[tokens[token - 1].end..<tokens[token].start] }
        func isPart(_ token: Int) -> Bool {
            tokens[token].digits != Token.notDigits || LevelAgreement.level(Array(text.word(of: tokens[token]).utf8)[...]) != nil
                || named.contains { $0.first <= token && token <= $0.last } || sides.contains { $0.first <= token && token <= $0.last }
        }
        var end = mention.last
        var next = end + 1
        // "Surgical stabilization": the generic surgery's adjective and the noun it qualifies.
        if mention.first == mention.last, cues.wordList(.operationAdjectives).contains(tokens[mention.last]),
            tokens[next].start < dated, !gap(before: next).contains(where: isBreak)
        {
            (end, next) = (next, next + 1)
        }
        while next < sentence.upperBound, tokens[next].start < dated {
            let between = gap(before: next)
            if between.contains(where: isBreak) { break }
            if between.contains(40) {
                // A bracketed aside: to the token before its closing bracket.
                // An aside that holds a date ("(Dr. Amari, 11/01/2016)") is not skipped: the date
                // is the operation's.
                guard
                    let close = ((next + 1)..<min(sentence.upperBound, next + asideTokens + 1)).first(where: {
                        gap(before: $0).contains(41)
                    }), tokens[close - 1].end <= dated
                else { break }
                (end, next) = (close - 1, close)
                continue
            }
            if isPart(next) {
                end = next
            } else if !joiners.contains(tokens[next]) {
                break
            }
            next += 1
        }
        var widened = mention
        widened.last = end
        return widened
    }

    /// Whether `byte` ends the phrase: a comma, a `;`, a `:` or a line break.
    private static func isBreak(_ byte: UInt8) -> Bool { byte == 44 || byte == 59 || byte == 58 || byte == 10 }
}
