import IMRCore
import IMRVocabulary

/// A drug the summary says is taken, prescribed or started: one mention, outside review sentences,
/// neither negated nor stopped in its clause.
struct MedicationUse: Sendable {
    /// The drug (its lexicon id).
    var drug: TermID
    var sentence: Int
    /// The first token of the mention.
    var first: Int
    /// Named only as part of the plan (prescribed, dispensed or to start now), not as taken already.
    var planned: Bool
    /// Started now ("a trial of", "start"): taken, but not a continuation.
    var starting: Bool
}

/// Current medications, what was tried, GI risk, and the opioid monitoring the summary documents.
enum MedicationFacts {
    /// The drugs taken or prescribed now (the regimen the request joins), planned ones included.
    static func regimen(_ analysis: CaseAnalysis) -> [MedicationUse] {
        analysis.cache.currentMedications { findRegimen(analysis) }
    }

    /// The drugs taken now: the regimen without the drugs named only as part of the plan.
    static func current(_ analysis: CaseAnalysis) -> [MedicationUse] {
        regimen(analysis).filter { !$0.planned }
    }

    /// Each drug mention, read in its clause (``DrugScope``): dropped when negated there, in a review
    /// sentence, measured rather than taken ("vitamin D level"), stopped ("Tylenol was stopped", "Valium not able to fill"; not a stop only planned:
    /// "was to stop AneCream" is taken until then), replaced by a drug named after it ("Omeprazole
    /// was changed to Pantoprazole": nor in the sentences before), or given once ("a Toradol injection", unless its clause says it
    /// continues); planned when its
    /// sentence states a plan in its clause or before it (or stands in a note's plan section), or its clause names the time after
    /// a surgery (`postoperative_use`: "Norco for post-operative use"), and its clause does not say it is
    /// taken already (`Plan: continue Norco, start gabapentin`: gabapentin is planned, Norco is not).
    /// A drug an instruction leaves to another doctor is neither (``isDeferred(_:_:)``).
    private static func findRegimen(_ analysis: CaseAnalysis) -> [MedicationUse] {
        let scope = analysis.drugScope
        let cues = analysis.index.cues
        let text = analysis.text
        var found: [MedicationUse] = []
        let now = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate
        var plans: [Int: [CueHit]] = [:]  // the plan words of each sentence read
        var ended: [TermID: Int] = [:]  // the sentence where each replaced drug was replaced
        var stops: [TermID: Int] = [:]  // the first sentence telling each drug stopped
        // The cue sets read in a drug's clause, and for each (by its bit) the segments holding a hit
        // of the set (a bit per segment) and the sentences read already, found the first time a
        // mention asks.
        let clauseSets: [CueName] = [.stopped, .stopPlanned, .formerly, .singleDose, .continuing, .postoperativeUse, .starting]
        // The replacement words of the whole summary found once, each sentence's then read by a
        // binary search (``isReplacedObject(_:_:)``).
        if !analysis.mentions(of: .drug).isEmpty { _ = cues.set(.drugReplacedAfter).hits(in: text) }
        var holds = [UInt8](repeating: 0, count: scope.segments.count)
        var read = [UInt8](repeating: 0, count: text.sentences.count)
        var anywhere = [UInt8](repeating: 0, count: text.sentences.count)  // a set's hit in some part of the sentence
        func inClause(_ name: CueName, _ mention: Mention) -> Bool {
            guard let segment = scope.segmentIndex(sentence: mention.sentence, token: mention.first),
                let set = clauseSets.firstIndex(of: name)
            else { return false }
            let bit = UInt8(1) << set
            if read[mention.sentence] & bit == 0 {
                read[mention.sentence] |= bit
                for hit in cues.set(name).hits(in: text, sentence: mention.sentence) {
                    if name == .continuing, !isContinuation(hit, analysis) { continue }
                    if let holding = scope.segmentIndex(sentence: mention.sentence, token: hit.first) {
                        holds[holding] |= bit
                        anywhere[mention.sentence] |= bit
                    }
                }
            }
            if holds[segment] & bit != 0 { return true }
            // The other parts speaking of the drug, asked only when one of the sentence's parts holds the set.
            return anywhere[mention.sentence] & bit != 0
                && entryParts(of: mention, own: segment, analysis, status: name == .stopped || name == .formerly).contains {
                    holds[$0] & bit != 0
                }
        }
        for mention in analysis.mentions(of: .drug)
        where !scope.isNegated(mention.negated, first: mention.first, sentence: mention.sentence, in: text)
            && !analysis.isReview(mention.sentence, token: mention.first)
        {
            if isMeasured(mention, analysis) { continue }
            if isReplaced(mention, analysis) {
                // Not taken since, whatever earlier sentences listed.
                ended[mention.term.id] = max(ended[mention.term.id] ?? 0, mention.sentence)
                continue
            }
            if inClause(.stopped, mention) && !inClause(.stopPlanned, mention) || isOff(mention, analysis) {
                // A stop its own sentence undoes ("stopped naproxen in 2015 but restarted it") ends nothing after it.
                if !analysis.occurs(.drugRestarted, in: mention.sentence) {
                    stops[mention.term.id] = min(stops[mention.term.id] ?? mention.sentence, mention.sentence)
                }
                continue
            }
            if inClause(.formerly, mention) && !isContinued(mention, analysis)
                || inClause(.singleDose, mention) && !inClause(.continuing, mention)
                || isPastCourse(mention, analysis, now: now)
                || isPastEntry(mention, analysis, now: now) && !inClause(.continuing, mention) && !inClause(.starting, mention)
                || isStayDrug(mention, analysis) && !inClause(.continuing, mention)
                || isDeferred(mention, analysis) && !inClause(.continuing, mention)
                || isAlternative(mention, analysis) && !inClause(.continuing, mention)
                || isGeneralEffect(mention, analysis)
                || isUntried(mention, analysis) || isDeclined(mention, analysis)
                || isBeforeAnother(mention, analysis)
            {
                continue
            }
            // A plan told in its clause or before it in its sentence ("Treatment plan included Norco;
            // gabapentin"); not one told after it of what the sentence listed before ("Medications:
            // cyclobenzaprine, ketoprofen and LidoPro; the plan was to continue them").
            func isInPlan() -> Bool {
                if analysis.isPlanSection(mention.sentence) { return true }
                if plans[mention.sentence] == nil {
                    plans[mention.sentence] = cues.set(.planned).hits(in: text, sentence: mention.sentence)
                }
                guard let words = plans[mention.sentence], !words.isEmpty else { return false }
                let clause = text.clause(sentence: mention.sentence, token: mention.first)
                return words.contains { $0.first <= clause.upperBound }
            }
            // A drug for the time after a surgery is part of the plan too.
            let planned = (isInPlan() || inClause(.postoperativeUse, mention)) && !inClause(.continuing, mention)
            found.append(
                MedicationUse(
                    drug: mention.term.id, sentence: mention.sentence, first: mention.first, planned: planned,
                    starting: inClause(.starting, mention)))
        }
        if !stops.isEmpty { found.removeAll { isNamedAfterStop($0, stoppedIn: stops[$0.drug], analysis) } }
        return ended.isEmpty ? found : found.filter { $0.sentence > ended[$0.drug] ?? -1 }
    }

