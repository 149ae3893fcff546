import IMRCore

/// One phrase of a cue set, with the label it signals and where it is written.
public struct CuePhrase: Hashable, Sendable {
    /// What the phrase signals within its set: `yes`, `no`, `stopped`, `full_duty`, a number…
    public var label: String
    /// Lower-case words separated by single spaces, as the matcher sees them.
    public var phrase: String
    public var location: SourceLocation

    public init(label: String, phrase: String, location: SourceLocation) {
        self.label = label
        self.phrase = phrase
        self.location = location
    }
}

/// A named list of labelled cue phrases from a `.cues` file: the wording of summaries and
/// requests (not lexicon terms) that signals a finding, a time, a negation…
public struct CueSetDefinition: Hashable, Sendable {
    public var name: String
    /// The phrases in file order (order matters where the first listed phrase found wins).
    public var phrases: [CuePhrase]
    public var location: SourceLocation
    /// Set when the entry is a `fact`: a boolean fact read from this set's phrases.
    public var fact: DeclaredFact?
    /// Whether a phrase of another set names this one in a slot (`<NAME>`): its phrases are read
    /// there, whether or not the extractor reads the set by name.
    public var fillsSlots = false
    /// Set when the entry is a `topic`: the fact of the schema whose topic its words are (the words
    /// a clinician writes about that topic at all, whatever they tell of it). A summary that leaves
    /// the fact not documented but holds one of them mentions what the engine could not read
    /// (docs/facts.md, "Topic mentions").
    public var topic: String?
    /// For a topic of a fact about the requested part of the body (`scope region`): its words count
    /// only in a sentence that names a requested region or none.
    public var topicScopedToRegion = false
    /// For a topic whose words count only beside another topic word (`with SET`): the cue set one
    /// of whose phrases their sentence must hold ("improved" is a course's benefit in a sentence
    /// that names a course).
    public var topicContext: String?

    public init(name: String, phrases: [CuePhrase] = [], location: SourceLocation, fact: DeclaredFact? = nil) {
        self.name = name
        self.phrases = phrases
        self.location = location
        self.fact = fact
    }

    /// The labels used, in first-use order.
    public var labels: [String] {
        var seen: [String] = []
        for phrase in phrases where !seen.contains(phrase.label) { seen.append(phrase.label) }
        return seen
    }

    /// The name of the set of fact `fact`'s topic words: `topic FACT`, which no other entry can be
    /// named (a space is no data name).
    public static func topicSetName(of fact: String) -> String { "topic " + fact }

    /// The label of a topic's words.
    public static let topicLabel = "words"
}

/// How a boolean case fact of the fact schema is read from the phrases of its `fact` entry in a
/// `.cues` file: true when a `yes` phrase of its set is
/// documented (not negated), false when its absence is (a negated `yes`, or a `no` phrase).
public struct DeclaredFact: Hashable, Sendable {
    /// Which reading wins when a summary documents both.
    public enum Winner: String, Hashable, Sendable {
        /// Any positive sentence makes the fact true (a finding on one exam is enough).
        case yes
        /// Any negative sentence makes the fact false (a claimed benefit that the summary denies).
        case no
    }

    /// The fact's name as rules use it (also the set's name).
    public var name: String
    public var winner: Winner
    /// Whether sentences about the request or its utilization review are read too (by default
    /// they restate the request and are skipped).
    public var readsReviewSentences: Bool
    /// Which hits of its phrases are left unread (`skips NAME` lines).
    public var skips: Skips

    public init(
        name: String, winner: Winner = .yes, readsReviewSentences: Bool = false, skips: Skips = []
    ) {
        self.name = name
        self.winner = winner
        self.readsReviewSentences = readsReviewSentences
        self.skips = skips
    }
}

/// Every cue set of the `.cues` files of a lexicon directory.
public struct CueLibrary: Hashable, Sendable {
    /// Set name → definition.
    public private(set) var sets: [String: CueSetDefinition]
    /// Group name → definition.
    public private(set) var groups: [String: TermGroupDefinition]

    public init(sets: [CueSetDefinition] = [], groups: [TermGroupDefinition] = []) {
        self.sets = [:]
        self.groups = [:]
        for set in sets where self.sets[set.name] == nil { self.sets[set.name] = set }
        for group in groups where self.groups[group.name] == nil { self.groups[group.name] = group }
    }

    public subscript(name: String) -> CueSetDefinition? { sets[name] }

    /// The declared facts, sorted by name.
    public var declaredFacts: [DeclaredFact] { sets.values.compactMap(\.fact).sorted { $0.name < $1.name } }

    /// The topic entries, sorted by the name of their fact.
    public var topics: [CueSetDefinition] { sets.values.filter { $0.topic != nil }.sorted { $0.name < $1.name } }

    /// Whether the library holds no set at all (a lexicon built in memory).
    public var isEmpty: Bool { sets.isEmpty && groups.isEmpty }
}
