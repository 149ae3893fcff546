import IMRVocabulary

/// A pain score (0-10) written in a summary.
struct PainScore: Sendable {
    var value: Int
    var sentence: Int
    /// UTF-8 offset of the score's number.
    var offset: Int
}

/// Pain scores, pain relief, functional improvement and work status.
enum OutcomeFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        let cues = analysis.index.cues
        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }
        let scores = analysis.painScores
        if let first = scores.first {
            builder.bool(.painScores, true, [text.evidence(first.sentence)])
        }
        // Pain with and without medication (``DosePainPairs``): a pair about the medications in
        // general or no drug in particular; a named drug's pair is that drug's (``DrugResponseFacts``).
        if let pair = DosePainPairs.pairs(in: analysis).first(where: { $0.isGeneral }) {
            builder.bool(.painWithWithoutMedication, true, [text.evidence(pair.sentence)])
        }
        // Or a percentage of relief from the medication ("50% pain relief with Norco").
        if builder.facts[.painWithWithoutMedication] == nil, let sentence = percentRelief(analysis) {
            builder.bool(.painWithWithoutMedication, true, [text.evidence(sentence)])
        }
        ConservativeCareFacts.readFailed(analysis, into: &builder)
        // Work status: the last sentence stating it wins (the most recent visit is usually last).
        // A goal, a wish or a plan written before it ("motivated to return to work", "his goal is to
        // return to work"), or a goal the phrase names ("Return-to-work goal:"), tells no status.
        // So does a goal's list: a goal word, then a parenthesis or a colon opening the list that
        // holds the phrase ("functional goals (standing 30 minutes, return to full duty)", "Goals:
        // walk 30 minutes, RTW").
        let goals = cues.set(.workGoal)
        func isGoal(_ hit: CueHit) -> Bool {
            goals.hits(in: text, sentence: hit.sentence).contains { goal in
                // The phrase names the goal right after it ("Return-to-work goal: ...", "RTW goals").
                if goal.first == hit.last + 1 { return true }
                guard goal.last < hit.first, !((goal.last + 1)...hit.first).contains(where: { text.tokens[$0].semicolonBefore }) else {
                    return false
                }
                return hit.first - goal.last <= 4 || hit.first - goal.last <= 16 && opensList(after: goal.last, before: hit.first)
            }
        }
        func opensList(after goal: Int, before phrase: Int) -> Bool {
            let between = text.bytes[text.tokens[goal].end..<text.tokens[phrase].start]
            guard let open = between.firstIndex(where: { $0 == 40 || $0 == 58 }) else { return false }
            return text.bytes[open] == 58 || !between[open...].contains(41)
        }
        // A drug's working is its effect, not the worker's work ("Norco is not working"): only a
        // sentence that is or follows one naming a drug, a class or the medications may say it.
        let medicationWords = cues.wordList(.medicationWords)
        func namesDrugs(_ sentence: Int) -> Bool {
            analysis.mentions(inSentence: sentence).contains { $0.term.kind == .drug || $0.term.kind == .drugClass }
                || text.tokens(of: sentence).contains(where: medicationWords.contains)
        }
        func isDrugEffect(_ hit: CueHit) -> Bool {
            guard namesDrugs(hit.sentence) || hit.sentence > 0 && namesDrugs(hit.sentence - 1) else { return false }
            return analysis.drugScope.isPredicate(
                first: hit.first, sentence: hit.sentence, in: text, coordinators: cues.wordList(.coordinators))
        }
        // Another person's job is not the worker's ("his wife went back to her job"); the occupation
        // told without the word "work" is ("back on the loading dock full shifts": ``WorkReturns``).
        let phrases = cues.set(.work).hits(in: text).filter {
            !ClauseSubjects.isAnotherPersons(before: $0.first, sentence: $0.sentence, analysis)
        }
        // A job held now ("has worked 24 hours a week as a crossing guard": ``WorkReturns/held(_:)``)
        // is a status too; work told with no duty of its own ("currently working", `working`) has the
        // duty of the schedule its sentence tells ("currently working part time"), else full duty.
        var status: (CueLabelID, Int)?
        let told = DrugStatementFacts.merged(DrugStatementFacts.merged(phrases, WorkReturns.hits(analysis)), WorkReturns.held(analysis))
        // A status agreed or expected for a time still to come ("the plan is full duty once the
        // program ends", "Return to full duty is expected when the program is complete") is none now.
        let later = cues.set(.workLater).hits(in: text)
        let leads = cues.wordList(.workLaterLeads)
        let prospects = WordList(union: [cues.wordList(.workLaterProspects), cues.wordList(.moodProspects)])
        let (futureLeads, futureStays) = (cues.wordList(.workFutureLeads), cues.wordList(.workFutureStays))
        let (steps, expected) = (cues.set(.workPlanSteps).hits(in: text), cues.set(.workExpected).hits(in: text))
        func isForLater(_ hit: CueHit) -> Bool {
            let sentence = text.sentences[hit.sentence].tokens
            let clause =
                text.clauseStart(of: hit.first, from: sentence.lowerBound)..<text.clauseEnd(after: hit.last, before: sentence.upperBound)
            // A later step of a plan, or a status told expected, right before it in its part of the
            // clause ("Recommendation: work conditioning, 10 visits, then full duty"; "expected return
            // to full duty in 10-12 weeks"); a step of the history ("2 weeks off then modified
            // duty") is the status reached.
            func leadsIt(_ lead: CueHit) -> Bool {
                lead.sentence == hit.sentence && !lead.negated && lead.last < hit.first && hit.first - lead.last <= 3
                    && clause.contains(lead.first) && !((lead.last + 1)...hit.first).contains { text.tokens[$0].commaBefore }
            }
            if expected.contains(where: leadsIt) || analysis.isPlanSection(hit.sentence) && steps.contains(where: leadsIt) { return true }
            let window = (hit.last + 1)..<min(clause.upperBound, hit.last + 9)
            if later.contains(where: { $0.sentence == hit.sentence && !$0.negated && window.contains($0.first) }) { return true }
            let ledLater = window.contains { leads.contains(text.tokens[$0]) }
            if ledLater, clause.contains(where: { prospects.contains(text.tokens[$0]) }) { return true }
            // Told in the future before it, with no word of the status kept between ("I will
            // coordinate his return to full duty"; not "will remain on modified duty").
            let before = max(clause.lowerBound, hit.first - 6)..<hit.first
            guard let future = before.last(where: { futureLeads.contains(text.tokens[$0]) }) else { return false }
            return !((future + 1)..<hit.first).contains { futureStays.contains(text.tokens[$0]) }
        }
        // A status that ended before the note ("RTW full duty 10/3/16 (TTD 7/1-10/2/16)",
        // "previously full duty") is none now (``WorkReturns/hasEnded(_:_:)``).
        for hit in told
        where !review(hit.sentence) && !isGoal(hit) && !isDrugEffect(hit) && !WorkReturns.hasEnded(hit, analysis) && !isForLater(hit) {
            if hit.negated {
                if hit.label == .fullDuty || hit.label == .working { status = (CueLabelID(.notWorking), hit.sentence) }
                continue
            }
            let duty = hit.label == .working ? WorkReturns.schedule(in: hit.sentence, analysis) ?? CueLabelID(.fullDuty) : hit.label
            status = (duty, hit.sentence)
        }
        // A return the employer will allow later tells the worker is not working now, when no
        // status of the worker's own is told ("they will take him back when he can lift 50 lb").
        if status == nil, let back = cues.set(.workTakenBack).hits(in: text).first(where: { !$0.negated && !review($0.sentence) }) {
            status = (CueLabelID(.notWorking), back.sentence)
        }
        if let (label, sentence) = status {
            builder.set(.workStatus, .term(cues.labelText(label)), [text.evidence(sentence)])
            builder.bool(.returnedToWork, label != .notWorking, [text.evidence(sentence)])
        }
        ActivityLimitation.read(analysis, workStatus: status.map { (label: $0.0, sentence: $0.1) }, into: &builder)
    }

    /// The first sentence outside review sentences stating a percentage of pain relief from
    /// medication: a `N%` or `N percent`, a relief word, and `medication(s)` or a drug named.
    static func percentRelief(_ analysis: CaseAnalysis) -> Int? {
        let text = analysis.text
        // Word lists read by word id (no set of the sentence's words to build and hash).
        let reliefWords = analysis.index.cues.wordList(.reliefWords)
        let percentWords = analysis.index.cues.wordList(.percentWords)
        let medicationWords = analysis.index.cues.wordList(.medicationWords)
        let painWords = analysis.index.cues.wordList(.reliefPainWords)
        // The offsets of the summary's `%` signs, found in one pass through a buffer.
        let percents = text.bytes.withUnsafeBufferPointer { buffer in buffer.indices.filter { buffer[$0] == 37 } }
        var percent = 0
        for sentence in text.sentences.indices where !analysis.isReviewSentence(sentence) {
            let range = text.sentences[sentence]
            let tokens = text.tokens(of: sentence)
            while percent < percents.count, percents[percent] < range.start { percent += 1 }
            let hasPercent = percent < percents.count && percents[percent] < range.end || tokens.contains(where: percentWords.contains)
            guard hasPercent else { continue }
            if tokens.contains(where: reliefWords.contains), tokens.contains(where: painWords.contains),
                tokens.contains(where: medicationWords.contains)
                    || analysis.mentions(inSentence: sentence).contains(where: { $0.term.kind == .drug })
            {
                return sentence
            }
        }
        return nil
    }

    /// Pain scores written in words, with their sentences: a count from 0 to 10 followed by a
    /// `pain_scale` sequence ("7 out of 10", "five of ten", "4 on a scale of 0 to 10"), or within a
    /// few `pain_score_filler` words after a `pain_score_lead` word ("pain level of 7", "VAS 6",
    /// "decreased his pain from 8 to 4": both ends of a `pain_score_range`; of a range written with a
    /// hyphen, "VAS 6-7", its upper end). A count followed by a
    /// `pain_score_units` word ("3 of 10 sessions", "rated 5 days") is not a score.
    static func writtenPainScores(in text: CaseText, _ cues: CueBook) -> [PainScore] {
        let scales = cues.idSequences(.painScale)
        let leads = cues.wordList(.painScoreLead)
        let filler = cues.wordList(.painScoreFiller)
        let range = cues.wordList(.painScoreRange)
        let units = cues.wordList(.painScoreUnits)
        var scores: [PainScore] = []
        for sentence in text.sentences.indices {
            // Token indices are the text's; `tokens` ends with the sentence.
            let tokens = text.tokens(of: sentence)
            let end = tokens.endIndex
            func found(_ value: Int, at index: Int) {
                scores.append(PainScore(value: value, sentence: sentence, offset: tokens[index].start))
            }
            func score(at index: Int) -> Int? {
                guard index < end, let value = cues.count(tokens[index]), value <= 10 else { return nil }
                return value
            }
            func isUnit(_ index: Int) -> Bool { index < end && units.contains(tokens[index]) }
            // The tokens read as scores (a few a sentence).
            var taken: [Int] = []
            var counted = false
            for index in tokens.indices {
                guard let value = score(at: index), !taken.contains(index) else { continue }
                counted = true
                for scale in scales where tokens.spells(scale, at: index + 1) && !isUnit(index + 1 + scale.count) {
                    found(value, at: index)
                    taken.append(index)
                    break
                }
            }
            // Without a count from 0 to 10 the sentence holds no score.
            guard counted else { continue }
            let before = scores.count
            for index in tokens.indices where leads.contains(tokens[index]) {
                var next = index + 1
                var skipped = 0
                while next < end, skipped < 3, filler.contains(tokens[next]) {
                    next += 1
                    skipped += 1
                }
                // A range is read as its upper end ("pain 3-4/10", "VAS 6-7": ``CaseText/isScoreRangeUpperEnd(_:)``).
                if let upper = text.scoreRangeUpperEnd(ofLower: next) { next = upper }
                guard let value = score(at: next), !taken.contains(next), !isUnit(next + 1) else { continue }
                found(value, at: next)
                taken.append(next)
                // The end of a range, a few filler words after its word allowed ("from a 9 to about a 5").
                guard next + 1 < end, range.contains(tokens[next + 1]) else { continue }
                var last = next + 2
                while last < end, last - next < 4, score(at: last) == nil, filler.contains(tokens[last]) { last += 1 }
                if let value = score(at: last), !taken.contains(last), !isUnit(last + 1) {
                    found(value, at: last)
                    taken.append(last)
                }
            }
            // Once the sentence has a score, a count before a with/without word, or a before/after
            // one, is the other one ("VAS 7 without and 3 with medication", "pain 8 w/o meds, 4 w/
            // meds", "VAS 8 before meds and 4 after meds").
            if scores.count > before {
                let words = tokens.map(text.word(of:))
                let pairs = [CueLabel.withWithout.name] + ScoreComparisons.toldInTime
                for index in tokens.indices where !taken.contains(index) {
                    // Not the scale of a written score ("6/10 with").
                    guard let value = score(at: index), !isUnit(index + 1),
                        tokens[index].start == 0 || text.bytes[tokens[index].start - 1] != 47,
                        pairs.contains(where: { cues.comparisonWord($0, in: words, at: index + 1 - tokens.startIndex) != nil })
                    else { continue }
                    found(value, at: index)
                    taken.append(index)
                }
            }
        }
        return scores
    }

    /// Every pain score of `text`, numeric or written, once each, in text order.
    static func painScores(in text: CaseText, _ cues: CueBook) -> [PainScore] {
        var byOffset: [Int: PainScore] = [:]
        for score in numericPainScores(in: text) + writtenPainScores(in: text, cues) { byOffset[score.offset] = score }
        return byOffset.values.sorted { $0.offset < $1.offset }
    }

    /// Numeric pain scores "N/10" (N 0-10) with their sentences.
    static func numericPainScores(in text: CaseText) -> [PainScore] {
        var scores: [PainScore] = []
        let bytes = text.bytes
        // The slashes, found through a buffer (the scan reads every byte of the summary).
        let slashes = bytes.withUnsafeBufferPointer { buffer in (0..<max(0, buffer.count - 2)).filter { buffer[$0] == 47 } }
        for index in slashes {
            if bytes[index + 1] == 49, bytes[index + 2] == 48, index + 3 == bytes.count || !isDigit(bytes[index + 3]) {
                var start = index
                while start > 0, isDigit(bytes[start - 1]) || bytes[start - 1] == 46 { start -= 1 }
                if start < index, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value <= 10,
                    start == 0 || bytes[start - 1] != 47, !text.isUnasserted(start)
                {
                    scores.append(PainScore(value: Int(value), sentence: sentenceIndex(text, offset: index), offset: start))
                }
            }
        }
        return scores
    }
}

extension Array where Element == String {
    /// Whether `sequence` stands in the array from `position` on.
    func hasSequence(_ sequence: [String], at position: Int) -> Bool {
        position >= 0 && position + sequence.count <= count && sequence.indices.allSatisfy { self[position + $0] == sequence[$0] }
    }
}