    /// Whether `mention` names a drug the worker is off now: a `drug_off` word right before it
    /// (`drug_off_filler` words between at most, no comma), after a `drug_off_states` word or opening
    /// its sentence or part ("has been off methadone for three months", "came off the oxycodone",
    /// "Off Norco since May"). A wish or a taper under way ("wants to get off Norco", "is tapering
    /// off tramadol") is no stop.
    static func isOff(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (tokens, cues) = (analysis.text.tokens, analysis.index.cues)
        let start = analysis.text.sentences[mention.sentence].tokens.lowerBound
        let filler = cues.wordList(.drugOffFiller)
        var index = mention.first - 1
        while index >= start, index >= mention.first - 2, filler.contains(tokens[index]) { index -= 1 }
        guard index >= start, cues.wordList(.drugOff).contains(tokens[index]),
            !tokens[(index + 1)...mention.first].contains(where: { $0.commaBefore || $0.semicolonBefore })
        else { return false }
        if index == start || tokens[index].commaBefore || tokens[index].semicolonBefore { return true }
        return cues.wordList(.drugOffStates).contains(tokens[index - 1]) || isTaperedOff(before: index, start: start, analysis)
    }

    /// Whether the words before token `off` (a `drug_off` word) tell a taper another brought to its
    /// end, the worker its object: a `drug_off_agents` verb in the past, then one or two
    /// `drug_off_objects` words ("her psychiatrist tapered her off clonazepam", "we weaned the patient
    /// off oxycodone"), no comma between and no `drug_off_denials` word in the three words before the
    /// verb ("has not yet weaned him off Norco"). A taper to come or under way names its verb in
    /// another form ("will taper her off", "is weaning him off"): no stop.
    private static func isTaperedOff(before off: Int, start: Int, _ analysis: CaseAnalysis) -> Bool {
        let (tokens, cues) = (analysis.text.tokens, analysis.index.cues)
        let objects = cues.wordList(.drugOffObjects)
        var verb = off - 1
        while verb >= start, verb >= off - 2, objects.contains(tokens[verb]) { verb -= 1 }
        guard verb < off - 1, verb >= start, cues.wordList(.drugOffAgents).contains(tokens[verb]),
            !tokens[(verb + 1)...off].contains(where: { $0.commaBefore || $0.semicolonBefore })
        else { return false }
        let denials = cues.wordList(.drugOffDenials)
        return !(max(start, verb - 3)..<verb).contains { denials.contains(tokens[$0]) }
    }

    /// Whether `use`, a mention of a drug the summary told stopped in sentence `stop` before it, only
    /// names the drug in another drug's statement: another drug is named in its sentence, not in one
    /// list with it (``DrugScope``), and the sentence tells no restart (`drug_restarted`). "She
    /// stopped the naproxen herself in August ... Pantoprazole was started with the naproxen in 2015
    /// and she has kept taking it": the naproxen is the PPI's history, not a drug taken.
    static func isNamedAfterStop(_ use: MedicationUse, stoppedIn stop: Int?, _ analysis: CaseAnalysis) -> Bool {
        guard let stop, stop < use.sentence else { return false }
        let scope = analysis.drugScope
        let own = scope.subject(sentence: use.sentence, token: use.first)
        let others = analysis.mentions(inSentence: use.sentence).filter { $0.term.kind == .drug && $0.term.id != use.drug }
        guard others.contains(where: { own.relation(to: $0.term.id, classes: TermSet()) != .specific }) else { return false }
        return !analysis.occurs(.drugRestarted, in: use.sentence)
    }

