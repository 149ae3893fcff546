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
/// one half of an elliptical pair and negates nothing (a with/without pair of pain scores), nor does
/// one reach past a comma a phrase that opens with a negation of its own ("no caffeine after"). A
/// coordinator followed by a clause opener ("and that") or a clause verb ("and reports") ends the
/// clause a pre-negation reaches.
final class NegationDetector: Sendable {
    /// How many words before a phrase a pre-negation cue may stand.
    static let window = 12

    /// Per word id: whether the word negates what follows it in its clause ("no", "denies").
    let preNegation: [Bool]
    /// Per word id: whether the word, right after a post-negation sequence, makes it deny an outcome
    /// rather than what precedes it (the `negated_outcomes` cue set).
    let outcomes: [Bool]
    /// Per word id: whether the word is a verb that, after a comma, opens a clause of its own (the
    /// `clause_verbs` cue set), so that a negation before the comma does not reach it.
    let clauseVerbs: [Bool]
    /// Per word id: whether the word, right after a coordinator, opens a clause of its own (the
    /// `clause_openers` cue set: "and that"), so that a negation before the coordinator does not reach it.
    let openers: [Bool]
    /// Per word id: whether the word ends a clause ("but", "however").
    let boundaries: [Bool]
    /// Per word id: whether the word joins two coordinated parts (the `coordinators` cue set).
    let coordinators: [Bool]
    /// Per word id: whether the word hedges what follows it in its clause ("possible", "may").
    let hedges: [Bool]
    /// Per word id: whether the word names a change or an outcome ("improvement", "relief") that,
    /// right before a `changeLinks` word, takes a pre-negation for itself: "no improvement with
    /// PT", "did not respond to chiropractic care" deny the change, not the treatment after it.
    let changes: [Bool]
    /// Per word id: whether the word links a change to what brought it ("with", "from", "to").
    let changeLinks: [Bool]
    /// Per word id: whether the word, right after a pre-negation, takes it for itself only
    /// (`negated_objects`: "no refills", "without substitution"): "ondansetron #9, no refills
    /// (nausea after surgery)" denies the refills, not the surgery's nausea after them.
    let objects: [Bool]
    /// Per word id: whether the word may end a post-negation sequence as a verb that a particle
    /// after it makes another verb (`phrasal_negation_ends`: "gone"), and whether the word is such
    /// a particle (`phrasal_particles`: "up", "back"): "the dizziness has gone" denies it, "pain has
    /// gone up" does not.
    let phrasalEnds: [Bool]
    let particles: [Bool]
    /// Per word id: whether the word (or the last word of its abbreviation: "w/o") is a negation
    /// that belongs to the phrase before it (`attached_negation`: "without"), which a comma before
    /// a new complaint ends (``complaintOpeners``).
    let attached: [Bool]
    /// Per word id: whether the word, right after a comma, opens a new complaint (`complaint_openers`:
    /// a side or a region's first word): "neck pain without radicular symptoms, low back pain
    /// radiating to the left leg" does not deny the leg's radiation.
    let complaintOpeners: [Bool]
    /// Per word id: whether the word is a determiner that, after a comma or a joiner ("and"), opens
    /// a noun phrase (`phrase_openers`); a joiner (`phrase_joiners`); a verb of such a phrase
    /// (`phrase_verbs`). A phrase so opened with a verb of its own, no coordinator before the verb,
    /// is another statement: "showed no other substances, the CURES report reviewed today lists no
    /// other prescribers, and a signed opioid agreement is on file" does not deny the report or the
    /// agreement; "No CURES report, the pain agreement or a drug screen is on file" denies all three.
    let phraseOpeners: [Bool]
    let phraseJoiners: [Bool]
    let phraseVerbs: [Bool]
    /// Per word id: whether the word, right after a `phrase_joiners` word, opens another clause
    /// (`joined_clause_verbs`: a verb of the writer's own act in the past, a subject): "negative for
    /// all substances and reviewed CURES" does not deny the check. Not when the word before the joiner
    /// is such a verb or a clause verb too, or stands right after a verbal negation
    /// (`joined_verb_negations`): two verbs share one negation ("has not queried and reviewed CURES",
    /// "has not read and signed the agreement").
    let joinedVerbs: [Bool]
    let joinedNegations: [Bool]
    /// Per word id: a plural copula after a joined subject (`subject_copulas`: "are", "were"), and a
    /// quantifier between it and its predicate (`subject_quantifiers`: "both").
    let subjectCopulas: [Bool]
    let subjectQuantifiers: [Bool]
    /// Per word id: a finding affirmed in its own phrase (`affirmed_results`: "positive"), and a word
    /// that, right after a post-negation's first word, tells it of a place (`result_place_links`:
    /// "at", "on"): "Tinel's positive at the tarsal tunnel and negative at the fibular head" keeps
    /// the positive, the negation being the other place's.
    let affirmations: [Bool]
    let placeLinks: [Bool]
    /// Per word id: whether the word opens a reason (`negation_reasons`: "because"), a statement a
    /// negation before it does not reach ("pain not controlled because the medications have caused
    /// side effects"), unless that negation stands right before it ("not because of the cost").
    let reasons: [Bool]
    /// Per word id: whether the word names a month (a hedge that does, `may`, is the month before a number).
    private let months: [Bool]
    /// The length of the longest post-negation sequence.
    private let longestAfter: Int
    /// Word sequences that negate what precedes them ("negative", "within normal limits"), as word
    /// ids keyed by their first word; those that negate what follows them ("w o", the abbreviation
    /// of "without") and those that hedge it ("rule out", "r o"), keyed by their last: a position is
    /// compared only with the sequences its word may start or end.
    private let postByFirst: KeyedSequences
    private let preByLast: KeyedSequences
    private let hedgeByLast: KeyedSequences
    /// Per word id: whether the word may end a pre-negation (a `negation_before` word, or the last
    /// word of such a sequence; bit 1), may end a hedge (bit 2), or may start a post-negation
    /// sequence (bit 4) (``marks(of:)``).
    private let markFlags: [UInt8]

