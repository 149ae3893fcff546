import IMRCore

/// One term of the vocabulary under `Rules/lexicon/`: a drug, ingredient, drug class, diagnosis
/// concept, procedure, body region or category, with the phrases that name it in letters.
public struct LexiconEntry: Hashable, Sendable {
    /// The vocabulary (lexicon kind) the term belongs to: `drug`, `ingredient`, `drug_class`,
    /// `diagnosis`, `procedure`, `body_region`, `category`.
    public var vocabulary: String
    /// The term id rules use, e.g. `baclofen`, `muscle_relaxant`.
    public var id: String
    /// Lower-case phrases that name the term in text (brand, generic, misspellings).
    public var names: [String]
    /// Parent terms: a drug's ingredients and classes, a class's parent classes, a procedure's category.
    public var parents: [String]
    /// Where the entry is defined.
    public var location: SourceLocation

    public init(vocabulary: String, id: String, names: [String], parents: [String], location: SourceLocation) {
        self.vocabulary = vocabulary
        self.id = id
        self.names = names
        self.parents = parents
        self.location = location
    }
}

/// The vocabulary the fact extractor recognises and the rule checker validates terms against.
public struct Lexicon: Sendable {
    /// vocabulary → term id → entry.
    public let entries: [String: [String: LexiconEntry]]
    /// The cue data of the `.cues` files: the wording that signals findings, times, negation.
    public var cues: CueLibrary
    /// The fact schema of the `.schema` files: every fact rules may name, the ones read from cue
    /// `fact` entries included.
    public var schema: FactCatalog
    /// The broader/narrower relation of the terms.
    public let hierarchy: TermHierarchy

    public init(entries: [LexiconEntry] = [], cues: CueLibrary = CueLibrary(), schema: FactCatalog = FactCatalog()) {
        var table: [String: [String: LexiconEntry]] = [:]
        for entry in entries { table[entry.vocabulary, default: [:]][entry.id] = entry }
        self.entries = table
        self.cues = cues
        self.schema = schema
        hierarchy = TermHierarchy(table)
    }

    /// The numbering of the term ids (``TermID``).
    public var ids: TermIDs { hierarchy.ids }

    /// The vocabularies a `.lexicon` file may define terms of.
    public static var vocabularies: Set<String> { Set(LexiconParser.keywords.values) }

    /// Whether `term` is defined in `vocabulary`.
    public func contains(_ term: String, in vocabulary: String) -> Bool {
        entries[vocabulary]?[term] != nil
    }

    /// The term ids of `vocabulary`, sorted.
    public func terms(in vocabulary: String) -> [String] {
        (entries[vocabulary]?.keys).map { $0.sorted() } ?? []
    }

    /// The entry for `term` in `vocabulary`.
    public func entry(_ term: String, in vocabulary: String) -> LexiconEntry? {
        entries[vocabulary]?[term]
    }
}
