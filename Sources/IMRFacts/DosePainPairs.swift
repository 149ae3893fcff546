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

    /// One score of a sentence tied to the drug's presence or absence, with no other score to pair
    /// it with there: the next sentence may tell the other ("with the morning tablet on board she
    /// rates the back at 4/10. When it is late, ... she is at 7-8/10 within the hour.").
    private struct Half {
        var sentence: Int
        var token: Int
        var value: Int
        var present: Bool
        var subject: DrugScope.Subject
        /// Tied by a with/without word with no dose beside it ("Pain without: 8."), or by a pronoun
        /// its sentence names no dose for ("Without it she is at 8/10."): it completes only a half
        /// tied by a dose named.
        var elliptical = false
    }

    /// What a sentence tells: a pair, or one half of one.
    private enum Reading {
        case pair(DosePainPair)
        case half(Half)
    }

    /// The pairs of the summary, read: each sentence with a pain score, or with a pain word and a
    /// bare count (``bareSentences(_:)``: "pain he called about a 9"), alone, and two halves of
    /// consecutive sentences tied to opposite states.
    private static func read(_ analysis: CaseAnalysis) -> [DosePainPair] {
        var bySentence = Dictionary(grouping: analysis.painScores, by: \.sentence)
        for sentence in bareSentences(analysis) where bySentence[sentence] == nil { bySentence[sentence] = [] }
        guard !bySentence.isEmpty else { return [] }
        // The state words of the whole summary found once (cue starts), so that each sentence asked
        // after reads its own by a binary search.
        let cues = analysis.index.cues
        for name in [CueName.doseAbsent, .dosePresent] { _ = cues.set(name).hits(in: analysis.text) }
        var pairs: [DosePainPair] = []
        var waiting: Half?
        for sentence in bySentence.keys.sorted() where !analysis.isReviewSentence(sentence) {
            let found = bySentence[sentence]!
            // One written score, no scored sentence beside it and no count that may be a bare
            // score: no pair, and a half no neighbour can complete.
            if found.count == 1, bySentence[sentence - 1] == nil, bySentence[sentence + 1] == nil,
                !mayHoldBareScore(sentence, besides: found[0], analysis)
            {
                waiting = nil
                continue
            }
            switch reading(in: sentence, scores: found, analysis) {
            case .pair(let pair)?:
                pairs.append(pair)
                waiting = nil
            case .half(let half)?:
                if let earlier = waiting, earlier.sentence + 1 == half.sentence, earlier.present != half.present,
                    !(earlier.elliptical && half.elliptical)
                {
                    let (with, without) = half.present ? (half, earlier) : (earlier, half)
                    if with.value < without.value {
                        pairs.append(
                            DosePainPair(
                                sentence: earlier.sentence, withToken: with.token, withoutToken: without.token, with: with.value,
                                without: without.value, subjects: [earlier.subject, half.subject]))
                        waiting = nil
                        continue
                    }
                }
                waiting = half
            case nil:
                waiting = nil
            }
        }
        return pairs
    }

    /// Whether sentence `sentence` holds a count other than its written score `score` that
    /// ``reading(in:scores:_:)`` may read as a bare score: digits from 0 to 10 with no symbol
    /// beside them, or a word that may end a count.
    private static func mayHoldBareScore(_ sentence: Int, besides score: PainScore, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        let cues = analysis.index.cues
        let tokens = text.tokens(of: sentence)
        return tokens.indices.contains { position in
            let token = tokens[position]
            if token.digits >= 0 {
                return token.digits <= 10 && token.start != score.offset && !isSymbolAfter(position, text)
                    && !isSymbolBefore(position, text)
            }
            return token.digits == Token.notDigits && cues.mayEndCount(token)
        }
    }

    /// The sentences with no written pain score that hold a `score_pain_words` word and a digit
    /// count from 0 to 10 standing alone (no `/`, `-`, `%` or `:` beside it: not a date, a range or a
    /// time): their counts may be scores told bare ("with pain he called about a 9; with the patch on
    /// he keeps it near 5", "NRS on / off Nucynta: 4 / 8").
    private static func bareSentences(_ analysis: CaseAnalysis) -> [Int] {
        let text = analysis.text
        let painWords = analysis.index.cues.wordList(.scorePainWords)
        var written = Set<Int>()
        for score in analysis.painScores { written.insert(score.sentence) }
        return text.sentences.indices.filter { sentence in
            guard !written.contains(sentence) else { return false }
            let tokens = text.tokens(of: sentence)
            return tokens.indices.contains {
                tokens[$0].digits >= 0 && tokens[$0].digits <= 10 && !isSymbolAfter($0, text) && !isSymbolBefore($0, text)
            } && tokens.contains(where: painWords.contains)
        }
    }

    /// The pair of sentence `sentence` (`found`: its pain scores), if it tells one, or its half.
    private static func reading(in sentence: Int, scores found: [PainScore], _ analysis: CaseAnalysis) -> Reading? {
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
        // A sentence rating something other than pain (`score_other_measures`: "Her anxiety rating
        // is 8/10 on days she misses the sertraline") before its first count, and naming no pain
        // (`score_pain_words`), tells no pain.
        let painWords = cues.wordList(.scorePainWords)
        if !tokens.contains(where: painWords.contains) {
            let others = cues.wordList(.scoreOtherMeasures)
            let firstCount = scored.first?.token ?? tokens.firstIndex { $0.digits >= 0 } ?? tokens.endIndex
            if (tokens.startIndex..<firstCount).contains(where: { others.contains(tokens[$0]) }) { return nil }
        }
        var absent = cues.set(.doseAbsent).hits(in: text, sentence: sentence)
        let stated = absent
        let present = cues.set(.dosePresent).hits(in: text, sentence: sentence)
        // Bare counts are scores only beside a state word.
        if found.isEmpty, absent.isEmpty, present.isEmpty { return nil }
        // A time before the drug was started is no dose missed ("before starting gabapentin", "before
        // she started it": the drug's relief over time, ``PainOverTime``).
        let starts = cues.wordList(.doseStartWords)
        let beforeStart = Set(
            absent.filter { hit in ((hit.last + 1)..<min(hit.last + 3, tokens.endIndex)).contains { starts.contains(tokens[$0]) } }
                .map(\.first))
        absent.removeAll { beforeStart.contains($0.first) }
        // A digit count ending a part with no score and a state word, or right before the state
        // word, once the sentence holds a score or a pain word ("with them a 5", "without the
        // patches 8", "7 off meds"): a score too, unless a unit or a scale follows it. So is one
        // ending a part after a part with a state word, within its clause ("when he skipped the
        // Norco ..., the back pain went up to a 9"), one ending a part that opens with a
        // `score_contrast` word ("8 out of 10, against her usual 4"), and one after two states
        // side by side in its part (a header: "on / off Nucynta: 4 / 8").
        let units = cues.wordList(.painScoreUnits)
        let contrasts = cues.wordList(.scoreContrast)
        let scoredParts = Set(scored.map { part(of: $0.token) })
        let stateHits = absent + present
        let stateParts = Set(stateHits.map { part(of: $0.first) })
        // Where each part's header ends: the last word of an absence and a presence side by side.
        var headerEnds: [Int: Int] = [:]
        for one in absent {
            for other in present where part(of: one.first) == part(of: other.first) {
                guard abs(one.first - other.last) <= 2 || abs(other.first - one.last) <= 2 else { continue }
                headerEnds[part(of: one.first)] = min(headerEnds[part(of: one.first)] ?? Int.max, max(one.last, other.last))
            }
        }
        func afterState(_ number: Int) -> Bool {
            var earlier = number
            while earlier > 0, number - earlier < 3, !tokens[partStarts[earlier]].semicolonBefore {
                earlier -= 1
                if scoredParts.contains(earlier) { return false }
                if stateParts.contains(earlier) { return true }
            }
            return false
        }
        func opensWithContrast(_ number: Int, before position: Int) -> Bool {
            let range = partRange(number)
            return (range.lowerBound..<min(position, range.lowerBound + 3)).contains { contrasts.contains(tokens[$0]) }
        }
        func afterHeader(_ position: Int, _ number: Int) -> Bool { headerEnds[number].map { $0 < position } ?? false }
        // A count written as a word ("a ten") is one from two up ("one" names a dose).
        func bare(_ position: Int) -> Int? {
            let token = tokens[position]
            if token.digits >= 0 { return token.digits <= 10 ? Int(token.digits) : nil }
            return cues.count(token).flatMap { (2...10).contains($0) ? $0 : nil }
        }
        for position in tokens.indices where tokens[position].digits >= 0 || stateParts.contains(part(of: position)) {
            // The lower end of a range is no score: the range is read as its upper end.
            guard let count = bare(position), text.scoreRangeUpperEnd(ofLower: position) == nil else { continue }
            let number = part(of: position)
            let ends = position == partRange(number).upperBound - 1
            guard !scoredParts.contains(number),
                stateParts.contains(number)
                    && (ends || stateHits.contains(where: { $0.first == position + 1 }) || afterHeader(position, number))
                    || ends && (afterState(number) || opensWithContrast(number, before: position)),
                !scored.contains(where: { $0.token == position })
            else { continue }
            let next = position + 1
            if next < tokens.endIndex, units.contains(tokens[next]) || !tokens[next].commaBefore && isSymbolAfter(position, text) {
                continue
            }
            if position > tokens.startIndex, isSymbolBefore(position, text) { continue }
            scored.append((count, position))
        }
        scored.sort { $0.token < $1.token }
        guard !scored.isEmpty else { return nil }
        // Scores a goal or a plan governs, in their clause, are hoped for ("the goal is to bring her
        // pain from 8/10 to 4/10", "the plan is to add ..."); a condition of the dose is not one
        // ("if he skips a dose", "once the medication wears off": a `work_goal` word right before a state).
        func clauseOpen(from first: Int, to last: Int) -> Bool {
            first < last && !((first + 1)...last).contains { text.tokens[$0].semicolonBefore }
        }
        // Nor is a condition word in a part that tells a dose's state ("if he goes a day without the
        // Percocet", "when he skipped the Norco ... to see whether he needed it").
        let conditionals = cues.wordList(.careResultConditional)
        let goals = cues.set(.workGoal).hits(in: text, sentence: sentence).filter { goal in
            !stateHits.contains { $0.first > goal.last && $0.first <= goal.last + 4 }
                && !(goal.first == goal.last && conditionals.contains(tokens[goal.first])
                    && stateParts.contains(part(of: goal.first)))
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
        // after the injection ... after it"), but not right after a drug's return ("had to stop the
        // meloxicam ... before her dental surgery ...; back on it, 3/10": `drug_restarted`).
        let procedure = mentions.first { $0.term.kind == .procedure }?.last ?? tokens.endIndex
        let returns = Set(cues.set(.drugRestarted).hits(in: text, sentence: sentence).map { $0.last + 1 })
        // A drug's form told before its name is part of the name ("on the extended-release tramadol").
        let forms = cues.wordList(.drugFormWords)
        func namesDose(_ position: Int) -> Bool {
            let token = tokens[position]
            return doseWords.contains(token) || medicationWords.contains(token)
                || pronouns.contains(token) && (position < procedure || returns.contains(position))
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
        let marked = Set((stated + present).map { part(of: $0.first) })
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
        // Two states joined by a slash are a header's two columns ("on / off Nucynta: 4 / 8").
        func slashJoined(_ earlier: Int, _ later: Int) -> Bool {
            guard earlier < later else { return false }
            let between = text.bytes[text.tokens[earlier].end..<text.tokens[later].start]
            return between.filter { $0 == 47 }.count == 1 && between.allSatisfy { $0 == 47 || $0 == 32 }
        }
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
                            && (state.first <= hit.last || !isPairWord(hit) && !slashJoined(hit.last, state.first))
                    })
                {
                    continue
                }
                guard doseNamed(near: hit.first, hit.last, in: partRange(number)) else {
                    // Elliptical only with nothing after it in its part but a count ("8/10
                    // without", "Pain without: 8"), not before a thing of its own ("with pain").
                    let next = hit.last + 1
                    // So is a drug's return opening the sentence ("Restarted, he is back to 4/10.").
                    let opensReturn =
                        present && hit.first == tokens.startIndex
                        && cues.set(.drugRestarted).hits(in: text, sentence: sentence).contains { $0.first == hit.first }
                    if isPairWord(hit) || opensReturn,
                        next == tokens.endIndex || part(of: next) != number || cues.count(tokens[next]) != nil
                    {
                        elliptical.append((hit, present))
                    }
                    continue
                }
                states[number, default: []].append(State(present: present, first: hit.first, last: hit.last))
            }
        }
        // Both words of the pair bare, each in a part of its own ("8/10 without, 4/10 with", "w/o 8,
        // w/ 4"): the noun they leave out is the drug named last before them, in the sentence or
        // the one before it, not a treatment named after it (``elidedSubject(before:in:_:)``).
        var elided: DrugScope.Subject?
        if states.isEmpty, elliptical.count == 2, elliptical[0].present != elliptical[1].present,
            part(of: elliptical[0].hit.first) != part(of: elliptical[1].hit.first),
            let subject = elidedSubject(before: min(elliptical[0].hit.first, elliptical[1].hit.first), in: sentence, analysis)
        {
            elided = subject
            for (hit, present) in elliptical {
                states[part(of: hit.first), default: []].append(State(present: present, first: hit.first, last: hit.last))
            }
        }
        for (hit, present) in elliptical
        where elided == nil && states.values.contains(where: { $0.contains { $0.present != present } }) {
            states[part(of: hit.first), default: []].append(State(present: present, first: hit.first, last: hit.last))
        }
        // A sentence whose one score only a with/without word with no dose ties ("Pain without: 8."),
        // or a drug's return opening it ("Restarted, he is back to 4/10."), is an elliptical half,
        // which the sentence before may complete.
        if states.isEmpty, scored.count == 1, elliptical.count == 1, let word = elliptical.first,
            part(of: word.hit.first) == part(of: scored[0].token) || word.hit.first == tokens.startIndex,
            word.hit.last < scored[0].token
        {
            return .half(
                Half(
                    sentence: sentence, token: scored[0].token, value: scored[0].value, present: word.present, subject: .none,
                    elliptical: true))
        }

        // The part whose state part `number` takes: the nearest of the two parts before it with
        // states, of one kind, when it and the parts between have no score and no semicolon parts
        // them ("When it is late, as on a field-trip morning in September, she is at 7-8/10").
        func inheritedPart(_ number: Int) -> Int? {
            var earlier = number
            while earlier > 0, number - earlier < 3, !tokens[partStarts[earlier]].semicolonBefore {
                earlier -= 1
                if scored.contains(where: { part(of: $0.token) == earlier }) { return nil }
                if let before = states[earlier] { return Set(before.map(\.present)).count == 1 ? earlier : nil }
            }
            return nil
        }
        func inherits(_ number: Int) -> Bool { inheritedPart(number) != nil }
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

        // A change told with the drug as its means ("8 -> 4 with the Norco", "from 7/10 to 3/10 on
        // tramadol"): the value before the `to` is without it, the one after with it, when a
        // presence tied to a dose follows the `to` value within three words of its part.
        if withScore == nil || withoutScore == nil {
            for later in scored where comparisonWord(before: later.token) == 1 {
                let number = part(of: later.token)
                guard states[number, default: []].contains(where: { $0.present && $0.first > later.token && $0.first - later.token <= 3 }),
                    let earlier = valueBefore(later.token, in: partRange(number), scored: scored, text)
                else { continue }
                (withScore, withoutScore, tying) = (nil, nil, [])
                assign(later, present: true, at: later.token)
                assign(earlier, present: false, at: later.token)
                break
            }
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
                if states[number] == nil, let earlier = inheritedPart(number) {
                    number = earlier
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
        let scope = analysis.drugScope
        let subjects = elided.map { subject in tying.map { _ in subject } } ?? tying.map { scope.subject(sentence: sentence, token: $0) }
        // A dose named outright, or a pronoun standing for a drug: "before it ... after it" alone
        // may be a procedure's.
        let dosed = outright || subjects.contains(where: { $0 != .none && $0 != .treatment })
        // One score tied by a state, and no other: half a pair, which the next sentence may complete;
        // tied by a pronoun alone, only a half with a dose named ("With the morning tablet she rates
        // the back at 4/10. Without it she is at 8/10.").
        if let tied = withScore ?? withoutScore, (withScore == nil) != (withoutScore == nil), let subject = subjects.first {
            return .half(
                Half(
                    sentence: sentence, token: tied.token, value: tied.value, present: withScore != nil, subject: subject,
                    elliptical: !dosed))
        }
        guard dosed else { return nil }
        guard let with = withScore, let without = withoutScore, with.value < without.value else { return nil }
        return .pair(
            DosePainPair(
                sentence: sentence, withToken: with.token, withoutToken: without.token, with: with.value, without: without.value,
                subjects: subjects))
    }

    /// The value before the `to` of a change whose `to` value is at token `token` (within `range`,
    /// its part): the score before it within four words, or a bare count from 0 to 10 there with no
    /// `/` or `-` before it ("8 -> 4").
    private static func valueBefore(
        _ token: Int, in range: Range<Int>, scored: [(value: Int, token: Int)], _ text: CaseText
    ) -> (value: Int, token: Int)? {
        if let written = scored.last(where: { $0.token < token && token - $0.token <= 4 && range.contains($0.token) }) { return written }
        let tokens = text.tokens
        guard
            let bare = (max(range.lowerBound, token - 4)..<token).last(where: {
                tokens[$0].digits >= 0 && tokens[$0].digits <= 10 && !isSymbolBefore($0, text)
            })
        else { return nil }
        return (Int(tokens[bare].digits), bare)
    }

    /// What the bare words of a with/without pair leave out, before token `token` of sentence
    /// `sentence`: the drug, class or medications named last in the sentence before it or in the
    /// sentence before; `nil` when a treatment that is no drug (a device, a procedure, a therapy)
    /// is named after them, or nothing is named.
    private static func elidedSubject(before token: Int, in sentence: Int, _ analysis: CaseAnalysis) -> DrugScope.Subject? {
        let medicationWords = analysis.index.cues.wordList(.medicationWords)
        let doseWords = analysis.index.cues.wordList(.doseWords)
        let text = analysis.text
        for current in [sentence, sentence - 1] where current >= 0 && !analysis.isReviewSentence(current) {
            let limit = current == sentence ? token : text.sentences[current].tokens.upperBound
            let named = analysis.mentions(inSentence: current).filter {
                $0.last < limit && !$0.negated && [.drug, .drugClass, .procedure].contains($0.term.kind)
            }
            let general = text.sentences[current].tokens.lowerBound..<limit
            let word = general.last { medicationWords.contains(text.tokens[$0]) || doseWords.contains(text.tokens[$0]) }
            guard let last = named.last else {
                if word != nil { return .medications }
                continue
            }
            if let word, word > last.last { return .medications }
            guard last.term.kind != .procedure else { return nil }
            return analysis.drugScope.subject(sentence: current, token: last.first)
        }
        return nil
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

    /// Whether a `/` or `-` stands right before the token at `position` ("10/325", "4-5"), but
    /// for the hyphen of a range of scores, read as its upper end (``CaseText/isScoreRangeUpperEnd(_:)``:
    /// "with the medication 3-4").
    private static func isSymbolBefore(_ position: Int, _ text: CaseText) -> Bool {
        let start = text.tokens[position].start
        guard start > 0 else { return false }
        let byte = text.bytes[start - 1]
        return byte == 47 || byte == 45 && !text.isScoreRangeUpperEnd(position)
    }
}