    /// A detector over the word ids of `words`; the flag arrays are indexed by word id.
    init(
        words: WordTable, before: [Bool], beforeSequences: [[String]] = [], after: [[String]], outcomes: [Bool] = [],
        clauseVerbs: [Bool] = [], openers: [Bool] = [], boundaries: [Bool],
        coordinators: [Bool], hedges: [Bool], hedgeSequences: [[String]] = [], months: [Bool], changes: [Bool] = [],
        changeLinks: [Bool] = [], objects: [Bool] = [], phrasalEnds: [Bool] = [], particles: [Bool] = [], attached: [Bool] = [],
        complaintOpeners: [Bool] = [], phraseOpeners: [Bool] = [],
        phraseJoiners: [Bool] = [], phraseVerbs: [Bool] = [], joinedVerbs: [Bool] = [],
        joinedNegations: [Bool] = [], subjectCopulas: [Bool] = [], subjectQuantifiers: [Bool] = [], affirmations: [Bool] = [],
        placeLinks: [Bool] = [], reasons: [Bool] = []
    ) {
        preNegation = before
        func known(_ sequences: [[String]]) -> [[Int32]] {
            sequences.map { $0.map(words.id) }.filter { !$0.isEmpty && !$0.contains(WordTable.unknown) }
        }
        longestAfter = after.map(\.count).max() ?? 0
        self.outcomes = outcomes
        self.clauseVerbs = clauseVerbs
        self.openers = openers
        self.boundaries = boundaries
        self.coordinators = coordinators
        self.hedges = hedges
        self.months = months
        self.changes = changes
        self.changeLinks = changeLinks
        self.objects = objects
        self.phrasalEnds = phrasalEnds
        self.particles = particles
        self.attached = attached
        self.complaintOpeners = complaintOpeners
        self.phraseOpeners = phraseOpeners
        self.phraseJoiners = phraseJoiners
        self.phraseVerbs = phraseVerbs
        self.joinedVerbs = joinedVerbs
        self.joinedNegations = joinedNegations
        self.subjectCopulas = subjectCopulas
        self.subjectQuantifiers = subjectQuantifiers
        self.affirmations = affirmations
        self.placeLinks = placeLinks
        self.reasons = reasons
        let (post, pre, hedge) = (
            KeyedSequences(known(after), byLast: false, words: words.count),
            KeyedSequences(known(beforeSequences), byLast: true, words: words.count),
            KeyedSequences(known(hedgeSequences), byLast: true, words: words.count)
        )
        (postByFirst, preByLast, hedgeByLast) = (post, pre, hedge)
        markFlags = (0..<Int32(words.count)).map { id in
            var flag: UInt8 = 0
            if Int(id) < before.count && before[Int(id)] || pre.keys(id) { flag |= 1 }
            if Int(id) < hedges.count && hedges[Int(id)] || hedge.keys(id) { flag |= 2 }
            if post.keys(id) { flag |= 4 }
            return flag
        }
    }

