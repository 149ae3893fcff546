/// A name Swift asks the data under `Rules/lexicon/` for: a cue set, a term group, a vocabulary, a
/// term or a fact. Swift writes it as an enum case (`negationBefore`), the data in snake case
/// (`negation_before`), so the Swift side holds no string of its own, and `imr lint` reports a
/// name Swift asks for that the data lacks.
public protocol DataName: CaseIterable, Hashable, Sendable {
    /// Every case with its data name; ``snakeCaseNames()`` builds it.
    static var names: [Self: String] { get }
}

extension DataName {
    /// The name as the data writes it.
    public var name: String { Self.names[self] ?? "" }

    /// The case the data calls `name`, if any.
    public init?(name: String) {
        guard let found = Self.names.first(where: { $0.value == name })?.key else { return nil }
        self = found
    }

    /// Each case with its Swift name in snake case: `negationBefore` → `negation_before`.
    public static func snakeCaseNames() -> [Self: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0, snakeCase(String(describing: $0))) })
    }
}

/// A keyword of a data file format, written as the case's name (`enum EntryLine { case also }`
/// reads `also`), so that the parser and its messages share one list.
protocol DataKeyword: CaseIterable {}

extension DataKeyword {
    /// The keyword as the data writes it.
    var keyword: String { String(describing: self) }

    /// The case whose keyword is `word`, if any.
    init?(keyword word: some StringProtocol) {
        guard let found = Self.allCases.first(where: { $0.keyword == word }) else { return nil }
        self = found
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
