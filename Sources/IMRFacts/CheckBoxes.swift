import IMRVocabulary

/// The check boxes of a summary's forms, read once per summary (``CaseText``), as its questions
/// and moods are: a ticked box asserts its line, an unticked one asserts nothing.
///
/// - A **box** is `[ ]` or `[]` (unticked), `[x]`, `[X]`, `[✓]`, `[✔]` (ticked, spaces allowed
///   inside the brackets), or a ballot glyph: `☐` (unticked), `☑`, `☒` (ticked).
/// - A ticked box's mark (the `x` of `[x]`) is no word; its line is read as written.
/// - An unticked box's **item** (its words from the box to the first `:`, `;`, `(`, spaced dash,
///   line break, next box, or capitalised word after a small letter: a letter's lines are
///   joined) is read as no words: "[ ] Corticosteroid injection" tells no
///   injection given, and "[ ] declined" no refusal. The box's trailing free text after the item
///   ("[ ] Corticosteroid injection: offered 06/06 and 09/12; declined both times") is read as
///   written, as a clause of its own.
enum CheckBoxes {
    /// What the boxes of a text change in its tokens: the token ranges read as no words (the
    /// items of unticked boxes, and ticks), the items' ranges alone (which assert nothing), and
    /// the tokens that open a clause after an unticked box's item.
    struct Reading: Equatable {
        var unread: [Range<Int>] = []
        var unasserted: [Range<Int>] = []
        var clauseOpeners: [Int] = []
    }

    /// A box at byte `index` of `bytes`: the byte after it and whether it is ticked, or `nil`.
    static func box(at index: Int, in bytes: [UInt8]) -> (end: Int, ticked: Bool)? {
        let count = bytes.count
        guard index < count else { return nil }
        let byte = bytes[index]
        if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x98, (0x90...0x92).contains(bytes[index + 2]) {
            return (index + 3, bytes[index + 2] != 0x90)
        }
        guard byte == 91 else { return nil }
        var next = index + 1
        while next < count, bytes[next] == 32 { next += 1 }
        var ticked = false
        if next < count, bytes[next] == 120 || bytes[next] == 88 {
            ticked = true
            next += 1
        } else if next + 2 < count, bytes[next] == 0xE2, bytes[next + 1] == 0x9C, bytes[next + 2] == 0x93 || bytes[next + 2] == 0x94 {
            ticked = true
            next += 3
        }
        while next < count, bytes[next] == 32 { next += 1 }
        guard next < count, bytes[next] == 93, next - index <= 6 else { return nil }
        return (next + 1, ticked)
    }

    /// The boxes of `bytes` with their `tokens`: what they change (``Reading``).
    static func reading(of bytes: [UInt8], tokens: [Token]) -> Reading {
        var reading = Reading()
        // Most summaries have no box: a byte that may open one is looked for first.
        guard bytes.contains(where: { $0 == 91 || $0 == 0xE2 }) else { return reading }
        var token = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 91 || bytes[index] == 0xE2, let (end, ticked) = box(at: index, in: bytes) else {
                index += 1
                continue
            }
            while token < tokens.count, tokens[token].end <= index { token += 1 }
            if ticked {
                // The mark of `[x]` is a token of its own.
                if token < tokens.count, tokens[token].start > index, tokens[token].end < end { reading.unread.append(token..<(token + 1)) }
            } else {
                let itemEnd = self.itemEnd(from: end, in: bytes)
                var last = token
                while last < tokens.count, tokens[last].start < itemEnd { last += 1 }
                if last > token {
                    reading.unread.append(token..<last)
                    reading.unasserted.append(token..<last)
                }
                if last < tokens.count { reading.clauseOpeners.append(last) }
            }
            index = end
        }
        return reading
    }

    /// The byte that ends an unticked box's item starting at `start`: a `:`, `;`, `(`, a dash
    /// with a space before it, a line break, the next box, a capitalised word after a word that
    /// ends in a small letter or a digit (a letter's lines are joined: "[ ] Off work Next visit: 4
    /// weeks"), or the text's end.
    private static func itemEnd(from start: Int, in bytes: [UInt8]) -> Int {
        var index = start
        var words = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 10 || byte == 58 || byte == 59 || byte == 40 || byte == 91 { return index }
            if byte == 45, index > start, bytes[index - 1] == 32 { return index }
            if index > start, bytes[index - 1] == 32, isWordByte(byte) {
                words += 1
                if words > 1, (65...90).contains(byte), index + 1 < bytes.count, (97...122).contains(bytes[index + 1]), index >= 2,
                    (97...122).contains(bytes[index - 2]) || isDigit(bytes[index - 2])
                {
                    return index
                }
            }
            if byte == 0xE2, index + 2 < bytes.count {
                // An en or em dash, or a ballot box.
                if bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 { return index }
                if box(at: index, in: bytes) != nil { return index }
            }
            index += 1
        }
        return index
    }
}
