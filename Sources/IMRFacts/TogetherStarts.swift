/// The candidate starts of the cue sets a summary's matcher walks together
/// (``PhraseMatcher/startsTogether(in:)``: the topic words and their `with` sets), found for all of
/// them the first time one is asked: an evaluation asks a summary for several topics' words, or
/// for none, and one walk over its tokens costs about what a pass for one set costs.
final class TogetherStarts: @unchecked Sendable {
    private let lock = MemoLock()
    @exclusivity(unchecked) private var found: (starts: [Int32], offsets: [Int32])?

    /// The starts, found by `find` the first time (outside the lock: two threads asking at once
    /// would both find the same starts, and the first kept stays).
    func starts(_ find: () -> (starts: [Int32], offsets: [Int32])) -> (starts: [Int32], offsets: [Int32]) {
        lock.lock()
        if let found {
            lock.unlock()
            return found
        }
        lock.unlock()
        let read = find()
        lock.lock()
        defer { lock.unlock() }
        if let found { return found }
        found = read
        return read
    }
}
