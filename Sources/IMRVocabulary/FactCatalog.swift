import IMRCore

/// The kind of value a fact holds, which decides the comparisons a rule may make on it.
public enum FactKind: Hashable, Sendable {
    case bool
    case number
    /// A duration; rules compare it with `3 weeks`, `6 months`…
    case days
    /// One term of a vocabulary (a lexicon kind such as `drug`, or a fixed list in ``FactCatalog``).
    case term(vocabulary: String)
    /// A set of terms of a vocabulary.
    case terms(vocabulary: String)
}

/// Whether a fact describes the request (usable in a rule's `applies` part) or the case.
public enum FactScope: String, Hashable, Sendable, CaseIterable {
    case request, `case`
}

/// The definition of a fact a rule may name.
public struct FactDefinition: Hashable, Sendable {
    public var name: String
    public var kind: FactKind
    public var scope: FactScope
    /// One line for `docs/` and `imr facts`.
    public var summary: String
    /// Where the fact is defined (a line of `Rules/lexicon/facts.schema`).
    public var location: SourceLocation?

    public init(_ name: String, _ kind: FactKind, _ scope: FactScope, _ summary: String, location: SourceLocation? = nil) {
        self.name = name
        self.kind = kind
        self.scope = scope
        self.summary = summary
        self.location = location
    }
}

/// Every fact the extractor can produce and the rules can name: the fact schema of
/// `Rules/lexicon/facts.schema` (``FactCatalog/parse(sources:)``). A boolean fact read from cue
/// phrases is defined here too; its `fact` entry in the cue data gives only its phrases.
public struct FactCatalog: Sendable {
    public var definitions: [String: FactDefinition]
    /// Vocabularies that are fixed lists rather than lexicon kinds (`values` lines).
    public var enumerations: [String: [String]]

    public init(definitions: [FactDefinition] = [], enumerations: [String: [String]] = [:]) {
        self.definitions = Dictionary(uniqueKeysWithValues: definitions.map { ($0.name, $0) })
        self.enumerations = enumerations
    }

    public subscript(name: String) -> FactDefinition? { definitions[name] }

    /// The definitions in the order of their files (by file, line).
    public var ordered: [FactDefinition] {
        definitions.values.sorted {
            ($0.location?.file ?? "", $0.location?.line ?? 0, $0.name) < ($1.location?.file ?? "", $1.location?.line ?? 0, $1.name)
        }
    }
}
