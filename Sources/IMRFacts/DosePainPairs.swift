import IMRVocabulary

/// Pain with and without a drug, told in any shape (CPMTG 2009 "On-going management", p. 78, the
/// 4 A's: "current pain; the least reported pain ...; intensity of pain after taking the opioid;
/// how long it takes for pain relief; and how long pain relief lasts"): two pain values of one
/// sentence, one tied to the drug's presence, the other to its absence, by the words of their own
/// parts of the sentence, never by their order or their size.
///
/// A sentence is cut into parts at commas, semicolons, `coordinators` and `clause_boundary`
/// words. A part's state is told by a `dose_absent` phrase ("without", "before", "wears off", "runs
/// out", "skipped", "held", "off") or a `dose_present` one ("with", "on", "after", "taking",
/// "once", "takes effect"), each only when a dose is named within three words of it in its part
/// (a `dose_words` word, a `medication_words` word, a drug, a drug class or a `dose_pronouns`
/// word: "before his morning dose", "the medication is held", "after taking one", "with them");
/// an absence overlapping a presence in its reach is the absence ("once the medication wears
/// off"). A score takes the state of the nearest such phrase in its part; a score alone in a part
/// after a part with a state and no score takes that state ("an hour after it, 5/10"). A
/// `dose_lowering` verb whose part names a dose before it ("the tablets bring it down to 4/10", "it
/// takes the pain from a 7 to a 3") puts the score after its `to` with the drug and the one after
/// its `from`, or a score of the sentence before it with no state, without it. A table's header
/// ("with/without meds: 3/10 / 7/10") gives its two scores in its order.
///
/// A pair is read only when the score with the drug is lower than the one without it (a score
/// worse with the drug is no relief), outside review sentences, and not after a goal or a plan
/// ("the plan is to add a long-acting opioid to bring her pain from 8/10 to 4/10"). Two scores at
/// two visits, a procedure's before and after, an activity's have no dose named and give none.
struct DosePainPair: Sendable {
    var sentence: Int
    /// The tokens of the score with the drug and of the one without it.
    var withToken: Int
    var withoutToken: Int
    var with: Int
    var without: Int
    /// The drugs the pair speaks of: the subjects (``DrugScope``) of the parts that tied each score.
    var subjects: [DrugScope.Subject]

    /// How closely the pair speaks of drug `drug` (classes `classes`): its least specific subject
    /// that names a drug, `.other` when any names another drug only or a treatment.
    func relation(to drug: TermID, classes: TermSet) -> DrugScope.Relation {
        subjects.map { $0.relation(to: drug, classes: classes) }.max() ?? .unscoped
    }

    /// Whether the pair speaks of the medications in general or of no drug in particular.
    var isGeneral: Bool { subjects.allSatisfy { $0 == .medications || $0 == .none } }

    /// The relief the pair tells, as a percentage of the pain without the drug.
    var percent: Double { without > 0 ? (Double(without - with) / Double(without) * 1000).rounded() / 10 : 0 }
}

enum DosePainPairs {
    /// A state read in a part of a sentence: present (the drug taken) or absent.
    private struct State {
        var present: Bool
        var first: Int
        var last: Int
    }

    /// The pairs of the summary, outside review sentences, in text order (read once per summary).
    static func pairs(in analysis: CaseAnalysis) -> [DosePainPair] { analysis.cache.dosePainPairs { read(analysis) } }

    /// The pairs of the summary, read.
    private static func read(_ analysis: CaseAnalysis) -> [DosePainPair] {
        let scores = analysis.painScores
        guard !scores.isEmpty else { return [] }
        var pairs: [DosePainPair] = []
        var index = 0
        while index < scores.count {
            let sentence = scores[index].sentence
            var end = index
            while end < scores.count, scores[end].sentence == sentence { end += 1 }
            if !analysis.isReviewSentence(sentence),
                let pair = pair(in: sentence, scores: Array(scores[index..<end]), analysis)
            {
                pairs.append(pair)
            }
            index = end
        }
        return pairs
    }

