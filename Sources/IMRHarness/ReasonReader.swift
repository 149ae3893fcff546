/// ``ReasonCues`` compiled once for reading many rationales (truth side only): every cue word is
/// interned to an integer, each phrase is a sequence of those integers indexed by its first word,
/// and a sentence is scanned once, its words looked up by their bytes without building strings.
///
/// ``named(in:)`` gives exactly what ``ReasonText/named(in:cues:)`` documents.
public struct ReasonReader: Sendable {
    /// What a phrase is in the cues.
    enum Role: Sendable {
        case caseMarker
        case negation
        case after
        /// A phrase of a criterion about the fact at this index of `facts`.
        case criterion(Int)
    }

    /// One cue phrase: its words and what it marks; `order` is its place among the phrases of its
    /// criterion over all criteria (the order in which the cues list them).
    struct Phrase: Sendable {
        var words: [Int32]
        var role: Role
        var order: Int
    }

    /// The facts the criteria name, each once, in the cues' order.
    let facts: [String]
    /// The phrases that start with each word id.
    let starting: [[Phrase]]
    /// Whether each word id is a clause boundary.
    let isBoundary: [Bool]
    /// For each word id: ``startsCase`` when a `case` phrase starts with it, ``startsCriterion`` when
    /// a criterion phrase does. A sentence without both kinds of word names no criterion, and only
    /// these words can start a `case` phrase.
    let starts: [UInt8]
    static let startsCase: UInt8 = 1
    static let startsCriterion: UInt8 = 2
    let vocabulary: WordTable
    /// For each byte: itself lower-cased when it is a byte of a word (``ReasonText/isWordByte(_:)``), else 0.
    let wordBytes: [UInt8] = (0...255).map { byte in
        let byte = UInt8(byte)
        guard ReasonText.isWordByte(byte) else { return 0 }
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Compiles `cues`.
    public init(_ cues: ReasonCues) {
        var table = WordTable()
        var phrases: [Phrase] = []
        func add(_ words: [String], _ role: Role, order: Int = 0) {
            phrases.append(Phrase(words: words.map { table.intern($0) }, role: role, order: order))
        }
        for words in cues.caseMarkers { add(words, .caseMarker) }
        for words in cues.negations { add(words, .negation) }
        for words in cues.afterNegations { add(words, .after) }
        var order = 0
        var facts: [String] = []
        for criterion in cues.criteria {
            let index = facts.firstIndex(of: criterion.fact) ?? facts.count
            if index == facts.count { facts.append(criterion.fact) }
            for words in criterion.phrases {
                add(words, .criterion(index), order: order)
                order += 1
            }
        }
        var boundary: [Bool] = []
        for word in cues.boundaries {
            let id = Int(table.intern(word))
            if boundary.count <= id { boundary += Array(repeating: false, count: id + 1 - boundary.count) }
            boundary[id] = true
        }
        var starting = Array(repeating: [Phrase](), count: table.count)
        var starts = [UInt8](repeating: 0, count: table.count)
        for phrase in phrases {
            guard let first = phrase.words.first else { continue }
            starting[Int(first)].append(phrase)
            switch phrase.role {
            case .caseMarker: starts[Int(first)] |= Self.startsCase
            case .criterion: starts[Int(first)] |= Self.startsCriterion
            case .negation, .after: break
            }
        }
        boundary += Array(repeating: false, count: max(0, table.count - boundary.count))
        self.facts = facts
        self.starting = starting
        self.isBoundary = boundary
        self.starts = starts
        self.vocabulary = table
    }

    /// One mention of a criterion phrase in a part of a sentence.
    private struct Mention {
        var start: Int
        var criterion: Int
        var order: Int
        var negated: Bool
    }

    /// The criteria `rationale` names, one per fact, in order of first mention
    /// (``ReasonText/named(in:cues:)``).
    public func named(in rationale: String) -> [NamedCriterion] {
        guard !facts.isEmpty else { return [] }
        // The criteria named so far in order of first mention, and where each fact's is in it.
        var named: [NamedCriterion] = []
        var position = [Int](repeating: -1, count: facts.count)
        var tokens: [Int32] = []
        var parts: [Int] = []
        // ASCII text: each sentence is tokenised from its bytes, and made a string only when it names a criterion.
        let sentences: [(text: String?, range: Range<Int>)]
        let collapsed: [UInt8]
        if let (bytes, ranges) = ReasonText.sentenceRanges(rationale) {
            collapsed = bytes
            sentences = ranges.map { (nil, $0) }
        } else {
            collapsed = []
            sentences = ReasonText.sentences(rationale).map { ($0, 0..<0) }
        }
        for (text, range) in sentences {
            if let text {
                tokenize(text, into: &tokens, partStarts: &parts)
            } else {
                collapsed.withUnsafeBufferPointer {
                    tokenize(ascii: UnsafeBufferPointer(rebasing: $0[range]), into: &tokens, partStarts: &parts)
                }
            }
            // A sentence without a word that starts a criterion phrase names none: neither its case
            // phrases nor its mentions need reading.
            guard mayNameCriterion(tokens), hasCaseMarker(tokens) else { continue }
            let sentence = text ?? String(decoding: collapsed[range], as: UTF8.self)
            var mentions: [Mention] = []
            for (number, start) in parts.enumerated() {
                let end = number + 1 < parts.count ? parts[number + 1] : tokens.count
                mentions += self.mentions(in: tokens[start..<end])
            }
            for mention in mentions {
                let criterion = NamedCriterion(
                    fact: facts[mention.criterion], status: mention.negated ? .missing : .met, sentence: sentence)
                let at = position[mention.criterion]
                guard at >= 0 else {
                    position[mention.criterion] = named.count
                    named.append(criterion)
                    continue
                }
                if named[at].sentence == sentence, named[at].status == .missing { continue }
                named[at] = criterion
            }
        }
        return named
    }

    /// Whether the sentence's words hold a word that starts a `case` phrase and one that starts a
    /// criterion phrase.
    private func mayNameCriterion(_ tokens: [Int32]) -> Bool {
        var flags: UInt8 = 0
        for token in tokens where token >= 0 { flags |= starts[Int(token)] }
        return flags == Self.startsCase | Self.startsCriterion
    }

    /// Whether a `case` phrase occurs anywhere in the sentence's words.
    private func hasCaseMarker(_ tokens: [Int32]) -> Bool {
        for position in tokens.indices where tokens[position] >= 0 && starts[Int(tokens[position])] & Self.startsCase != 0 {
            for phrase in starting[Int(tokens[position])] {
                if case .caseMarker = phrase.role, matches(phrase.words, tokens[...], at: position) { return true }
            }
        }
        return false
    }

    /// The criterion mentions of one `;`-separated part, in the order of their start, then of the
    /// criteria and their phrases; each marked negated as ``ReasonText/named(in:cues:)`` says.
    private func mentions(in part: ArraySlice<Int32>) -> [Mention] {
        let base = part.startIndex
        let count = part.count
        var clauseStarts = [0]
        var negations: [(start: Int, end: Int)] = []
        var afters: [(start: Int, end: Int)] = []
        var found: [(start: Int, end: Int, criterion: Int, order: Int)] = []
        for position in part.indices where part[position] >= 0 {
            let id = Int(part[position])
            if id < isBoundary.count && isBoundary[id] { clauseStarts.append(position - base + 1) }
            for phrase in starting[id] where matches(phrase.words, part, at: position) {
                let start = position - base
                let end = start + phrase.words.count
                switch phrase.role {
                case .caseMarker: break
                case .negation: negations.append((start, end))
                case .after: afters.append((start, end))
                case .criterion(let criterion): found.append((start, end, criterion, phrase.order))
                }
            }
        }
        found.sort { ($0.start, $0.order) < ($1.start, $1.order) }
        return found.map { mention in
            let clause = Self.clauseRange(containing: mention.start, starts: clauseStarts, count: count)
            let negated =
                negations.contains {
                    $0.start >= clause.lowerBound && $0.end <= mention.start && mention.start - $0.end < ReasonText.negationWindow
                }
                || afters.contains {
                    $0.start >= mention.end && $0.end <= clause.upperBound && $0.start - mention.end < ReasonText.afterWindow
                }
            return Mention(start: mention.start, criterion: mention.criterion, order: mention.order, negated: negated)
        }
    }

    private func matches(_ phrase: [Int32], _ tokens: ArraySlice<Int32>, at position: Int) -> Bool {
        guard position + phrase.count <= tokens.endIndex else { return false }
        for offset in 1..<max(phrase.count, 1) where tokens[position + offset] != phrase[offset] { return false }
        return true
    }

    /// The clause (token range, without the boundary word that ends it) that holds `position`.
    static func clauseRange(containing position: Int, starts: [Int], count: Int) -> Range<Int> {
        let start = starts.last { $0 <= position } ?? 0
        let end = starts.first { $0 > position }.map { $0 - 1 } ?? count
        return start..<max(start, end)
    }

    /// The word ids of `sentence` (-1 for a word no cue has) and the token index at which each
    /// `;`-separated part starts. ASCII is scanned as bytes, with the words of ``ReasonText/words(_:)``;
    /// other text goes through ``ReasonText/words(_:)`` part by part.
    private func tokenize(_ sentence: String, into tokens: inout [Int32], partStarts: inout [Int]) {
        var text = sentence
        let scanned: Bool = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            tokenize(ascii: bytes, into: &tokens, partStarts: &partStarts)
            return true
        }
        guard !scanned else { return }
        tokens.removeAll(keepingCapacity: true)
        partStarts.removeAll(keepingCapacity: true)
        for part in sentence.split(separator: ";") {
            partStarts.append(tokens.count)
            tokens += ReasonText.words(String(part)).map { vocabulary.id(of: $0) }
        }
    }
}

