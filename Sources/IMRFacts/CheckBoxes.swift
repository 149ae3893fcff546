import IMRVocabulary

/// The check boxes of a summary's forms, read once per summary (``CaseText``), as its questions
/// and moods are: a ticked box asserts its line, an unticked one asserts nothing.
///
/// - A **box** is `[ ]` or `[]` (unticked), `[x]`, `[X]`, `[✓]`, `[✔]` (ticked, spaces allowed
///   inside the brackets), or a ballot glyph: `☐` (unticked), `☑`, `☒` (ticked).
/// - A ticked box's mark (the `x` of `[x]`) is no word; its line is read as written.
/// - An unticked box's **item** (its words from the box to the first `:`, `;`, `(`, spaced dash,
///   line break, next box, or capitalised word after a small letter: a letter's lines are
///   joined; a parenthesis that names its examples, "(Advil, Aleve)", is the item's) is read as no
///   words: "[ ] Corticosteroid injection" tells no
///   injection given, and "[ ] declined" no refusal. The box's trailing free text after the item
///   ("[ ] Corticosteroid injection: offered 06/06 and 09/12; declined both times") is read as
///   written, as a clause of its own.
/// - A **heading** over boxes (a label ending in `:` before the first box of its line, or the
///   line right before a run of lines that each open with a box, its last sentence; a blank line
///   may stand between) states the criterion the boxes answer ("HOMEBOUND STATUS (check at least
///   one):", "Red flags:"). When every box under it is unticked, it is no answer and is read as no
///   words; a ticked box under it leaves it read.
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
    /// The words that tell a bracket after an unticked box's item names its examples: one that
    /// opens it ("e.g.", "such as"), and one that may stand between its names ("or", "etc").
    struct ExampleWords {
        var openers: WordList
        var joiners: WordList
    }

    static func reading(of bytes: [UInt8], tokens: [Token], examples: ExampleWords) -> Reading {
        var reading = Reading()
        // Most summaries have no box: a byte that may open one is looked for first.
        guard bytes.contains(where: { $0 == 91 || $0 == 0xE2 }) else { return reading }
        var token = 0
        var index = 0
        var boxes: [(start: Int, ticked: Bool)] = []
        while index < bytes.count {
            guard bytes[index] == 91 || bytes[index] == 0xE2, let (end, ticked) = box(at: index, in: bytes) else {
                index += 1
                continue
            }
            boxes.append((index, ticked))
            while token < tokens.count, tokens[token].end <= index { token += 1 }
            if ticked {
                // The mark of `[x]` is a token of its own.
                if token < tokens.count, tokens[token].start > index, tokens[token].end < end { reading.unread.append(token..<(token + 1)) }
            } else {
                let itemEnd = self.itemEnd(from: end, in: bytes) { examplesEnd(from: $0, in: bytes, tokens: tokens, examples) }
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
        for heading in unansweredHeadings(of: bytes, boxes: boxes) {
            let first = tokens.partitioningIndex { $0.start >= heading.lowerBound }
            let last = tokens.partitioningIndex { $0.start >= heading.upperBound }
            guard first < last else { continue }
            reading.unread.append(first..<last)
            reading.unasserted.append(first..<last)
        }
        return reading
    }

    /// The byte ranges of the headings (``CheckBoxes``) whose boxes (`boxes`, by their first byte,
    /// in text order) are all unticked.
    private static func unansweredHeadings(of bytes: [UInt8], boxes: [(start: Int, ticked: Bool)]) -> [Range<Int>] {
        func lineStart(_ offset: Int) -> Int {
            var start = offset
            while start > 0, bytes[start - 1] != 10 { start -= 1 }
            return start
        }
        func lineEnd(_ offset: Int) -> Int {
            var end = offset
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            return end
        }
        func isBlank(_ range: Range<Int>) -> Bool { range.allSatisfy { isSpace(bytes[$0]) } }
        var headings: [Range<Int>] = []
        var number = 0
        while number < boxes.count {
            let first = boxes[number].start
            let start = lineStart(first)
            var heading: Range<Int>?
            if !isBlank(start..<first) {
                heading = self.heading(in: start..<first, bytes)
            } else if start > 0 {
                var previous = lineStart(start - 1)..<(start - 1)
                if isBlank(previous), previous.lowerBound > 0 { previous = lineStart(previous.lowerBound - 1)..<(previous.lowerBound - 1) }
                if !previous.contains(where: { box(at: $0, in: bytes) != nil }) { heading = self.heading(in: previous, bytes) }
            }
            // The boxes the heading governs: the rest of the first box's line, and the lines right
            // after it that each open with a box.
            var end = lineEnd(first)
            var ticked = false
            while number < boxes.count {
                let box = boxes[number]
                if box.start > end {
                    guard lineStart(box.start) == end + 1, isBlank(end..<box.start) else { break }
                    end = lineEnd(box.start)
                }
                ticked = ticked || box.ticked
                number += 1
            }
            if let heading, !ticked { headings.append(heading) }
        }
        return headings
    }

    /// The heading of line part `range`: its last sentence when it ends in a `:` (spaces after it
    /// allowed), else `nil`.
    private static func heading(in range: Range<Int>, _ bytes: [UInt8]) -> Range<Int>? {
        var end = range.upperBound
        while end > range.lowerBound, isSpace(bytes[end - 1]) { end -= 1 }
        guard end > range.lowerBound, bytes[end - 1] == 58 else { return nil }
        var start = end - 1
        while start > range.lowerBound {
            let byte = bytes[start - 1]
            if (byte == 46 || byte == 63 || byte == 33) && isSpace(bytes[start]) { break }
            start -= 1
        }
        return start..<end
    }

    /// The byte after the `)` of the parenthesis opened at `open` when it names examples of its
    /// item rather than an answer: on its line, its words all names (capitalised: "(Advil,
    /// Aleve)", "(Toradol)", `joiners` between them: "(Advil or Aleve)"), or opened by one of
    /// `openers` ("(e.g. ibuprofen, naproxen)", "(such as Motrin)"); `nil` for free text
    /// ("(declined)", "(offered 06/06; declined)").
    private static func examplesEnd(from open: Int, in bytes: [UInt8], tokens: [Token], _ examples: ExampleWords) -> Int? {
        var close = open + 1
        while close < bytes.count, bytes[close] != 41 {
            if bytes[close] == 10 || bytes[close] == 40 || bytes[close] == 59 || bytes[close] == 58 { return nil }
            close += 1
        }
        guard close < bytes.count else { return nil }
        let first = tokens.partitioningIndex { $0.start > open }
        let inside = tokens[first...].prefix { $0.end <= close }
        guard let opening = inside.first else { return nil }
        if examples.openers.contains(opening) { return close + 1 }
        let names = inside.filter { !examples.joiners.contains($0) }
        return !names.isEmpty && names.allSatisfy({ (65...90).contains(bytes[$0.start]) }) ? close + 1 : nil
    }

    /// The byte that ends an unticked box's item starting at `start`: a `:`, `;`, `(`, a dash
    /// with a space before it, a line break, the next box, a capitalised word after a word that
    /// ends in a small letter or a digit (a letter's lines are joined: "[ ] Off work Next visit: 4
    /// weeks"), or the text's end.
    private static func itemEnd(from start: Int, in bytes: [UInt8], examplesEnd: (Int) -> Int?) -> Int {
        var index = start
        var words = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 40, let close = examplesEnd(index) {
                index = close
                continue
            }
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
