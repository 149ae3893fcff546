extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isAfter` holds, in a collection already ordered so that
    /// every element for which it fails comes before every element for which it holds (a binary
    /// search); `endIndex` when it holds for none.
    @inline(__always)
    func partitioningIndex(where isAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var high = endIndex
        while low < high {
            let mid = (low + high) / 2
            if isAfter(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

/// The runs of consecutive elements of a collection that share a key (a sentence), in order: each
/// run's key and the range of its elements. For a list in sentence order (mentions, pain scores, cue
/// hits), one run a sentence, found in one pass without an array of its own.
struct KeyRuns<Base: RandomAccessCollection>: Sequence where Base.Index == Int {
    let base: Base
    let key: (Base.Element) -> Int

    struct Iterator: IteratorProtocol {
        let base: Base
        let key: (Base.Element) -> Int
        var start: Int

        mutating func next() -> (key: Int, range: Range<Int>)? {
            guard start < base.endIndex else { return nil }
            let value = key(base[start])
            var end = start + 1
            while end < base.endIndex, key(base[end]) == value { end += 1 }
            defer { start = end }
            return (value, start..<end)
        }
    }

    func makeIterator() -> Iterator { Iterator(base: base, key: key, start: base.startIndex) }
}

extension RandomAccessCollection where Index == Int {
    /// The runs of consecutive elements with the same `key` (``KeyRuns``): `mentions.runs(by:
    /// \.sentence)` gives each sentence's mentions as one range.
    func runs(by key: @escaping (Element) -> Int) -> KeyRuns<Self> { KeyRuns(base: self, key: key) }
}
