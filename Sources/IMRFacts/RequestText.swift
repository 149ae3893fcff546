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
        self.init(text, mentions: index.mentions(in: text), words: words)
    }

    /// The request text `text` already read with its lexicon mentions `mentions` (all, negated ones included).
    init(_ text: CaseText, mentions: [Mention], words: LexiconIndex) {
        self.text = text
        self.mentions = mentions
        self.words = words.mentions(in: text)
    }
}