    /// Whether the tokens `first...last` of `sentence` are negated. Only the words within reach of
    /// a cue are read (``window`` before, four and a cue's length after), so the cost does not grow
    /// with the sentence; the clause's bounds are the text's (``CaseText/clauseStart(of:from:)``),
    /// found once per text for every phrase that negation and hedging read.
    func isNegated(_ first: Int, _ last: Int, in text: CaseText, sentence: Int) -> Bool {
        let range = text.sentences[sentence].tokens
        let tokens = text.tokens
        let clauseStart = text.clauseStart(of: first, from: max(range.lowerBound, first - Self.window))
        // Only a pre-negation word, or the last word of a pre-negation sequence, makes the walk back
        // answer true; with none between the clause's start and the phrase, it need not run.
        if text.marks.previousNegation(before: first) >= clauseStart, negatedBefore(first, last, tokens, clauseStart, end: range.upperBound)
        {
            return true
        }
        // A list's head denies its items ("Denies:" over "- fever", "- saddle numbness"), and a
        // label is denied by the negation that opens its list ("Mechanical sx: no locking").
        // So is a treatment offered and declined ("A steroid injection was offered; she declined").
        if text.isInNegatedList(first) || text.isInDeclinedOffer(first) || negatesLabel(first, last, in: text, sentence: sentence) {
            return true
        }
        // Likewise only the first word of a post-negation sequence makes the walk forward answer true.
        let next = text.marks.nextPostNegation(after: last) - last
        if next <= 4, negatedAfter(first, last, tokens, range: range, in: text) { return true }
        if next <= Self.answerReach, answeredAfterColon(first, last, tokens, range: range, in: text) { return true }
        return next <= Self.subjectReach && deniedWithJoinedSubject(first, last, tokens, range: range, in: text)
    }

    /// How many words after a phrase the answer of its list, after a colon, may start.
    static let answerReach = 14

    /// Whether the tokens `first...last` are an item of a list of names that a colon closes and a
    /// post-negation right after the colon answers, every item alike: "docusate, bisacodyl or
    /// lactulose: never tried", "PT, chiropractic, acupuncture: declined". The list opens its
    /// clause (a line, a list item, a spaced dash, a sentence or a `;`'s part) with no colon before the phrase (the
    /// items of a label's list, "Tried: docusate, senna", are not its answer's), and holds no number
    /// (a drug told with its dose is a use told, "docusate 100 mg, senna 2 hs, NSAIDs: none"), no
    /// negation, no clause verb and no table's gap; an answer that denies an outcome judges the
    /// items, it does not deny them ("gabapentin, nortriptyline: not tolerated").
    private func answeredAfterColon(_ first: Int, _ last: Int, _ tokens: [Token], range: Range<Int>, in text: CaseText) -> Bool {
        let bytes = text.bytes
        var start = text.clauseStart(of: first, from: range.lowerBound)
        let end = text.clauseEnd(after: last, before: range.upperBound)
        // In a paragraph whose lines were joined (a letter's summary), a spaced dash opens the
        // list's item as a line's bullet does ("... in 10/2016 - docusate, senna: not tried").
        if first > start,
            let item = (max(start + 1, first - Self.answerReach)...first).last(where: { position in
                ListItems.marksBeforeSpacedBullet(bytes[tokens[position - 1].end..<tokens[position].start], in: bytes)?.isEmpty == true
            })
        {
            start = item
        }
        guard first - start <= Self.answerReach else { return false }
        // Whether the token at `position` may stand in a list of names; the gap before a token (after
        // the one before it); a table's gap (a tab, two spaces in a row).
        func listed(_ position: Int) -> Bool {
            let token = tokens[position]
            return token.digits == Token.notDigits && !has(preNegation, token.id) && !has(clauseVerbs, token.id)
        }
        func gap(before position: Int) -> ArraySlice<UInt8> { bytes[tokens[position - 1].end..<tokens[position].start] }
        func tabled(_ gap: ArraySlice<UInt8>) -> Bool { gap.contains(9) || zip(gap, gap.dropFirst()).contains { $0 == 32 && $1 == 32 } }
        for position in start...last {
            guard listed(position) else { return false }
            if position > start, gap(before: position).contains(58) || tabled(gap(before: position)) { return false }
        }
        var position = last + 1
        while position < end, position - start <= 2 * Self.answerReach {
            let before = gap(before: position)
            if before.contains(58) {
                let reach = text.clauseEnd(after: position, before: min(range.upperBound, position + longestAfter + 1))
                return postByFirst.match(
                    tokens[position].id, at: position, endingThere: false, in: tokens, within: position, reach,
                    accept: { !deniesOutcome(after: $0, in: tokens) }) != nil
            }
            guard !tokens[position].semicolonBefore, !tabled(before), listed(position) else { return false }
            position += 1
        }
        return false
    }

