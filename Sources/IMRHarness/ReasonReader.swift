import IMRCore

/// ``ReasonCues`` compiled once for reading many rationales (truth side only): every cue word is
/// interned to an integer, each phrase is a sequence of those integers indexed by its first word,
/// and the rationale is scanned once, its words looked up by their bytes without building strings.
///
/// ``named(in:)`` gives exactly what ``ReasonText/named(in:cues:)`` documents.
public struct ReasonReader: Sendable {
    /// What a phrase is in the cues, as stored in ``Tables/phraseRole``: a criterion phrase is the
    /// index of its fact in `facts` (0 or more).
    static let caseMarker: Int32 = -1
    static let negation: Int32 = -2
    static let after: Int32 = -3

    /// The facts the criteria name, each once, in the cues' order.
    let facts: [String]
    /// Flags of each word id: ``startsCase`` when a `case` phrase starts with it, ``startsCriterion``
    /// when a criterion phrase does, ``isBoundary`` when it ends a clause. A sentence without both
    /// kinds of start word names no criterion, and only those words can start a `case` phrase.
    static let startsCase: UInt8 = 1
    static let startsCriterion: UInt8 = 2
    static let isBoundary: UInt8 = 4
    /// A `case` phrase of this one word.
    static let isCaseWord: UInt8 = 8
    /// The compiled phrases and words in flat storage.
    let tables: Tables

    /// Compiles `cues`.
    public init(_ cues: ReasonCues) {
        var table = WordTable()
        var phrases: [(words: [Int32], role: Int32, order: Int32)] = []
        func add(_ words: [String], _ role: Int32, order: Int = 0) {
            phrases.append((words.map { table.intern($0) }, role, Int32(order)))
        }
        for words in cues.caseMarkers { add(words, Self.caseMarker) }
        for words in cues.negations { add(words, Self.negation) }
        for words in cues.afterNegations { add(words, Self.after) }
        var order = 0
        var facts: [String] = []
        for criterion in cues.criteria {
            let index = facts.firstIndex(of: criterion.fact) ?? facts.count
            if index == facts.count { facts.append(criterion.fact) }
            for words in criterion.phrases {
                add(words, Int32(index), order: order)
                order += 1
            }
        }
        let boundaries = cues.boundaries.map { table.intern($0) }
        self.facts = facts
        self.tables = Tables(table, phrases: phrases.filter { !$0.words.isEmpty }, boundaries: boundaries)
    }

    /// One mention of a criterion phrase in a part of a sentence.
    struct Mention {
        var start: Int
        var end: Int
        var criterion: Int
        var order: Int32
        var negated: Bool
    }

    /// A sentence of a scanned rationale: its word ids `tokens[tokenStart..<tokenEnd]`, the token
    /// index at which each `;`-separated part starts (`parts[partStart..<partEnd]`), and its bytes
    /// in the rationale (blanks not collapsed).
    struct Sentence {
        var tokenStart: Int
        var tokenEnd: Int
        var partStart: Int
        var partEnd: Int
        var byteStart: Int
        var byteEnd: Int
    }

    /// The criteria `rationale` names, one per fact, in order of first mention
    /// (``ReasonText/named(in:cues:)``).
    public func named(in rationale: String) -> [NamedCriterion] {
        guard !facts.isEmpty else { return [] }
        var reading = Reading(facts: facts.count)
        var text = rationale
        let scanned: Bool = text.withUTF8 { bytes in
            // ASCII without carriage returns: one scan of the bytes finds the sentences and their
            // words (the sentences of ``ReasonText/sentences(_:)``, whose collapsed blanks are no
            // word bytes); a sentence is made a string only when it names a criterion.
            guard let base = bytes.baseAddress else { return true }
            let capacity = bytes.count / 2 + 2
            let tokens = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
            let parts = UnsafeMutablePointer<Int>.allocate(capacity: bytes.count + 2)
            defer {
                tokens.deallocate()
                parts.deallocate()
            }
            guard let sentences = scan(base, count: bytes.count, tokens: tokens, parts: parts) else { return false }
            for sentence in sentences {
                read(sentence, tokens: tokens, parts: parts, into: &reading) {
                    let count = sentence.byteEnd - sentence.byteStart
                    // The sentence's bytes hold no carriage return, and start and end with no blank:
                    // collapsed as ``ReasonText/sentences(_:)`` collapses them.
                    return collapsingBlanks(UnsafeBufferPointer(start: base + sentence.byteStart, count: count))
                }
            }
            return true
        }
        guard !scanned else { return reading.named }
        var tokens: [Int32] = []
        var parts: [Int] = []
        for text in ReasonText.sentences(rationale) {
            tokenize(text, into: &tokens, partStarts: &parts)
            tokens.withUnsafeMutableBufferPointer { tokens in
                parts.withUnsafeMutableBufferPointer { parts in
                    guard let tokenBase = tokens.baseAddress, let partBase = parts.baseAddress else { return }
                    let sentence = Sentence(
                        tokenStart: 0, tokenEnd: tokens.count, partStart: 0, partEnd: parts.count, byteStart: 0, byteEnd: 0)
                    read(sentence, tokens: tokenBase, parts: partBase, into: &reading) { text }
                }
            }
        }
        return reading.named
    }