    /// The other parts of `mention`'s sentence (``DrugScope`` segments, `own` excluded) that speak
    /// of its drug: a part about the drug alone, named again or referred to ("Gabapentin 300 mg: on
    /// the prior clinic's list, but she stopped it herself"); and, when the sentence is a list entry
    /// (it opens with its drug, behind list numbers at most, and names no other drug), every part
    /// after it about no drug in particular and naming no procedure ("2. Lorazepam: a single
    /// prescription in 2014; not filled again; not taking": its status, told after the name). For
    /// a `status` (a stop or a former use), an entry may also open behind a label and list several
    /// drugs (``CaseText/opensEntry(sentence:before:)``), its parts after all of them: "Before:
    /// oxycodone ER 20 mg q12h and oxycodone IR 10 mg, from 2014; tapered off over 6 months; none
    /// since" (a plan's later parts are its other items: "Recommendations: nortriptyline 10 mg at
    /// bedtime; continue sleep hygiene" continues no drug).
    static func entryParts(of mention: Mention, own: Int, _ analysis: CaseAnalysis, status: Bool) -> [Int] {
        let scope = analysis.drugScope
        let text = analysis.text
        let drug = mention.term.id
        let terms = analysis.mentions(inSentence: mention.sentence)
        let drugs = terms.filter { $0.term.kind == .drug }
        let lastDrug = drugs.map(\.last).max() ?? mention.last
        let start = text.sentences[mention.sentence].tokens.lowerBound
        let entry =
            status
            ? text.opensEntry(sentence: mention.sentence, before: drugs.map(\.first).min() ?? mention.first)
            : !drugs.contains { $0.term.id != drug } && (start..<mention.first).allSatisfy { text.tokens[$0].digits >= 0 }
        return scope.segmentIndices(of: mention.sentence).filter { index in
            guard index > own else { return false }
            let segment = scope.segments[index]
            switch segment.subject {
            case .drugs(let named):
                // Referred to ("it", "this medication"), not named again.
                guard named.count == 1, named.contains(drug), let words = segment.subjectTokens else { return false }
                return !drugs.contains { words.contains($0.first) }
            case .none:
                return entry && segment.tokens.lowerBound > lastDrug
                    && !terms.contains { $0.term.kind == .procedure && segment.tokens.contains($0.first) }
            default: return false
            }
        }
    }

    /// Whether a `continuing` phrase of `mention`'s sentence says its drug is taken still: in the
    /// drug's own part of the clause, or in a part about the drug or its class ("She was previously
    /// prescribed gabapentin and continues to take it daily"), not in a part about another drug ("She
    /// took Norco in the past but now takes tramadol": Norco was taken before, not now).
    static func isContinued(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let scope = analysis.drugScope
        let own = scope.segmentIndex(sentence: mention.sentence, token: mention.first)
        let classes = analysis.index.classes(ofDrug: mention.term.id)
        return analysis.index.cues.set(.continuing).hits(in: analysis.text, sentence: mention.sentence).contains { hit in
            guard isContinuation(hit, analysis), let segment = scope.segmentIndex(sentence: mention.sentence, token: hit.first) else {
                return false
            }
            return segment == own || scope.segments[segment].subject.relation(to: mention.term.id, classes: classes) == .specific
        }
    }

    /// Whether a `continuing` hit tells a continuation: not denied ("no refills") and no zero count
    /// within two words of it ("refills: 0", "0 refills").
    static func isContinuation(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        guard !hit.negated else { return false }
        let range = analysis.text.sentences[hit.sentence].tokens
        let near = max(range.lowerBound, hit.first - 2)..<min(range.upperBound, hit.last + 3)
        return !near.contains { analysis.index.cues.count(analysis.text.tokens[$0]) == 0 }
    }

    /// The tokens of `mention`'s part of its clause (``DrugScope``), or `nil` when it has none.
    private static func clauseTokens(of mention: Mention, in analysis: CaseAnalysis) -> Range<Int>? {
        analysis.drugScope.segmentIndex(sentence: mention.sentence, token: mention.first).map { analysis.drugScope.segments[$0].tokens }
    }

    /// Whether `mention` tells a course of its drug that ended before `now` (the request's date):
    /// in its part of the clause (``DrugScope``), with no `since_lead` word (a use told since a
    /// time goes on), a length (a count and a `time_units` word: "x10 days", "for two weeks", "a
    /// 7-day course") and a time it was taken (a date the summary writes, "in 04/2015", "in March
    /// 2015"; or a year before `now`'s, "in 2014"), begun more than twice its length before `now`
    /// (it ended at least as long ago as it lasted). "Cyclobenzaprine x10 days in 04/2015, which
    /// helped" is a course taken then; "gabapentin for 6 months since 05/2016" still runs.
    static func isPastCourse(_ mention: Mention, _ analysis: CaseAnalysis, now: SimpleDate?) -> Bool {
        guard let now, let tokens = clauseTokens(of: mention, in: analysis) else { return false }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let since = cues.wordList(.sinceLead)
        guard !tokens.contains(where: { since.contains(text.tokens[$0]) }) else { return false }
        var length: Int?
        for index in tokens where index > tokens.lowerBound {
            guard let unit = cues.days(inUnit: text.tokens[index]),
                let (count, _) = cues.count(endingAt: index - 1, in: text.tokens, from: tokens.lowerBound)
            else { continue }
            length = max(length ?? 0, count * unit)
        }
        guard let length else { return false }
        let bytes = text.tokens[tokens.lowerBound].start..<text.tokens[tokens.upperBound - 1].end
        let sentenceDates = RequestDrugFacts.dates(ofSentence: mention.sentence, in: analysis.dates)
        if let taken = RequestDrugFacts.dates(in: bytes, of: sentenceDates).map(\.date).max() {
            return taken.days(to: now) > 2 * length
        }
        // A year alone: a course within it ended before `now`'s year began.
        return tokens.contains { index in
            let spelled = text.word(of: text.tokens[index])
            guard spelled.utf8.count == 4, let year = Int(spelled), (1950...2100).contains(year) else { return false }
            return year < now.year
        }
    }