    /// How many words after a phrase the post-negation of a joined subject may start.
    static let subjectReach = 10

    /// Whether the tokens `first...last` open a subject joined to another by a coordinator, and the
    /// predicate after both denies them: a `subject_copulas` word ("are", "were") within six words
    /// after the coordinator, no comma or `;` between, and a post-negation sequence right after it (a
    /// `subject_quantifiers` word between: "both"): "Lachman and anterior drawer are negative",
    /// "Anterior drawer and talar tilt are both negative". The phrase opens its clause, a comma's or
    /// a label's part (a determiner before it): "has pain and the tests are negative" denies no pain.
    private func deniedWithJoinedSubject(_ first: Int, _ last: Int, _ tokens: [Token], range: Range<Int>, in text: CaseText) -> Bool {
        guard last + 2 < range.upperBound, has(coordinators, tokens[last + 1].id), !tokens[last + 1].commaBefore,
            !tokens[last + 1].semicolonBefore
        else { return false }
        var start = first
        if start > range.lowerBound, has(phraseOpeners, tokens[start - 1].id) { start -= 1 }
        let opens =
            start == range.lowerBound || tokens[start].commaBefore || tokens[start].semicolonBefore
            || text.clauseStart(of: start, from: max(range.lowerBound, start - 1)) == start
            || text.bytes[tokens[start - 1].end..<tokens[start].start].contains(58)
        guard opens else { return false }
        var copula: Int?
        for position in (last + 2)..<min(range.upperBound, last + 8) {
            if tokens[position].commaBefore || tokens[position].semicolonBefore { return false }
            if has(subjectCopulas, tokens[position].id) {
                copula = position
                break
            }
        }
        guard let copula else { return false }
        var position = copula + 1
        if position < range.upperBound, has(subjectQuantifiers, tokens[position].id) { position += 1 }
        guard position < range.upperBound, !tokens[position].commaBefore, !tokens[position].semicolonBefore else { return false }
        let end = text.clauseEnd(after: position - 1, before: min(range.upperBound, position + longestAfter))
        return postByFirst.match(
            tokens[position].id, at: position, endingThere: false, in: tokens, within: position, end,
            accept: { !deniesOutcome(after: $0, in: tokens) }) != nil
    }

    /// Whether the head of a list (`head`: the tokens of the line before its first item, which ends
    /// in `:`) denies every item under it: a pre-negation word stands in it ("Denies:", "Negative
    /// for:", "No mechanical symptoms:", "Has not tried:") with no change word after it and no
    /// outcome word right after it ("No relief from:", "Not helpful:" judge the items, they do not
    /// deny them), nor a clause boundary after it.
    func negatesList(head: Range<Int>, in tokens: [Token]) -> Bool {
        guard let negation = head.last(where: { has(preNegation, tokens[$0].id) }) else { return false }
        if negation + 1 < head.upperBound, has(outcomes, tokens[negation + 1].id) { return false }
        return !((negation + 1)..<head.upperBound).contains { position in
            has(changes, tokens[position].id) || has(boundaries, tokens[position].id) || tokens[position].semicolonBefore
        }
    }

