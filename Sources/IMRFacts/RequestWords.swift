import IMRVocabulary

/// The words of a request's text as the word-level request readings compare them (visits and
/// their frequency, refills, spinal levels, injections): per token, the id of its word in the cue
/// book's word table and the numbers the word may be read as, found once per request on the
/// text's bytes, so that a reading compares ids at every word instead of making, hashing and
/// comparing a `String` for each.
///
/// A word's id here is the id of its lower-cased spelling, also for a `capitals_only` word written
/// in lower case, which a ``CaseText`` token reads as unknown: these readings compare a word as it
/// is spelled (``CaseText/word(of:)``), whatever its case.
struct RequestWords {
    /// One word: its id and the numbers it may be read as.
    struct Word {
        /// The word table id of the word as spelled, or ``WordTable/unknown``.
        var id: Int32
        /// The count the word names (``CueBook/count(_:)`` of the word), or `nil`.
        var count: Int?
        /// The word as digits (``digitCount(_:)``), or `nil`.
        var digits: Int?
        /// The count the word writes after a multiplier ("x6"), or `nil`.
        var countAfterMultiplier: Int?
        /// The count the word writes before a multiplier ("2x" of "2x/week"), or `nil`.
        var countBeforeMultiplier: Int?
        /// The two counts the word joins with a multiplier ("2x6"), or `nil`.
        var product: (Int, Int)?
        /// The vertebra the word names as a number along the spine (C1 = 1, T1 = 8, L1 = 20, S1 = 25), or `nil`.
        var vertebra: Int?
    }

    let cues: CueBook
    let words: [Word]

    /// The number of words.
    var count: Int { words.count }

    /// Word `position`.
    @inline(__always) subscript(position: Int) -> Word { words[position] }

    /// Whether word `position` is a word of `list`.
    @inline(__always) func has(_ position: Int, in list: WordList) -> Bool { list.contains(id: words[position].id) }

    /// The label of word `position` in the labelled list `name` as a number (`Int(label)`), or `nil`.
    @inline(__always) func number(_ position: Int, in name: CueName) -> Int? {
        cues.cueWords.number(of: words[position].id, in: cues.number(of: name))
    }

    /// Days in the unit of time word `position` names (``CueBook/days(inUnit:)`` of the word), or `nil`.
    @inline(__always) func days(_ position: Int) -> Int? { number(position, in: .timeUnits) }

    /// Whether the words hold a sequence of `name` as consecutive words (``CueBook/occurs(_:in:)``).
    func occurs(_ name: CueName) -> Bool {
        for sequence in cues.idSequences(name) where !sequence.isEmpty && sequence.count <= words.count {
            for position in 0...(words.count - sequence.count) where words[position].id == sequence[0] {
                if sequence.indices.allSatisfy({ words[position + $0].id == sequence[$0] }) { return true }
            }
        }
        return false
    }

    /// The words of the request text `text`, read with `cues`.
    init(_ text: CaseText, cues: CueBook) {
        self.init(text, tokens: text.tokens.indices, cues: cues)
    }