extension ReasonReader {
    /// ``tokenize(_:into:partStarts:)`` of an ASCII sentence's bytes.
    fileprivate func tokenize(ascii bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Int32], partStarts: inout [Int]) {
        tokens.removeAll(keepingCapacity: true)
        partStarts.removeAll(keepingCapacity: true)
        partStarts.append(0)
        wordBytes.withUnsafeBufferPointer { wordBytes in
            var start = -1
            var hash = WordTable.hashStart
            for position in 0...bytes.count {
                // The byte lower-cased when it is a byte of a word (ReasonText.isWordByte), else 0.
                let lowered = position < bytes.count ? wordBytes[Int(bytes[position])] : 0
                if lowered != 0 {
                    if start < 0 {
                        start = position
                        hash = WordTable.hashStart
                    }
                    hash = WordTable.hashStep(hash, lowered)
                    continue
                }
                if start >= 0 {
                    var end = position
                    // As ReasonText.words: a possessive `'s` is dropped; a lone `'` is no word.
                    if end - start >= 2 && bytes[end - 2] == 0x27 && (bytes[end - 1] == 0x73 || bytes[end - 1] == 0x53) {
                        end -= 2
                        hash = WordTable.hashStart
                        for index in start..<end { hash = WordTable.hashStep(hash, wordBytes[Int(bytes[index])]) }
                    }
                    if !(end - start == 1 && bytes[start] == 0x27) {
                        tokens.append(vocabulary.id(of: UnsafeBufferPointer(rebasing: bytes[start..<end]), hash: hash))
                    }
                    start = -1
                }
                if position < bytes.count && bytes[position] == 0x3B { partStarts.append(tokens.count) }
            }
        }
    }
}