    /// Whether `mention` names a drug of a hospital stay the summary tells ended: its sentence holds
    /// a `stay_time` phrase before it ("In hospital he was given ketorolac and then ibuprofen",
    /// "Hospital course: pain controlled with acetaminophen, naproxen and oxycodone", "creatinine 0.9
    /// on admission, 1.5 on day 2 on naproxen, and 1.0 at discharge"), no `stay_discharge` phrase
    /// before it and no `drug_restarted` phrase affirmed ("held in hospital and restarted at
    /// discharge"; not "held ... and not resumed"), and
    /// a `stay_discharge` phrase tells the stay over
    /// ("Discharge medications: ...", "since he was discharged"). The stay's drugs are an earlier
    /// time's; the discharge list and what is taken since tell the current ones ("discharged on
    /// naproxen" is taken). A note written during the stay, with no discharge told, is its present.
    /// The caller leaves a drug its clause tells continued.
    static func isStayDrug(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard cues.set(.stayTime).hits(in: text, sentence: mention.sentence).contains(where: { !$0.negated && $0.last < mention.first })
        else { return false }
        let discharges = cues.set(.stayDischarge).hits(in: text).filter { !$0.negated }
        // A discharge told before the drug names it taken since; a restart told with it, taken again.
        return !discharges.isEmpty && !discharges.contains { $0.sentence == mention.sentence && $0.first < mention.first }
            && !cues.set(.drugRestarted).hits(in: text, sentence: mention.sentence).contains { !$0.negated }
    }

    /// Whether `mention` names a drug an instruction leaves to another doctor: in its part of the
    /// clause (``DrugScope``), a `drug_advice` word before it and a `drug_deferred` phrase after it
    /// ("sent home with advice to use ibuprofen per occupational medicine"). A drug another doctor
    /// prescribed is taken ("ibuprofen 800 mg three times a day per her PCP": no advice).
    static func isDeferred(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        guard let tokens = clauseTokens(of: mention, in: analysis) else { return false }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let advice = cues.wordList(.drugAdvice)
        guard (tokens.lowerBound..<mention.first).contains(where: { advice.contains(text.tokens[$0]) }) else { return false }
        return cues.set(.drugDeferred).hits(in: text, sentence: mention.sentence).contains {
            $0.first > mention.first && tokens.contains($0.first)
        }
    }

    /// Whether `mention` names a drug only as the alternative weighed against the one chosen: a
    /// `drug_alternative` phrase before it in its sentence ("gentler on the stomach than naproxen or
    /// ibuprofen", "better tolerated than Motrin"), with at
    /// most four other words between them, and the drugs of its list and `drug_joiners` words (no
    /// `;`, no clause boundary, no comma but before a drug or a joiner). The caller leaves a drug
    /// its clause tells continued ("gentler than the naproxen she continues to take").
    static func isAlternative(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard let hit = cues.set(.drugAlternative).hits(in: text, sentence: mention.sentence).last(where: { $0.last < mention.first })
        else { return false }
        let (joiners, boundaries) = (cues.wordList(.drugJoiners), cues.wordList(.clauseBoundary))
        let drugs = analysis.mentions(inSentence: mention.sentence).filter { $0.term.kind == .drug }
        var (index, others) = (hit.last + 1, 0)
        while index < mention.first {
            let token = text.tokens[index]
            if token.semicolonBefore || boundaries.contains(token) { return false }
            if let drug = drugs.first(where: { $0.first == index }) {
                index = drug.last + 1
                continue
            }
            if !joiners.contains(token) {
                others += 1
                if others > 4 || token.commaBefore { return false }
            }
            index += 1
        }
        return true
    }

    /// Whether `mention` names a drug in a statement of what it does for people in general, not of
    /// the worker's use: its sentence holds a `drug_general_effect` phrase ("Bupropion SR has helped
    /// nerve pain in some people", "it is used after the first-line drugs have not worked") and no
    /// `drug_worker_words` word ("Gabapentin has helped her, as it does in many patients" is hers).
    static func isGeneralEffect(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard analysis.occurs(.drugGeneralEffect, in: mention.sentence) else { return false }
        let worker = cues.wordList(.drugWorkerWords)
        return !text.sentences[mention.sentence].tokens.contains { worker.contains(text.tokens[$0]) }
    }

    /// Whether `mention` names a drug its sentence then tells not tried by a pronoun: a
    /// `drug_untried` phrase after it ("though he has not tried it since the injury", "she never
    /// used it"), no other drug or procedure named between and no other person its subject
    /// (``ClauseSubjects``), the phrase ending its part of the sentence or before a
    /// `drug_untried_tails` phrase ("since", "yet", "for this flare"). Another tail ("has not
    /// taken it as prescribed") tells how the drug is taken, not that it is not.
    static func isUntried(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard analysis.occurs(.drugUntried, in: mention.sentence),
            let hit = cues.set(.drugUntried).hits(in: text, sentence: mention.sentence).first(where: { $0.first > mention.last }),
            !analysis.mentions(inSentence: mention.sentence).contains(where: {
                ($0.term.kind == .drug || $0.term.kind == .procedure) && $0.first > mention.last && $0.first < hit.first
            }),
            !ClauseSubjects.isAnotherPersons(before: hit.first, sentence: mention.sentence, analysis)
        else { return false }
        let (after, end) = (hit.last + 1, text.sentences[mention.sentence].tokens.upperBound)
        if after == end || text.tokens[after].commaBefore || text.tokens[after].semicolonBefore { return true }
        return cues.set(.drugUntriedTails).hits(in: text, sentence: mention.sentence).contains { $0.first == after }
    }

