import IMRCore
import IMRVocabulary

/// Interned words: every word the lexicon and the cue data spell gets a dense id, once per
/// lexicon, so that matching a text compares integers and indexes arrays instead of hashing
/// strings. A text's words are looked up once, while it is tokenized (``CaseText``); a word that no
/// entry spells gets ``unknown``, which no phrase contains.
///
/// The table is an open-addressing hash table over FNV-1a hashes of the lower-cased bytes, so a
/// word is found from the bytes of a text without building a `String`.
///
/// A class (never changed once built), so that the readers asking the cue book for it share it
/// instead of copying its seven arrays.
final class WordTable: Sendable {
    /// The id of a word that no phrase of the data spells.
    static let unknown: Int32 = -1

    /// Word → id: an ``OpenAddressTable`` whose entry numbers are the ids, each keyed by its
    /// lower-cased bytes in ``bytes`` (back to back, in id order).
    private let table: OpenAddressTable<ByteSpan, Void>
    private let bytes: [UInt8]
    /// The spelling of each id, for the ``Token/word`` of a known word.
    let spellings: [String]

    /// The number of words.
    var count: Int { spellings.count }

    /// Per id: the id of the word's stem (see ``Inflection``); stems the data does not spell are
    /// entries of their own.
    private let stems: [Int32]
    /// The folding of inflections the stems come from.
    let inflection: Inflection

    /// A table of the words of `phrases` (each split into lower-case words), ids in sorted word
    /// order, and of their stems under `inflection`.
    init(phrases: some Sequence<String>, inflection: Inflection) {
        self.inflection = inflection
        let distinct = Self.distinctWords(of: phrases)
        var builder = Builder(table: OpenAddressTable(minimumCapacity: distinct.words.count * 2))
        for word in distinct.words { _ = builder.intern(Array(distinct.bytes[word])) }
        for id in 0..<builder.spellings.count {
            let word = Array(builder.spellings[id].utf8)
            let stem = inflection.stem(word)
            builder.stems[id] = stem == word ? Int32(id) : builder.intern(stem)
        }
        table = builder.table
        bytes = builder.bytes
        spellings = builder.spellings
        stems = builder.stems
    }

    /// The arrays of a table while its words are interned.
    private struct Builder {
        var table: OpenAddressTable<ByteSpan, Void>
        var bytes: [UInt8] = []
        var spellings: [String] = []
        var stems: [Int32] = []

        /// The id of `word`, added when absent (its own stem until set otherwise).
        mutating func intern(_ word: [UInt8]) -> Int32 {
            let hash = WordTable.hash(word, 0, word.count)
            let found = word.withUnsafeBufferPointer { word in
                bytes.withUnsafeBufferPointer { table.index(of: word, 0, word.count, hash: hash, in: $0) }
            }
            if let found { return Int32(found) }
            let id = Int32(table.append(ByteSpan(start: bytes.count, count: word.count), (), hash: hash))
            bytes += word
            spellings.append(String(decoding: word, as: UTF8.self))
            stems.append(id)
            return id
        }
    }

    /// The distinct words of `phrases` as ``phraseWords(_:)`` splits and lower-cases them, in sorted
    /// order: their bytes back to back and each word's range. Found on the phrases' bytes through a
    /// scratch hash table, without a `String` or a set entry per word; the words are ASCII, so
    /// sorting their bytes sorts them as `String`s.
    private static func distinctWords(of phrases: some Sequence<String>) -> (bytes: [UInt8], words: [Range<Int>]) {
        var store: [UInt8] = []
        var table = OpenAddressTable<ByteSpan, Void>(minimumCapacity: 1 << 11)
        for phrase in phrases {
            var phrase = phrase
            phrase.withUTF8 { text in
                var index = 0
                while index < text.count {
                    guard isWordByte(text[index]) else {
                        index += 1
                        continue
                    }
                    let start = store.count
                    var hash = emptyHash
                    while index < text.count, isWordByte(text[index]) {
                        let byte = lowered(text[index])
                        store.append(byte)
                        hash = Self.hash(hash, byte)
                        index += 1
                    }
                    let end = store.count
                    if store.withUnsafeBufferPointer({ table.index(of: $0, start, end, hash: hash, in: $0) }) != nil {
                        store.removeLast(end - start)
                    } else {
                        table.append(ByteSpan(start: start, count: end - start), (), hash: hash)
                    }
                }
            }
        }
        var words = table.keys.map { Int($0.start)..<Int($0.start + $0.count) }
        store.withUnsafeBufferPointer { bytes in
            words.sort { a, b in
                UnsafeBufferPointer(rebasing: bytes[a]).lexicographicallyPrecedes(UnsafeBufferPointer(rebasing: bytes[b]))
            }
        }
        return (store, words)
    }

