import IMRCore
import Testing

/// The one open-addressing table of the engine (word ids, term ids by name, cue group members, rule
/// guards, citations): found by the caller's hash and key test, numbered in insertion order.
@Suite struct OpenAddressTableTests {
    /// The FNV-1a hash of a string's bytes, as the engine's tables hash their keys.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { FNV1a.hash($0, 0, $0.count) }
    }

    /// A table of `words` by their FNV-1a hash (values: each word's position).
    static func table(_ words: [String], minimumCapacity: Int = 0) -> OpenAddressTable<String, Int> {
        var table = OpenAddressTable<String, Int>(minimumCapacity: minimumCapacity)
        for (position, word) in words.enumerated() { table.append(word, position, hash: hash(word)) }
        return table
    }

    /// Every key added is found, with its value and its number in insertion order; absent keys are
    /// not found, from an empty table too.
    @Test(arguments: [
        ([], ["pain", ""]),
        ([""], ["a", " "]),
        (["pain"], ["Pain", "pains", "pai", ""]),
        (["naproxen", "norco", "tramadol", "gabapentin"], ["naprosyn", "norco ", "tramado", "gabapentin1"]),
        (["l4-5", "l5-s1", "c5-6", "c6-7", "t12"], ["l4 5", "l5-s", "c5", "t1"]),
        (["naïve", "café", "cafe"], ["naive", "cafè"]),
    ])
    func keysAreFoundAndAbsentOnesAreNot(_ words: [String], _ absent: [String]) {
        let table = Self.table(words)
        #expect(table.count == words.count)
        #expect(table.isEmpty == words.isEmpty)
        #expect(table.keys == words)
        for (position, word) in words.enumerated() {
            #expect(table.index(of: word, hash: Self.hash(word)) == position, "\(word)")
            #expect(table.value(of: word, hash: Self.hash(word)) == position, "\(word)")
        }
        for word in absent {
            #expect(table.index(of: word, hash: Self.hash(word)) == nil, "\(word)")
            #expect(table.value(hash: Self.hash(word)) { $0 == word } == nil, "\(word)")
        }
    }

    /// Keys of one hash (every key hashed alike, or hashes equal in the probed bits) are told apart
    /// by the key test, each found at its own number, the first added first.
    @Test(arguments: [
        (["a", "b", "c", "d", "e"], 0),
        (["a", "b", "c", "d", "e", "f", "g"], 40),
        (["alpha", "beta", "gamma", "delta"], 60),
    ])
    func collidingHashesAreToldApartByTheirKeys(_ words: [String], _ shift: Int) {
        // Shift 0: every key hashes to 42; otherwise a key's first byte, or its length, shifted
        // above the bits that choose a slot.
        func hash(_ word: String) -> UInt64 {
            switch shift {
            case 0: 42
            case 40: UInt64(word.utf8.first!) << 40
            default: UInt64(word.utf8.count) << 60
            }
        }
        var table = OpenAddressTable<String, Int>()
        for (position, word) in words.enumerated() { table.append(word, position * 10, hash: hash(word)) }
        for (position, word) in words.enumerated() {
            #expect(table.index(of: word, hash: hash(word)) == position, "\(word)")
            #expect(table.value(of: word, hash: hash(word)) == position * 10, "\(word)")
        }
        #expect(table.index(of: "zeta", hash: hash("zeta")) == nil)
        // Two entries of one key: the first added is found.
        table.append(words[0], -1, hash: hash(words[0]))
        #expect(table.value(of: words[0], hash: hash(words[0])) == 0)
    }

    /// The slots double once the entries would fill more than half of them, and every entry is
    /// still found at its number; a table made for its entries does not grow.
    @Test(arguments: [(0, 8, 16), (0, 9, 32), (0, 100, 256), (100, 100, 256), (1000, 10, 2048), (0, 5000, 16384)])
    func theTableGrowsAtHalfFull(_ minimumCapacity: Int, _ count: Int, _ capacity: Int) {
        let words = (0..<count).map { "w\($0)" }
        let table = Self.table(words, minimumCapacity: minimumCapacity)
        #expect(table.capacity == capacity)
        for (position, word) in words.enumerated() { #expect(table.index(of: word, hash: Self.hash(word)) == position) }
        #expect(table.index(of: "w\(count)", hash: Self.hash("w\(count)")) == nil)
    }

    /// `insert` adds a key only once and computes its value only when it adds it.
    @Test func insertAddsAKeyOnce() {
        var table = OpenAddressTable<String, String>()
        var made = 0
        for word in ["knee", "back", "knee", "neck", "back", "knee"] {
            table.insert(word, hash: Self.hash(word)) {
                made += 1
                return word.uppercased()
            }
        }
        #expect(table.keys == ["knee", "back", "neck"])
        #expect(table.values == ["KNEE", "BACK", "NECK"])
        #expect(made == 3)
        let again = table.insert("back", hash: Self.hash("back")) { "" }
        #expect(again.index == 1 && !again.inserted)
        let added = table.insert("hip", hash: Self.hash("hip")) { "HIP" }
        #expect(added.index == 3 && added.inserted)
    }

    /// Byte-span keys: spans of a table's own byte store, looked up from the bytes of any other
    /// buffer (a text, a lowered copy), at any offset, of any length (the compare reads 8, 4 and 1
    /// bytes at a time).
    @Test(arguments: [
        "", "a", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijkl", "abcdefghijklm", "radiculopathy", "transforaminal",
    ])
    func byteSpanKeysAreFoundFromAnotherBuffer(_ word: String) {
        let stored = ["x", "abcdefghi", "radiculopathies", "abce", "abcdefghijklx"] + [word]
        var store: [UInt8] = []
        var table = OpenAddressTable<ByteSpan, Void>()
        for spelling in stored {
            let bytes = Array(spelling.utf8)
            let span = ByteSpan(start: store.count, count: bytes.count)
            store += bytes
            table.append(span, (), hash: bytes.withUnsafeBufferPointer { FNV1a.hash($0, 0, $0.count) })
        }
        // The word inside a longer text, at an odd offset, in a buffer of its own.
        let text = Array(("  (" + word + ") and abcdefgh.").utf8)
        let start = 3
        let end = start + word.utf8.count
        store.withUnsafeBufferPointer { store in
            text.withUnsafeBufferPointer { text in
                let found = table.index(of: text, start, end, hash: FNV1a.hash(text, start, end), in: store)
                #expect(found == stored.firstIndex(of: word))
                // One byte short or long is another word.
                if end > start {
                    #expect(table.index(of: text, start, end - 1, hash: FNV1a.hash(text, start, end - 1), in: store) != stored.count - 1)
                }
                #expect(table.index(of: text, start, end + 1, hash: FNV1a.hash(text, start, end + 1), in: store) == nil)
                // The same bytes found within the store itself.
                let span = table.keys[stored.count - 1]
                let first = Int(span.start)
                #expect(
                    table.index(
                        of: store, first, first + Int(span.count), hash: FNV1a.hash(store, first, first + Int(span.count)), in: store)
                        == stored.firstIndex(of: word))
            }
        }
    }

    /// Spans of equal length that differ only in their last byte, or only in a byte the 8- or
    /// 4-byte compare reads, are different keys.
    @Test(arguments: [("abcdefghij", "abcdefghik"), ("abcdefghij", "abcdXfghij"), ("abcdef", "abcdeg"), ("abcdefghijklm", "abcdefghiXklm")])
    func spansDifferingInOneByteDiffer(_ first: String, _ second: String) {
        let store = Array(first.utf8)
        let other = Array(second.utf8)
        store.withUnsafeBufferPointer { store in
            other.withUnsafeBufferPointer { other in
                let span = ByteSpan(start: 0, count: store.count)
                #expect(span.spells(store, 0, store.count, in: store))
                #expect(!span.spells(other, 0, other.count, in: store))
            }
        }
    }
}
