import Foundation

/// The ordinal of every fact name: each ``FactName``'s position in `allCases` first, then each other
/// name a fact is made with (a fact the cue data declares), numbered the first time and kept for the
/// process. A ``FactSet`` keeps and finds every fact by its ordinal, and the evaluator maps ordinals
/// to rule slots, so that neither hashes nor compares a fact's name.
final class FactOrdinals: @unchecked Sendable {
    static let shared = FactOrdinals()

    private let lock = NSLock()
    private var ordinals: [String: Int]

    private init() {
        ordinals = Dictionary(uniqueKeysWithValues: FactName.allCases.map { ($0.name, $0.ordinal) })
    }

    /// The ordinal of `name`, numbered after the names seen so far when it is new.
    func ordinal(of name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let ordinal = ordinals[name] { return ordinal }
        let ordinal = ordinals.count
        ordinals[name] = ordinal
        return ordinal
    }

    /// The ordinal of `name`, or `nil` when no fact of that name was made (a look-up gives none).
    func knownOrdinal(of name: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return ordinals[name]
    }
}
