/// The items of a summary's lists, read once per summary (``CaseText``): a line that opens with
/// a bullet (`-`, `*`, `•`) or a number and a `.` or `)` ("1.", "2)") is an item, and its first
/// word opens a clause, as after a `;`. A hedge, a negation or a status of one item then does not
/// reach the next: in "Dx:\n- Lumbar strain\n- ? L5 radiculopathy\n- DDD" the doubt is the
/// radiculopathy's alone, and in "Tx:\n- PT x12, no lasting change\n- HEP daily" the failure the
/// therapy's.
enum ListItems {
    /// The indices of the tokens of `tokens` (of `bytes`) that open a list item, in text order;
    /// `lineStarts` are the first bytes of the text's lines (found as its sentences are).
    static func firstTokens(of bytes: [UInt8], tokens: [Token], lineStarts: [Int]) -> [Int] {
        var firsts: [Int] = []
        var token = 0
        for line in lineStarts {
            var start = line
            while start < bytes.count, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            guard let end = bulletEnd(at: start, in: bytes) else { continue }
            while token < tokens.count, tokens[token].start < end { token += 1 }
            if token < tokens.count, token > 0 { firsts.append(token) }
        }
        return firsts
    }

    /// The token ranges of the lists whose head denies every item (`negates`, asked of the head's
    /// tokens): a run of item lines under a line that ends with a `:`, its last sentence the head
    /// ("Denies:", "Negative for:", "No mechanical symptoms:"), from the first item's first token to the last item's last. A
    /// blank line may stand between the head and its first item; the run ends at the first line
    /// that is no item.
    static func negatedRuns(
        of bytes: [UInt8], tokens: [Token], lineStarts: [Int], negates: (Range<Int>) -> Bool
    ) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var head: Range<Int>?  // the tokens of the last line that was no item, when it ends in `:`
        var run: Range<Int>?
        var token = 0
        for (number, line) in lineStarts.enumerated() {
            let end = number + 1 < lineStarts.count ? lineStarts[number + 1] : bytes.count
            var start = line
            while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            while token < tokens.count, tokens[token].end <= line { token += 1 }
            var last = token
            while last < tokens.count, tokens[last].start < end { last += 1 }
            if start >= end || bytes[start] == 10 || bytes[start] == 13 {
                // A blank line ends a run; one between a head and its first item does not part them.
                if let open = run {
                    runs.append(open)
                    (run, head) = (nil, nil)
                }
                continue
            }
            if bulletEnd(at: start, in: bytes) != nil, last > token {
                if let open = run {
                    run = open.lowerBound..<last
                } else if let head, negates(head) {
                    run = token..<last
                }
                continue
            }
            if let open = run { runs.append(open) }
            run = nil
            var close = end
            while close > start, isSpace(bytes[close - 1]) { close -= 1 }
            // The head is the line's last sentence ("... no leg symptoms. Tried so far:" is headed
            // "Tried so far").
            var opening = token
            for position in stride(from: last - 1, to: token, by: -1)
            where bytes[tokens[position - 1].end..<tokens[position].start].contains(where: { $0 == 46 || $0 == 33 || $0 == 63 }) {
                opening = position
                break
            }
            head = close > start && bytes[close - 1] == 58 && last > opening ? opening..<last : nil
        }
        if let open = run { runs.append(open) }
        return runs
    }

    /// The byte after the bullet at `start` and the space after it, or `nil` when no bullet opens
    /// the line there: `-`, `*`, `•`, or a number of one or two digits and a `.` or `)` ("1.", "2)").
    static func bulletEnd(at start: Int, in bytes: [UInt8]) -> Int? {
        let count = bytes.count
        guard start < count else { return nil }
        var end: Int
        let byte = bytes[start]
        if byte == 45 || byte == 42 {
            end = start + 1
        } else if byte == 0xE2, start + 2 < count, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA2 {
            end = start + 3
        } else if isDigit(byte) {
            end = start + 1
            if end < count, isDigit(bytes[end]) { end += 1 }
            guard end < count, bytes[end] == 46 || bytes[end] == 41 else { return nil }
            end += 1
        } else {
            return nil
        }
        guard end < count, bytes[end] == 32 || bytes[end] == 9 else { return nil }
        return end + 1
    }

    /// Whether the byte at `offset` opens its line, after white space and a bullet at most
    /// (``bulletEnd(at:in:)``) and white space again: "- 07/26/2016: ...", "1. 03/01/2016 - ...".
    static func opensLine(at offset: Int, in bytes: [UInt8]) -> Bool {
        // Back over white space and what a bullet is made of only, not over the line's words.
        var start = offset
        while start > 0, bytes[start - 1] != 10 {
            let byte = bytes[start - 1]
            guard [32, 9, 45, 42, 46, 41, 0xE2, 0x80, 0xA2].contains(byte) || isDigit(byte) else { return false }
            start -= 1
        }
        while start < offset, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
        if start == offset { return true }
        guard var end = bulletEnd(at: start, in: bytes), end <= offset else { return false }
        while end < offset, bytes[end] == 32 || bytes[end] == 9 { end += 1 }
        return end == offset
    }

    /// The marks before the spaced bullet that ends `gap` (the bytes between two tokens of `bytes`,
    /// a space its last), or `nil` when none ends it: in a paragraph whose lines were joined, a dash,
    /// an asterisk, a bullet or an en dash with white space before it opens a list's item as a line's
    /// bullet does ("... in 10/2016 - docusate, senna: not tried", "rotation improved. - 07/26/2016:
    /// ...", "Injections: - 06/14/2016": the marks `.` and `:`).
    static func marksBeforeSpacedBullet(_ gap: ArraySlice<UInt8>, in bytes: [UInt8]) -> [UInt8]? {
        guard gap.last == 32, let last = gap.lastIndex(where: { $0 != 32 && $0 != 9 }) else { return nil }
        // A dash or an asterisk (one byte), a bullet or an en dash (three).
        let width =
            bytes[last] == 45 || bytes[last] == 42
            ? 1
            : last - gap.startIndex >= 2 && bytes[last - 2] == 0xE2 && bytes[last - 1] == 0x80
                && (bytes[last] == 0xA2 || bytes[last] == 0x93) ? 3 : 0
        let bullet = last - width + 1
        guard width > 0, bullet > gap.startIndex, bytes[bullet - 1] == 32 || bytes[bullet - 1] == 9 else { return nil }
        return gap[..<bullet].filter { $0 != 32 && $0 != 9 }
    }
}
