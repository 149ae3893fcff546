/// A name Swift asks the data under `Rules/lexicon/` for: a cue set, a term group, a vocabulary, a
/// term or a fact. Swift writes it as an enum case (`negationBefore`), the data in snake case
/// (`negation_before`), so the Swift side holds no string of its own, and `imr lint` reports a
/// name Swift asks for that the data lacks.
public protocol DataName: CaseIterable, Hashable, Sendable {
    /// Every case with its data name; ``snakeCaseNames()`` builds it.
    static var names: DataNames<Self> { get }
}

extension DataName {
    /// The name as the data writes it.
    public var name: String { Self.names[self] }

    /// The case the data calls `name`, if any.
    public init?(name: String) {
        guard let found = Self.names.named(name) else { return nil }
        self = found
    }

    /// Each case with its Swift name in snake case: `negationBefore` → `negation_before`.
    public static func snakeCaseNames() -> DataNames<Self> {
        DataNames(allCases.map { ($0, snakeCase(String(describing: $0))) })
    }
}

/// The data names of the cases of a ``DataName`` type, found without hashing: names are asked
/// for on every comparison of a fact, term or vocabulary name, so the case is read as its index.
/// An enum without payloads stores its case as its position in `allCases` (Swift's type layout:
/// one byte up to 256 cases, two up to 65,536); the table checks that once for every case and
/// falls back to a dictionary when it does not hold.
public struct DataNames<Name: DataName>: Sendable {
    /// The names in `allCases` order, when each case's stored index is its position.
    private let ordered: [String]
    private let byCase: [Name: String]
    /// Each data name's case (the first case of a name, in `allCases` order).
    private let byName: [String: Name]

    init(_ pairs: [(Name, String)]) {
        byCase = Dictionary(pairs) { first, _ in first }
        byName = Dictionary(pairs.map { ($1, $0) }) { first, _ in first }
        let ordered = pairs.enumerated().allSatisfy { Self.index(of: $0.element.0) == $0.offset }
        self.ordered = ordered ? pairs.map(\.1) : []
    }

    /// The index the case is stored as, or `nil` for a layout other than a one- or two-byte tag.
    @inline(__always) private static func index(of name: Name) -> Int? {
        switch MemoryLayout<Name>.size {
        case 1: withUnsafeBytes(of: name) { Int($0.load(as: UInt8.self)) }
        case 2: withUnsafeBytes(of: name) { Int($0.loadUnaligned(as: UInt16.self)) }
        default: nil
        }
    }

    /// The data name of `name`.
    public subscript(name: Name) -> String {
        if !ordered.isEmpty, let index = Self.index(of: name), index < ordered.count { return ordered[index] }
        return byCase[name] ?? ""
    }

    /// The position of `name` in `allCases` (an index for tables kept per case).
    public func ordinal(of name: Name) -> Int {
        if !ordered.isEmpty, let index = Self.index(of: name) { return index }
        return Array(Name.allCases).firstIndex(of: name) ?? -1
    }

    /// The case whose data name is `text`.
    func named(_ text: String) -> Name? { byName[text] }

    /// Whether names are read by the case's stored index (else through the dictionary).
    public var readsByIndex: Bool { !ordered.isEmpty }
}

/// A keyword of a data file format, written as the case's name (`enum EntryLine: String { case also }`
/// reads `also`: a `String` raw value defaults to the case's name), so that the parser and its
/// messages share one list. The raw value is read, not the case's description (`String(describing:)`
/// reflects on the value at every call).
protocol DataKeyword: CaseIterable, RawRepresentable where RawValue == String {}

extension DataKeyword {
    /// The keyword as the data writes it.
    var keyword: String { rawValue }

    /// The case whose keyword is `word`, if any.
    init?(keyword word: some StringProtocol) {
        self.init(rawValue: String(word))
    }
}

/// Whether `text` is written as the data writes names and term ids: lower-case ASCII letters,
/// digits and `_`.
func isDataName(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
}

/// `camelCase` → `camel_case`.
func snakeCase(_ name: String) -> String {
    var out: [UInt8] = []
    for byte in name.utf8 {
        if byte >= 65 && byte <= 90 {
            out += [95, byte + 32]
        } else {
            out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}
