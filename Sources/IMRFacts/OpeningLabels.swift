extension CaseText {
    /// The most words a label opening a sentence holds before its `:` or spaced dash ("Risk
    /// monitoring (aberrancy, misuse):").
    static let openingLabelWords = 6

    /// Whether `hit` stands in the label that opens its sentence: a `:` or a spaced dash (` - `)
    /// follows it on its line, within ``openingLabelWords`` words of the sentence's start, and none
    /// stands before it ("Aberrancy: UDS 8/16 c/w Rx", "Aberrant behavior - none noted", "Risk
    /// monitoring (aberrancy, misuse): UDT ..."). A label names what the words after it tell.
    func isInOpeningLabel(_ hit: CueHit) -> Bool {
        let sentence = sentences[hit.sentence]
        let start = sentence.tokens.lowerBound
        guard hit.last - start < Self.openingLabelWords else { return false }
        // No label mark before the phrase, and no line break (a label opens its line).
        for index in sentence.start..<tokens[hit.first].start where bytes[index] == 58 || bytes[index] == 10 || isDash(index) {
            return false
        }
        let limit = min(
            sentence.end,
            start + Self.openingLabelWords < sentence.tokens.upperBound ? tokens[start + Self.openingLabelWords].start : sentence.end)
        for index in tokens[hit.last].end..<max(tokens[hit.last].end, limit) {
            if bytes[index] == 10 { return false }
            if bytes[index] == 58 || isDash(index) { return true }
        }
        return false
    }

    /// Whether the words of sentence `sentence` before token `token` open it as an entry of a list:
    /// list numbers only ("2. Lorazepam: ..."), or a label of at most ``openingLabelWords`` words on
    /// `token`'s line whose `:` or spaced dash stands right before it ("Before: oxycodone ER ...",
    /// "Prior opioids - Norco ..."). Nothing before it opens it too.
    func opensEntry(sentence: Int, before token: Int) -> Bool {
        let start = sentences[sentence].tokens.lowerBound
        if (start..<token).allSatisfy({ tokens[$0].digits >= 0 }) { return true }
        guard token - start <= Self.openingLabelWords else { return false }
        var marked = false
        for index in tokens[token - 1].end..<tokens[token].start {
            if bytes[index] == 10 { return false }
            if bytes[index] == 58 || isDash(index) { marked = true }
        }
        // One label: no other mark or line break inside it.
        return marked && !(tokens[start].start..<tokens[token - 1].end).contains { bytes[$0] == 58 || bytes[$0] == 10 || isDash($0) }
    }

    /// Whether sentence `sentence` opens with a label: a `:` or a spaced dash on its first line,
    /// within ``openingLabelWords`` words of its start ("Function: ...", "AEs - none").
    func opensWithLabel(_ sentence: Int) -> Bool {
        let range = sentences[sentence].tokens
        guard !range.isEmpty else { return false }
        let last = min(range.upperBound, range.lowerBound + Self.openingLabelWords) - 1
        for index in tokens[range.lowerBound].end..<max(tokens[range.lowerBound].end, tokens[last].end + 1)
        where index < sentences[sentence].end {
            if bytes[index] == 10 { return false }
            if bytes[index] == 58 || isDash(index) { return true }
        }
        return false
    }

    /// Whether the byte at `index` is a dash with a space before and after it (` - `).
    private func isDash(_ index: Int) -> Bool {
        bytes[index] == 45 && index > 0 && index + 1 < bytes.count && bytes[index - 1] == 32 && bytes[index + 1] == 32
    }
}
