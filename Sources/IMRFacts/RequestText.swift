import IMRLetters

/// A request's text tokenized once for the readers that follow the request reader (the classifier
/// and the practice facts), with its lexicon mentions and the mentions of the classifier's own
/// vocabularies (negated ones included: each reader filters what it needs).
struct RequestText {
    let text: CaseText
    /// Mentions of the main index's vocabularies.
    let mentions: [Mention]
    /// Mentions of the classifier's vocabularies (route, side, kind, note).
    let words: [Mention]

    init(_ request: RequestedItem, index: LexiconIndex, words: LexiconIndex) {
        let text = CaseText(request.request, source: .request, cues: index.cues)
        self.init(text, mentions: Self.contrastUnnegated(index.mentions(in: text), in: text, cues: index.cues), words: words)
    }

    /// The request text `text` already read with its lexicon mentions `mentions` (all, negated ones included).
    init(_ text: CaseText, mentions: [Mention], words: LexiconIndex) {
        self.text = text
        self.mentions = mentions
        self.words = Self.contrastUnnegated(words.mentions(in: text), in: text, cues: words.cues)
    }

    /// `mentions` of the request `text`, with the negation a contrast phrase alone gives taken off
    /// (`request_contrast`: "MRI without contrast of the right hip" requests the right hip): a
    /// mention after such a phrase in its sentence stays negated only when another negation word
    /// (`negation_before`) stands before it outside every contrast phrase.
    static func contrastUnnegated(_ mentions: [Mention], in text: CaseText, cues: CueBook) -> [Mention] {
        guard mentions.contains(where: \.negated) else { return mentions }
        let contrast = cues.set(.requestContrast).hits(in: text)
        guard !contrast.isEmpty else { return mentions }
        let negations = cues.wordList(.negationBefore)
        let inContrast = { (position: Int) in contrast.contains { ($0.first...$0.last).contains(position) } }
        return mentions.map { mention in
            guard mention.negated, contrast.contains(where: { $0.sentence == mention.sentence && $0.last < mention.first }) else {
                return mention
            }
            var read = mention
            read.negated = (0..<mention.first).contains { negations.contains(text.tokens[$0]) && !inContrast($0) }
            return read
        }
    }
}
