import IMRVocabulary

/// The moods of a summary that assert nothing beyond its questions (``Questions``): a condition
/// and what it governs, an alternative not chosen, and options weighed. Their words are read as no
/// words (``CaseText``), once for every fact family, as a question's are; the rest of the
/// sentence is read.
///
/// - A **condition** told as a prospect: a `mood_conditionals` word ("if", "unless"; not after a
///   `mood_if_cancels` word: "as if", "even if"), or a `mood_inversions` word opening a clause
///   ("Should the pain return after the injection, ..."), and its part (to a `,`, a `;`, a clause
///   boundary word, a `mood_then` word, the sentence's end). A condition that opens its clause (or
///   follows a coordinator that opens its part: "..., and if the pain persists, ...") asserts
///   nothing, with the part after its `,` or `mood_then` word to the clause's end, when they tell
///   a prospect (a `mood_prospects` word: a modal, a word of a plan or a referral): "if it is
///   positive, he will be casted", "if confirmed, referral to a foot surgeon", "if the scan is
///   clear he can return to full duty". A condition inside a clause asserts nothing, with the part
///   before it, when that part tells a prospect and no `mood_continuations` word ("we would
///   consider an injection if the swelling returns"). A condition of what happens as a rule is read
///   ("if he skips a dose the pain is back to 8/10", "the knee gives way if she pivots", "she will
///   keep up the exercises if they do not hurt"), and so is a state told as it stands ("if the
///   scan shows a fragment, she is a candidate for surgery"); a condition opened by "should" asserts
///   nothing in any case.
/// - An **alternative not chosen**: after a `mood_alternative_heads` word and the
///   `mood_alternative_links` word right after it ("rather than", "instead of", "in place of"), or
///   after a `mood_choice_over` word ("over") with a `mood_choice_verbs` word before it in its part
///   ("preferred diclofenac over naproxen"), to the end of the part or a `mood_reasons` word; not a
///   value compared ("40 minutes instead of 10": a number after the link).
/// - A **general instruction**: a sentence whose subject is any result of a kind (a
///   `mood_generic_subjects` word opening it, its label's list, or the clause after a
///   `mood_instruction_leads` word, and a `mood_result_words` word before the instruction) and whose
///   verb is an instruction (a `mood_instruction_modals` word: "should", "must", a bare "be"): a
///   laboratory's or a form's rule for such a result ("results inconsistent with the reported
///   medications should be confirmed by GC/MS before clinical decisions", "advises that any
///   inconsistent result be confirmed"), from its subject to the sentence's end. A result of this
///   case is told with a determiner of its own ("This result should be discussed").
/// - **Options weighed**: after a `mood_option_heads` word ("options", "choices") and a
///   `mood_option_links` word or a `:` right after it ("options discussed: ...", "the choices
///   are ..."), or after a `mood_choice_heads` word and a `mood_between` word ("a decision between
///   bracing and arthroscopy"), to the end of the clause or a `mood_choice_made` word.
enum Moods {
    /// The words the moods read by (by word id), from the cue data.
    struct Words {
        let conditionals: WordList
        let ifCancels: WordList
        let then: WordList
        let inversions: WordList
        let prospects: WordList
        let continuations: WordList
        let alternativeHeads: WordList
        let alternativeLinks: WordList
        let choiceOver: WordList
        let choiceVerbs: WordList
        let reasons: WordList
        let optionHeads: WordList
        let optionLinks: WordList
        let choiceHeads: WordList
        let between: WordList
        let choiceMade: WordList
        /// The words of a general instruction (``instruction(in:_:_:_:)``).
        let genericSubjects: WordList
        let resultWords: WordList
        let instructionModals: WordList
        let instructionLeads: WordList
        /// Words that name a surgery (``surgeryOptions``), and the negations that deny one right
        /// before it ("if she does not want surgery").
        let surgeryWords: WordList
        let negations: WordList
        let numbers: WordList
        let boundaries: [Bool]
        let coordinators: [Bool]