    /// Whether the tokens `first...last` of sentence `sentence` open the sentence's label
    /// and the negation that opens its list denies them too: a `:` or a spaced dash right after
    /// them, then a pre-negation word ("Red flags: denies fever or weight loss", "Mechanical sx - no
    /// locking or catching"), no label mark before them, and no change word within three words of
    /// the negation nor an outcome word right after it ("PT: no real relief", "Chiro: not helpful"
    /// judge the care the label names, "Lyrica: not tolerated" tells it taken).
    private func negatesLabel(_ first: Int, _ last: Int, in text: CaseText, sentence: Int) -> Bool {
        // The word after the label is read first: most labels are followed by no negation word.
        let tokens = text.tokens
        let negation = last + 1
        guard negation < tokens.count, has(preNegation, tokens[negation].id) else { return false }
        let range = text.sentences[sentence].tokens
        guard negation < range.upperBound, first - range.lowerBound < CaseText.openingLabelWords else { return false }
        let bytes = text.bytes
        let gap = bytes[tokens[last].end..<tokens[negation].start]
        guard gap.contains(58) || gap.contains(45) && gap.first == 32 && gap.last == 32 else { return false }
        guard !bytes[text.sentences[sentence].start..<tokens[first].start].contains(58) else { return false }
        if negation + 1 < range.upperBound, has(outcomes, tokens[negation + 1].id) { return false }
        return !((negation + 1)..<min(range.upperBound, negation + 4)).contains { has(changes, tokens[$0].id) }
    }

    /// Whether a pre-negation word or sequence in the clause before `first` (from `clauseStart`)
    /// negates the tokens `first...last`.
    private func negatedBefore(_ first: Int, _ last: Int, _ tokens: [Token], _ clauseStart: Int, end: Int) -> Bool {
        // A phrase that opens with a negation of its own, after a comma, is a list's next item read
        // as written: a negation before the comma does not deny it again ("no screens in bed, no
        // caffeine after lunch": two measures kept; "no weakness, negative straight leg raise").
        let ownNegation = has(preNegation, tokens[first].id)
        var index = first - 1
        // Whether a clause verb stands between the word read and the phrase's end (the phrase's own
        // words included): a comma before such words opens another clause, which a negation
        // before the comma does not reach ("denies constipation, reports improved function").
        var verb = false
        for position in first...last where has(clauseVerbs, tokens[position].id) {
            verb = true
            break
        }
        while index >= clauseStart {
            let next = tokens[index + 1]
            if index + 1 < first, has(clauseVerbs, next.id) { verb = true }
            if verb, next.commaBefore { break }
            // A change and its link before the phrase ("no improvement with PT"): a negation further
            // back is the change's.
            if index + 1 < first, has(changes, tokens[index].id), has(changeLinks, next.id) { break }
            // A coordinator and a clause opener ("and that") or a clause verb ("denies nausea and
            // reports ...", "has no numbness and has tried ..."): what stands before them is another
            // clause. A verb that repeats the word before the coordinator ("whether he was or was
            // not working") is one of two alternatives, not a clause of its own.
            if index < first, opensStatement(at: index, through: min(end - 1, last + 8), tokens, clauseStart) { break }
            if index < first, opensJoinedClause(at: index, tokens, clauseStart) { break }
            // A reason before the phrase ("... not controlled because the medications have caused
            // side effects") is a statement of its own, unless a negation denies the reason itself.
            if index < first, has(reasons, tokens[index].id), index == clauseStart || !has(preNegation, tokens[index - 1].id) {
                break
            }
            if index > clauseStart, has(coordinators, tokens[index - 1].id),
                has(openers, tokens[index].id)
                    || (has(clauseVerbs, tokens[index].id) && (index < clauseStart + 2 || tokens[index - 2].id != tokens[index].id))
            {
                break
            }
            let elliptical = index + 1 < first && has(coordinators, next.id)
            if !elliptical,
                has(preNegation, tokens[index].id)
                    || preByLast.match(tokens[index].id, at: index, endingThere: true, in: tokens, within: clauseStart, index + 1) != nil
            {
                // A negation that belongs to the phrase before it ("without") does not reach past a
                // comma before a new complaint ("…, low back pain radiating to the left leg").
                if has(attached, tokens[index].id),
                    ((index + 1)...first).contains(where: { tokens[$0].commaBefore && has(complaintOpeners, tokens[$0].id) })
                {
                    index -= 1
                    continue
                }
                // A negation whose own object stands right after it, before the phrase ("no refills"),
                // is that object's: it denies nothing further on, unless a coordinator after the
                // object makes the phrase another item of a list the negation governs ("no refills
                // or lost prescriptions"). A qualified object is no prescription's term ("no early
                // refills, lost prescriptions or other aberrant behavior" denies a behaviour list).
                if index + 1 < first, has(objects, tokens[index + 1].id),
                    !((index + 2)..<first).contains(where: { has(coordinators, tokens[$0].id) })
                {
                    index -= 1
                    continue
                }
                if ownNegation, ((index + 1)...first).contains(where: { tokens[$0].commaBefore }) { return false }
                // "not only", "no longer" + positive, "negative" as a finding name are rare; "no" before a number is a count.
                return true
            }
            index -= 1
        }
        return false
    }

