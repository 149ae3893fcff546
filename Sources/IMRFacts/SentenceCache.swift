import Foundation

/// What the fact families ask about a summary more than once, computed once per summary: the
/// current medications and the drug scope. Asking again costs a lookup, so reading stays linear
/// in the size of the summary however many mentions a sentence holds.
final class SentenceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var current: [MedicationUse]?
    private var scope: DrugScope?

    /// The current medications, computed by `compute` the first time.
    func currentMedications(_ compute: () -> [MedicationUse]) -> [MedicationUse] {
        lock.lock()
        if let current {
            lock.unlock()
            return current
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        current = value
        lock.unlock()
        return value
    }

    /// The drug scope of the summary, computed by `compute` the first time.
    func drugScope(_ compute: () -> DrugScope) -> DrugScope {
        lock.lock()
        if let scope {
            lock.unlock()
            return scope
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        scope = value
        lock.unlock()
        return value
    }
}