        init(_ cues: CueBook) {
            conditionals = cues.wordList(.moodConditionals)
            ifCancels = cues.wordList(.moodIfCancels)
            then = cues.wordList(.moodThen)
            inversions = cues.wordList(.moodInversions)
            prospects = cues.wordList(.moodProspects)
            continuations = cues.wordList(.moodContinuations)
            alternativeHeads = cues.wordList(.moodAlternativeHeads)
            alternativeLinks = cues.wordList(.moodAlternativeLinks)
            choiceOver = cues.wordList(.moodChoiceOver)
            choiceVerbs = cues.wordList(.moodChoiceVerbs)
            reasons = cues.wordList(.moodReasons)
            optionHeads = cues.wordList(.moodOptionHeads)
            optionLinks = cues.wordList(.moodOptionLinks)
            choiceHeads = cues.wordList(.moodChoiceHeads)
            between = cues.wordList(.moodBetween)
            choiceMade = cues.wordList(.moodChoiceMade)
            genericSubjects = cues.wordList(.moodGenericSubjects)
            resultWords = cues.wordList(.moodResultWords)
            instructionModals = cues.wordList(.moodInstructionModals)
            instructionLeads = cues.wordList(.moodInstructionLeads)
            surgeryWords = cues.wordList(.moodSurgeryWords)
            negations = cues.wordList(.negationBefore)
            numbers = cues.wordList(.numbers)
            boundaries = cues.negation.boundaries
            coordinators = cues.coordinators
            openers = cues.moodOpeners
        }

        /// Whether `token` is a coordinator ("and", "or") of the cue data.
        @inline(__always) func isCoordinator(_ token: Token) -> Bool {
            token.id >= 0 && Int(token.id) < coordinators.count && coordinators[Int(token.id)]
        }

        /// The words any mood may open at (``openerSets``): a sentence holding none is passed over
        /// with a word test per token.
        let openers: WordList
    }

    /// The sets whose words may open a mood (``CueBook/moodOpeners``).
    static let openerSets: [CueName] = [
        .moodConditionals, .moodInversions, .moodAlternativeHeads, .moodChoiceOver, .moodOptionHeads, .moodChoiceHeads,
        .moodInstructionModals,
    ]

    /// The token ranges that assert nothing in `sentences` (in text order; they may touch or
    /// overlap a question's, which asserts nothing either), and the sentences (by index) whose
    /// condition or options weighed name a surgery not denied right before it: "if the MRI shows
    /// a tear, arthroscopy would be recommended", "options: another injection or a fusion" tell a
    /// surgery the worker would consider an option (ACOEM ch. 12 p. 303), though they assert none
    /// planned. An alternative not chosen ("a brace rather than surgery") is none.
    static func spans(
        of bytes: [UInt8], tokens: [Token], sentences: [Sentence], words: Words
    ) -> (spans: [Range<Int>], surgeryOptions: [Int]) {
        var spans: [Range<Int>] = []
        var surgeryOptions: [Int] = []
        for (index, sentence) in sentences.enumerated() where !sentence.tokens.isEmpty {
            let range = sentence.tokens
            guard range.contains(where: { words.openers.contains(tokens[$0]) }) else { continue }
            if let instruction = instruction(in: range, bytes, tokens, words) {
                spans.append(instruction)
                continue
            }
            var token = range.lowerBound
            while token < range.upperBound {
                let before = spans.count
                if let end = condition(at: token, in: range, bytes, tokens, words, into: &spans)
                    ?? options(at: token, in: range, bytes, tokens, words, into: &spans)
                {
                    if surgeryOptions.last != index, spans[before...].contains(where: { namesSurgery($0, tokens, words) }) {
                        surgeryOptions.append(index)
                    }
                    token = max(end, token + 1)
                } else if let end = alternative(at: token, in: range, tokens, words, into: &spans) {
                    token = max(end, token + 1)
                } else {
                    token += 1
                }
            }
        }
        return (spans.sorted { $0.lowerBound < $1.lowerBound }, surgeryOptions)
    }

