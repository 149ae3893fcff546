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

    /// The byte after the bullet at `start` and the space after it, or `nil` when no bullet opens
    /// the line there.
    private static func bulletEnd(at start: Int, in bytes: [UInt8]) -> Int? {
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
}