    /// Whether the determiner at `index`, after a comma or a joiner, opens a noun phrase with a verb
    /// of its own: a `phrase_verbs` word after it up to `limit` (eight words past the phrase, within
    /// its sentence), before any comma, semicolon or coordinator.
    private func opensStatement(at index: Int, through limit: Int, _ tokens: [Token], _ clauseStart: Int) -> Bool {
        guard has(phraseOpeners, tokens[index].id),
            tokens[index].commaBefore || index > clauseStart && has(phraseJoiners, tokens[index - 1].id)
        else { return false }
        var position = index + 1
        while position <= limit {
            let token = tokens[position]
            if token.commaBefore || token.semicolonBefore || has(coordinators, token.id) { return false }
            if has(phraseVerbs, token.id) { return true }
            position += 1
        }
        return false
    }

    /// Whether the word at `index` opens another clause after a joiner: a `joined_clause_verbs` word
    /// right after a `phrase_joiners` word, the word before the joiner being no such verb, no clause
    /// verb and not right after a verbal negation (two verbs joined share the negation before them).
    private func opensJoinedClause(at index: Int, _ tokens: [Token], _ clauseStart: Int) -> Bool {
        guard has(joinedVerbs, tokens[index].id), index > clauseStart, has(phraseJoiners, tokens[index - 1].id) else { return false }
        guard index - 1 > clauseStart else { return true }
        let before = tokens[index - 2].id
        if index - 2 > clauseStart, has(joinedNegations, tokens[index - 3].id) { return false }
        return !has(joinedVerbs, before) && !has(clauseVerbs, before)
    }

    /// Whether a post-negation sequence after `last` in its clause (within `range`, the sentence's
    /// tokens) negates what precedes it (the phrase `first...last`). One told of another place after
    /// a coordinator or a comma (``placeLinks``) does not deny a phrase that affirms its own finding
    /// (``affirmations``), and one a pre-negation word stands before, after the phrase, is itself
    /// denied ("infection cannot be ruled out", "a fracture has not been excluded": still possible).
    private func negatedAfter(_ first: Int, _ last: Int, _ tokens: [Token], range: Range<Int>, in text: CaseText) -> Bool {
        let reach = last + 5 + longestAfter
        var clauseEnd = text.clauseEnd(after: last, before: min(range.upperBound, reach))
        // A comma followed by other words starts the next item of a list (spasms, range of motion
        // within normal limits): a post-negation there is that item's; one right after the comma
        // (spasm, negative) is still this phrase's.
        var cueStartLimit = Int.max
        for position in (last + 1)..<max(last + 1, clauseEnd) where tokens[position].commaBefore {
            cueStartLimit = position
            break
        }
        if cueStartLimit != Int.max { clauseEnd = min(clauseEnd, cueStartLimit + longestAfter) }
        // A sequence that starts at `position` within reach (its end in the clause, at most four
        // words after the phrase, no later than a comma's item).
        var position = last + 1
        while position < clauseEnd && position - last <= 4 && position <= cueStartLimit {
            let found = postByFirst.match(
                tokens[position].id, at: position, endingThere: false, in: tokens, within: position, clauseEnd,
                accept: { !deniesOutcome(after: $0, in: tokens) })
            if found != nil, !isAnotherPlaces(position, first, last, tokens, clauseEnd: clauseEnd),
                !((last + 1)..<position).contains(where: { has(preNegation, tokens[$0].id) })
            {
                return true
            }
            position += 1
        }
        return false
    }

