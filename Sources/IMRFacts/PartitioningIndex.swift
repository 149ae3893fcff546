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
