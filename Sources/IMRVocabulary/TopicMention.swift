/// A word of a fact's topic (a `topic` entry of the cue data) that a summary writes while it leaves
/// the fact not documented: wording the engine could not read, for a reviewer to check by hand.
public struct TopicMention: Hashable, Sendable, Codable {
    /// The fact whose topic the words are.
    public var fact: String
    /// The words as the summary writes them ("Kenalog", "PT helped").
    public var words: String
    /// The paragraph of the summary the words stand in (1-based): the summary is read as paragraphs,
    /// the lines of each joined (a letter's line breaks inside a paragraph are not kept).
    public var paragraph: Int
    /// The sentence the words stand in.
    public var evidence: Evidence

    public init(fact: String, words: String, paragraph: Int, evidence: Evidence) {
        self.fact = fact
        self.words = words
        self.paragraph = paragraph
        self.evidence = evidence
    }
}

/// What a summary mentions of the topics of facts a request leaves not documented, read when asked
/// (``FactSet/mention(of:)``): the fact stage hands it to each request's facts, and a topic is
/// matched in the summary only when someone asks for its mention.
public protocol TopicMentionSource: AnyObject, Sendable {
    /// The first mention of fact `fact`'s topic that counts for the request whose facts are
    /// `facts`, or `nil` (no topic for the fact, or no word of it where the summary asserts).
    func mention(of fact: String, for facts: FactSet) -> TopicMention?
    /// The mentions of every topic whose fact `facts` leaves not documented, in the facts' name order.
    func mentions(for facts: FactSet) -> [TopicMention]
}