    /// The criteria named so far in order of first mention, where each fact's is in it, and the
    /// scratch storage of the sentence readings.
    struct Reading {
        var named: [NamedCriterion] = []
        var position: [Int]
        var mentions: [Mention] = []
        var found: [Mention] = []
        var clauseStarts: [Int] = []
        var negations: [(start: Int, end: Int)] = []
        var afters: [(start: Int, end: Int)] = []

        init(facts: Int) {
            position = [Int](repeating: -1, count: facts)
            mentions.reserveCapacity(8)
            found.reserveCapacity(8)
            clauseStarts.reserveCapacity(8)
            negations.reserveCapacity(8)
            afters.reserveCapacity(8)
        }
    }

    /// Reads one sentence into `reading`: when it has a `case` phrase, each criterion it mentions
    /// (``ReasonText/named(in:cues:)``); `text` makes the sentence's string.
    private func read(
        _ sentence: Sentence, tokens: UnsafeMutablePointer<Int32>, parts: UnsafeMutablePointer<Int>, into reading: inout Reading,
        text: () -> String
    ) {
        // A sentence without a word that starts a criterion phrase names none: neither its case
        // phrases nor its mentions need reading.
        guard mayNameCriterion(tokens, sentence.tokenStart, sentence.tokenEnd),
            hasCaseMarker(tokens, sentence.tokenStart, sentence.tokenEnd)
        else { return }
        reading.mentions.removeAll(keepingCapacity: true)
        for part in sentence.partStart..<sentence.partEnd {
            let end = part + 1 < sentence.partEnd ? parts[part + 1] : sentence.tokenEnd
            mentions(tokens, from: parts[part], to: end, into: &reading)
        }
        // The sentence is made a string only when it names a criterion.
        guard !reading.mentions.isEmpty else { return }
        let sentenceText = text()
        for mention in reading.mentions {
            let criterion = NamedCriterion(
                fact: facts[mention.criterion], status: mention.negated ? .missing : .met, sentence: sentenceText)
            let at = reading.position[mention.criterion]
            guard at >= 0 else {
                reading.position[mention.criterion] = reading.named.count
                reading.named.append(criterion)
                continue
            }
            if reading.named[at].sentence == sentenceText, reading.named[at].status == .missing { continue }
            reading.named[at] = criterion
        }
    }

    /// Whether the words `tokens[start..<end]` hold a word that starts a `case` phrase and one that
    /// starts a criterion phrase.
    private func mayNameCriterion(_ tokens: UnsafeMutablePointer<Int32>, _ start: Int, _ end: Int) -> Bool {
        let flags = tables.flags
        var found: UInt8 = 0
        for position in start..<end where tokens[position] >= 0 { found |= flags[Int(tokens[position])] }
        return found & (Self.startsCase | Self.startsCriterion) == Self.startsCase | Self.startsCriterion
    }

    /// Whether a `case` phrase occurs anywhere in the words `tokens[start..<end]`: a phrase of one
    /// word, or a longer one whose first two words follow each other.
    private func hasCaseMarker(_ tokens: UnsafeMutablePointer<Int32>, _ start: Int, _ end: Int) -> Bool {
        let tables = self.tables
        for position in start..<end where tokens[position] >= 0 && tables.flags[Int(tokens[position])] & Self.isCaseWord != 0 {
            return true
        }
        for position in start..<max(start, end - 1) {
            let id = Int(tokens[position])
            guard id >= 0, tables.flags[id] & Self.startsCase != 0, tables.follows(id, tokens[position + 1]) else { continue }
            for phrase in Int(tables.firstLonger[id])..<Int(tables.firstPhrase[id + 1])
            where tables.phraseRole[phrase] == Self.caseMarker && tables.matches(phrase, tokens, at: position, end: end) {
                return true
            }
        }
        return false
    }

