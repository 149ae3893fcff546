/// Decides whether a phrase found in a sentence is negated or hedged, from cue words in its clause
/// (the word lists are the `negation_before`, `negation_after`, `clause_boundary` and
/// `hedge_before` sets of the cue data).
///
/// A clause ends at `;` and at a boundary word ("but", "however", "which"…). A phrase is negated
/// when a pre-negation word ("no", "denies", "without"…) comes before it in its clause within
/// ``window`` words (and not before a comma that opens a clause of its own: a clause verb stands
/// after it), or a post-negation sequence ("negative", "not documented", "within normal
/// limits"…) follows it within four words. It is hedged when a hedging word ("possible", "rule
/// out", "may"…) comes before it in its clause. A pre-negation word right before a coordinator is
/// one half of an elliptical pair and negates nothing (a with/without pair of pain scores).
final class NegationDetector: Sendable {
    /// How many words before a phrase a pre-negation cue may stand.
    static let window = 12

    /// Per word id: whether the word negates what follows it in its clause ("no", "denies").
    let preNegation: [Bool]
    /// Word sequences that negate what follows them, as word ids ("w o", the abbreviation of "without").
    let preSequences: [[Int32]]
    /// Word sequences that negate what precedes them ("negative", "within normal limits"), as word ids.
    let postNegation: [[Int32]]
    /// Per word id: whether the word, right after a post-negation sequence, makes it deny an outcome
    /// rather than what precedes it (the `negated_outcomes` cue set).
    let outcomes: [Bool]
    /// Per word id: whether the word is a verb that, after a comma, opens a clause of its own (the
    /// `clause_verbs` cue set), so that a negation before the comma does not reach it.
    let clauseVerbs: [Bool]
    /// Per word id: whether the word ends a clause ("but", "however").
    let boundaries: [Bool]
    /// Per word id: whether the word joins two coordinated parts (the `coordinators` cue set).
    let coordinators: [Bool]
    /// Per word id: whether the word hedges what follows it in its clause ("possible", "may").
    let hedges: [Bool]
    /// Word sequences that hedge what follows them ("rule out", "r o"), as word ids.
    let hedgeSequences: [[Int32]]
    /// Per word id: whether the word names a month (a hedge that does, `may`, is the month before a number).
    private let months: [Bool]
    /// The length of the longest post-negation sequence.
    private let longestAfter: Int
    /// The post-negation sequences by their first word id, the pre-negation ones by their last
    /// (``WordIndex``), so that a position is compared only with the sequences its word may start or end.
    private let postByFirst: WordIndex
    private let preByLast: WordIndex
    private let hedgeByLast: WordIndex

    /// A detector over the word ids of `words`; the flag arrays are indexed by word id.
    init(
        words: WordTable, before: [Bool], beforeSequences: [[String]] = [], after: [[String]], outcomes: [Bool] = [],
        clauseVerbs: [Bool] = [], boundaries: [Bool],
        coordinators: [Bool], hedges: [Bool], hedgeSequences: [[String]] = [], months: [Bool]
    ) {
        preNegation = before
        preSequences = beforeSequences.map { $0.map(words.id) }.filter { !$0.isEmpty && !$0.contains(WordTable.unknown) }
        postNegation = after.map { $0.map(words.id) }.filter { !$0.isEmpty && !$0.contains(WordTable.unknown) }
        longestAfter = after.map(\.count).max() ?? 0
        self.outcomes = outcomes
        self.clauseVerbs = clauseVerbs
        self.boundaries = boundaries
        self.coordinators = coordinators
        self.hedges = hedges
        self.hedgeSequences = hedgeSequences.map { $0.map(words.id) }.filter { !$0.isEmpty && !$0.contains(WordTable.unknown) }
        self.months = months
        postByFirst = WordIndex(postNegation.map { $0[0] }, words: words.count)
        preByLast = WordIndex(preSequences.map { $0[$0.count - 1] }, words: words.count)
        hedgeByLast = WordIndex(self.hedgeSequences.map { $0[$0.count - 1] }, words: words.count)
    }

    /// Whether the tokens `first...last` of `sentence` are negated. Only the words within reach of
    /// a cue are read (``window`` before, four and a cue's length after), so the cost does not grow
    /// with the sentence.
    func isNegated(_ first: Int, _ last: Int, in text: CaseText, sentence: Int) -> Bool {
        let range = text.sentences[sentence].tokens
        let clauseStart = clauseStart(before: first, in: text, lowerBound: max(range.lowerBound, first - Self.window))
        var index = first - 1
        // Whether a clause verb stands between the word read and the phrase's end (the phrase's own
        // words included): a comma before such words opens another clause, which a negation
        // before the comma does not reach ("denies constipation, reports improved function").
        var verb = (first...last).contains { isClauseVerb($0, in: text) }
        while index >= clauseStart && first - index <= Self.window {
            if index + 1 < first, isClauseVerb(index + 1, in: text) { verb = true }
            if verb, commaBefore(index + 1, in: text) { break }
            let elliptical = index + 1 < first && has(coordinators, text.tokens[index + 1].id)
            if !elliptical,
                has(preNegation, text.tokens[index].id) || endsSequence(preSequences, preByLast, at: index, from: clauseStart, in: text)
            {
                // "not only", "no longer" + positive, "negative" as a finding name are rare; "no" before a number is a count.
                return true
            }
            index -= 1
        }
        let reach = last + 5 + longestAfter
        var clauseEnd = clauseEnd(after: last, in: text, upperBound: min(range.upperBound, reach))
        // A comma followed by other words starts the next item of a list (spasms, range of motion
        // within normal limits): a post-negation there is that item's; one right after the comma
        // (spasm, negative) is still this phrase's.
        var cueStartLimit = Int.max
        for position in (last + 1)..<max(last + 1, clauseEnd) where commaBefore(position, in: text) {
            cueStartLimit = position
            break
        }
        if cueStartLimit != Int.max { clauseEnd = min(clauseEnd, cueStartLimit + longestAfter) }
        // A sequence that starts at `position` within reach (its end in the clause, at most four
        // words after the phrase, no later than a comma's item).
        var position = last + 1
        while position < clauseEnd && position - last <= 4 && position <= cueStartLimit {
            for cue in postByFirst.entries(of: text.tokens[position].id) {
                let words = postNegation[Int(cue)]
                if position + words.count <= clauseEnd, text.tokens.spells(words, at: position),
                    !deniesOutcome(after: position + words.count, in: text)
                {
                    return true
                }
            }
            position += 1
        }
        return false
    }

