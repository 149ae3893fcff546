import IMRVocabulary

/// Values kept for the cases of a ``DataName`` type (a cue set's words, a term group's members),
/// read by the case's stored index instead of hashing its data name. An enum without payloads
/// stores its case as its position in `allCases` (one byte up to 256 cases); the table checks that
/// once and reads by name when it does not hold.
struct ByOrdinal<Name: DataName, Value: Sendable>: Sendable {
    /// The value of each case, in `allCases` order (empty when read by name).
    private let values: [Value]
    private let byName: [String: Value]
    private let empty: Value

    /// The values of `byName` (by data name), `empty` for a case it lacks.
    init(_ byName: [String: Value], empty: Value) {
        let ordered = Name.allCases.enumerated().allSatisfy { Self.ordinal($0.element) == $0.offset }
        values = ordered ? Name.allCases.map { byName[$0.name] ?? empty } : []
        self.byName = ordered ? [:] : byName
        self.empty = empty
    }

    /// The value of `name`.
    @inline(__always) subscript(name: Name) -> Value {
        values.isEmpty ? byName[name.name] ?? empty : values[Self.ordinal(name)]
    }

    /// Whether values are read by the case's stored index (else by its name, hashed).
    var readsByIndex: Bool { !values.isEmpty }

    /// The stored index of `name` (-1 for a layout other than a one- or two-byte tag). `CueName`
    /// has more than 256 cases: a two-byte tag, which read as -1 sent every look-up to the names.
    @inline(__always) private static func ordinal(_ name: Name) -> Int {
        switch MemoryLayout<Name>.size {
        case 1: withUnsafeBytes(of: name) { Int($0[0]) }
        case 2: withUnsafeBytes(of: name) { Int($0.loadUnaligned(as: UInt16.self)) }
        default: -1
        }
    }
}

/// The position of `name` in `allCases`: its stored one-byte tag when it has one (an enum without
/// payloads stores its position), else as ``DataNames/ordinal(of:)`` finds it. Read here, the tag
/// costs a load; `DataNames` (another module) answers through an unspecialized generic call.
@inline(__always) func caseOrdinal<Name: DataName>(_ name: Name) -> Int {
    MemoryLayout<Name>.size == 1 ? withUnsafeBytes(of: name) { Int($0[0]) } : Name.names.ordinal(of: name)
}
