/// The broader/narrower relation of the lexicon's terms: a term's `parents` (`is` lines, a drug's
/// ingredients and classes, a procedure's category or kind), followed transitively. The one place
/// that walks it; built once with its ``Lexicon``.
///
/// Within a vocabulary, only parents of that vocabulary count (`drug_class` ancestors of a class,
/// `procedure` ancestors of a procedure). Across vocabularies, the parents of every term with an id
/// count for that id (a drug and the ingredient of the same id share theirs).
///
/// A class (never changed once built), so that the readers asking the lexicon for it share it
/// instead of copying its tables.
public final class TermHierarchy: Sendable {
    private let entries: [String: [String: LexiconEntry]]
    /// vocabulary → term → every term above it in the vocabulary (itself excluded unless in a cycle).
    private let broader: [String: [String: Set<String>]]
    /// vocabulary → term → every term below it in the vocabulary.
    private let narrower: [String: [String: Set<String>]]
    /// term id → every term above it in any vocabulary.
    private let broaderAnywhere: [String: Set<String>]
    /// The numbering of every term id.
    public let ids: TermIDs
    /// Per vocabulary (in `Vocabulary.allCases` order), by term id: the term and every term above
    /// it in the vocabulary (empty for an id that is no term of it).
    private let ancestorIDs: [[TermSet]]
    /// Per vocabulary, by term id: its direct parents, as written (empty for no term of it).
    private let parentIDs: [[[TermID]]]

    init(_ entries: [String: [String: LexiconEntry]]) {
        self.entries = entries
        let ids = TermIDs(entries.values.flatMap(\.keys))
        self.ids = ids
        var parentsAnywhere: [String: Set<String>] = [:]
        var broader: [String: [String: Set<String>]] = [:]
        var narrower: [String: [String: Set<String>]] = [:]
        var broaderAnywhere: [String: Set<String>] = [:]
        for (vocabulary, terms) in entries {
            let within = { (id: String) in (terms[id]?.parents ?? []).filter { terms[$0] != nil } }
            for (id, entry) in terms {
                parentsAnywhere[id, default: []].formUnion(entry.parents)
                let above = Self.closure(from: within(id), parents: within)
                broader[vocabulary, default: [:]][id] = above
                for term in above where term != id { narrower[vocabulary, default: [:]][term, default: []].insert(id) }
            }
        }
        for id in parentsAnywhere.keys {
            broaderAnywhere[id] = Self.closure(from: Array(parentsAnywhere[id] ?? [])) { Array(parentsAnywhere[$0] ?? []) }
        }
        self.broader = broader
        self.narrower = narrower
        self.broaderAnywhere = broaderAnywhere
        var ancestorIDs: [[TermSet]] = []
        var parentIDs: [[[TermID]]] = []
        // Each vocabulary's rows start empty and only its own terms are filled in (a look-up per
        // term of the vocabulary, not per term id of the lexicon).
        for vocabulary in Vocabulary.allCases {
            let above = broader[vocabulary.name] ?? [:]
            var ancestors = [TermSet](repeating: TermSet(), count: ids.count)
            var parents = [[TermID]](repeating: [], count: ids.count)
            for (name, entry) in entries[vocabulary.name] ?? [:] {
                guard let id = ids.id(name) else { continue }
                ancestors[Int(id.rawValue)] = ids.ids((above[name] ?? []).union([name]))
                parents[Int(id.rawValue)] = entry.parents.compactMap { ids.id($0) }
            }
            ancestorIDs.append(ancestors)
            parentIDs.append(parents)
        }
        self.ancestorIDs = ancestorIDs
        self.parentIDs = parentIDs
    }

    /// `id` and every term above it in `vocabulary`; empty when `id` is not a term of `vocabulary`
    /// (``ancestors(of:in:)-(String,_)`` by number: a table look-up).
    public func ancestors(of id: TermID, in vocabulary: Vocabulary) -> TermSet {
        id == .missing ? [] : ancestorIDs[Vocabulary.names.ordinal(of: vocabulary)][Int(id.rawValue)]
    }

    /// The direct parents of term `id` of `vocabulary` that are terms of `parentVocabulary`, in
    /// their listed order (``parents(of:in:among:)-(String,_,_)`` by number).
    public func parents(of id: TermID, in vocabulary: Vocabulary, among parentVocabulary: Vocabulary) -> [TermID] {
        guard id != .missing else { return [] }
        let among = ancestorIDs[Vocabulary.names.ordinal(of: parentVocabulary)]
        return parentIDs[Vocabulary.names.ordinal(of: vocabulary)][Int(id.rawValue)].filter { !among[Int($0.rawValue)].isEmpty }
    }

    /// Every term reached from `start` by following `parents`, `start` included.
    private static func closure(from start: [String], parents: (String) -> [String]) -> Set<String> {
        var seen: Set<String> = []
        var stack = start
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            stack += parents(next)
        }
        return seen
    }

    /// `id` and every term above it in `vocabulary`; empty when `id` is not a term of `vocabulary`.
    public func ancestors(of id: String, in vocabulary: String) -> Set<String> {
        guard let above = broader[vocabulary]?[id] else { return [] }
        return above.union([id])
    }

    /// Every term above `id` in any vocabulary (`baclofen` → `muscle_relaxant`, …).
    public func ancestorsInAnyVocabulary(of id: String) -> Set<String> { broaderAnywhere[id] ?? [] }

    /// `terms` with every term below them in `vocabulary` added (`mri` → `positional_mri`, …).
    public func widened(_ terms: Set<String>, in vocabulary: String) -> Set<String> {
        guard let table = narrower[vocabulary] else { return terms }
        return terms.reduce(into: terms) { result, term in result.formUnion(table[term] ?? []) }
    }

    /// The direct parents of term `id` of `vocabulary` that are terms of `parentVocabulary`, in
    /// their listed order (`norco` in `drug` among `ingredient`: hydrocodone, acetaminophen).
    public func parents(of id: String, in vocabulary: String, among parentVocabulary: String) -> [String] {
        let found = entries[parentVocabulary]
        return (entries[vocabulary]?[id]?.parents ?? []).filter { found?[$0] != nil }
    }

    /// The first parent of `parentVocabulary` met walking up from `id` through the terms of
    /// `vocabulary` (its own parents first, then its broader terms'): a procedure's category.
    public func nearest(_ parentVocabulary: String, above id: String, in vocabulary: String) -> String? {
        var stack = [id]
        var seen: Set<String> = []
        while let current = stack.popLast() {
            guard seen.insert(current).inserted, let entry = entries[vocabulary]?[current] else { continue }
            if let found = entry.parents.first(where: { entries[parentVocabulary]?[$0] != nil }) { return found }
            stack += entry.parents
        }
        return nil
    }

    /// The top of `id`'s line in `vocabulary`, following each term's first parent there
    /// (`preoperative_test` → `test`).
    public func top(of id: String, in vocabulary: String) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let parent = parents(of: current, in: vocabulary, among: vocabulary).first, seen.insert(parent).inserted {
            current = parent
        }
        return current
    }
}