    /// Whether token `index` is a clause verb (the `clause_verbs` cue set: "reports", "is", "helps").
    private func isClauseVerb(_ index: Int, in text: CaseText) -> Bool {
        let id = text.tokens[index].id
        return id >= 0 && Int(id) < clauseVerbs.count && clauseVerbs[Int(id)]
    }

    /// Whether token `index` (right after a post-negation sequence) is an outcome word: "PT was not
    /// helpful" denies the benefit, not the therapy.
    private func deniesOutcome(after index: Int, in text: CaseText) -> Bool {
        guard index < text.tokens.count else { return false }
        let id = text.tokens[index].id
        return id >= 0 && Int(id) < outcomes.count && outcomes[Int(id)]
    }

    /// Whether the tokens before `first` in its clause hedge it.
    func isHedged(_ first: Int, in text: CaseText, sentence: Int) -> Bool {
        let range = text.sentences[sentence].tokens
        let clauseStart = clauseStart(before: first, in: text, lowerBound: max(range.lowerBound, first - Self.window))
        var index = first - 1
        while index >= clauseStart && first - index <= Self.window {
            if has(hedges, text.tokens[index].id) && !isMonth(index, in: text) { return true }
            if endsSequence(hedgeSequences, hedgeByLast, at: index, from: clauseStart, in: text) { return true }
            index -= 1
        }
        return false
    }

    /// Whether token `index` is a month before a number ("On May 5, 2016", "in May 2016"), not a hedge.
    private func isMonth(_ index: Int, in text: CaseText) -> Bool {
        guard has(months, text.tokens[index].id), index + 1 < text.tokens.count else { return false }
        let next = text.word(at: index + 1)
        return next.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    private func clauseStart(before token: Int, in text: CaseText, lowerBound: Int) -> Int {
        var index = token - 1
        while index >= lowerBound {
            if has(boundaries, text.tokens[index].id) || text.tokens[index + 1].semicolonBefore { return index + 1 }
            index -= 1
        }
        return lowerBound
    }

    private func clauseEnd(after token: Int, in text: CaseText, upperBound: Int) -> Int {
        var index = token + 1
        while index < upperBound {
            if has(boundaries, text.tokens[index].id) || text.tokens[index].semicolonBefore { return index }
            index += 1
        }
        return upperBound
    }

    /// Whether a comma stands between token `index` and the one before it.
    private func commaBefore(_ index: Int, in text: CaseText) -> Bool {
        index > 0 && text.bytes[text.tokens[index - 1].end..<text.tokens[index].start].contains(44)
    }

    /// Whether one of `sequences` (indexed by their last word in `byLast`) ends at token `index` and
    /// starts at or after `start`.
    private func endsSequence(_ sequences: [[Int32]], _ byLast: WordIndex, at index: Int, from start: Int, in text: CaseText) -> Bool {
        for cue in byLast.entries(of: text.tokens[index].id) {
            let words = sequences[Int(cue)]
            if index - words.count + 1 >= start, text.tokens.spells(words, at: index - words.count + 1) { return true }
        }
        return false
    }

    @inline(__always) private func has(_ flags: [Bool], _ id: Int32) -> Bool { id >= 0 && flags[Int(id)] }
}

/// Entries (sequence numbers) listed by a word id: the entries of word `w` are
/// `entries[start[w]..<start[w + 1]]`, in order.
struct WordIndex: Sendable {
    private let start: [Int32]
    private let numbers: [Int32]

    /// The index of entries `0..<keys.count`, entry `e` under word id `keys[e]` (of `words` word ids).
    init(_ keys: [Int32], words: Int) {
        var start = Array(repeating: Int32(0), count: words + 1)
        for key in keys where key >= 0 && Int(key) < words { start[Int(key) + 1] += 1 }
        for word in 0..<words { start[word + 1] += start[word] }
        var numbers = Array(repeating: Int32(0), count: Int(start[words]))
        var next = start
        for (entry, key) in keys.enumerated() where key >= 0 && Int(key) < words {
            numbers[Int(next[Int(key)])] = Int32(entry)
            next[Int(key)] += 1
        }
        (self.start, self.numbers) = (start, numbers)
    }

    /// The entries under word `id` (none for an unknown word).
    @inline(__always) func entries(of id: Int32) -> ArraySlice<Int32> {
        guard id >= 0, Int(id) + 1 < start.count else { return [] }
        return numbers[Int(start[Int(id)])..<Int(start[Int(id) + 1])]
    }
}
