import IMRCore
import IMRVocabulary

/// A reference to one lexicon term.
struct TermRef: Hashable, Sendable {
    /// The vocabulary the term belongs to.
    var kind: Vocabulary
    /// The term's id, as a number (``LexiconIndex/name(of:)`` gives its data name).
    var id: TermID
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
    /// Matches the lexicon's names; a match's payload numbers its terms in ``termLists``, so a
    /// match holds no array (matches are copied and freed without a retain or release).
    let matcher: PhraseMatcher<Int32>
    /// The terms each name of the lexicon names, by the number a match of the name carries.
    private let termLists: [[TermRef]]
    let cues: CueBook
    /// The numbering of the lexicon's term ids.
    let ids: TermIDs
    /// The term ids by data name (``id(_:)``): an ``OpenAddressTable`` over the FNV-1a hashes of
    /// the names' bytes, whose entry numbers are the ids. Readers ask by names the data fixes, many
    /// times a letter; a dictionary look-up hashes the name with its seeded SipHash.
    private let names: OpenAddressTable<String, Void>
    /// Whether a data name holds a byte above ASCII (then a name the table lacks is looked up as a
    /// `String` too, which compares by canonical equivalence).
    private let unicodeNames: Bool
    /// By term id: a drug's ingredients, a drug's classes, an ingredient's classes, a procedure's
    /// category (``TermID/missing`` for none), asked of the hierarchy once per term.
    private let drugIngredientIDs: [[TermID]]
    private let drugClassIDs: [TermSet]
    private let ingredientClassIDs: [TermSet]
    private let procedureCategoryIDs: [TermID]
    /// One-word names of body regions → region ("cervical" → `cervical_spine`; the smallest id when
    /// several regions share a name).
    let regionWords: [String: TermID]
    /// ``regionWords`` by word id of the cue book's table (``TermID/missing`` for a word that names
    /// no region), so that a token's region is read without making its word a `String` (``region(of:in:)``).
    private let regionsByWord: [TermID]

    /// The index of `lexicon`, matching the phrases of the vocabularies `matching` admits (all by
    /// default), with the cue book `cues` (built from `lexicon` when not given: indexes of one
    /// lexicon share a book, so that they read the same word ids).
    init(_ lexicon: Lexicon, matching: (String) -> Bool = { _ in true }, cues: CueBook? = nil) {
        self.lexicon = lexicon
        let cues = cues ?? CueBook(lexicon)
        self.cues = cues
        let ids = lexicon.ids
        self.ids = ids
        names = Self.nameTable(ids.names)
        unicodeNames = ids.names.contains { $0.utf8.contains { $0 >= 0x80 } }
        var byPhrase: [String: [TermRef]] = [:]
        for (vocabulary, terms) in lexicon.entries where matching(vocabulary) {
            guard let kind = Vocabulary(name: vocabulary) else { continue }
            for (id, entry) in terms {
                guard let number = ids.id(id) else { continue }
                for name in entry.names { byPhrase[name, default: []].append(TermRef(kind: kind, id: number)) }
            }
        }
        var termLists: [[TermRef]] = []
        matcher = PhraseMatcher(
            byPhrase.sorted { $0.key < $1.key }.flatMap { name, terms in
                let folded = terms.allSatisfy { cues.folds($0.kind.name) }
                let list = Int32(termLists.count)
                termLists.append(terms.sorted { $0.kind.name < $1.kind.name })
                return cues.shortForms.variants(of: name).map { ($0, list, folded) }
            }, words: cues.wordTable)
        self.termLists = termLists
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
        var procedureCategories: [String: String] = [:]
        for id in (lexicon.entries(of: .procedure)).keys {
            procedureCategories[id] = hierarchy.nearest(.category, above: id, in: .procedure)
        }
        drugIngredientIDs = ids.names.map { (drugIngredients[$0] ?? []).compactMap(ids.id) }
        drugClassIDs = ids.names.map { ids.ids(drugClasses[$0] ?? []) }
        ingredientClassIDs = ids.names.map { ids.ids(ingredientClasses[$0] ?? []) }
        procedureCategoryIDs = ids.names.map { procedureCategories[$0].flatMap(ids.id) ?? .missing }
        var regionWords: [String: String] = [:]
        for (id, entry) in lexicon.entries(of: .bodyRegion) {
            for name in entry.names where !name.utf8.contains(32) { regionWords[name] = regionWords[name].map { min($0, id) } ?? id }
        }
        let regions = regionWords.compactMapValues(ids.id)
        self.regionWords = regions
        // Set by region name (a few hundred), not looked up for every word of the table at load.
        var byWord = Array(repeating: TermID.missing, count: cues.wordTable.count)
        for (name, region) in regions {
            let word = cues.wordTable.id(name)
            if word >= 0 { byWord[Int(word)] = region }
        }
        regionsByWord = byWord
    }

    /// The body region `token` (of `text`) names alone, as ``regionWords`` reads its word (``CaseText/word(of:)``).
    func region(of token: Token, in text: CaseText) -> TermID? {
        // A word of the table is spelled as the table spells it; another is looked up as written.
        guard token.id >= 0 else { return regionWords[text.word(of: token)] }
        let region = regionsByWord[Int(token.id)]
        return region == .missing ? nil : region
    }