    /// Whether `mention` names a drug told taken before another drug that names the time: its
    /// sentence opens with a `drug_before_leads` word, `drug_before_fillers` words and another drug
    /// ("Before the methadone", "Prior to starting Lyrica,"), and a `drug_before_verbs` word stands
    /// between that drug and this one ("he tried tramadol"); or the lead and the other drug right
    /// after this one and the verb before it in its clause ("He tried tramadol before the
    /// methadone"). Not in a sentence that tells a drug continued ("and still takes it").
    static func isBeforeAnother(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let range = text.sentences[mention.sentence].tokens
        // A sentence that tells a drug continued ("and still takes it") keeps it taken.
        guard leadsWithTime(mention, analysis), !analysis.occurs(.continuing, in: mention.sentence) else { return false }
        let (leads, fillers, verbs) = (cues.wordList(.drugBeforeLeads), cues.wordList(.drugBeforeFillers), cues.wordList(.drugBeforeVerbs))
        // The other drug after a lead at token `lead` and its fillers, ending before token `end`.
        func time(after lead: Int, before end: Int) -> Mention? {
            var index = lead + 1
            while index < end, fillers.contains(text.tokens[index]) { index += 1 }
            return analysis.mentions(inSentence: mention.sentence).first { $0.term.kind == .drug && $0.first == index && $0.last < end }
        }
        func told(_ span: Range<Int>) -> Bool {
            span.contains { verbs.contains(text.tokens[$0]) } && !span.contains { text.tokens[$0].semicolonBefore }
        }
        // "Before the methadone he tried tramadol": the lead opens the sentence.
        if mention.first > range.lowerBound + 1, leads.contains(text.tokens[range.lowerBound]),
            let other = time(after: range.lowerBound, before: mention.first)
        {
            return told((other.last + 1)..<mention.first)
        }
        // "He tried tramadol before the methadone": the lead right after the drug, a verb before it.
        let next = mention.last + 1
        guard next < range.upperBound, leads.contains(text.tokens[next]), !text.tokens[next].commaBefore,
            time(after: next, before: range.upperBound) != nil
        else { return false }
        return told(text.clause(sentence: mention.sentence, token: mention.first).lowerBound..<mention.first)
    }

    /// Whether `mention`'s sentence holds a `drug_before_leads` word (a cheap test before
    /// ``isBeforeAnother(_:_:)`` looks for the other drug).
    private static func leadsWithTime(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let leads = analysis.index.cues.wordList(.drugBeforeLeads)
        return analysis.text.tokens(of: mention.sentence).contains(where: leads.contains)
    }

    /// Whether `mention` is an entry of a past medication history: its part of the clause
    /// (``DrugScope``) tells the time it was taken by a `past_entry_leads` word ("in", "during")
    /// right before a year before `now`'s ("Morphine ER in 2014 (pruritus and vomiting)", "OxyContin
    /// during 2013, constipation"), with no `since_lead`, `dose_start_words` or
    /// `past_entry_ongoing` word ("since 2014", "started in 2014", "in 2014 and still three a day
    /// now": a use that goes on); or the drug a measure was taken on then
    /// (``isMeasureTime(_:_:now:)``). The caller leaves a drug its clause tells continued or started
    /// now.
    static func isPastEntry(_ mention: Mention, _ analysis: CaseAnalysis, now: SimpleDate?) -> Bool {
        guard let now, let tokens = clauseTokens(of: mention, in: analysis) else { return false }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let leads = cues.wordList(.pastEntryLeads)
        // A year (its digits' value) before `now`'s, right after a lead.
        let dated = tokens.contains { index in
            let year = Int(text.tokens[index].digits)
            return index > tokens.lowerBound && (1950..<now.year).contains(year) && text.tokens[index].end - text.tokens[index].start == 4
                && leads.contains(text.tokens[index - 1])
        }
        if isMeasureTime(mention, analysis, now: now) { return true }
        guard dated else { return false }
        let goesOn = [cues.wordList(.sinceLead), cues.wordList(.doseStartWords), cues.wordList(.pastEntryOngoing)]
        return !tokens.contains { index in goesOn.contains { $0.contains(text.tokens[index]) } }
    }

