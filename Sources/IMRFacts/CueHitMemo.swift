/// The whole-text hits of the cue sets read of one summary (``CueSet/hits(in:)``), each found the
/// first time a reader asks: several readers ask for the same set's hits (the benefit wording is
/// read for the case and again for every drug request), and asking again costs a look-up.
///
/// The hits are kept for the matcher that found them (the text's cue book); another matcher's
/// sets are not kept.
final class CueHitMemo: @unchecked Sendable {
    private let lock = MemoLock()
    @exclusivity(unchecked) private var matcher: ObjectIdentifier?
    /// Per set: its hits' place in `kept`, or -1 before they are found.
    @exclusivity(unchecked) private var slots: [Int32] = []
    @exclusivity(unchecked) private var kept: [[CueHit]] = []

    /// The hits of set `set` of `phrases` when they were found already, else `nil`.
    func foundHits(ofSet set: Int, of phrases: PhraseMatcher<CueLabelID>) -> [CueHit]? {
        lock.lock()
        defer { lock.unlock() }
        guard matcher == ObjectIdentifier(phrases), set >= 0, set < slots.count, slots[set] >= 0 else { return nil }
        return kept[Int(slots[set])]
    }

    /// The hits of set `set` of `phrases` (a matcher of `phrases.setCount` sets), found by `find`
    /// the first time. `find` runs outside the lock (the lock guards only the memo's arrays); two
    /// threads asking at once would both find the same hits, and the first kept stays.
    func hits(ofSet set: Int, of phrases: PhraseMatcher<CueLabelID>, _ find: () -> [CueHit]) -> [CueHit] {
        let identity = ObjectIdentifier(phrases)
        lock.lock()
        if matcher == nil {
            matcher = identity
            slots = Array(repeating: -1, count: phrases.setCount)
        }
        guard matcher == identity, set >= 0, set < slots.count else {
            lock.unlock()
            return find()
        }
        if slots[set] >= 0 {
            let kept = kept[Int(slots[set])]
            lock.unlock()
            return kept
        }
        lock.unlock()
        let found = find()
        lock.lock()
        defer { lock.unlock() }
        if slots[set] >= 0 { return kept[Int(slots[set])] }
        slots[set] = Int32(kept.count)
        kept.append(found)
        return found
    }
}
