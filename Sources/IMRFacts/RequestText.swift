import IMRVocabulary

/// A request's text prepared once for every reader of the request (the request reader, the
/// classifier and the practice facts): tokenized, with its lexicon mentions, the mentions of the
/// classifier's own vocabularies (negated ones included: each reader filters what it needs), and
/// its words by id.
struct RequestText {
    let text: CaseText
    /// Mentions of the main index's vocabularies.
    let mentions: [Mention]
    /// Mentions of the classifier's vocabularies (route, side, kind, note).
    let words: [Mention]
    /// The mentions of both kinds that are not negated, in that order (what the classifier reads).
    let named: [Mention]
    /// The text's words by id, as the word-level request readings compare them.
    let spelled: RequestWords
    /// The text's words lower-cased as strings (``phraseWords(_:)``: runs of ASCII letters and
    /// digits), for the readings that compare words as written (duration, injected doses).
    let phrase: [String]

    /// The request text `request`, read with the main index `index` and the classifier's `words`.
    init(_ request: String, index: LexiconIndex, words: LexiconIndex) {
        let text = CaseText(request, source: .request, cues: index.cues)
        self.text = text
        mentions = Self.contrastUnnegated(index.mentions(in: text), in: text, cues: index.cues)
        self.words = Self.contrastUnnegated(words.mentions(in: text), in: text, cues: words.cues)
        named = (mentions + self.words).filter { !$0.negated }
        spelled = RequestWords(text, cues: index.cues)
        phrase = phraseWords(request)
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
