import IMRVocabulary

/// Punctuation spoken into a dictated note and left in by speech recognition ("low back pain
/// period no numbness comma no weakness"), written as the marks it names before a summary is cut
/// into sentences, so that every reader sees the sentence ends, labels and clauses the author
/// spoke.
///
/// The words spoken for each mark are data (`spoken_sentence_ends`, `spoken_commas`,
/// `spoken_colons`, `spoken_semicolons`, `spoken_question_marks`, `spoken_paragraphs`, `spoken_lines`). A spoken mark is
/// written in lower case, follows a word, stands apart from any written mark and is followed by a
/// word or the text's end; a word of `spoken_mark_words_before` right before it ("the postoperative
/// period", "sigmoid colon") or of `spoken_mark_words_after` right after it ("a period of rest",
/// "colon cancer") makes it a word of the note. A text is dictated only when it holds
/// ``dictatedCount`` spoken marks at least: a typed note's "period" is left alone.
struct SpokenMarks: Sendable {
    /// One spoken mark: its words as word ids and the bytes it is written as.
    private struct Mark: Sendable {
        let words: [Int32]
        let written: [UInt8]
    }

    /// The spoken marks, longest first.
    private let marks: [Mark]
    /// Per word id: whether a spoken mark starts with the word.
    private let starts: [Bool]
    /// Per word id: whether the word makes a spoken mark after it a word of the note.
    private let wordsBefore: [Bool]
    /// Per word id: whether the word makes a spoken mark before it a word of the note.
    private let wordsAfter: [Bool]

    /// The spoken marks a text holds at least to be read as dictated.
    static let dictatedCount = 2

    /// The spoken marks of `sequences` (each set's phrases as words, with the bytes its mark is
    /// written as), by their ids in `table`; `before` and `after` flag words by id.
    init(table: WordTable, sequences: [(phrases: [[String]], written: String)], before: [Bool], after: [Bool]) {
        var marks: [Mark] = []
        var starts = Array(repeating: false, count: table.count)
        for (phrases, written) in sequences {
            for words in phrases {
                let ids = words.map { table.id($0) }
                guard let first = ids.first, !ids.contains(WordTable.unknown) else { continue }
                starts[Int(first)] = true
                marks.append(Mark(words: ids, written: Array(written.utf8)))
            }
        }
        self.marks = marks.sorted { $0.words.count > $1.words.count }
        self.starts = starts
        wordsBefore = before
        wordsAfter = after
    }

    /// `bytes` with each spoken mark of its `tokens` written as its mark, padded with spaces to the
    /// length it had (every byte keeps its offset), or `nil` when the text is not dictated.
    func written(_ bytes: [UInt8], tokens: [Token]) -> [UInt8]? {
        guard !marks.isEmpty else { return nil }
        var found: [(from: Int, to: Int, mark: Mark)] = []
        var index = 1
        while index < tokens.count {
            let id = tokens[index].id
            guard id >= 0, Int(id) < starts.count, starts[Int(id)],
                let mark = marks.first(where: { tokens.spells($0.words, at: index) }),
                let from = spokenStart(of: index, mark: mark, in: bytes, tokens: tokens)
            else {
                index += 1
                continue
            }
            let last = index + mark.words.count - 1
            found.append((from, tokens[last].end, mark))
            index = last + 1
        }
        guard found.count >= Self.dictatedCount else { return nil }
        var written = bytes
        for (from, to, mark) in found {
            for offset in from..<to { written[offset] = offset - from < mark.written.count ? mark.written[offset - from] : 32 }
        }
        return written
    }

    /// Where the spoken mark at token `index` is written (the byte after the word before it), or
    /// `nil` when it is a word of the note there.
    private func spokenStart(of index: Int, mark: Mark, in bytes: [UInt8], tokens: [Token]) -> Int? {
        let token = tokens[index]
        let last = tokens[index + mark.words.count - 1]
        // Spoken as dictated: in lower case, apart from any written mark.
        guard bytes[token.start] >= 97, bytes[token.start] <= 122 else { return nil }
        if isFlagged(tokens[index - 1].id, in: wordsBefore) { return nil }
        if index + mark.words.count < tokens.count, isFlagged(tokens[index + mark.words.count].id, in: wordsAfter) { return nil }
        if last.end < bytes.count, !isSpace(bytes[last.end]) { return nil }
        var from = token.start
        while from > 0, isSpace(bytes[from - 1]) { from -= 1 }
        guard from < token.start, from > 0, !Self.writtenMarks.contains(bytes[from - 1]) else { return nil }
        guard from + mark.written.count <= last.end else { return nil }
        return from
    }

    /// Whether word `id` is flagged in `flags`.
    @inline(__always) private func isFlagged(_ id: Int32, in flags: [Bool]) -> Bool { id >= 0 && Int(id) < flags.count && flags[Int(id)] }

    /// The marks a note writes (`.`, `,`, `:`, `;`): a spoken mark right after one is a word.
    private static let writtenMarks: Set<UInt8> = [46, 44, 58, 59]
}