    /// Appends to `reading.mentions` the criterion mentions of the `;`-separated part
    /// `tokens[base..<end]`, in the order of their start, then of the criteria and their phrases;
    /// each marked negated as ``ReasonText/named(in:cues:)`` says.
    private func mentions(_ tokens: UnsafeMutablePointer<Int32>, from base: Int, to end: Int, into reading: inout Reading) {
        let tables = self.tables
        reading.clauseStarts.removeAll(keepingCapacity: true)
        reading.clauseStarts.append(0)
        reading.negations.removeAll(keepingCapacity: true)
        reading.afters.removeAll(keepingCapacity: true)
        reading.found.removeAll(keepingCapacity: true)
        for position in base..<end {
            let id = Int(tokens[position])
            guard id >= 0 else { continue }
            if tables.flags[id] & Self.isBoundary != 0 { reading.clauseStarts.append(position - base + 1) }
            // The phrases of one word match; a longer one can start here only when its first two
            // words do.
            let singles = Int(tables.firstPhrase[id])..<Int(tables.firstLonger[id])
            let longer = position + 1 < end && tables.follows(id, tokens[position + 1])
            let phrases = singles.lowerBound..<(longer ? Int(tables.firstPhrase[id + 1]) : singles.upperBound)
            for phrase in phrases where phrase < singles.upperBound || tables.matches(phrase, tokens, at: position, end: end) {
                let start = position - base
                let phraseEnd = start + tables.length(of: phrase)
                switch tables.phraseRole[phrase] {
                case Self.caseMarker: break
                case Self.negation: reading.negations.append((start, phraseEnd))
                case Self.after: reading.afters.append((start, phraseEnd))
                case let criterion:
                    reading.found.append(
                        Mention(start: start, end: phraseEnd, criterion: Int(criterion), order: tables.phraseOrder[phrase], negated: false))
                }
            }
        }
        guard !reading.found.isEmpty else { return }
        reading.found.sort { ($0.start, $0.order) < ($1.start, $1.order) }
        for var mention in reading.found {
            let clause = Self.clauseRange(containing: mention.start, starts: reading.clauseStarts, count: end - base)
            mention.negated =
                reading.negations.contains {
                    $0.start >= clause.lowerBound && $0.end <= mention.start && mention.start - $0.end < ReasonText.negationWindow
                }
                || reading.afters.contains {
                    $0.start >= mention.end && $0.end <= clause.upperBound && $0.start - mention.end < ReasonText.afterWindow
                }
            reading.mentions.append(mention)
        }
    }

    /// The clause (token range, without the boundary word that ends it) that holds `position`.
    static func clauseRange(containing position: Int, starts: [Int], count: Int) -> Range<Int> {
        let start = starts.last { $0 <= position } ?? 0
        let end = starts.first { $0 > position }.map { $0 - 1 } ?? count
        return start..<max(start, end)
    }