    /// The words of the tokens `range` of `text` (a summary's request line read as a request), read with `cues`.
    init(_ text: CaseText, tokens range: Range<Int>, cues: CueBook) {
        self.cues = cues
        let table = cues.wordTable
        // The multipliers in the order `CueBook.words` gives them (the first that reads a word wins).
        let multipliers = cues.requestMultipliers
        // A multiplier of digits alone would join two counts in a word of digits.
        let digitMultiplier = multipliers.contains { $0.contains(where: isDigit) }
        var words: [Word] = []
        words.reserveCapacity(range.count)
        var spelled: [UInt8] = []
        text.bytes.withUnsafeBufferPointer { bytes in
            for token in text.tokens[range] {
                // The word as `CaseText.word(of:)` spells it: the text's bytes lower-cased, or a
                // symbol's word ("↓" read as a word of the table).
                spelled.removeAll(keepingCapacity: true)
                if isWordByte(bytes[token.start]) {
                    for index in token.start..<token.end { spelled.append(lowered(bytes[index])) }
                } else {
                    spelled.append(contentsOf: text.word(of: token).utf8)
                }
                var id = token.id
                if id < 0 {
                    // A word the text reads as unknown may still be a word of the table as spelled
                    // (a `capitals_only` word in lower case, an abbreviation beside its partner).
                    id = table.find(spelled, 0, spelled.count, hash: WordTable.hash(spelled, 0, spelled.count))
                }
                let digits = token.digits >= 0 ? Int(token.digits) : nil
                var word = Word(id: id, count: digits ?? cues.cueWords.numberWord(id), digits: digits)
                // Multiplied counts and vertebrae end or start with a digit.
                if let first = spelled.first, let last = spelled.last, isDigit(first) || isDigit(last) {
                    if isDigit(last) {
                        word.countAfterMultiplier = Self.countAfterMultiplier(spelled, multipliers)
                        word.vertebra = Self.vertebra(spelled)
                    }
                    if isDigit(first) {
                        word.countBeforeMultiplier = Self.countBeforeMultiplier(spelled, multipliers)
                        if isDigit(last), digits == nil || digitMultiplier { word.product = Self.product(spelled, multipliers) }
                    }
                }
                words.append(word)
            }
        }
        self.words = words
    }

    /// A count written after a multiplier ("x6", "x2"), or `nil`.
    private static func countAfterMultiplier(_ word: [UInt8], _ multipliers: [[UInt8]]) -> Int? {
        for multiplier in multipliers where word.count > multiplier.count && word.starts(with: multiplier) {
            if let value = count(word[multiplier.count...]) { return value }
        }
        return nil
    }

    /// A count written with a multiplier after it ("2x" in "2x/week"), or `nil`.
    private static func countBeforeMultiplier(_ word: [UInt8], _ multipliers: [[UInt8]]) -> Int? {
        for multiplier in multipliers where word.count > multiplier.count && word.reversed().starts(with: multiplier.reversed()) {
            if let value = count(word[..<(word.count - multiplier.count)]) { return value }
        }
        return nil
    }

    /// "2x6": two counts joined by a multiplier, the word split at every occurrence of it (from the
    /// left, not overlapping) into two parts exactly; or `nil`.
    private static func product(_ word: [UInt8], _ multipliers: [[UInt8]]) -> (Int, Int)? {
        for multiplier in multipliers where !multiplier.isEmpty && word.count > multiplier.count + 1 {
            guard let first = occurrence(of: multiplier, in: word, from: 0),
                occurrence(of: multiplier, in: word, from: first + multiplier.count) == nil
            else { continue }
            if let a = count(word[..<first]), let b = count(word[(first + multiplier.count)...]) { return (a, b) }
        }
        return nil
    }

    /// The first offset at or after `start` where `needle` stands in `word`, or `nil`.
    private static func occurrence(of needle: [UInt8], in word: [UInt8], from start: Int) -> Int? {
        guard start + needle.count <= word.count else { return nil }
        for offset in start...(word.count - needle.count) where word[offset..<(offset + needle.count)].elementsEqual(needle) {
            return offset
        }
        return nil
    }

    /// The count the word bytes `digits` name as ``digitCount(_:)`` reads them: digits only, below 100,000.
    private static func count(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
            if value >= 100_000 { return nil }
        }
        return value
    }

    /// A vertebra as a number along the spine (C1 = 1, T1 = 8, L1 = 20, S1 = 25), or `nil`.
    private static func vertebra(_ word: [UInt8]) -> Int? {
        guard word.count >= 2, let number = count(word[1...]) else { return nil }
        switch word[0] {
        case UInt8(ascii: "c") where (1...7).contains(number): return number
        case UInt8(ascii: "t") where (1...12).contains(number): return 7 + number
        case UInt8(ascii: "l") where (1...5).contains(number): return 19 + number
        case UInt8(ascii: "s") where (1...2).contains(number): return 24 + number
        default: return nil
        }
    }
}
