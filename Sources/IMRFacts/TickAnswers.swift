/// A form's answer written as one capital letter after its item ("home exercises - N", "epidural
/// injection N, surgery N", "Subacromial injection | N | -"): a tick of `tick_answers` read as the
/// word its label names (`negative: n`), so that the negation after a phrase reads it as it reads
/// "negative" ("epidural injection N": no epidural injection).
///
/// A tick is one capital letter standing alone: after a word, with only spaces, `-`, `:`, `=` or
/// `|` between them, and before a `,`, `;`, `.`, `)`, `|`, a line break or the text's end. An
/// answer after another answer is a table's second column ("PT | Y | N": tried, not helped) and
/// is left alone, as is a letter inside a word or an abbreviation ("N/A", "(Y/N)"), and a
/// person's initial before a name ("Referring: N. Abadi, MD").
enum TickAnswers {
    /// Reads the ticks of `tokens` (of `bytes`) as the words `answers` names by word id (the word
    /// id a tick's letter reads as, ``WordTable/unknown`` for none), and returns the first tokens of
    /// the items they answer that open a clause (``itemStart(before:_:_:)``): a form's answer
    /// denies its own item, not the one before it ("Tobacco: Y (half a pack a day)  Drugs: N").
    @discardableResult
    static func read(_ tokens: inout [Token], in bytes: [UInt8], answers: [Int32]) -> [Int] {
        guard !answers.isEmpty else { return [] }
        var openers: [Int] = []
        var previousTick = false
        for index in tokens.indices {
            let token = tokens[index]
            let letter = bytes[token.start]
            guard token.end == token.start + 1, letter >= 65, letter <= 90 else {
                previousTick = false
                continue
            }
            guard index > 0, !previousTick, isAfterItem(token.start, previous: tokens[index - 1].end, bytes), endsAnswer(token.end, bytes),
                !isInitial(token.end, bytes)
            else {
                previousTick = false
                continue
            }
            previousTick = true
            if token.id >= 0, Int(token.id) < answers.count, answers[Int(token.id)] != WordTable.unknown {
                tokens[index].id = answers[Int(token.id)]
                tokens[index].singular = WordTable.unknown
                tokens[index].stem = WordTable.unknown
                if let opener = itemStart(before: index, tokens, bytes) { openers.append(opener) }
            }
        }
        return openers
    }

    /// The first token of the item that the tick at `index` answers, when the item opens after a
    /// bracket's end, a comma, a semicolon, a colon or a line break within the four words before
    /// the tick, only spaces between its words ("(half a pack a day)  Drugs: N": "Drugs"); `nil`
    /// for an item in running text.
    private static func itemStart(before index: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Int? {
        var first = index - 1
        while first > 0, index - first <= 4 {
            let gap = bytes[tokens[first - 1].end..<tokens[first].start]
            if gap.contains(where: { [41, 44, 59, 58, 10, 13].contains($0) }) { return first }
            guard gap.allSatisfy({ $0 == 32 || $0 == 9 }) else { return nil }
            first -= 1
        }
        return nil
    }

    /// Whether only spaces, `-`, `:`, `=` or `|` stand between the word ending at `previous` and
    /// the tick at `start`, one space at least.
    private static func isAfterItem(_ start: Int, previous: Int, _ bytes: [UInt8]) -> Bool {
        guard previous < start else { return false }
        let gap = bytes[previous..<start]
        return gap.contains(32) && gap.allSatisfy { $0 == 32 || $0 == 45 || $0 == 58 || $0 == 61 || $0 == 124 || $0 == 9 }
    }

    /// Whether the letter ending at `end` is a person's initial, not an answer: a full stop, one
    /// space and a name after it (a capital, then small letters, `-` or `'`), the name followed by
    /// a comma, a bracket's end, a line break, the text's end, or a credential (a word of two to
    /// four letters opened by a capital: "MD", "DO", "DPT", "PhD"). "Referring: N. Abadi, MD" and
    /// "Therapist: N. Osei DPT" name a person; "Smoker: N. Alcohol: N." and "Smoker: N. Lives with
    /// her son." answer.
    private static func isInitial(_ end: Int, _ bytes: [UInt8]) -> Bool {
        func isCapital(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        func isSmall(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
        func isLetter(_ byte: UInt8) -> Bool { isCapital(byte) || isSmall(byte) }
        guard end + 3 < bytes.count, bytes[end] == 46, bytes[end + 1] == 32, isCapital(bytes[end + 2]), isSmall(bytes[end + 3]) else {
            return false
        }
        var index = end + 3
        while index < bytes.count, isSmall(bytes[index]) || bytes[index] == 45 || bytes[index] == 39 { index += 1 }
        guard index < bytes.count else { return true }
        if [44, 41, 10, 13].contains(bytes[index]) { return true }
        guard bytes[index] == 32, index + 1 < bytes.count, isCapital(bytes[index + 1]) else { return false }
        var credential = index + 1
        while credential < bytes.count, isLetter(bytes[credential]) { credential += 1 }
        return (2...4).contains(credential - index - 1)
    }

    /// Whether the tick ending at `end` ends its answer: the text's end, a line break, or `,`, `;`,
    /// `.`, `)` or `|` after spaces at most.
    private static func endsAnswer(_ end: Int, _ bytes: [UInt8]) -> Bool {
        var index = end
        while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
        guard index < bytes.count else { return true }
        return [10, 13, 44, 59, 46, 41, 124].contains(bytes[index])
    }
}