    /// Scans the rationale `text[0..<count]` once, or returns `nil` when it is not ASCII or has a
    /// carriage return (it is then read by `Character`): the word ids of
    /// ``ReasonText/words(_:)`` (-1 for a word no cue has) into `tokens`, the token index at which
    /// each sentence and each of its `;`-separated parts starts into `parts`, and the sentences of
    /// ``ReasonText/sentences(_:)``: a sentence ends after `.`, `?` or `!` followed by blanks (space,
    /// line feed, tab) and a capital letter or digit; its bytes run from its first to its last byte
    /// that is not a blank.
    private func scan(
        _ text: UnsafePointer<UInt8>, count: Int, tokens: UnsafeMutablePointer<Int32>, parts: UnsafeMutablePointer<Int>
    ) -> [Sentence]? {
        let tables = self.tables
        let wordBytes = tables.wordBytes
        let words = tables.words
        var sentences: [Sentence] = []
        var index = 0
        while index < count && ReasonText.isBlank(text[index]) { index += 1 }
        guard index < count else { return [] }
        sentences.reserveCapacity(count / 64 + 4)
        var tokenCount = 0
        var partCount = 1
        parts[0] = 0
        var current = Sentence(tokenStart: 0, tokenEnd: 0, partStart: 0, partEnd: 0, byteStart: index, byteEnd: 0)
        while index < count {
            let byte = text[index]
            if wordBytes[Int(byte)] != 0 {
                // A word: the bytes of ReasonText.isWordByte.
                let start = index
                index += 1
                while index < count && wordBytes[Int(text[index])] != 0 { index += 1 }
                var end = index
                // As ReasonText.words: a possessive `'s` is dropped; a lone `'` is no word.
                if (text[end - 1] | 0x20) == 0x73 && end - start >= 2 && text[end - 2] == 0x27 { end -= 2 }
                if end - start == 1 && text[start] == 0x27 { continue }
                tokens[tokenCount] = words.id(of: text + start, count: end - start, available: count - start)
                tokenCount += 1
                continue
            }
            index += 1
            if byte >= 0x80 || byte == 0x0D { return nil }
            if byte == 0x3B {
                parts[partCount] = tokenCount
                partCount += 1
            } else if byte == 0x2E || byte == 0x3F || byte == 0x21 {
                var next = index
                while next < count && ReasonText.isBlank(text[next]) { next += 1 }
                if next > index && next < count && ReasonText.startsSentence(text[next]) {
                    current.tokenEnd = tokenCount
                    current.partEnd = partCount
                    current.byteEnd = index
                    sentences.append(current)
                    parts[partCount] = tokenCount
                    current = Sentence(
                        tokenStart: tokenCount, tokenEnd: 0, partStart: partCount, partEnd: 0, byteStart: next, byteEnd: 0)
                    partCount += 1
                    index = next
                }
            }
        }
        var end = count
        while ReasonText.isBlank(text[end - 1]) { end -= 1 }
        current.tokenEnd = tokenCount
        current.partEnd = partCount
        current.byteEnd = end
        sentences.append(current)
        return sentences
    }

    /// The word ids of `sentence` (-1 for a word no cue has) and the token index at which each
    /// `;`-separated part starts, through ``ReasonText/words(_:)`` part by part (for text that is
    /// not ASCII or has carriage returns).
    private func tokenize(_ sentence: String, into tokens: inout [Int32], partStarts: inout [Int]) {
        tokens.removeAll(keepingCapacity: true)
        partStarts.removeAll(keepingCapacity: true)
        for part in sentence.split(separator: ";") {
            partStarts.append(tokens.count)
            tokens += ReasonText.words(String(part)).map { tables.words.id(of: $0) }
        }
    }
}

extension ReasonReader {
    /// The compiled cues in flat storage, read through pointers in the scan (immutable once built).
    /// A word's id is found by the ``WordTable``'s table (``WordTable/id(of:count:available:)``).
    final class Tables: @unchecked Sendable {
        /// For each byte: itself lower-cased when it is a byte of a word (``ReasonText/isWordByte(_:)``), else 0.
        let wordBytes: UnsafeMutablePointer<UInt8>
        /// The words, looked up by their bytes in the scan.
        let words: WordTable
        /// ``ReasonReader/startsCase``, ``ReasonReader/startsCriterion`` and ``ReasonReader/isBoundary`` of each word id.
        let flags: UnsafeMutablePointer<UInt8>
        /// The phrases that start with word `id` are `firstPhrase[id]..<firstPhrase[id + 1]`: those
        /// of one word, then from `firstLonger[id]` the longer ones, each in the order of the cues.
        let firstPhrase: UnsafeMutablePointer<Int32>
        let firstLonger: UnsafeMutablePointer<Int32>
        /// Phrase `p`'s words are `phraseWords[phraseStart[p]..<phraseStart[p + 1]]`.
        let phraseStart: UnsafeMutablePointer<Int32>
        let phraseWords: UnsafeMutablePointer<Int32>
        let phraseRole: UnsafeMutablePointer<Int32>
        /// A criterion phrase's place among the phrases of all criteria.
        let phraseOrder: UnsafeMutablePointer<Int32>
        /// Bit `first * wordCount + second` is set when a phrase starts with the words `first second`.
        let pairs: UnsafeMutablePointer<UInt64>
        private let wordCount: Int
        private let phraseCount: Int