    /// Whether the post-negation starting at `position` is told of another place than the phrase
    /// `first...last` that affirms its own finding: a coordinator or a comma between them, and a
    /// place link right after the negation's first word.
    private func isAnotherPlaces(_ position: Int, _ first: Int, _ last: Int, _ tokens: [Token], clauseEnd: Int) -> Bool {
        guard position + 1 < clauseEnd, has(placeLinks, tokens[position + 1].id),
            (first...last).contains(where: { has(affirmations, tokens[$0].id) })
        else { return false }
        return ((last + 1)...position).contains { tokens[$0].commaBefore }
            || ((last + 1)..<position).contains { has(coordinators, tokens[$0].id) }
    }

    /// Whether the post-negation sequence that ends right before `tokens[index]` denies nothing of
    /// what precedes it: `tokens[index]` is an outcome word ("PT was not helpful" denies the benefit,
    /// not the therapy), or a particle after the sequence's phrasal verb ("pain has gone up", "has
    /// gone back to work": another verb).
    private func deniesOutcome(after index: Int, in tokens: [Token]) -> Bool {
        index < tokens.count
            && (has(outcomes, tokens[index].id) || index > 0 && has(particles, tokens[index].id) && has(phrasalEnds, tokens[index - 1].id))
    }

    /// Whether the tokens before `first` in its clause hedge it.
    func isHedged(_ first: Int, in text: CaseText, sentence: Int) -> Bool {
        let range = text.sentences[sentence].tokens
        let tokens = text.tokens
        let clauseStart = text.clauseStart(of: first, from: max(range.lowerBound, first - Self.window))
        // Only a hedging word or the last word of a hedging sequence answers true: the walk back
        // goes from one such word to the one before it (``NegationMarks``), the words between
        // them answering nothing.
        var index = text.marks.previousHedge(before: first)
        while index >= clauseStart {
            if has(hedges, tokens[index].id) && !isMonth(index, in: text) { return true }
            if hedgeByLast.match(tokens[index].id, at: index, endingThere: true, in: tokens, within: clauseStart, index + 1) != nil {
                return true
            }
            index = text.marks.previousHedge(before: index)
        }
        return false
    }

    /// Whether token `index` is a month before a number ("On May 5, 2016", "in May 2016"), not a hedge.
    private func isMonth(_ index: Int, in text: CaseText) -> Bool {
        guard has(months, text.tokens[index].id), index + 1 < text.tokens.count else { return false }
        let next = text.word(at: index + 1)
        return next.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    @inline(__always) private func has(_ flags: [Bool], _ id: Int32) -> Bool { id >= 0 && Int(id) < flags.count && flags[Int(id)] }

    /// Where the words that can negate or hedge a phrase stand in `tokens` (a text's), found once
    /// per text: ``isNegated(_:_:in:sentence:)`` and ``isHedged(_:in:sentence:)`` read their clause
    /// word by word only when such a word stands within reach.
    func marks(of tokens: [Token]) -> NegationMarks {
        let count = tokens.count
        // Per token `i`: at `3 * i` the last token before it that may end a pre-negation, at
        // `3 * i + 1` one that may end a hedge (-1: none), at `3 * i + 2` the first from it on
        // that may start a post-negation sequence (`count`: none); and the same at `count`.
        let marks = [Int32](unsafeUninitializedCapacity: 3 * (count + 1)) { marks, initialized in
            markFlags.withUnsafeBufferPointer { flags in
                tokens.withUnsafeBufferPointer { tokens in
                    @inline(__always) func flag(_ index: Int) -> UInt8 {
                        let id = Int(tokens[index].id)
                        return id >= 0 && id < flags.count ? flags[id] : 0
                    }
                    var (negation, hedge): (Int32, Int32) = (-1, -1)
                    for index in 0..<count {
                        marks[3 * index] = negation
                        marks[3 * index + 1] = hedge
                        let flag = flag(index)
                        if flag & 1 != 0 { negation = Int32(index) }
                        if flag & 2 != 0 { hedge = Int32(index) }
                    }
                    var next = Int32(count)
                    (marks[3 * count], marks[3 * count + 1], marks[3 * count + 2]) = (negation, hedge, next)
                    for index in stride(from: count - 1, through: 0, by: -1) {
                        if flag(index) & 4 != 0 { next = Int32(index) }
                        marks[3 * index + 2] = next
                    }
                }
            }
            initialized = 3 * (count + 1)
        }
        return NegationMarks(marks: marks)
    }
}

/// Per token of a text, the nearest words before it that may negate or hedge what follows
/// (a pre-negation or hedging word, or the last word of such a sequence), and the nearest from it
/// on that may start a post-negation sequence (``NegationDetector/marks(of:)``).
struct NegationMarks: Sendable {
    fileprivate let marks: [Int32]