    /// Every term mentioned in `text`, sentence by sentence, with negation and hedging, and the
    /// terms of coordinated phrases ("cubital and carpal tunnel releases": both releases).
    /// With `keep`, only the mentions of the terms it keeps (negation is read only for those).
    func mentions(in text: CaseText, keeping keep: ((TermRef) -> Bool)? = nil) -> [Mention] {
        mentions(in: text, sentences: text.sentences.indices, keeping: keep)
    }

    /// ``mentions(in:keeping:)`` of the sentences `sentences` of `text` only, in the order given (a
    /// match never crosses a sentence, so a sentence's mentions are the same read alone).
    func mentions(in text: CaseText, sentences: some Sequence<Int>, keeping keep: ((TermRef) -> Bool)? = nil) -> [Mention] {
        let negation = cues.negation
        var found: [Mention] = []
        found.reserveCapacity(text.tokens.count / 4)
        var matches: [PhraseMatcher<Int32>.Match] = []
        for index in sentences {
            let range = text.sentences[index].tokens
            matches.removeAll(keepingCapacity: true)
            matcher.matches(in: text, range, into: &matches)
            for match in matcher.coordinated(matches, in: text, range, coordinators: cues.coordinators) {
                let named = termLists[Int(match.payload)]
                let terms = keep.map { named.filter($0) } ?? named
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

    /// The mentions of `text` read with its tokens at `dropped` left out, as if they were not
    /// written, at their positions in `text` (a mention's first and last tokens are words it
    /// reads): those that stand across a dropped token are what leaving it out names ("repair of
    /// the right Achilles tendon" read without "right"). The text is not read again: its tokens
    /// are matched as they are, less those, and a mention is negated and hedged as its words are
    /// in `text`. Coordinated phrases are not read.
    func mentions(in text: CaseText, leavingOut dropped: Set<Int>) -> [Mention] {
        let negation = cues.negation
        var found: [Mention] = []
        for (index, sentence) in text.sentences.enumerated() {
            let kept = sentence.tokens.filter { !dropped.contains($0) }
            guard kept.count < sentence.tokens.count else { continue }
            for match in matcher.matches(inSome: kept.map { text.tokens[$0] }, of: text) {
                let (first, last) = (kept[match.first], kept[match.last])
                let negated = negation.isNegated(first, last, in: text, sentence: index)
                let hedged = negation.isHedged(first, in: text, sentence: index)
                for term in termLists[Int(match.payload)] {
                    found.append(Mention(term: term, sentence: index, first: first, last: last, negated: negated, hedged: hedged))
                }
            }
        }
        return found
    }

    /// `id` and every ancestor of it within `vocabulary`, by number (a table look-up).
    func ancestors(of id: TermID, in vocabulary: Vocabulary) -> TermSet { lexicon.hierarchy.ancestors(of: id, in: vocabulary) }

    /// The id of term id `name` (``TermID/missing`` when the lexicon lacks it).
    func id(_ name: String) -> TermID {
        var spelled = name
        let found = spelled.withUTF8 { bytes -> Int32? in
            if let id = names.index(of: name, hash: WordTable.hash(bytes, 0, bytes.count)) { return Int32(id) }
            return unicodeNames || bytes.contains { $0 >= 0x80 } ? nil : -1
        }
        // Not found by its bytes, a name is looked up as a `String` (canonical equivalence) when it
        // or a data name holds a byte above ASCII.
        guard let found else { return ids.id(name) ?? .missing }
        return found < 0 ? .missing : TermID(rawValue: found)
    }

    /// The table of ``names`` for `names` (ids in their order).
    private static func nameTable(_ names: [String]) -> OpenAddressTable<String, Void> {
        var table = OpenAddressTable<String, Void>(minimumCapacity: names.count)
        for name in names {
            var spelled = name
            table.append(name, (), hash: spelled.withUTF8 { WordTable.hash($0, 0, $0.count) })
        }
        return table
    }

    /// The data name of term `id`.
    func name(of id: TermID) -> String { ids.name(of: id) }

    /// The id of term `term` Swift names.
    subscript(term: Term) -> TermID { ids[term] }

    /// The ingredients of drug `id` (itself when it names none), by number.
    func ingredients(of drug: TermID) -> [TermID] { drug == .missing ? [] : drugIngredientIDs[Int(drug.rawValue)] }

    /// Every class of drug `id` and of its ingredients, with their ancestors, by number.
    func classes(ofDrug id: TermID) -> TermSet { id == .missing ? [] : drugClassIDs[Int(id.rawValue)] }

    /// The classes of ingredient `id`, with their ancestors, by number.
    func classes(ofIngredient id: TermID) -> TermSet { id == .missing ? [] : ingredientClassIDs[Int(id.rawValue)] }

    /// The category of procedure `id` (following broader procedures when it names none), by number.
    func category(ofProcedure id: TermID) -> TermID? {
        guard id != .missing else { return nil }
        let category = procedureCategoryIDs[Int(id.rawValue)]
        return category == .missing ? nil : category
    }
}
