/// The groups of a ``PhraseMatcher`` that one walk over a text's tokens visits (those of some of its
/// sets), by key as the matcher indexes every group: key `k` starts `start[k]..<start[k + 1]`, each
/// group with its set and its second words' mask (``PhraseMatcher``'s `secondWords`).
struct StartWalk: Sendable {
    let start: [Int32]
    let set: [Int32]
    let secondWords: [UInt64]

    /// The groups of the sets `sets` flags, of a matcher of `keys` keys whose key `k` starts the
    /// groups `groupStart[k]..<groupStart[k + 1]`.
    init(keys: Int, groupStart: [Int32], groupSet: [Int32], secondWords: [UInt64], sets: [Bool]) {
        var (start, set, masks): ([Int32], [Int32], [UInt64]) = ([0], [], [])
        start.reserveCapacity(keys + 1)
        for key in 0..<keys {
            for group in Int(groupStart[key])..<Int(groupStart[key + 1]) where sets[Int(groupSet[group])] {
                set.append(groupSet[group])
                masks.append(secondWords[group])
            }
            start.append(Int32(set.count))
        }
        (self.start, self.set, self.secondWords) = (start, set, masks)
    }
}
