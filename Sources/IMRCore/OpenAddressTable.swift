/// A hash table of keys and values found by a 64-bit hash the caller computes (``FNV1a`` on the
/// key's bytes, in this package) and a test of the key: open addressing with linear probing over a
/// power-of-two array of slots kept at most half full.
///
/// Entries are numbered in the order they are added (``keys`` and ``values`` are in that order)
/// and never removed, so an entry's number can serve as a dense id. Because the caller gives the
/// hash and the key test, a key can be looked up from something that is not a `Key`: a word's
/// bytes in a text against a ``ByteSpan`` of a table's own bytes, without making a `String`.
///
/// A value type: copies share their arrays until one of them adds an entry.
public struct OpenAddressTable<Key, Value> {
    /// Slot → entry number, or -1 for an empty slot; the count is a power of two, at least 16
    /// and at least twice the entries.
    @usableFromInline var slots: [Int32]
    /// Each entry's hash, by entry number.
    @usableFromInline var hashes: [UInt64]
    /// Each entry's key and value, by entry number.
    @usableFromInline var storedKeys: [Key]
    @usableFromInline var storedValues: [Value]

    // Every method is inlinable, so that a client module specializes it for its key and value:
    // unspecialized, each call looks up the generic type's metadata at run time.

    /// An empty table with slots for `minimumCapacity` entries before it first grows.
    @inlinable
    public init(minimumCapacity: Int = 0) {
        var count = 16
        while count < 2 * minimumCapacity { count *= 2 }
        slots = Array(repeating: -1, count: count)
        hashes = []
        storedKeys = []
        storedValues = []
        hashes.reserveCapacity(minimumCapacity)
        storedKeys.reserveCapacity(minimumCapacity)
        storedValues.reserveCapacity(minimumCapacity)
    }

    /// Each entry's key, by entry number.
    @inlinable public var keys: [Key] { storedKeys }

    /// Each entry's value, by entry number.
    @inlinable public var values: [Value] { storedValues }

    /// The number of entries.
    @inlinable public var count: Int { storedKeys.count }

    /// Whether the table has no entry.
    @inlinable public var isEmpty: Bool { storedKeys.isEmpty }

    /// The number of slots (a power of two, at least twice ``count``).
    @inlinable public var capacity: Int { slots.count }

    /// The number of the first entry added whose hash is `hash` and whose key `matches` accepts,
    /// or `nil`. Only keys of the same hash are tested.
    @inlinable @inline(__always)
    public func index(hash: UInt64, where matches: (Key) -> Bool) -> Int? {
        // Read through buffers: the invariants (a slot holds -1 or an entry's number; every entry
        // has a hash and a key) bound every index, and a word table looks up every word of a text.
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                storedKeys.withUnsafeBufferPointer { keys in
                    let mask = slots.count - 1
                    var slot = Self.slot(of: hash, mask: mask)
                    while true {
                        let entry = Int(slots[slot])
                        if entry < 0 { return nil }
                        if hashes[entry] == hash && matches(keys[entry]) { return entry }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The value of the entry ``index(hash:where:)`` finds, or `nil`.
    @inlinable @inline(__always)
    public func value(hash: UInt64, where matches: (Key) -> Bool) -> Value? {
        index(hash: hash, where: matches).map { storedValues[$0] }
    }

    /// Adds an entry for `key` with `value` under `hash`, without looking for an equal key, and
    /// returns its number; the slots double when the entries would fill more than half of them.
    @inlinable @discardableResult
    public mutating func append(_ key: Key, _ value: Value, hash: UInt64) -> Int {
        if 2 * (storedKeys.count + 1) > slots.count { grow() }
        let entry = storedKeys.count
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, mask: mask)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
        hashes.append(hash)
        storedKeys.append(key)
        storedValues.append(value)
        return entry
    }

    /// The slots doubled, every entry placed again by its stored hash.
    @inlinable
    mutating func grow() {
        slots = Array(repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Self.slot(of: hash, mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }

    /// The first slot probed for `hash`: its low bits folded with bits from the middle, so that
    /// hashes differing only above the mask still spread.
    @inlinable @inline(__always)
    static func slot(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }
}

extension OpenAddressTable: Sendable where Key: Sendable, Value: Sendable {}

extension OpenAddressTable where Key: Equatable {
    /// The number of the entry whose key is `key` (hashed as `hash`), or `nil`.
    @inlinable
    public func index(of key: Key, hash: UInt64) -> Int? { index(hash: hash) { $0 == key } }

    /// The value of `key` (hashed as `hash`), or `nil`.
    @inlinable
    public func value(of key: Key, hash: UInt64) -> Value? { index(of: key, hash: hash).map { storedValues[$0] } }

    /// Adds `key` with the value `value()` under `hash` unless an equal key is there; the entry's
    /// number, and whether it was added.
    @inlinable @discardableResult
    public mutating func insert(_ key: Key, hash: UInt64, value: () -> Value) -> (index: Int, inserted: Bool) {
        if let found = index(of: key, hash: hash) { return (found, false) }
        return (append(key, value(), hash: hash), true)
    }
}

/// Bytes `start..<start + count` of a byte store a table keeps beside its ``OpenAddressTable``.
public struct ByteSpan: Hashable, Sendable {
    /// The first byte's offset in the store.
    public var start: Int32
    /// The number of bytes.
    public var count: Int32

    /// The span of `count` bytes from `start`.
    @inlinable
    public init(start: Int, count: Int) {
        self.start = Int32(start)
        self.count = Int32(count)
    }

    /// Whether this span of `store` holds the same bytes as `other[start..<end]` (compared eight
    /// and four at a time).
    @inlinable @inline(__always)
    public func spells(_ other: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, in store: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(count)
        guard length == end - start else { return false }
        guard length > 0, let mine = store.baseAddress, let theirs = other.baseAddress else { return true }
        let (x, y) = (UnsafeRawPointer(mine + Int(self.start)), UnsafeRawPointer(theirs + start))
        var offset = 0
        while offset + 8 <= length {
            guard x.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == y.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        if offset + 4 <= length {
            guard x.loadUnaligned(fromByteOffset: offset, as: UInt32.self) == y.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
            else { return false }
            offset += 4
        }
        while offset < length {
            guard x.load(fromByteOffset: offset, as: UInt8.self) == y.load(fromByteOffset: offset, as: UInt8.self) else { return false }
            offset += 1
        }
        return true
    }
}

extension OpenAddressTable where Key == ByteSpan {
    /// The number of the entry whose span of `store` spells `word[start..<end]` (hashed as `hash`),
    /// or `nil`; `word` may be any buffer, `store` among them.
    @inlinable @inline(__always)
    public func index(
        of word: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64, in store: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        index(hash: hash) { $0.spells(word, start, end, in: store) }
    }
}
