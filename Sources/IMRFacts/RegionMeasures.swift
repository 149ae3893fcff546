import IMRVocabulary

extension LexiconIndex {
    /// `mentions` without the body regions that a count makes a measure: a `length_units` word
    /// (foot, feet) right after a count of two or more, in digits or words, or after a
    /// `vague_amounts` word ("walks 250 feet", "5 feet 6 inches tall", "two hundred feet", "a few
    /// feet"). "One foot" stays the part of the body ("numbness in one foot").
    func withoutMeasures(_ mentions: [Mention], in text: CaseText) -> [Mention] {
        let units = cues.wordList(.lengthUnits)
        func isMeasure(_ mention: Mention) -> Bool {
            guard mention.term.kind == .bodyRegion, mention.first == mention.last, units.contains(text.tokens[mention.first]),
                mention.first > text.sentences[mention.sentence].tokens.lowerBound
            else { return false }
            let before = text.tokens[mention.first - 1]
            return cues.wordList(.vagueAmounts).contains(before) || (cues.count(before) ?? 0) >= 2
        }
        guard mentions.contains(where: isMeasure) else { return mentions }
        return mentions.filter { !isMeasure($0) }
    }
}