    /// The last token before `index` that may end a pre-negation, or -1.
    @inline(__always) func previousNegation(before index: Int) -> Int { Int(marks[3 * index]) }

    /// The last token before `index` that may end a hedge, or -1.
    @inline(__always) func previousHedge(before index: Int) -> Int { Int(marks[3 * index + 1]) }

    /// The first token after `index` that may start a post-negation sequence (the text's token
    /// count when none does).
    @inline(__always) func nextPostNegation(after index: Int) -> Int { Int(marks[3 * (index + 1) + 2]) }
}

/// Word sequences (as word ids) listed by one of their words, the first or the last: the
/// sequences that word `w` keys are `order[start[w]..<start[w + 1]]`, in the order given; sequence
/// `q` is `words[bounds[q]..<bounds[q + 1]]`. Flat arrays, so that reading a sequence retains nothing.
struct KeyedSequences: Sendable {
    private let words: [Int32]
    private let bounds: [Int32]
    private let start: [Int32]
    private let order: [Int32]

    /// `sequences` (none empty) keyed by their first word (`byLast` false) or their last, over `count` word ids.
    init(_ sequences: [[Int32]], byLast: Bool, words count: Int) {
        var bounds: [Int32] = [0]
        for sequence in sequences { bounds.append(bounds[bounds.count - 1] + Int32(sequence.count)) }
        words = sequences.flatMap { $0 }
        self.bounds = bounds
        let keys = sequences.map { byLast ? $0[$0.count - 1] : $0[0] }
        var start = Array(repeating: Int32(0), count: count + 1)
        for key in keys where key >= 0 && Int(key) < count { start[Int(key) + 1] += 1 }
        for word in 0..<count { start[word + 1] += start[word] }
        var order = Array(repeating: Int32(0), count: Int(start[count]))
        var next = start
        for (entry, key) in keys.enumerated() where key >= 0 && Int(key) < count {
            order[Int(next[Int(key)])] = Int32(entry)
            next[Int(key)] += 1
        }
        (self.start, self.order) = (start, order)
    }

    /// Whether some sequence is keyed by word `id`.
    @inline(__always) func keys(_ id: Int32) -> Bool { id >= 0 && Int(id) + 1 < start.count && start[Int(id)] < start[Int(id) + 1] }

    /// The length of the first sequence keyed by word `id` that `tokens` spell, starting at token
    /// `index` (keyed by the first word) or ending there (by the last), within `lower..<upper` and
    /// accepted by `accept` (given the token after the sequence), or `nil`.
    @inline(__always) func match(
        _ id: Int32, at index: Int, endingThere: Bool, in tokens: [Token], within lower: Int, _ upper: Int,
        accept: (Int) -> Bool = { _ in true }
    ) -> Int? {
        guard id >= 0, Int(id) + 1 < start.count else { return nil }
        for entry in Int(start[Int(id)])..<Int(start[Int(id) + 1]) {
            let sequence = Int(order[entry])
            let (from, to) = (Int(bounds[sequence]), Int(bounds[sequence + 1]))
            let count = to - from
            let first = endingThere ? index - count + 1 : index
            guard first >= lower, first + count <= upper else { continue }
            var offset = 0
            while offset < count, tokens[first + offset].id == words[from + offset] { offset += 1 }
            if offset == count, accept(first + count) { return count }
        }
        return nil
    }
}
