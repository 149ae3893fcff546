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
    /// The drug names of ``named`` that go on naming one combination product with the name before
    /// them, by first token (``CaseText/combinationJoins(_:conjunctions:combination:)``): found once
    /// for the classifier's drug count and the cutting of a request into its drugs' parts.
    let combinationJoins: Set<Int>

    /// The request text `request`, read with the main index `index` and the classifier's `words`.
    init(_ request: String, index: LexiconIndex, words: LexiconIndex) {
        let text = CaseText(request, source: .request, cues: index.cues)
        self.text = text
        mentions = Self.withInnerFillers(
            Self.contrastUnnegated(index.mentions(in: text), in: text, cues: index.cues), text, index: index)
        self.words = Self.contrastUnnegated(words.mentions(in: text), in: text, cues: words.cues)
        named = (mentions + self.words).filter { !$0.negated }
        spelled = RequestWords(text, cues: index.cues)
        phrase = phraseWords(request)
        combinationJoins =
            named.lazy.filter { $0.term.kind == .drug }.count < 2
            ? []
            : text.combinationJoins(
                named, conjunctions: index.cues.wordList(.nameListConjunctions), combination: index.cues.wordList(.combinationWords))
    }

    /// `mentions` of the request `text` with the procedures it names with `request_name_fillers`
    /// words inside the name: its sides ("Open repair of the right Achilles tendon" names "repair of
    /// the Achilles tendon"; "Arthroscopic repair of the right rotator cuff" the arthroscopic repair,
    /// not an arthroscopy), else, when it names no procedure as written, its sides and approaches
    /// ("Achilles tendon open repair" names "Achilles tendon repair"). The request's tokens are
    /// matched again with those words left out (``LexiconIndex/mentions(in:leavingOut:)``); a name
    /// counts only where it reads across one of them, and takes the place of the procedures read as
    /// written within it (not of a region it holds). A drug's request is not read again.
    static func withInnerFillers(_ mentions: [Mention], _ text: CaseText, index: LexiconIndex) -> [Mention] {
        guard text.tokens.count > 2, !mentions.contains(where: { $0.term.kind == .drug }) else { return mentions }
        let cues = index.cues
        // Only a filler with words on both sides can stand inside a name.
        let fillers = cues.set(.requestNameFillers).hits(in: text).filter { !$0.negated && $0.first > 0 && $0.last < text.tokens.count - 1 }
        guard !fillers.isEmpty else { return mentions }
        let named = mentions.contains { $0.term.kind == .procedure }
        let (side, approach) = (CueLabelID(.side), CueLabelID(.approach))
        for labels in named ? [[side]] : [[side], [side, approach]] {
            let dropped = Set(fillers.filter { labels.contains($0.label) }.flatMap { $0.first...$0.last })
            guard !dropped.isEmpty else { continue }
            let found = index.mentions(in: text, leavingOut: dropped).filter { read in
                read.term.kind == .procedure && !read.negated && dropped.contains { $0 > read.first && $0 < read.last }
            }
            guard !found.isEmpty else { continue }
            let outside = mentions.filter { mention in
                mention.term.kind != .procedure
                    || !found.contains { $0.sentence == mention.sentence && $0.first <= mention.first && mention.last <= $0.last }
            }
            return (outside + found).sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
        }
        return mentions
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
