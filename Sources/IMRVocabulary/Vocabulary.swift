/// The vocabularies of the `.lexicon` files that Swift names: the kinds of terms a text mentions
/// and facts take their values from.
public enum Vocabulary: DataName {
    case drug, ingredient, drugClass, diagnosis, procedure, bodyRegion, category
    /// The request classifier's (`request-classes.lexicon`).
    case route, side, requestKind, requestNote, specialty

    public static let names = snakeCaseNames()

    /// The word that opens an entry of the vocabulary in a `.lexicon` file.
    var keyword: String {
        switch self {
        case .drugClass: "class"
        case .bodyRegion: "region"
        case .requestKind: "kind"
        case .requestNote: "note"
        default: name
        }
    }

    /// Whether `name` is this vocabulary's data name (`mention.term.vocabulary == .drug`).
    public static func == (name: String, vocabulary: Vocabulary) -> Bool { name == vocabulary.name }

    /// Whether `name` is another vocabulary's data name.
    public static func != (name: String, vocabulary: Vocabulary) -> Bool { name != vocabulary.name }
}

extension Lexicon {
    /// Whether `term` is defined in `vocabulary`.
    public func contains(_ term: String, in vocabulary: Vocabulary) -> Bool { contains(term, in: vocabulary.name) }

    /// The entry for `term` in `vocabulary`.
    public func entry(_ term: String, in vocabulary: Vocabulary) -> LexiconEntry? { entry(term, in: vocabulary.name) }

    /// The entries of `vocabulary`, by term id.
    public func entries(of vocabulary: Vocabulary) -> [String: LexiconEntry] { entries[vocabulary.name] ?? [:] }
}

extension TermHierarchy {
    public func ancestors(of id: String, in vocabulary: Vocabulary) -> Set<String> { ancestors(of: id, in: vocabulary.name) }

    public func parents(of id: String, in vocabulary: Vocabulary, among parentVocabulary: Vocabulary) -> [String] {
        parents(of: id, in: vocabulary.name, among: parentVocabulary.name)
    }

    public func nearest(_ parentVocabulary: Vocabulary, above id: String, in vocabulary: Vocabulary) -> String? {
        nearest(parentVocabulary.name, above: id, in: vocabulary.name)
    }

    public func top(of id: String, in vocabulary: Vocabulary) -> String { top(of: id, in: vocabulary.name) }
}
