import IMRVocabulary

/// A reference to one lexicon term.
struct TermRef: Hashable, Sendable {
    var vocabulary: String
    var id: String
}

/// A lexicon term found in a text: where, and whether its clause negates or hedges it.
struct Mention: Sendable {
    var term: TermRef
    var sentence: Int
    var first: Int
    var last: Int
    var negated: Bool
    var hedged: Bool
}

/// The lexicon prepared for matching: one phrase matcher over every vocabulary, the ancestors
/// of every term, and the cue data. Built once per extractor.
struct LexiconIndex: Sendable {
    let lexicon: Lexicon
    let matcher: PhraseMatcher<[TermRef]>
    let cues: CueBook

    /// The index of `lexicon`, matching the phrases of the vocabularies `matching` admits (all by default).
    init(_ lexicon: Lexicon, matching: (String) -> Bool = { _ in true }) {
        self.lexicon = lexicon
        cues = CueBook(lexicon.cues)
        var byPhrase: [String: [TermRef]] = [:]
        for (vocabulary, terms) in lexicon.entries where matching(vocabulary) {
            for (id, entry) in terms {
                for name in entry.names { byPhrase[name, default: []].append(TermRef(vocabulary: vocabulary, id: id)) }
            }
        }
        matcher = PhraseMatcher(byPhrase.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted { $0.vocabulary < $1.vocabulary }) })
    }

    /// Every term mentioned in `text`, sentence by sentence, with negation and hedging.
    func mentions(in text: CaseText) -> [Mention] {
        let negation = cues.negation
        var found: [Mention] = []
        for index in text.sentences.indices {
            for match in matcher.matches(in: text.tokens(of: index)) {
                let negated = negation.isNegated(match.first, match.last, in: text, sentence: index)
                let hedged = negation.isHedged(match.first, in: text, sentence: index)
                for term in match.payload {
                    found.append(
                        Mention(term: term, sentence: index, first: match.first, last: match.last, negated: negated, hedged: hedged))
                }
            }
        }
        return found
    }

    /// `id` and every ancestor of it within `vocabulary` (following `parents` that are in `vocabulary`).
    func ancestors(of id: String, in vocabulary: String) -> Set<String> {
        lexicon.hierarchy.ancestors(of: id, in: vocabulary)
    }

    /// The ingredients of drug `id` (itself when it names none).
    func ingredients(of drug: String) -> [String] {
        guard lexicon.contains(drug, in: "drug") else { return [] }
        let named = lexicon.hierarchy.parents(of: drug, in: "drug", among: "ingredient").filter { $0 != drug }
        if named.isEmpty { return lexicon.contains(drug, in: "ingredient") ? [drug] : [] }
        return named
    }

    /// Every class of drug `id` and of its ingredients, with their ancestors.
    func classes(ofDrug id: String) -> Set<String> {
        var direct = lexicon.hierarchy.parents(of: id, in: "drug", among: "drug_class")
        for ingredient in ingredients(of: id) { direct += lexicon.hierarchy.parents(of: ingredient, in: "ingredient", among: "drug_class") }
        return direct.reduce(into: Set<String>()) { $0.formUnion(ancestors(of: $1, in: "drug_class")) }
    }

    /// The classes of ingredient `id`, with their ancestors.
    func classes(ofIngredient id: String) -> Set<String> {
        lexicon.hierarchy.parents(of: id, in: "ingredient", among: "drug_class")
            .reduce(into: Set<String>()) { $0.formUnion(ancestors(of: $1, in: "drug_class")) }
    }

    /// The category of procedure `id` (following broader procedures when it names none).
    func category(ofProcedure id: String) -> String? {
        lexicon.hierarchy.nearest("category", above: id, in: "procedure")
    }
}