    /// The stem id of word `id`.
    @inline(__always) func stem(of id: Int32) -> Int32 { id >= 0 ? stems[Int(id)] : Self.unknown }

    /// The stem id of the lower-case word `word`, which the table lacks: its stem's id, or ``unknown``.
    func stem(ofUnknown word: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard !inflection.isEmpty else { return Self.unknown }
        let (count, y) = inflection.stemShape(word)
        // A word that is its own stem is unknown like the word; an exception is its own stem.
        guard count < word.count || y, !inflection.isException(word) else { return Self.unknown }
        var hash = Self.emptyHash
        for index in 0..<(count - 1) { hash = Self.hash(hash, word[index]) }
        hash = Self.hash(hash, y ? 121 : word[count - 1])
        guard y else { return find(word, 0, count, hash: hash) }
        var stem = Array(word[..<count])
        stem[count - 1] = 121
        return find(stem, 0, count, hash: hash)
    }

    /// The id of lower-case `word`, or ``unknown``.
    func id(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { find($0, 0, $0.count, hash: Self.hash($0, 0, $0.count)) }
    }

    /// The ids of the words of `phrase` between spaces (byte 32), each looked up as written
    /// (``id(_:)`` of each), found on the phrase's bytes.
    func ids(spaceSeparated phrase: String) -> [Int32] {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            var ids: [Int32] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 32 {
                if index > start { ids.append(find(bytes, start, index, hash: Self.hash(bytes, start, index))) }
                start = index + 1
            }
            return ids
        }
    }

    /// The ids of the words of `phrase` as ``phraseWords(_:)`` splits and lower-cases them
    /// (``unknown`` for a word the table lacks), found without making a `String` of each word.
    func ids(ofWordsIn phrase: String) -> [Int32] {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            // A word is at most every other byte.
            var ids: [Int32] = []
            ids.reserveCapacity((bytes.count + 1) / 2)
            appendIDs(ofWordsIn: bytes, to: &ids)
            return ids
        }
    }

    /// Appends to `ids` the ids of the words of UTF-8 `bytes`, as ``ids(ofWordsIn:)`` finds them.
    func appendIDs(ofWordsIn bytes: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
        // A word with a capital is lowered into one buffer kept for the text (not an array per word).
        var lower: UnsafeMutableBufferPointer<UInt8>?
        defer { lower?.deallocate() }
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            var hash = Self.emptyHash
            var upper = false
            while end < bytes.count, isWordByte(bytes[end]) {
                upper = upper || (bytes[end] >= 65 && bytes[end] <= 90)
                hash = Self.hash(hash, lowered(bytes[end]))
                end += 1
            }
            if upper {
                let buffer = lower ?? .allocate(capacity: bytes.count)
                lower = buffer
                for offset in 0..<(end - index) { buffer[offset] = lowered(bytes[index + offset]) }
                ids.append(find(UnsafeBufferPointer(buffer), 0, end - index, hash: hash))
            } else {
                ids.append(find(bytes, index, end, hash: hash))
            }
            index = end
        }
    }

    /// The id of the lower-cased bytes `word[start..<end]` whose hash is `hash`, or ``unknown``.
    @inline(__always) func find(_ word: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Int32 {
        bytes.withUnsafeBufferPointer { bytes in
            table.index(of: word, start, end, hash: hash, in: bytes).map { Int32(truncatingIfNeeded: $0) } ?? Self.unknown
        }
    }

    /// ``find(_:_:_:hash:)`` over an array.
    func find(_ word: [UInt8], _ start: Int, _ end: Int, hash: UInt64) -> Int32 {
        word.withUnsafeBufferPointer { find($0, start, end, hash: hash) }
    }

    /// The FNV-1a offset basis: the hash of no bytes (``FNV1a``).
    static var emptyHash: UInt64 { FNV1a.offsetBasis }

    /// The FNV-1a hash `hash` extended by `byte` (``FNV1a/step(_:_:)``).
    @inline(__always) static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 { FNV1a.step(hash, byte) }

    /// The FNV-1a hash of `word[start..<end]`.
    static func hash(_ word: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        word.withUnsafeBufferPointer { FNV1a.hash($0, start, end) }
    }

    /// The FNV-1a hash of `word[start..<end]` (``FNV1a/hash(_:_:_:)``).
    @inline(__always) static func hash(_ word: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        FNV1a.hash(word, start, end)
    }
}