    /// A general instruction in `range` (a sentence): the tokens from its generic subject to the
    /// sentence's end, or `nil` when it tells none. The subject opens the sentence, the list after
    /// its label's `:` within its first six words, or the clause after a `mood_instruction_leads`
    /// word; a `mood_result_words` word stands from it to the instruction's modal.
    private static func instruction(in range: Range<Int>, _ bytes: [UInt8], _ tokens: [Token], _ words: Words) -> Range<Int>? {
        func opensSubject(_ index: Int) -> Bool {
            guard words.genericSubjects.contains(tokens[index]) else { return false }
            if index == range.lowerBound || words.instructionLeads.contains(tokens[index - 1]) { return true }
            return index - range.lowerBound < 6 && bytes[tokens[index - 1].end..<tokens[index].start].contains(58)
        }
        for start in range where opensSubject(start) {
            guard let modal = ((start + 1)..<range.upperBound).first(where: { words.instructionModals.contains(tokens[$0]) }),
                (start..<modal).contains(where: { words.resultWords.contains(tokens[$0]) })
            else { continue }
            return start..<range.upperBound
        }
        return nil
    }

    /// Whether `span` names a surgery (a `mood_surgery_words` word) with no negation in the three
    /// words before it.
    private static func namesSurgery(_ span: Range<Int>, _ tokens: [Token], _ words: Words) -> Bool {
        span.contains { index in
            words.surgeryWords.contains(tokens[index])
                && !(max(span.lowerBound, index - 3)..<index).contains { words.negations.contains(tokens[$0]) }
        }
    }

    /// A condition opening at `token`: appends its words and those it governs when it is a
    /// prospect, and returns the token after them, or `nil` when no condition opens there.
    private static func condition(
        at token: Int, in range: Range<Int>, _ bytes: [UInt8], _ tokens: [Token], _ words: Words, into spans: inout [Range<Int>]
    ) -> Int? {
        let opensClause = isClauseStart(token, in: range, bytes, tokens, words)
        let inversion = opensClause && words.inversions.contains(tokens[token])
        let opens =
            inversion
            || (words.conditionals.contains(tokens[token]) && !(token > range.lowerBound && words.ifCancels.contains(tokens[token - 1])))
        guard opens else { return nil }
        // The condition's own part.
        var end = token + 1
        while end < range.upperBound, !endsPart(end, tokens, words), !words.then.contains(tokens[end]) { end += 1 }
        func tellsProspect(_ part: Range<Int>) -> Bool { part.contains { words.prospects.contains(tokens[$0]) } }
        if opensClause {
            // With the part after it, to the clause's end, when they tell a prospect.
            let clauseEnd = self.clauseEnd(after: end, in: range, tokens, words)
            let governs = end < range.upperBound && (tokens[end].commaBefore || words.then.contains(tokens[end]))
            let reach = governs ? clauseEnd : end
            if tellsProspect(token..<reach) {
                if reach > token + 1 { spans.append((token + 1)..<reach) }
                return reach
            }
            if inversion, end > token + 1 { spans.append((token + 1)..<end) }
            return end
        }
        // With the part before it in its clause, when that part tells a prospect and continues nothing.
        var start = token
        while start > range.lowerBound, !endsPart(start, tokens, words) { start -= 1 }
        let part = start..<token
        if tellsProspect(part), !part.contains(where: { words.continuations.contains(tokens[$0]) }), start < end {
            spans.append(start..<end)
        }
        return end
    }

