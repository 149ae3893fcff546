import IMRVocabulary

/// An examination test's result written as a mark beside the test's name rather than as a word:
/// `+` positive, `-` negative ("(-) Spurling", "+ FABER" before it; "Spurling's +", "SLR (+) R",
/// "thrust +," after it). Readers of tests ask for the mark on the side their notes write it.
enum ExamMarks {
    /// The mark right before token `first`, past spaces and a closing parenthesis, itself after a
    /// space, an opening parenthesis or the text's start ("(-) Spurling", "+ SLR"): `true` for `+`,
    /// `false` for `-`, `nil` for none.
    static func before(_ first: Int, _ text: CaseText) -> Bool? {
        let bytes = text.bytes
        var before = text.tokens[first].start - 1
        while before > 0, isSpace(bytes[before]) || bytes[before] == UInt8(ascii: ")") { before -= 1 }
        guard before >= 0, bytes[before] == UInt8(ascii: "+") || bytes[before] == UInt8(ascii: "-"),
            before == 0 || isSpace(bytes[before - 1]) || bytes[before - 1] == UInt8(ascii: "(")
        else { return nil }
        return bytes[before] == UInt8(ascii: "+")
    }

    /// The mark right after token `last` of sentence `sentence`, past a possessive's "s" and spaces
    /// or an opening parenthesis, before the next token, not glued to a word ("Spurling's +", "SLR
    /// (+) R", "Gaenslen +,"): whether it is `+`, and the test's last token with its possessive;
    /// `nil` for none. With `dashAlone`, a `-` is a mark only when no word follows it on its line
    /// before another mark (`,`, `;`, `.`, `)`): "Gaenslen -," is negative; in "Gaenslen - left
    /// side painful" the dash parts the test from its result.
    static func after(_ last: Int, sentence: Int, _ text: CaseText, dashAlone: Bool = false) -> (positive: Bool, last: Int)? {
        let bytes = text.bytes
        let range = text.sentences[sentence].tokens
        var last = last
        // The possessive's "s" ("Spurling's") is a token of its own.
        if last + 1 < range.upperBound, text.tokens[last + 1].end - text.tokens[last + 1].start == 1,
            bytes[text.tokens[last + 1].start] | 0x20 == UInt8(ascii: "s"), text.tokens[last + 1].start == text.tokens[last].end + 1
        {
            last += 1
        }
        var offset = text.tokens[last].end
        // A mark standing alone is a token of the word it reads as (`result_marks`): its own bytes are read.
        let end =
            last + 1 < range.upperBound
            ? text.tokens[last + 1].start + (isMark(text.tokens[last + 1], text) ? 1 : 0) : text.sentences[sentence].end
        while offset < end, isSpace(bytes[offset]) || bytes[offset] == UInt8(ascii: "(") { offset += 1 }
        guard offset < end, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-"),
            offset + 1 >= bytes.count || !isWordByte(bytes[offset + 1])
        else { return nil }
        if dashAlone, bytes[offset] == UInt8(ascii: "-") {
            var next = offset + 1
            while next < bytes.count, bytes[next] == 32 || bytes[next] == 9 { next += 1 }
            if next < bytes.count, isWordByte(bytes[next]) { return nil }
        }
        return (bytes[offset] == UInt8(ascii: "+"), last)
    }

    /// Whether `token` is a `+` or `-` read as a word (`result_marks`).
    private static func isMark(_ token: Token, _ text: CaseText) -> Bool {
        token.end - token.start == 1 && (text.bytes[token.start] == UInt8(ascii: "+") || text.bytes[token.start] == UInt8(ascii: "-"))
    }
}
