import IMRVocabulary

/// A cue phrase found in a sentence, with its label and whether its clause negates it.
struct CueHit: Sendable {
    var label: String
    var sentence: Int
    var first: Int
    var last: Int
    var negated: Bool
}

/// A set of cue phrases (not lexicon terms: the wording of the summary) with labels, ready to match.
struct CueSet: Sendable {
    let matcher: PhraseMatcher<String>
    let negation: NegationDetector

    /// `phrases` are (phrase, label) pairs.
    init(_ phrases: [(phrase: String, label: String)], negation: NegationDetector) {
        matcher = PhraseMatcher(phrases.sorted { ($0.phrase, $0.label) < ($1.phrase, $1.label) }.map { ($0.phrase, $0.label) })
        self.negation = negation
    }

    /// Every hit in `text`, in text order.
    func hits(in text: CaseText) -> [CueHit] {
        var found: [CueHit] = []
        for match in matcher.matches(in: text.tokens, positions: text.positions) {
            guard let sentence = text.sentence(ofToken: match.first), text.sentences[sentence].tokens.contains(match.last) else { continue }
            found.append(
                CueHit(
                    label: match.payload, sentence: sentence, first: match.first, last: match.last,
                    negated: negation.isNegated(match.first, match.last, in: text, sentence: sentence)))
        }
        return found
    }

    /// The hits in sentence `sentence`.
    func hits(in text: CaseText, sentence: Int) -> [CueHit] {
        matcher.matches(in: text.tokens(of: sentence)).map {
            CueHit(
                label: $0.payload, sentence: sentence, first: $0.first, last: $0.last,
                negated: negation.isNegated($0.first, $0.last, in: text, sentence: sentence))
        }
    }

    /// Whether sentence `sentence` holds a phrase of the set.
    func occurs(in text: CaseText, sentence: Int) -> Bool {
        !matcher.matches(in: text.tokens(of: sentence)).isEmpty
    }
}

/// The cue data of a lexicon prepared for the extractor: matchers, word sets and ordered word
/// sequences, by ``CueName``. A set the data lacks is empty (and `imr lint` reports it).
struct CueBook: Sendable {
    let negation: NegationDetector
    private var sets: [String: CueSet] = [:]
    private var wordSets: [String: Set<String>] = [:]
    private var labelled: [String: [String: String]] = [:]
    private var sequences: [String: [(words: [String], label: String)]] = [:]
    private var groups: [String: [String: String]] = [:]
    private var groupOrder: [String: [String]] = [:]
    /// Declared facts with their sets, in name order.
    let declaredFacts: [(fact: DeclaredFact, cues: CueSet)]

    init(_ library: CueLibrary) {
        func words(_ name: CueName) -> Set<String> { Set(library[name.rawValue]?.phrases.map(\.phrase) ?? []) }
        func sequence(_ name: CueName) -> [[String]] {
            library[name.rawValue]?.phrases.map { $0.phrase.split(separator: " ").map(String.init) } ?? []
        }
        let negation = NegationDetector(
            before: words(.negationBefore), after: sequence(.negationAfter), boundaries: words(.clauseBoundary),
            hedges: words(.hedgeBefore))
        self.negation = negation
        for definition in library.sets.values {
            let pairs = definition.phrases.map { ($0.phrase, $0.label) }
            sets[definition.name] = CueSet(pairs, negation: negation)
            wordSets[definition.name] = Set(definition.phrases.map(\.phrase))
            labelled[definition.name] = Dictionary(definition.phrases.map { ($0.phrase, $0.label) }) { first, _ in first }
            sequences[definition.name] = definition.phrases.map { ($0.phrase.split(separator: " ").map(String.init), $0.label) }
        }
        for group in library.groups.values {
            groups[group.name] = Dictionary(group.members.map { ($0.phrase, $0.label) }) { first, _ in first }
            groupOrder[group.name] = unique(group.members.map(\.label))
        }
        let empty = CueSet([], negation: negation)
        let compiled = sets
        declaredFacts = library.declaredFacts.map { ($0, compiled[$0.name] ?? empty) }
    }

    /// The matcher of set `name`.
    func set(_ name: CueName) -> CueSet { sets[name.rawValue] ?? CueSet([], negation: negation) }

    /// The words of a word list.
    func words(_ name: CueName) -> Set<String> { wordSets[name.rawValue] ?? [] }

    /// The label of word `word` in a labelled word list (`sex`: `he` → `male`).
    func label(of word: String, in name: CueName) -> String? { labelled[name.rawValue]?[word] }

    /// The word sequences of `name` with their labels, in file order.
    func sequences(_ name: CueName) -> [(words: [String], label: String)] { sequences[name.rawValue] ?? [] }

    /// Whether `words` holds any sequence of `name` as consecutive words.
    func occurs(_ name: CueName, in words: [String]) -> Bool { sequences(name).contains { contains(words, $0.words) } }

    /// The label of term `id` in group `name` (`mme_factor`: `oxycodone` → `1.5`).
    func group(_ name: TermGroupName, label id: String) -> String? { groups[name.rawValue]?[id] }

    /// The term ids of group `name` labelled `label`.
    func group(_ name: TermGroupName, members label: String) -> Set<String> {
        Set((groups[name.rawValue] ?? [:]).filter { $0.value == label }.keys)
    }

    /// The labels of group `name`, in file order.
    func groupLabels(_ name: TermGroupName) -> [String] { groupOrder[name.rawValue] ?? [] }

    /// The count a word names: digits (0 to 99,999) or a number word of `numbers`.
    func count(_ word: String) -> Int? {
        digitCount(word) ?? label(of: word, in: .numbers).flatMap { Int($0) }
    }
}