        init(_ table: WordTable, phrases: [(words: [Int32], role: Int32, order: Int32)], boundaries: [Int32]) {
            words = table
            wordCount = table.count
            phraseCount = phrases.count
            wordBytes = .allocate(capacity: 256)
            for byte in 0..<256 {
                let byte = UInt8(byte)
                wordBytes[Int(byte)] = ReasonText.isWordByte(byte) ? (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) : 0
            }
            flags = .allocate(capacity: max(wordCount, 1))
            flags.initialize(repeating: 0, count: max(wordCount, 1))
            firstPhrase = .allocate(capacity: wordCount + 1)
            firstLonger = .allocate(capacity: max(wordCount, 1))
            phraseStart = .allocate(capacity: phraseCount + 1)
            phraseWords = .allocate(capacity: max(phrases.reduce(0) { $0 + $1.words.count }, 1))
            phraseRole = .allocate(capacity: max(phraseCount, 1))
            phraseOrder = .allocate(capacity: max(phraseCount, 1))
            for id in boundaries { flags[Int(id)] |= ReasonReader.isBoundary }
            let pairWords = max((wordCount * wordCount + 63) / 64, 1)
            pairs = .allocate(capacity: pairWords)
            pairs.initialize(repeating: 0, count: pairWords)
            for phrase in phrases {
                if phrase.words.count == 1 && phrase.role == ReasonReader.caseMarker {
                    flags[Int(phrase.words[0])] |= ReasonReader.isCaseWord
                }
                guard phrase.words.count >= 2 else { continue }
                let bit = Int(phrase.words[0]) * wordCount + Int(phrase.words[1])
                pairs[bit / 64] |= 1 << UInt64(bit % 64)
            }
            // The phrases grouped by their first word, each group in the cues' order.
            var byFirst = [[Int]](repeating: [], count: wordCount)
            for (index, phrase) in phrases.enumerated() {
                let first = Int(phrase.words[0])
                byFirst[first].append(index)
                switch phrase.role {
                case ReasonReader.caseMarker: flags[first] |= ReasonReader.startsCase
                case ReasonReader.negation, ReasonReader.after: break
                default: flags[first] |= ReasonReader.startsCriterion
                }
            }
            var phrase = 0
            var wordOffset = 0
            for id in 0..<wordCount {
                firstPhrase[id] = Int32(phrase)
                let group = byFirst[id].filter { phrases[$0].words.count == 1 } + byFirst[id].filter { phrases[$0].words.count > 1 }
                firstLonger[id] = Int32(phrase + group.prefix { phrases[$0].words.count == 1 }.count)
                for index in group {
                    phraseStart[phrase] = Int32(wordOffset)
                    for word in phrases[index].words {
                        phraseWords[wordOffset] = word
                        wordOffset += 1
                    }
                    phraseRole[phrase] = phrases[index].role
                    phraseOrder[phrase] = phrases[index].order
                    phrase += 1
                }
            }
            firstPhrase[wordCount] = Int32(phrase)
            phraseStart[phraseCount] = Int32(wordOffset)
        }

        deinit {
            wordBytes.deallocate()
            flags.deallocate()
            firstPhrase.deallocate()
            firstLonger.deallocate()
            phraseStart.deallocate()
            phraseWords.deallocate()
            phraseRole.deallocate()
            phraseOrder.deallocate()
            pairs.deallocate()
        }

        /// Whether a phrase starts with the word `first` followed by the word `second` (-1: a word
        /// no cue has).
        @inline(__always)
        func follows(_ first: Int, _ second: Int32) -> Bool {
            guard second >= 0 else { return false }
            let bit = first &* wordCount &+ Int(second)
            return pairs[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
        }

        /// The number of words of phrase `phrase`.
        @inline(__always)
        func length(of phrase: Int) -> Int {
            Int(phraseStart[phrase + 1] - phraseStart[phrase])
        }

        /// Whether phrase `phrase`, whose first word is `tokens[position]`, continues at `position`
        /// before `end`.
        @inline(__always)
        func matches(_ phrase: Int, _ tokens: UnsafeMutablePointer<Int32>, at position: Int, end: Int) -> Bool {
            let start = Int(phraseStart[phrase])
            let length = Int(phraseStart[phrase + 1]) - start
            guard position + length <= end else { return false }
            var offset = 1
            while offset < length {
                if tokens[position + offset] != phraseWords[start + offset] { return false }
                offset += 1
            }
            return true
        }
    }
}

/// Words interned to small integers, looked up by their lower-cased bytes without building a string:
/// an ``OpenAddressTable`` keyed by a word's first eight bytes and its length (hashed together; a
/// longer word's other bytes are compared in the table's byte store).
struct WordTable: Sendable {
    /// A word: its first eight bytes (zero-padded, little-endian), its length, and where its bytes
    /// start in `store`.
    struct Word: Sendable {
        var prefix: UInt64
        var length: Int
        var start: Int
    }

