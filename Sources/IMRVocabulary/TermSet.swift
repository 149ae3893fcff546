/// A set of term ids (``TermID``) kept as a sorted array: the small sets readers build (a term's
/// ancestors, the requested regions, a group's members) compared by merging, without hashing.
/// Iterates in id order, which is the order of the names.
public struct TermSet: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The ids, sorted, each once.
    public private(set) var ids: [TermID]

    /// The empty set.
    public init() { ids = [] }

    /// The set of `ids` (in any order, duplicates allowed). Inlinable, so that the readers' calls
    /// (an array of ids, made per request) sort specialized code, not the generic `sorted()`.
    @inlinable public init(_ ids: some Sequence<TermID>) {
        var sorted = ids.sorted()
        var kept = 0
        for id in sorted where kept == 0 || sorted[kept - 1] != id {
            sorted[kept] = id
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        self.init(sortedUnique: sorted)
    }

    /// The set of `ids`, sorted and each once already.
    @usableFromInline init(sortedUnique ids: [TermID]) { self.ids = ids }

    public init(arrayLiteral ids: TermID...) { self.init(ids) }

    public func makeIterator() -> IndexingIterator<[TermID]> { ids.makeIterator() }

    @inlinable public var isEmpty: Bool { ids.isEmpty }
    @inlinable public var count: Int { ids.count }
    public var underestimatedCount: Int { ids.count }

    /// Whether the set holds `id`.
    @inlinable public func contains(_ id: TermID) -> Bool {
        var (low, high) = (0, ids.count)
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id
    }

    /// Whether the two sets share no id.
    @inlinable public func isDisjoint(with other: TermSet) -> Bool {
        var (i, j) = (0, 0)
        while i < ids.count && j < other.ids.count {
            if ids[i] == other.ids[j] { return false }
            if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    /// The ids of either set.
    public func union(_ other: TermSet) -> TermSet {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var merged: [TermID] = []
        merged.reserveCapacity(ids.count + other.ids.count)
        var (i, j) = (0, 0)
        while i < ids.count || j < other.ids.count {
            if j == other.ids.count || i < ids.count && ids[i] < other.ids[j] {
                merged.append(ids[i])
                i += 1
            } else {
                if i < ids.count && ids[i] == other.ids[j] { i += 1 }
                merged.append(other.ids[j])
                j += 1
            }
        }
        var result = TermSet()
        result.ids = merged
        return result
    }

    /// Adds the ids of `other`.
    public mutating func formUnion(_ other: TermSet) { self = union(other) }

    /// Adds `id`; whether it was not there.
    @discardableResult public mutating func insert(_ id: TermID) -> Bool {
        var (low, high) = (0, ids.count)
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        guard low == ids.count || ids[low] != id else { return false }
        ids.insert(id, at: low)
        return true
    }
}
