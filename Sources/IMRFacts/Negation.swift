/// Decides whether a phrase found in a sentence is negated or hedged, from cue words in its clause
/// (the word lists are the `negation_before`, `negation_after`, `clause_boundary` and
/// `hedge_before` sets of the cue data).
///
/// A clause ends at `;` and at a boundary word ("but", "however", "which"…). A phrase is negated
/// when a pre-negation word ("no", "denies", "without"…) comes before it in its clause within
/// ``window`` words, or a post-negation sequence ("negative", "not documented", "within normal
/// limits"…) follows it within four words. It is hedged when a hedging word ("possible", "rule
/// out", "may"…) comes before it in its clause.
struct NegationDetector: Sendable {
    /// How many words before a phrase a pre-negation cue may stand.
    static let window = 12

    let preNegation: Set<String>
    let postNegation: [[String]]
    let boundaries: Set<String>
    let hedges: Set<String>
    /// The length of the longest post-negation sequence.
    private let longestAfter: Int

    init(before: Set<String>, after: [[String]], boundaries: Set<String>, hedges: Set<String>) {
        preNegation = before
        postNegation = after
        longestAfter = after.map(\.count).max() ?? 0
        self.boundaries = boundaries
        self.hedges = hedges
    }

    /// Whether the tokens `first...last` of `sentence` are negated. Only the words within reach of
    /// a cue are read (``window`` before, four and a cue's length after), so the cost does not grow
    /// with the sentence.
    func isNegated(_ first: Int, _ last: Int, in text: CaseText, sentence: Int) -> Bool {
        let range = text.sentences[sentence].tokens
        let clauseStart = clauseStart(before: first, in: text, lowerBound: max(range.lowerBound, first - Self.window))
        var index = first - 1
        while index >= clauseStart && first - index <= Self.window {
            let word = text.tokens[index].word
            if preNegation.contains(word) {
                // "not only", "no longer" + positive, "negative" as a finding name are rare; "no" before a number is a count.
                return true
            }
            index -= 1
        }
        let reach = last + 5 + longestAfter
        let clauseEnd = clauseEnd(after: last, in: text, upperBound: min(range.upperBound, reach))
        for cue in postNegation {
            var position = last + 1
            while position + cue.count <= clauseEnd && position - last <= 4 {
                if (0..<cue.count).allSatisfy({ text.tokens[position + $0].word == cue[$0] }) { return true }
                position += 1
            }
        }
        return false
    }

    /// Whether the tokens before `first` in its clause hedge it.
    func isHedged(_ first: Int, in text: CaseText, sentence: Int) -> Bool {
        let range = text.sentences[sentence].tokens
        let clauseStart = clauseStart(before: first, in: text, lowerBound: max(range.lowerBound, first - Self.window))
        var index = first - 1
        while index >= clauseStart && first - index <= Self.window {
            if hedges.contains(text.tokens[index].word) && !isMonth(index, in: text) { return true }
            index -= 1
        }
        return false
    }

    /// Whether token `index` is the month May ("On May 5, 2016", "in May 2016"), not the hedge "may".
    private func isMonth(_ index: Int, in text: CaseText) -> Bool {
        guard text.tokens[index].word == "may", index + 1 < text.tokens.count else { return false }
        let next = text.tokens[index + 1].word
        return next.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    private func clauseStart(before token: Int, in text: CaseText, lowerBound: Int) -> Int {
        var index = token - 1
        while index >= lowerBound {
            let current = text.tokens[index]
            if boundaries.contains(current.word) { return index + 1 }
            if hasSemicolon(text, from: current.end, to: text.tokens[index + 1].start) { return index + 1 }
            index -= 1
        }
        return lowerBound
    }

    private func clauseEnd(after token: Int, in text: CaseText, upperBound: Int) -> Int {
        var index = token + 1
        while index < upperBound {
            if boundaries.contains(text.tokens[index].word) { return index }
            if hasSemicolon(text, from: text.tokens[index - 1].end, to: text.tokens[index].start) { return index }
            index += 1
        }
        return upperBound
    }

    private func hasSemicolon(_ text: CaseText, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if text.bytes[index] == 59 { return true }
            index += 1
        }
        return false
    }
}
