/// A form's answer written as one capital letter after its item ("home exercises - N", "epidural
/// injection N, surgery N", "Subacromial injection | N | -"): a tick of `tick_answers` read as the
/// word its label names (`negative: n`), so that the negation after a phrase reads it as it reads
/// "negative" ("epidural injection N": no epidural injection).
///
/// A tick is one capital letter standing alone: after a word, with only spaces, `-`, `:`, `=` or
/// `|` between them, and before a `,`, `;`, `.`, `)`, `|`, a line break or the text's end. An
/// answer after another answer is a table's second column ("PT | Y | N": tried, not helped) and
/// is left alone, as is a letter inside a word or an abbreviation ("N/A", "(Y/N)").
enum TickAnswers {
    /// Reads the ticks of `tokens` (of `bytes`) as the words `answers` names by word id (the word
    /// id a tick's letter reads as, ``WordTable/unknown`` for none).
    static func read(_ tokens: inout [Token], in bytes: [UInt8], answers: [Int32]) {
        guard !answers.isEmpty else { return }
        var previousTick = false
        for index in tokens.indices {
            let token = tokens[index]
            let letter = bytes[token.start]
            guard token.end == token.start + 1, letter >= 65, letter <= 90 else {
                previousTick = false
                continue
            }
            guard index > 0, !previousTick, isAfterItem(token.start, previous: tokens[index - 1].end, bytes), endsAnswer(token.end, bytes)
            else {
                previousTick = false
                continue
            }
            previousTick = true
            if token.id >= 0, Int(token.id) < answers.count, answers[Int(token.id)] != WordTable.unknown {
                tokens[index].id = answers[Int(token.id)]
                tokens[index].singular = WordTable.unknown
                tokens[index].stem = WordTable.unknown
            }
        }
    }

    /// Whether only spaces, `-`, `:`, `=` or `|` stand between the word ending at `previous` and
    /// the tick at `start`, one space at least.
    private static func isAfterItem(_ start: Int, previous: Int, _ bytes: [UInt8]) -> Bool {
        guard previous < start else { return false }
        let gap = bytes[previous..<start]
        return gap.contains(32) && gap.allSatisfy { $0 == 32 || $0 == 45 || $0 == 58 || $0 == 61 || $0 == 124 || $0 == 9 }
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
