import IMRCore
import IMRVocabulary

/// A completed course's result told anywhere after the course (`prior_therapy_benefit`; 8 CCR
/// 9792.20(f): functional improvement is "a clinically significant improvement in activities of
/// daily living or a reduction in work restrictions ... and a reduction in the dependency on
/// continued medical treatment"; CPMTG 2009 pp. 98-99, physical medicine; 8 CCR 9792.24.1,
/// acupuncture: treatment extended only on documented functional improvement). A record tells a
/// course's result where it learns it: in the course's sentence, in a later exam, in the worker's
/// own words a paragraph on, in a discharge summary's table.
///
/// The summary is read in sentence order as a topic (as ``InjectionResults`` reads an injection's):
/// a sentence of the course (`trial`: the requested therapy's history, given, of the requested
/// region) opens it; a sentence that names another treatment given (a procedure of another kind,
/// not an evaluation, a study or a time of a measure; for a post-operative request not a surgery,
/// which the course follows) closes it, and a later sentence of the course opens it again. Drugs
/// named do not close it (a drug list beside the course is no other course; a drug's own result is
/// left out clause by clause). The plan, the review and a sentence dated only before the course's
/// first date (no `measure_after` time in it) are no part of it.
extension TreatmentHistoryFacts {
    /// The sentences that speak of the course `trial`, in text order.
    static func courseSentences(
        of trial: [Mention], _ history: History, isOtherTreatment: (Mention) -> Bool, afterSurgery: Bool,
        isPlanned: (Int) -> Bool
    ) -> [Int] {
        let (analysis, text) = (history.analysis, history.text)
        let trialSentences = Set(trial.map(\.sentence))
        guard let opening = trialSentences.min() else { return [] }
        // The course's first date: the earliest date told in its sentences.
        let start = analysis.dates.filter { trialSentences.contains($0.sentence) }.map(\.date).min()
        let after = analysis.index.cues.set(.measureAfter)
        func closes(_ sentence: Int) -> Bool {
            !isPlanned(sentence)
                && analysis.mentions(inSentence: sentence).contains { mention in
                    mention.term.kind == .procedure && isOtherTreatment(mention)
                        && !(afterSurgery && history.isSurgery(mention.term.id))
                }
        }
        func isBeforeCourse(_ sentence: Int) -> Bool {
            guard let start else { return false }
            let dates = analysis.dates.filter { $0.sentence == sentence }
            return !dates.isEmpty && dates.allSatisfy { $0.date < start }
                && !after.hits(in: text, sentence: sentence).contains { !$0.negated }
        }
        var sentences: [Int] = []
        var open = false
        for sentence in opening..<text.sentences.count {
            if trialSentences.contains(sentence) {
                open = true
            } else if closes(sentence) {
                open = false
            }
            if open, !isPlanned(sentence), !isBeforeCourse(sentence) { sentences.append(sentence) }
        }
        return sentences
    }

