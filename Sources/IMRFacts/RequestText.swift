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
        text = CaseText(request.request, source: .request, cues: index.cues)
        mentions = index.mentions(in: text)
        self.words = words.mentions(in: text)
    }
}