    /// An alternative not chosen at `token`: appends its words and returns the token after them,
    /// or `nil` when none is told there.
    private static func alternative(
        at token: Int, in range: Range<Int>, _ tokens: [Token], _ words: Words, into spans: inout [Range<Int>]
    ) -> Int? {
        let first: Int
        if words.alternativeHeads.contains(tokens[token]), token + 1 < range.upperBound, !tokens[token + 1].commaBefore,
            words.alternativeLinks.contains(tokens[token + 1])
        {
            first = token + 2
            // A value compared, not an alternative ("stands for 40 minutes instead of 10").
            if first < range.upperBound, tokens[first].digits != Token.notDigits || words.numbers.contains(tokens[first]) { return nil }
        } else if words.choiceOver.contains(tokens[token]) {
            var start = token
            while start > range.lowerBound, !endsPart(start, tokens, words) { start -= 1 }
            guard (start..<token).contains(where: { words.choiceVerbs.contains(tokens[$0]) }) else { return nil }
            first = token + 1
        } else {
            return nil
        }
        var end = first
        while end < range.upperBound, !endsPart(end, tokens, words), !words.reasons.contains(tokens[end]) { end += 1 }
        if end > first { spans.append(first..<end) }
        return end
    }

    /// Options weighed at `token`: appends their words and returns the token after them, or `nil`
    /// when none are told there.
    private static func options(
        at token: Int, in range: Range<Int>, _ bytes: [UInt8], _ tokens: [Token], _ words: Words, into spans: inout [Range<Int>]
    ) -> Int? {
        let next = token + 1
        guard next < range.upperBound, !tokens[next].semicolonBefore else { return nil }
        let first: Int
        if words.optionHeads.contains(tokens[token]) {
            if bytes[tokens[token].end..<tokens[next].start].contains(58) {
                first = next
            } else if words.optionLinks.contains(tokens[next]) {
                first = next + 1
            } else {
                return nil
            }
        } else if words.choiceHeads.contains(tokens[token]), words.between.contains(tokens[next]) {
            first = next + 1
        } else {
            return nil
        }
        var end = first
        while end < range.upperBound, !tokens[end].semicolonBefore, !words.choiceMade.contains(tokens[end]) { end += 1 }
        if end > first { spans.append(first..<end) }
        return end
    }

    /// Whether token `token` ends the part before it: a `,` or `;` before it, or a clause boundary
    /// word.
    @inline(__always) private static func endsPart(_ token: Int, _ tokens: [Token], _ words: Words) -> Bool {
        tokens[token].commaBefore || tokens[token].semicolonBefore || isBoundary(tokens[token], words)
    }

    /// The token that ends the clause of the tokens from `token`: the next after a `;` or a clause
    /// boundary word, or the sentence's end.
    private static func clauseEnd(after token: Int, in range: Range<Int>, _ tokens: [Token], _ words: Words) -> Int {
        var end = token
        while end < range.upperBound, end == token || !(tokens[end].semicolonBefore || isBoundary(tokens[end], words)) { end += 1 }
        return end
    }

    /// Whether token `token` opens its clause: it opens the sentence, follows a `;`, a `:` or a
    /// `(`, or a clause boundary word.
    private static func isClauseStart(_ token: Int, in range: Range<Int>, _ bytes: [UInt8], _ tokens: [Token], _ words: Words) -> Bool {
        guard token > range.lowerBound else { return true }
        if tokens[token].semicolonBefore || isBoundary(tokens[token - 1], words) { return true }
        // After a coordinator that opens its part ("..., and if the pain persists, ...").
        let previous = token - 1
        if words.isCoordinator(tokens[previous]),
            previous == range.lowerBound || tokens[previous].commaBefore || tokens[previous].semicolonBefore
        {
            return true
        }
        return bytes[tokens[token - 1].end..<tokens[token].start].contains { $0 == 58 || $0 == 40 }
    }

    @inline(__always) private static func isBoundary(_ token: Token, _ words: Words) -> Bool {
        token.id >= 0 && Int(token.id) < words.boundaries.count && words.boundaries[Int(token.id)]
    }
}