    /// The course's result told as a return to work or a reduction in work restrictions, in
    /// `sentences`: a way back (`work_returns`: "went back to", "returned to", "resumed") followed
    /// within three words by a work status other than off work (`work`: "regular duty", "full
    /// duty") or a schedule (`work_schedule`: "full days"), or a return to the worker's occupation
    /// (``WorkReturns``: "back on the loading dock"); not negated, not a goal's (`work_goal`), not
    /// another person's. The sentences that tell one.
    static func workRegained(in sentences: [Int], _ analysis: CaseAnalysis) -> [Int] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let course = Set(sentences)
        var found = Set(WorkReturns.hits(analysis).filter { !$0.negated && course.contains($0.sentence) }.map(\.sentence))
        for sentence in sentences where !found.contains(sentence) {
            let ways = cues.set(.workReturns).hits(in: text, sentence: sentence).filter { !$0.negated }
            guard !ways.isEmpty else { continue }
            let statuses =
                cues.set(.work).hits(in: text, sentence: sentence).filter { $0.label != CueLabelID(.notWorking) }
                + cues.set(.workSchedule).hits(in: text, sentence: sentence)
            let regained = statuses.contains { status in
                !status.negated
                    && ways.contains { way in
                        way.first <= status.first && status.first <= way.last + 3
                            && !ClauseSubjects.isAnotherPersons(before: way.first, sentence: sentence, analysis)
                            && !PainChange.isGoal(sentence, before: way.first, analysis)
                    }
            }
            if regained { found.insert(sentence) }
        }
        return found.sorted()
    }

    /// Whether sentence `sentence` tells a drug's dose at two times, the later lower, as a log or a
    /// table writes it: a drug, its class or a medication word, then within six words a count, `to`
    /// (an arrow) within three words after it and a lower count right after, a dose word or unit
    /// beside one of them, all in one clause ("Norco: 4 tabs/day -> 2 tabs/day", "ibuprofen 3 tabs
    /// a day to 1"). Not a goal's.
    static func doseLowered(in sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let to = cues.wordList(.doseReductionTo)
        let range = text.sentences[sentence].tokens
        guard range.contains(where: { to.contains(text.tokens[$0]) }) else { return false }
        let tokens = text.tokens
        let doseWords = cues.wordList(.doseWords)
        let medicationWords = cues.wordList(.medicationWords)
        let drugs = analysis.mentions(inSentence: sentence).filter {
            !$0.negated && ($0.term.kind == .drug || $0.term.kind == .drugClass || $0.term.kind == .ingredient)
        }
        func dosed(_ last: Int) -> Bool {
            cues.doseUnit(in: text.bytes, at: tokens[last].end) != nil
                || last + 1 < range.upperBound && doseWords.contains(tokens[last + 1])
        }
        for link in range where to.contains(tokens[link]) && link + 1 < range.upperBound {
            let clause = text.clause(sentence: sentence, token: link)
            guard let after = cues.count(tokens[link + 1]),
                let before = (max(clause.lowerBound, link - 3)..<link).last(where: { cues.count(tokens[$0]) != nil }),
                let was = cues.count(tokens[before]), after < was, dosed(before) || dosed(link + 1),
                !PainChange.isGoal(sentence, before: before, analysis)
            else { continue }
            let named = max(clause.lowerBound, before - 6)..<before
            if drugs.contains(where: { named.contains($0.last) }) || named.contains(where: { medicationWords.contains(tokens[$0]) }) {
                return true
            }
        }
        return false
    }

    /// The course's result told as a drug stopped or taken less after it, in `sentences`: a verb of
    /// stopping or reducing (`course_drug_stops`) with a drug, its class or the medications named
    /// within three words after it ("she stopped the tramadol", "cut her Norco from four tablets a
    /// day to two"), or a comparison of how often (`course_drug_less`) after one named within
    /// twelve words before it in its clause ("takes ibuprofen twice a week instead of three times a
    /// day"); not negated, not a goal's, not another person's, and no adverse effect told in the
    /// clause (`medication_not_tolerated`: a drug stopped for its side effects is no benefit of the
    /// course). The sentences that tell one.
    static func drugReduced(in sentences: [Int], _ analysis: CaseAnalysis) -> [Int] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let medicationWords = cues.wordList(.medicationWords)
        func namesDrug(_ range: ClosedRange<Int>, sentence: Int) -> Bool {
            range.contains { medicationWords.contains(text.tokens[$0]) }
                || analysis.mentions(inSentence: sentence).contains {
                    range.contains($0.first) && ($0.term.kind == .drug || $0.term.kind == .drugClass || $0.term.kind == .ingredient)
                }
        }
        return sentences.filter { sentence in
            if doseLowered(in: sentence, analysis) { return true }
            let clauseOf = { (token: Int) in text.clause(sentence: sentence, token: token) }
            // An intolerance phrase that is the stop itself ("stopped taking") tells no reason.
            func isRead(_ hit: CueHit) -> Bool {
                let clause = clauseOf(hit.first)
                return !hit.negated && !ClauseSubjects.isAnotherPersons(before: hit.first, sentence: sentence, analysis)
                    && !PainChange.isGoal(sentence, before: hit.first, analysis)
                    && !cues.set(.medicationNotTolerated).hits(in: text, sentence: sentence).contains {
                        $0.label == CueLabelID(.yes) && !$0.negated && clause.contains($0.first)
                            && !($0.first >= hit.first && $0.last <= hit.last + 1)
                    }
            }
            let stops = cues.set(.courseDrugStops).hits(in: text, sentence: sentence).contains { hit in
                let clause = clauseOf(hit.first)
                guard hit.last < clause.upperBound else { return false }
                return isRead(hit) && namesDrug((hit.last + 1)...min(clause.upperBound, hit.last + 3), sentence: sentence)
            }
            return stops
                || cues.set(.courseDrugLess).hits(in: text, sentence: sentence).contains { hit in
                    let clause = clauseOf(hit.first)
                    guard hit.first > clause.lowerBound else { return false }
                    return isRead(hit) && namesDrug(max(clause.lowerBound, hit.first - 12)...(hit.first - 1), sentence: sentence)
                }
        }
    }
}