    private var table = OpenAddressTable<Word, Void>()
    /// The words' bytes one after another, in id order.
    private(set) var bytes: [UInt8] = []
    /// The words by their `String` (``id(of:)-(String)``: a word not found by its bytes, when it or
    /// a word of the table holds a byte above ASCII, compared by canonical equivalence as before).
    private var byText: [String: Int32] = [:]
    private var unicodeWords = false

    var count: Int { table.count }

    /// The byte length of word `id`.
    func length(of id: Int) -> Int { table.keys[id].length }

    /// The id of `word`, added if new.
    mutating func intern(_ word: String) -> Int32 {
        if let id = byText[word] { return id }
        let id = Int32(table.count)
        let start = bytes.count
        bytes += word.utf8
        let prefix = Self.prefix(of: bytes, start, bytes.count)
        let key = Word(prefix: prefix, length: bytes.count - start, start: start)
        table.append(key, (), hash: Self.hash(prefix, key.length))
        byText[word] = id
        unicodeWords = unicodeWords || word.utf8.contains { $0 >= 0x80 }
        return id
    }

    /// The id of `word`, or -1.
    func id(of word: String) -> Int32 {
        var word = word
        let found = word.withUTF8 { bytes in find(bytes, lowering: false) }
        if found >= 0 || !unicodeWords && !word.utf8.contains(where: { $0 >= 0x80 }) { return found }
        return byText[word] ?? -1
    }

    /// The id of the ASCII word `bytes` lower-cased, or -1.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 { find(bytes, lowering: true) }

    /// The id of `bytes` (its upper-case ASCII letters lowered when `lowering`), or -1.
    private func find(_ word: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Int32 {
        let lowered = word.map { lowering && $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return lowered.withUnsafeBufferPointer { lowered in
            let prefix = Self.prefix(of: lowered, 0, lowered.count)
            return bytes.withUnsafeBufferPointer { store in
                table.index(hash: Self.hash(prefix, lowered.count)) { key in
                    key.prefix == prefix && key.length == lowered.count
                        && (key.length <= 8 || (8..<key.length).allSatisfy { store[key.start + $0] == lowered[$0] })
                }.map { Int32($0) } ?? -1
            }
        }
    }

    /// The id of the ASCII word `text[0..<count]` (bytes of ``ReasonText/isWordByte(_:)``)
    /// lower-cased, or -1; `available` bytes from `text` may be read. The scan's look-up: the first
    /// eight bytes are read as one integer.
    @inline(__always)
    func id(of text: UnsafePointer<UInt8>, count: Int, available: Int) -> Int32 {
        // A word byte (a letter, a digit or `'`) lower-cased is itself with 0x20 set.
        var prefix: UInt64
        if available >= 8 {
            prefix = UnsafeRawPointer(text).loadUnaligned(as: UInt64.self)
            if count < 8 { prefix &= (1 &<< UInt64(8 * count)) &- 1 }
        } else {
            prefix = 0
            for offset in 0..<count { prefix |= UInt64(text[offset]) << (8 * offset) }
        }
        prefix |= 0x2020_2020_2020_2020 & (count < 8 ? (1 &<< UInt64(8 * count)) &- 1 : ~0)
        return bytes.withUnsafeBufferPointer { store in
            table.index(hash: Self.hash(prefix, count)) { key in
                guard key.prefix == prefix && key.length == count else { return false }
                var offset = 8
                while offset < count && store[key.start + offset] == text[offset] | 0x20 { offset += 1 }
                return offset >= count
            }.map { Int32(truncatingIfNeeded: $0) } ?? -1
        }
    }

    /// The first eight bytes of `bytes[start..<end]`, zero-padded, little-endian.
    private static func prefix<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes, _ start: Int, _ end: Int) -> UInt64
    where Bytes.Index == Int {
        var prefix: UInt64 = 0
        for offset in 0..<min(end - start, 8) { prefix |= UInt64(bytes[start + offset]) << (8 * offset) }
        return prefix
    }

    /// The table's hash of a word of `length` bytes whose first eight bytes are `prefix`: a
    /// multiplicative mix, its upper half (the well-mixed bits) moved down, where the table's
    /// slots are taken from.
    @inline(__always)
    private static func hash(_ prefix: UInt64, _ length: Int) -> UInt64 {
        let mixed = (prefix ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
        return mixed >> 32 | mixed << 32
    }
}
