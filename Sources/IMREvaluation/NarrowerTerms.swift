import IMRFacts
import IMRVocabulary

/// For each lexicon term, the narrower terms that count as it in a membership test: `procedure in
/// [mri]` holds for `positional_mri` (`is mri`), `body_regions any [upper_extremity]` for `hand`.
struct NarrowerTerms: Sendable {
    /// vocabulary → term → every term below it (itself excluded).
    private var narrower: [String: [String: Set<String>]] = [:]

    init(_ lexicon: Lexicon) {
        for (vocabulary, entries) in lexicon.entries {
            for id in entries.keys {
                var seen: Set<String> = [id]
                var stack = entries[id]?.parents ?? []
                while let parent = stack.popLast() {
                    guard entries[parent] != nil, seen.insert(parent).inserted else { continue }
                    narrower[vocabulary, default: [:]][parent, default: []].insert(id)
                    stack += entries[parent]?.parents ?? []
                }
            }
        }
    }

    /// `terms` with every narrower term of `vocabulary` added.
    func widened(_ terms: Set<String>, in vocabulary: String) -> Set<String> {
        guard let table = narrower[vocabulary] else { return terms }
        return terms.reduce(into: terms) { result, term in result.formUnion(table[term] ?? []) }
    }
}
