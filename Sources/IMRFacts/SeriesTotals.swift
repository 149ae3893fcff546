extension TreatmentHistoryFacts {
    /// The count of a series' total line right before token `index` (a `session_units` word) of
    /// `tokens`, a sentence of `text`: the line opens with a label whose words are all
    /// `visit_label_words` ("Total completed:", "Total:", "Completed to date:", "So far:"), and the
    /// count, from 1 to 199, stands right after its `:` with only spaces between it and the unit
    /// ("Total completed: 18 sessions (the initial 6 and 12 more)", "Total: 12 visits"): the count
    /// and its token. Not a count after another label ("Total requested: 6 sessions", "Plan: 6
    /// visits"), nor one written onto its unit ("6-session trial").
    static func totalCount(before index: Int, _ text: CaseText, _ tokens: ArraySlice<Token>, _ cues: CueBook) -> (value: Int, token: Int)? {
        let count = index - 1
        guard count > tokens.startIndex, let value = cues.count(tokens[count]), value > 0, value < 200,
            text.bytes[text.tokens[count].end..<text.tokens[index].start].allSatisfy({ $0 == 32 })
        else { return nil }
        let labels = cues.wordList(.visitLabelWords)
        let label = tokens.startIndex..<count
        guard label.allSatisfy({ labels.contains(tokens[$0]) }),
            text.bytes[text.tokens[count - 1].end..<text.tokens[count].start].contains(58),
            !text.bytes[text.tokens[label.lowerBound].start..<text.tokens[count - 1].end].contains(58)
        else { return nil }
        return (value, count)
    }

    /// Whether sentence `sentence` of `text` is a line of a table written with bars (its first
    /// mark is `|`: "| 7-12 | 10/19-11/02 | 38 -> 35 |", "|---|---|"): a row of the series a
    /// heading line names, which the six sentences ``seriesCount(after:_:stops:)`` reads do not
    /// count.
    static func isBarTableLine(_ sentence: Int, _ text: CaseText) -> Bool {
        let range = text.sentences[sentence]
        guard let first = text.bytes[range.start..<range.end].first(where: { !isSpace($0) }) else { return false }
        return first == 124
    }
}