    /// Whether `mention` names the drug a measure was taken on at an earlier time: a
    /// `measure_drug_leads` word right before it and a date before `now`'s month at most five words
    /// before that in its sentence ("Oswestry 58% (01/2016, on hydrocodone)"), with no `since_lead`
    /// or `dose_start_words` word between ("since 01/2016, on Norco" goes on).
    private static func isMeasureTime(_ mention: Mention, _ analysis: CaseAnalysis, now: SimpleDate) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let sentence = text.sentences[mention.sentence].tokens
        let lead = mention.first - 1
        guard lead > sentence.lowerBound, cues.wordList(.measureDrugLeads).contains(text.tokens[lead]) else { return false }
        let from = max(sentence.lowerBound, lead - 5)
        let goesOn = [cues.wordList(.sinceLead), cues.wordList(.doseStartWords)]
        guard !(from..<lead).contains(where: { index in goesOn.contains { $0.contains(text.tokens[index]) } }) else { return false }
        let bytes = text.tokens[from].start..<text.tokens[lead].start
        return RequestDrugFacts.dates(in: bytes, of: RequestDrugFacts.dates(ofSentence: mention.sentence, in: analysis.dates)).contains {
            ($0.date.year, $0.date.month) < (now.year, now.month)
        }
    }

    /// Whether `mention`'s drug is avoided, declined, refused or forbidden (`drug_declined`): a `yes`
    /// phrase in its part of the clause ending at most three words before it, no comma between
    /// ("prefers to avoid anti-inflammatories", "reluctant to take NSAIDs", "forbidden celecoxib";
    /// not "to avoid an ulcer, celecoxib was chosen"), or an `offer` in its part and a `yes` phrase
    /// after it in the sentence ("was offered meloxicam but declined it"). Such a drug is neither
    /// tried nor taken.
    static func isDeclined(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let hits = analysis.index.cues.set(.drugDeclined).hits(in: analysis.text, sentence: mention.sentence)
        guard !hits.isEmpty else { return false }
        let scope = analysis.drugScope
        let segment = scope.segmentIndex(sentence: mention.sentence, token: mention.first)
        func inSegment(_ hit: CueHit) -> Bool { scope.segmentIndex(sentence: mention.sentence, token: hit.first) == segment }
        let refused = hits.filter { $0.label == .yes && !$0.negated }
        let tokens = analysis.text.tokens
        if refused.contains(where: { hit in
            hit.last < mention.first && mention.first - hit.last <= 3 && inSegment(hit)
                && !(hit.last + 1...mention.first).contains { tokens[$0].commaBefore }
        }) {
            return true
        }
        return hits.contains { $0.label == .offer && inSegment($0) } && refused.contains { $0.first > mention.last }
    }

    /// Whether `mention` names a substance measured rather than taken: a `drug_measure` phrase right
    /// after it ("vitamin D level was 15", "her vitamin D was checked") or right before it ("serum
    /// vitamin D", "UDS positive for hydrocodone").
    ///
    /// A drug listed with a measured one ("positive for hydrocodone and hydromorphone only",
    /// "oxycodone and oxymorphone detected": only `drug_joiners` words, commas, counts and
    /// `dose_units` words between) is measured with it. A drug a screen finds of another drug taken
    /// (``isScreenFinding(_:_:)``: "Percocet 10/325 ... Toxicology: oxycodone 2,400 ng/mL,
    /// oxymorphone 310 ng/mL"; "A urine drug screen was obtained. Hydrocodone and hydromorphone were
    /// present") is that drug found, not a second one taken.
    static func isMeasured(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let measures = cues.set(.drugMeasure).hits(in: text, sentence: mention.sentence)
        func adjacent(_ drug: Mention) -> Bool {
            measures.contains { $0.first == drug.last + 1 || $0.last + 1 == drug.first }
        }
        if adjacent(mention) { return true }
        let drugs = analysis.mentions(inSentence: mention.sentence).filter { $0.term.kind == .drug }
        // The list the drug stands in.
        let (joiners, units) = (cues.wordList(.drugJoiners), cues.wordList(.doseUnits))
        func joined(_ earlier: Mention, _ later: Mention) -> Bool {
            ((earlier.last + 1)..<later.first).allSatisfy {
                joiners.contains(text.tokens[$0]) || text.tokens[$0].digits != Token.notDigits || units.contains(text.tokens[$0])
            }
        }
        guard let position = drugs.firstIndex(where: { $0.first == mention.first }) else { return false }
        var low = position
        while low > drugs.startIndex, drugs[low - 1].last < drugs[low].first, joined(drugs[low - 1], drugs[low]) { low -= 1 }
        var high = position
        while high + 1 < drugs.endIndex, drugs[high].last < drugs[high + 1].first, joined(drugs[high], drugs[high + 1]) { high += 1 }
        if drugs[low...high].contains(where: adjacent) { return true }
        return isScreenFinding(mention, analysis)
    }

    /// Whether `mention` is a drug screen's finding, not a drug taken: a drug the screen names as
    /// found (``ScreenFindings/isFinding(_:_:)``: "Urine toxicology in October found oxycodone",
    /// "UDS 9/16: +oxycodone", whoever prescribed it); a drug named after the screen's consistency
    /// words in its clause with only ingredients, or their metabolites (`screen_metabolite`), of
    /// another drug the summary names; or, in the sentence after a drug screen's, with only
    /// metabolites of another drug named in its own sentence ("Hydrocodone and hydromorphone were
    /// present").
    private static func isScreenFinding(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (index, cues, text) = (analysis.index, analysis.index.cues, analysis.text)
        let own = index.ingredients(of: mention.term.id)
        guard !own.isEmpty else { return false }
        if ScreenFindings.isFinding(mention, analysis) { return true }
        let screen = cues.set(.drugScreen)
        // What the drugs of `parent` leave in a screen: their ingredients (with `itself`) and metabolites.
        func finds(_ parent: Mention, itself: Bool) -> Bool {
            guard parent.term.id != mention.term.id, !parent.negated else { return false }
            let ingredients = index.ingredients(of: parent.term.id)
            return own.allSatisfy { found in
                ingredients.contains {
                    (itself && $0 == found) || cues.group(.screenMetabolite, memberIDs: index.name(of: $0)).contains(found)
                }
            }
        }
        if screen.hits(in: text, sentence: mention.sentence).contains(where: { !$0.negated && followsInClause($0, mention, analysis) }) {
            return analysis.mentions(of: .drug).contains { finds($0, itself: true) }
        }
        guard mention.sentence > 0, screen.hits(in: text, sentence: mention.sentence - 1).contains(where: { !$0.negated }) else {
            return false
        }
        return analysis.mentions(inSentence: mention.sentence).contains { $0.term.kind == .drug && finds($0, itself: false) }
    }

    /// Whether `mention` follows `hit` in its clause: no `;`, `clause_boundary` word, or coordinator
    /// before a `clause_verbs` word between them ("her screen was appropriate, and she also uses
    /// oxycodone" names a drug taken after the screen's clause).
    static func followsInClause(_ hit: CueHit, _ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        guard hit.sentence == mention.sentence, hit.last < mention.first else { return false }
        let (cues, text) = (analysis.index.cues, analysis.text)
        let (boundaries, coordinators, verbs) = (cues.wordList(.clauseBoundary), cues.wordList(.coordinators), cues.wordList(.clauseVerbs))
        return !((hit.last + 1)...mention.first).contains { position in
            text.tokens[position].semicolonBefore || boundaries.contains(text.tokens[position])
                || (coordinators.contains(text.tokens[position]) && position + 1 <= mention.first
                    && verbs.contains(text.tokens[position + 1]))
        }
    }

    /// Whether a `drug_replaced` phrase in the part of the clause about `mention` is followed by another
    /// drug in its sentence ("Omeprazole was changed to Pantoprazole", "switched from Norco to
    /// Percocet"); not a dose changed ("Norco was changed to 10/325").
    static func isReplaced(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let scope = analysis.drugScope
        let segment = scope.segmentIndex(sentence: mention.sentence, token: mention.first)
        let hits = analysis.index.cues.set(.drugReplaced).hits(in: analysis.text, sentence: mention.sentence).filter {
            scope.segmentIndex(sentence: mention.sentence, token: $0.first) == segment
        }
        if let hit = hits.first,
            analysis.mentions(inSentence: mention.sentence).contains(where: {
                $0.term.kind == .drug && $0.first > hit.last && $0.term.id != mention.term.id
            })
        {
            return true
        }
        return isReplacedObject(mention, analysis)
    }

    /// Whether `mention` is the drug a `drug_replaced_after` phrase names right after it, within
    /// three words and before any other drug ("oxycodone IR since 01/2016 (replaced Norco, which
    /// caused itching)", "tramadol in place of the Norco", "replaced Norco with tramadol"), another
    /// drug named in the sentence (the one that replaced it); not where a `drug_replaced` phrase spans the same words
    /// ("Tylenol was replaced with ibuprofen": the drug after it is the new one).
    static func isReplacedObject(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let cues = analysis.index.cues
        let hits = cues.set(.drugReplacedAfter).hits(in: analysis.text, sentence: mention.sentence)
        guard !hits.isEmpty else { return false }
        let drugs = analysis.mentions(inSentence: mention.sentence).filter { $0.term.kind == .drug }
        let spans = cues.set(.drugReplaced).hits(in: analysis.text, sentence: mention.sentence)
        return hits.contains { hit in
            guard !hit.negated, hit.last < mention.first, mention.first - hit.last <= 3,
                !spans.contains(where: { $0.first <= hit.last && $0.last >= hit.first }),
                !drugs.contains(where: { $0.first > hit.last && $0.first < mention.first }),
                drugs.contains(where: { $0.term.id != mention.term.id })
            else { return false }
            return true
        }
    }

    /// Whether `mention` names a drug only as part of the plan: in a note's plan section or with a
    /// `planned` phrase in its clause (a `;` or a line break ends it), and no `continuing` or
    /// `stopped` phrase in its own part of the clause (``DrugScope``: "Plan: continue gabapentin",
    /// "stop nortriptyline" were taken; in "The plan was nortriptyline, to stop AneCream" the stop
    /// is AneCream's).
    static func isOnlyPlanned(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, scope) = (analysis.text, analysis.drugScope)
        let clause = text.clause(sentence: mention.sentence, token: mention.first)
        let segment = scope.segmentIndex(sentence: mention.sentence, token: mention.first)
        func hits(_ name: CueName) -> [CueHit] { analysis.index.cues.set(name).hits(in: text, sentence: mention.sentence) }
        func inSegment(_ name: CueName) -> Bool {
            hits(name).contains { scope.segmentIndex(sentence: mention.sentence, token: $0.first) == segment }
        }
        // A plan phrase of the clause governs the drugs named after it ("The treatment plan included
        // X, Y and Z"), but not a drug named before it in another drug's part of the clause
        // ("included the regimen of ibuprofen and requested ondansetron": the request is ondansetron's).
        let planned =
            analysis.isPlanSection(mention.sentence)
            || hits(.planned).contains {
                guard clause.contains($0.first) else { return false }
                guard $0.first > mention.last, let other = scope.segmentIndex(sentence: mention.sentence, token: $0.first) else {
                    return true
                }
                return other == segment || !scope.segments[other].subject.namesDrugs
            }
        return planned && !inSegment(.continuing) && !inSegment(.stopped)
    }

    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        let index = analysis.index
        let cues = index.cues
        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }
        let current = current(analysis)
        if !current.isEmpty {
            let drugs = TermSet(current.map(\.drug))
            var seen: Set<Int> = []
            let sentences = current.map(\.sentence).filter { seen.insert($0).inserted }
            builder.set(.medications, .terms(index.ids.names(of: drugs)), sentences.map(text.evidence))
            let classes = drugs.reduce(into: TermSet()) { $0.formUnion(index.classes(ofDrug: $1)) }
            if !classes.isEmpty { builder.set(.medicationClasses, .terms(index.ids.names(of: classes)), sentences.map(text.evidence)) }
        }
        // Tried: any drug mention that is not negated, including stopped and failed drugs; not a
        // drug only planned ("The treatment plan included nortriptyline", "She was recommended
        // naproxen"): a trial is one that came before the request (CPMTG pp. 76-77, p. 113).
        var nsaid: [Int] = []
        var firstLine: [Int] = []
        var antidepressantTrials: [Int] = []
        var anticonvulsantTrials: [Int] = []
        for mention in analysis.mentions
        where (mention.term.kind == .drug || mention.term.kind == .drugClass) && !mention.negated
            && !analysis.isReview(mention.sentence, token: mention.first) && !isDeclined(mention, analysis)
        {
            let classes =
                mention.term.kind == .drug
                ? index.classes(ofDrug: mention.term.id) : index.ancestors(of: mention.term.id, in: .drugClass)
            // An opioid combination (Norco's acetaminophen, Vicoprofen's ibuprofen) is not a trial of the analgesic.
            let analgesic =
                (classes.contains(index[.nsaid]) || classes.contains(index[.acetaminophenClass])) && !classes.contains(index[.opioid])
            if analgesic && !nsaid.contains(mention.sentence) && !isOnlyPlanned(mention, analysis) {
                nsaid.append(mention.sentence)
            }
            // First-line for neuropathic pain: a tricyclic or SNRI antidepressant or an anti-epilepsy
            // drug (CPMTG pp. 13-16, 16-22; Lidoderm, pp. 56-57), or antidepressants named as a class
            // ("failed antidepressants": p. 111's "trials of antidepressants and anticonvulsants"). An
            // SSRI (p. 107: not recommended for chronic pain), bupropion (p. 16: third-line) or another
            // antidepressant is not a trial of first-line therapy.
            // Each class is also kept apart, for p. 111's "trials of antidepressants and anticonvulsants".
            let anticonvulsant = classes.contains(index[.anticonvulsant])
            let antidepressant =
                classes.contains(index[.tricyclic]) || classes.contains(index[.snri])
                || (mention.term.kind == .drugClass && mention.term.id == index[.antidepressant])
            let unseen =
                !firstLine.contains(mention.sentence) || (anticonvulsant && !anticonvulsantTrials.contains(mention.sentence))
                || (antidepressant && !antidepressantTrials.contains(mention.sentence))
            if (anticonvulsant || antidepressant) && unseen && !isOnlyPlanned(mention, analysis) {
                if !firstLine.contains(mention.sentence) { firstLine.append(mention.sentence) }
                if anticonvulsant && !anticonvulsantTrials.contains(mention.sentence) { anticonvulsantTrials.append(mention.sentence) }
                if antidepressant && !antidepressantTrials.contains(mention.sentence) { antidepressantTrials.append(mention.sentence) }
            }
        }
        if !nsaid.isEmpty { builder.bool(.nsaidTried, true, nsaid.map(text.evidence)) }
        if !firstLine.isEmpty { builder.bool(.firstLineFailed, true, firstLine.map(text.evidence)) }
        if !antidepressantTrials.isEmpty { builder.bool(.antidepressantTried, true, antidepressantTrials.map(text.evidence)) }
        if !anticonvulsantTrials.isEmpty { builder.bool(.anticonvulsantTried, true, anticonvulsantTrials.map(text.evidence)) }

        // GI risk: age over 65, GI conditions, aspirin, corticosteroid or anticoagulant use, or
        // multiple NSAIDs taken by mouth (two or more NSAID ingredients in the regimen: "NSAID +
        // low-dose ASA"; ibuprofen and Duexis are one).
        var risk: [Int] = []
        for hit in cues.set(.giComplaints).hits(in: text) where !hit.negated && !review(hit.sentence) { risk.append(hit.sentence) }
        var oralNsaids: [TermID: Int] = [:]
        for use in regimen(analysis) {
            let classes = index.classes(ofDrug: use.drug)
            if use.drug == index[.aspirin] || classes.contains(index[.corticosteroid]) || classes.contains(index[.anticoagulant]) {
                risk.append(use.sentence)
            }
            if classes.contains(index[.nsaid]) && !classes.contains(index[.topicalAnalgesic]) {
                for ingredient in index.ingredients(of: use.drug) where oralNsaids[ingredient] == nil {
                    let nsaid =
                        index.classes(ofIngredient: ingredient).contains(index[.nsaid])
                        || index.classes(ofDrug: ingredient).contains(index[.nsaid])
                    if nsaid { oralNsaids[ingredient] = use.sentence }
                }
            }
        }
        if oralNsaids.count > 1 { risk += oralNsaids.values.sorted() }
        if case .number(let age)? = builder.facts[.age]?.value, age > 65 {
            risk += builder.facts[.age]!.evidence.isEmpty ? [] : [sentenceIndex(text, offset: builder.facts[.age]!.evidence[0].start)]
        }
        if !risk.isEmpty {
            var seen: Set<Int> = []
            builder.bool(.giRisk, true, risk.filter { seen.insert($0).inserted }.map(text.evidence))
        } else if let negated = cues.set(.giComplaints).hits(in: text).first(where: { $0.negated && !review($0.sentence) }) {
            builder.bool(.giRisk, false, [text.evidence(negated.sentence)])
        }

        // Side effects: documented whether present or absent.
        if let hit = cues.set(.sideEffects).hits(in: text).first(where: { !review($0.sentence) }) {
            builder.bool(.adverseEffectsDocumented, true, [text.evidence(hit.sentence)])
        }
        // A screen only planned documents none; one denied ("no UDS on file") documents its absence.
        // A screen with its own earlier date is done whatever plan word another part holds.
        let reference = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate
        // A screen told with its result ("UDS negative for illicit substances") is done.
        let screens = ScreenFindings.screens(analysis).filter {
            !review($0.sentence)
                && ($0.negated || !analysis.isPlannedScreen($0) || DrugScreenIntervalFacts.isDatedDone($0, analysis, before: reference))
        }
        if let screen = screens.first(where: { !$0.negated }) {
            builder.bool(.urineDrugScreen, true, [text.evidence(screen.sentence)])
            // The first screen whose words or findings tell its verdict (``ScreenFindings``).
            if let verdict = ScreenFindings.verdicts(analysis).first {
                builder.bool(.urineDrugScreenConsistent, verdict.consistent, [text.evidence(verdict.screen.sentence)])
            }
        } else if let screen = screens.first {
            builder.bool(.urineDrugScreen, false, [text.evidence(screen.sentence)])
        }
    }
}
