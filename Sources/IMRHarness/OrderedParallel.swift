import Dispatch
import Foundation

/// Runs independent work items on several threads and hands the results back in index order.
///
/// The indices are processed in windows of `window` items: inside a window, `jobs` workers take the
/// next unprocessed index one at a time (so a slow item does not hold up a fixed share of the work);
/// when the window is done its results are passed to `consume` in index order on the calling
/// thread. Memory is bounded by one window of results, and the order of `consume` calls, hence any
/// output written from them, is the same for every `jobs`.
public enum OrderedParallel {
    /// The number of cores the process may use.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `work(i)` for every `i` in `0..<count` on up to `jobs` threads and `consume(i, result)`
    /// for every `i` in increasing order. With `jobs` ≤ 1 everything runs on the calling thread.
    public static func forEach<Result: Sendable>(
        count: Int, jobs: Int, window: Int? = nil, _ work: @Sendable (Int) -> Result, consume: (Int, Result) -> Void
    ) {
        guard count > 0 else { return }
        let jobs = max(1, jobs)
        guard jobs > 1 else {
            for index in 0..<count { consume(index, work(index)) }
            return
        }
        let window = max(jobs, window ?? jobs * 32)
        var start = 0
        while start < count {
            let end = min(count, start + window)
            let first = start
            let slots = Slots<Result>(count: end - first)
            let next = Counter(first)
            DispatchQueue.concurrentPerform(iterations: min(jobs, end - first)) { _ in
                while let index = next.take(below: end) { slots.store(work(index), at: index - first) }
            }
            for index in start..<end { consume(index, slots.take(at: index - start)) }
            start = end
        }
    }
}

/// The next index to process, shared by the workers of a window.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int

    init(_ value: Int) { self.value = value }

    /// The next index, or `nil` once `end` is reached.
    func take(below end: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < end else { return nil }
        value += 1
        return value - 1
    }
}

/// One result slot per index of a window. Each slot is written by exactly one worker and read by the
/// calling thread only after every worker has finished (`concurrentPerform` returns), so no two
/// threads ever touch a slot at the same time.
private final class Slots<Result>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ result: Result, at index: Int) { storage[index] = result }

    /// The result at `index`, leaving the slot empty.
    func take(at index: Int) -> Result {
        guard let result = storage[index].take() else { preconditionFailure("slot \(index) was never filled") }
        return result
    }
}