/// Words interned to small integers, looked up by their lower-cased bytes without building a string.
struct WordTable: Sendable {
    private var words: [[UInt8]] = []
    private var byText: [String: Int32] = [:]
    /// Open addressing: word id + 1 at the slot of its hash, 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    var count: Int { words.count }

    /// The id of `word`, added if new.
    mutating func intern(_ word: String) -> Int32 {
        if let id = byText[word] { return id }
        let id = Int32(words.count)
        words.append(Array(word.utf8))
        byText[word] = id
        if words.count * 4 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for (index, bytes) in words.enumerated() { place(Int32(index), bytes) }
        } else {
            place(id, words[Int(id)])
        }
        return id
    }

    private mutating func place(_ id: Int32, _ bytes: [UInt8]) {
        let mask = slots.count - 1
        var slot = Self.finish(bytes.withUnsafeBufferPointer { Self.hash($0, lowering: false) }) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
    }

    /// The id of `word`, or -1.
    func id(of word: String) -> Int32 { byText[word] ?? -1 }

    /// The id of the ASCII word `bytes` lower-cased, or -1.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        id(of: bytes, hash: Self.hash(bytes, lowering: true))
    }

    /// The id of the ASCII word `bytes` lower-cased, whose lower-cased bytes' FNV-1a hash (before
    /// ``finish(_:)``) is `hash`, or -1.
    func id(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var slot = Self.finish(hash) & mask
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if Self.equalLowered(words[Int(id)], bytes) { return id }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// FNV-1a's start value.
    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a's step for one byte.
    @inline(__always)
    static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The slot number of a word hashed to `hash`.
    @inline(__always)
    static func finish(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// FNV-1a of the bytes, upper-case ASCII letters lowered when `lowering` (before ``finish(_:)``).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> UInt64 {
        var hash = hashStart
        for byte in bytes {
            hash = hashStep(hash, lowering && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return hash
    }

    private static func equalLowered(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count == bytes.count else { return false }
        for index in 0..<word.count {
            let byte = bytes[index]
            if word[index] != (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) { return false }
        }
        return true
    }
}