    /// The pair of sentence `sentence` (`found`: its pain scores), if it tells one.
    private static func pair(in sentence: Int, scores found: [PainScore], _ analysis: CaseAnalysis) -> DosePainPair? {
        let text = analysis.text
        let cues = analysis.index.cues
        let tokens = text.tokens(of: sentence)
        var scored: [(value: Int, token: Int)] = found.compactMap { score in
            tokens.firstIndex { $0.start == score.offset }.map { (score.value, $0) }
        }
        // The parts of the sentence.
        let coordinators = cues.wordList(.coordinators)
        let boundaries = cues.wordList(.clauseBoundary)
        var partStarts = [tokens.startIndex]
        for position in tokens.indices.dropFirst() {
            let token = tokens[position]
            if token.commaBefore || token.semicolonBefore || coordinators.contains(token) || boundaries.contains(token) {
                partStarts.append(position)
            }
        }
        func part(of token: Int) -> Int { partStarts.lastIndex { $0 <= token } ?? 0 }
        func partRange(_ number: Int) -> Range<Int> {
            partStarts[number]..<(number + 1 < partStarts.count ? partStarts[number + 1] : tokens.endIndex)
        }
        let absent = cues.set(.doseAbsent).hits(in: text, sentence: sentence)
        let present = cues.set(.dosePresent).hits(in: text, sentence: sentence)
        // A digit count ending a part with no score and a state word, or right before the state
        // word, once the sentence holds a score ("with them a 5", "without the patches 8", "7 off
        // meds"): a score too, unless a unit or a scale follows it.
        let units = cues.wordList(.painScoreUnits)
        let scoredParts = Set(scored.map { part(of: $0.token) })
        let stateParts = Set((absent + present).map { part(of: $0.first) })
        for position in tokens.indices where tokens[position].digits >= 0 && tokens[position].digits <= 10 {
            let number = part(of: position)
            guard !scoredParts.contains(number), stateParts.contains(number),
                position == partRange(number).upperBound - 1 || (absent + present).contains(where: { $0.first == position + 1 }),
                !scored.contains(where: { $0.token == position })
            else { continue }
            let next = position + 1
            if next < tokens.endIndex, units.contains(tokens[next]) || !tokens[next].commaBefore && isSymbolAfter(position, text) {
                continue
            }
            if position > tokens.startIndex, isSymbolBefore(position, text) { continue }
            scored.append((Int(tokens[position].digits), position))
        }
        scored.sort { $0.token < $1.token }
        guard scored.count >= 2 else { return nil }
        // Scores a goal or a plan governs, in their clause, are hoped for ("the goal is to bring her
        // pain from 8/10 to 4/10", "the plan is to add ..."); a condition of the dose is not one
        // ("if he skips a dose", "once the medication wears off": a `work_goal` word right before a state).
        func clauseOpen(from first: Int, to last: Int) -> Bool {
            first < last && !((first + 1)...last).contains { text.tokens[$0].semicolonBefore }
        }
        let goals = cues.set(.workGoal).hits(in: text, sentence: sentence).filter { goal in
            !(absent + present).contains { $0.first > goal.last && $0.first <= goal.last + 4 }
        }
        if (goals + cues.set(.planned).hits(in: text, sentence: sentence)).contains(where: {
            clauseOpen(from: $0.last, to: scored[0].token)
        }) {
            return nil
        }

        // Where a dose is named: a dose word, a medication word, a pronoun, a drug or a class.
        let doseWords = cues.wordList(.doseWords)
        let medicationWords = cues.wordList(.medicationWords)
        let pronouns = cues.wordList(.dosePronouns)
        let mentions = analysis.mentions(inSentence: sentence)
        let named = mentions.filter { $0.term.kind == .drug || $0.term.kind == .drugClass }
        // A pronoun after a procedure named in the sentence may stand for it ("3/10 for a week
        // after the injection ... after it").
        let procedure = mentions.first { $0.term.kind == .procedure }?.last ?? tokens.endIndex
        // A drug's form told before its name is part of the name ("on the extended-release tramadol").
        let forms = cues.wordList(.drugFormWords)
        func namesDose(_ position: Int) -> Bool {
            let token = tokens[position]
            return doseWords.contains(token) || medicationWords.contains(token) || pronouns.contains(token) && position < procedure
                || named.contains { $0.first <= position && position <= $0.last }
                || forms.contains(token)
                    && named.contains {
                        $0.first > position && $0.first - position <= 2 && (position..<$0.first).allSatisfy { forms.contains(tokens[$0]) }
                    }
        }
        func doseNamed(near first: Int, _ last: Int, in range: Range<Int>) -> Bool {
            let reach = max(range.lowerBound, first - 3)..<min(range.upperBound, last + 4)
            return reach.contains { ($0 < first || $0 > last) && namesDose($0) }
        }
        var states: [Int: [State]] = [:]  // by part
        // The parts that tell a time or a state of anything, a dose or not ("before the injection").
        let marked = Set((absent + present).map { part(of: $0.first) })
        let outright = tokens.indices.contains { doseWords.contains(tokens[$0]) || medicationWords.contains(tokens[$0]) } || !named.isEmpty
        // A dose's course told by itself ("runs out", "at peak effect"), once the sentence names a dose.
        if outright {
            let yes = CueLabelID(.yes)
            for hit in cues.set(.doseCourse).hits(in: text, sentence: sentence) {
                states[part(of: hit.first), default: []].append(State(present: hit.label == yes, first: hit.first, last: hit.last))
            }
        }
        // The words of the with/without pair: one without a dose beside it is the other's ellipsis
        // ("4/10 with his medications versus 8/10 without").
        let pairWords = cues.scoreComparisons.places(CueLabel.withWithout.name, in: tokens.map(text.word(of:)))
        func isPairWord(_ hit: CueHit) -> Bool { pairWords.contains { $0.start == hit.first - tokens.startIndex } }
        var elliptical: [(hit: CueHit, present: Bool)] = []
        for (hits, present) in [(absent, false), (present, true)] {
            // Negation is not asked: "without" would deny the "with" after it ("without her pills
            // the pain is an 8, with them a 5").
            for hit in hits {
                let number = part(of: hit.first)
                // An absence that overlaps a presence, or follows it within four words, is the
                // absence ("once the medication wears off", "late with the dose"), but for the
                // pair's own words side by side ("with/without meds").
                if present,
                    states[number, default: []].contains(where: { state in
                        !state.present && state.last >= hit.first && state.first <= hit.last + 4
                            && (state.first <= hit.last || !isPairWord(hit))
                    })
                {
                    continue
                }
                guard doseNamed(near: hit.first, hit.last, in: partRange(number)) else {
                    if isPairWord(hit) { elliptical.append((hit, present)) }
                    continue
                }
                states[number, default: []].append(State(present: present, first: hit.first, last: hit.last))
            }
        }
        for (hit, present) in elliptical where states.values.contains(where: { $0.contains { $0.present != present } }) {
            states[part(of: hit.first), default: []].append(State(present: present, first: hit.first, last: hit.last))
        }

        // Whether part `number` takes the state of the part before it: that part has states of one
        // kind and no score, and no semicolon parts them.
        func inherits(_ number: Int) -> Bool {
            guard number > 0, let before = states[number - 1], !tokens[partStarts[number]].semicolonBefore else { return false }
            return Set(before.map(\.present)).count == 1 && !scored.contains { part(of: $0.token) == number - 1 }
        }
        // Whether part `number` follows, in its clause, a part with a time or state of something
        // else and no score of its own ("physical therapy was interrupted for two weeks and her
        // pain rose to 8/10"): its score is that time's, not a score with no time.
        func followsMark(_ number: Int) -> Bool {
            number > 0 && marked.contains(number - 1) && !tokens[partStarts[number]].semicolonBefore
                && !scored.contains { part(of: $0.token) == number - 1 }
        }
        var withScore: (value: Int, token: Int)?
        var withoutScore: (value: Int, token: Int)?
        var tying: [Int] = []  // the tokens whose subjects tie the scores
        func assign(_ score: (value: Int, token: Int), present: Bool, at token: Int) {
            if present, withScore == nil {
                withScore = score
                tying.append(token)
            } else if !present, withoutScore == nil {
                withoutScore = score
                tying.append(token)
            }
        }

        // A lowering verb: the score after its `to` is with the drug, after its `from` without.
        let lowering = cues.set(.doseLowering).hits(in: text, sentence: sentence)
        let fromTo = cues.scoreComparisons.places(CueLabel.fromTo.name, in: tokens.map(text.word(of:)))
        func comparisonWord(before token: Int) -> Int? {
            // The nearest word within four words before it, no count between ("down to about a
            // 4", "from a baseline of 8/10").
            var position = token - 1
            while position >= max(tokens.startIndex, token - 4), tokens[position].digits < 0 {
                let word = position - tokens.startIndex
                if let place = fromTo.first(where: { $0.start == word }) { return place.word }
                position -= 1
            }
            return nil
        }
        for verb in lowering where !verb.negated {
            let range = partRange(part(of: verb.first))
            guard (range.lowerBound..<verb.first).contains(where: namesDose) else { continue }
            for score in scored where score.token > verb.last && range.contains(score.token) {
                switch comparisonWord(before: score.token) {
                case 1?: assign(score, present: true, at: verb.first)
                case 0?: assign(score, present: false, at: verb.first)
                default: break
                }
            }
            // The level it brings the pain down from, told before it with no state of its own.
            if withScore != nil, withoutScore == nil,
                let earlier = scored.last(where: { $0.token < range.lowerBound && states[part(of: $0.token)] == nil })
            {
                assign(earlier, present: false, at: verb.first)
            }
            if withScore != nil, withoutScore != nil { break }
        }

        if withScore == nil || withoutScore == nil {
            withScore = nil
            withoutScore = nil
            tying = []
            // A table's header: both states side by side before both scores, in the scores' order.
            for (number, found) in states where found.count >= 2 {
                let ordered = found.sorted { $0.first < $1.first }
                let after = scored.filter { partRange(number).contains($0.token) && $0.token > ordered[1].last }
                guard ordered[0].present != ordered[1].present, ordered[1].first - ordered[0].last <= 2, after.count == 2 else { continue }
                assign(after[0], present: ordered[0].present, at: ordered[0].first)
                assign(after[1], present: ordered[1].present, at: ordered[1].first)
                break
            }
        }
        if withScore == nil || withoutScore == nil {
            withScore = nil
            withoutScore = nil
            tying = []
            for score in scored {
                var number = part(of: score.token)
                // A score alone after a part with a state and no score takes that state, within
                // a clause ("an hour after it, 5/10").
                if states[number] == nil, inherits(number) {
                    number -= 1
                }
                guard let found = states[number],
                    let nearest = found.min(by: { distance($0, score.token) < distance($1, score.token) })
                else { continue }
                assign(score, present: nearest.present, at: nearest.first)
            }
        }
        // A score tied to the drug's presence or absence and a score of another part with no
        // state or time of its own ("9/10 at worst, 5/10 with her medication"; "8/10 until the
        // Norco kicks in, then 4/10"): the other of the pair.
        if (withScore == nil) != (withoutScore == nil), let tied = withScore ?? withoutScore,
            let other = scored.last(where: { score in
                score.token != tied.token && part(of: score.token) != part(of: tied.token) && !marked.contains(part(of: score.token))
                    && !inherits(part(of: score.token)) && !followsMark(part(of: score.token))
            })
        {
            if withScore == nil { withScore = other } else { withoutScore = other }
        }
        guard let with = withScore, let without = withoutScore, with.value < without.value else { return nil }
        let scope = analysis.drugScope
        let subjects = tying.map { scope.subject(sentence: sentence, token: $0) }
        // A dose named outright, or a pronoun standing for a drug: "before it ... after it" alone
        // may be a procedure's.
        guard outright || subjects.contains(where: { $0 != .none && $0 != .treatment }) else { return nil }
        return DosePainPair(
            sentence: sentence, withToken: with.token, withoutToken: without.token, with: with.value, without: without.value,
            subjects: subjects)
    }

    /// How far token `token` stands from state `state`.
    private static func distance(_ state: State, _ token: Int) -> Int {
        token < state.first ? state.first - token : max(0, token - state.last)
    }

    /// Whether a `/`, `%` or `:` follows the token at `position` right away (a scale, a fraction,
    /// a percentage, a time: "10/325", "50%", "4:30").
    private static func isSymbolAfter(_ position: Int, _ text: CaseText) -> Bool {
        let end = text.tokens[position].end
        guard end < text.bytes.count else { return false }
        let byte = text.bytes[end]
        // A period ends the number only when no digit follows it ("4.5").
        return [47, 37, 58].contains(byte) || byte == 46 && end + 1 < text.bytes.count && isDigit(text.bytes[end + 1])
    }

    /// Whether a `/` or `-` stands right before the token at `position` ("10/325", "4-5").
    private static func isSymbolBefore(_ position: Int, _ text: CaseText) -> Bool {
        let start = text.tokens[position].start
        guard start > 0 else { return false }
        return [47, 45].contains(text.bytes[start - 1])
    }
}
