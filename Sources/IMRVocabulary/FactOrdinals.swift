import Foundation
import IMRCore

/// The ordinal of every fact name: each ``FactName``'s position in `allCases` first, then each other
/// name a fact is made with (a fact the cue data declares), numbered the first time and kept for the
/// process. A ``FactSet`` keeps and finds every fact by its ordinal, and the evaluator maps ordinals
/// to rule slots, so that neither hashes nor compares a fact's name.
///
/// The names of ``FactName`` never change: they are found in a table built once, by the FNV-1a hash
/// of their bytes, without the lock. Only a name the cue data declares takes the lock.
final class FactOrdinals: @unchecked Sendable {
    static let shared = FactOrdinals()

    /// Each ``FactName``'s name with its ordinal.
    private let known: OpenAddressTable<String, Int>
    private let lock = NSLock()
    /// The names after ``FactName``'s, with their ordinals.
    private var declared: [String: Int] = [:]

    private init() {
        var known = OpenAddressTable<String, Int>(minimumCapacity: FactName.count)
        for name in FactName.allCases { _ = known.insert(name.name, hash: Self.hash(name.name)) { name.ordinal } }
        self.known = known
    }

    /// FNV-1a of the name's bytes.
    private static func hash(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { FNV1a.hash($0, 0, $0.count) }
    }

    /// The ordinal of a ``FactName``'s name, or `nil`.
    @inline(__always) private func knownName(_ name: String) -> Int? {
        known.value(hash: Self.hash(name)) { $0 == name }
    }

    /// The ordinal of `name`, numbered after the names seen so far when it is new.
    func ordinal(of name: String) -> Int {
        if let ordinal = knownName(name) { return ordinal }
        lock.lock()
        defer { lock.unlock() }
        if let ordinal = declared[name] { return ordinal }
        let ordinal = FactName.count + declared.count
        declared[name] = ordinal
        return ordinal
    }

    /// The ordinal of `name`, or `nil` when no fact of that name was made (a look-up gives none).
    func knownOrdinal(of name: String) -> Int? {
        if let ordinal = knownName(name) { return ordinal }
        lock.lock()
        defer { lock.unlock() }
        return declared[name]
    }
}
