import IMRVocabulary

/// A reference to one lexicon term.
struct TermRef: Hashable, Sendable {
    var vocabulary: String
    var id: String
    /// The vocabulary as Swift names it (`nil` for one it does not name): compared without
    /// comparing strings (`mention.term.kind == .drug`).
    var kind: Vocabulary?

    init(vocabulary: String, id: String) {
        self.vocabulary = vocabulary
        self.id = id
        kind = Vocabulary(name: vocabulary)
    }
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
/// of every term, and the cue data. Built once per extractor (a class, so that the readers that
/// hold it share it instead of copying its tables).
///
/// The drug and procedure questions of the hierarchy (drug classes, ingredients, procedure
/// categories) are asked of ``TermHierarchy`` once per term when the index is built, then looked up.
final class LexiconIndex: Sendable {
    let lexicon: Lexicon
    let matcher: PhraseMatcher<[TermRef]>
    let cues: CueBook
    private let drugIngredients: [String: [String]]
    private let drugClasses: [String: Set<String>]
    private let ingredientClasses: [String: Set<String>]
    private let procedureCategories: [String: String]
    /// One-word names of body regions → region ("cervical" → `cervical_spine`; the smallest id when
    /// several regions share a name).
    let regionWords: [String: String]
    /// Per vocabulary: each term → itself and every term above it there (``TermHierarchy/ancestors(of:in:)``).
    private let ancestorTables: ByOrdinal<Vocabulary, [String: Set<String>]>

    /// The index of `lexicon`, matching the phrases of the vocabularies `matching` admits (all by
    /// default), with the cue book `cues` (built from `lexicon` when not given: indexes of one
    /// lexicon share a book, so that they read the same word ids).
    /// With `sharing`, an index of the same lexicon, the ancestors it computed are shared.
    init(_ lexicon: Lexicon, matching: (String) -> Bool = { _ in true }, cues: CueBook? = nil, sharing: LexiconIndex? = nil) {
        self.lexicon = lexicon
        let cues = cues ?? CueBook(lexicon)
        self.cues = cues
        var byPhrase: [String: [TermRef]] = [:]
        for (vocabulary, terms) in lexicon.entries where matching(vocabulary) {
            for (id, entry) in terms {
                for name in entry.names { byPhrase[name, default: []].append(TermRef(vocabulary: vocabulary, id: id)) }
            }
        }
        matcher = PhraseMatcher(
            byPhrase.sorted { $0.key < $1.key }.flatMap { name, terms in
                let folded = terms.allSatisfy { cues.folds($0.vocabulary) }
                return cues.shortForms.variants(of: name).map { ($0, terms.sorted { $0.vocabulary < $1.vocabulary }, folded) }
            }, words: cues.wordTable)
        let hierarchy = lexicon.hierarchy
        func classes(of ids: [String]) -> Set<String> {
            ids.reduce(into: Set<String>()) { $0.formUnion(hierarchy.ancestors(of: $1, in: .drugClass)) }
        }
        var drugIngredients: [String: [String]] = [:]
        var drugClasses: [String: Set<String>] = [:]
        var ingredientClasses: [String: Set<String>] = [:]
        for id in (lexicon.entries(of: .ingredient)).keys {
            ingredientClasses[id] = classes(of: hierarchy.parents(of: id, in: .ingredient, among: .drugClass))
        }
        for id in (lexicon.entries(of: .drug)).keys {
            let named = hierarchy.parents(of: id, in: .drug, among: .ingredient).filter { $0 != id }
            let ingredients = named.isEmpty ? (lexicon.contains(id, in: .ingredient) ? [id] : []) : named
            drugIngredients[id] = ingredients
            var direct = hierarchy.parents(of: id, in: .drug, among: .drugClass)
            for ingredient in ingredients { direct += hierarchy.parents(of: ingredient, in: .ingredient, among: .drugClass) }
            drugClasses[id] = classes(of: direct)
        }
        self.drugIngredients = drugIngredients
        self.drugClasses = drugClasses
        self.ingredientClasses = ingredientClasses
        var procedureCategories: [String: String] = [:]
        for id in (lexicon.entries(of: .procedure)).keys {
            procedureCategories[id] = hierarchy.nearest(.category, above: id, in: .procedure)
        }
        self.procedureCategories = procedureCategories
        var regionWords: [String: String] = [:]
        for (id, entry) in lexicon.entries(of: .bodyRegion) {
            for name in entry.names where !name.utf8.contains(32) { regionWords[name] = regionWords[name].map { min($0, id) } ?? id }
        }
        self.regionWords = regionWords
        if let sharing {
            ancestorTables = sharing.ancestorTables
        } else {
            var ancestorTables: [String: [String: Set<String>]] = [:]
            for vocabulary in Vocabulary.allCases {
                ancestorTables[vocabulary.name] = lexicon.entries(of: vocabulary).keys.reduce(into: [:]) {
                    $0[$1] = hierarchy.ancestors(of: $1, in: vocabulary)
                }
            }
            self.ancestorTables = ByOrdinal(ancestorTables, empty: [:])
        }
    }

    /// Every term mentioned in `text`, sentence by sentence, with negation and hedging, and the
    /// terms of coordinated phrases ("cubital and carpal tunnel releases": both releases).
    /// With `keep`, only the mentions of the terms it keeps (negation is read only for those).
    func mentions(in text: CaseText, keeping keep: ((TermRef) -> Bool)? = nil) -> [Mention] {
        let negation = cues.negation
        var found: [Mention] = []
        for index in text.sentences.indices {
            let range = text.sentences[index].tokens
            let matches = matcher.matches(in: text, range)
            for match in matcher.coordinated(matches, in: text, range, coordinators: cues.coordinators) {
                let terms = keep.map { match.payload.filter($0) } ?? match.payload
                guard !terms.isEmpty else { continue }
                let negated = negation.isNegated(match.first, match.shared ?? match.last, in: text, sentence: index)
                let hedged = negation.isHedged(match.first, in: text, sentence: index)
                for term in terms {
                    found.append(
                        Mention(term: term, sentence: index, first: match.first, last: match.last, negated: negated, hedged: hedged))
                }
            }
        }
        return found
    }

    /// `id` and every ancestor of it within `vocabulary` (following `parents` that are in `vocabulary`);
    /// empty when `id` is not a term of `vocabulary`. Computed once per term when the index is built.
    func ancestors(of id: String, in vocabulary: Vocabulary) -> Set<String> { ancestorTables[vocabulary][id] ?? [] }

    /// The ingredients of drug `id` (itself when it names none).
    func ingredients(of drug: String) -> [String] { drugIngredients[drug] ?? [] }

    /// Every class of drug `id` and of its ingredients, with their ancestors.
    func classes(ofDrug id: String) -> Set<String> { drugClasses[id] ?? [] }

    /// The classes of ingredient `id`, with their ancestors.
    func classes(ofIngredient id: String) -> Set<String> { ingredientClasses[id] ?? [] }

    /// The category of procedure `id` (following broader procedures when it names none).
    func category(ofProcedure id: String) -> String? { procedureCategories[id] }
}
