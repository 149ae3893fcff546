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
