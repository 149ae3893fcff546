import IMRVocabulary

/// A return to work told without the word "work" (`returned_to_work`, `work_status`; CPMTG 2009
/// p. 80: continue opioids "if the patient has returned to work"): a way back or a job's verb
/// (`work_returns`: "back on", "returned to", "resumed", "works as", "runs the") followed, at most
/// five words after it in its clause, by the worker's occupation (`occupations`: the place, the
/// tools, the task or the trade: "back on the loading dock", "working the register"), or by its
/// title after "as" (`occupation_titles` after an `occupation_title_leads` word: "works as a school
/// bus driver"; "went back to the nurse" is a visit).
///
/// Its duty is the schedule's told in the sentence, the last one told: a `work_schedule` phrase
/// ("full shifts", "part time", "sedentary", "without restrictions") or hours (``hours(in:_:)``:
/// "40 hours a week", "four hours a day"), else full duty. A way back negated ("has not been back
/// on the loading dock") or after an inability ("unable to go back to his job") tells the worker
/// not working. Not read: another person's job
/// (``ClauseSubjects``), a sentence of the time before or of the injury (`activity_before_injury`:
/// "injured while working the register"); the
/// caller leaves out goals, plans and review sentences as for every work phrase.
enum WorkReturns {
    /// The returns of the summary in text order, labelled `full_duty` or `modified_duty` (negated:
    /// not working), each spanning the way back to the occupation's last word.
    static func hits(_ analysis: CaseAnalysis) -> [CueHit] {
        let text = analysis.text
        let cues = analysis.index.cues
        let returns = cues.set(.workReturns).hits(in: text)
        guard !returns.isEmpty else { return [] }
        let occupations = cues.set(.occupations)
        let titles = cues.set(.occupationTitles)
        let leads = cues.wordList(.occupationTitleLeads)
        var found: [CueHit] = []
        for way in returns {
            let sentence = way.sentence
            let start = text.sentences[sentence].tokens.lowerBound
            // A title counts after its lead word ("as a driver", "as a school bus driver"), at most
            // three words between.
            let named =
                occupations.hits(in: text, sentence: sentence)
                + titles.hits(in: text, sentence: sentence).filter { title in
                    (max(start, title.first - 4)..<title.first).contains { leads.contains(text.tokens[$0]) }
                }
            let occupation = named.filter {
                $0.first > way.last && $0.first - way.last <= 6 && !ClauseSubjects.crossesClause(way.last, $0.first, analysis)
            }.min(by: { $0.first < $1.first })
            guard
                let end = occupation?.last ?? workSchedule(after: way.last, within: 4, sentence: sentence, analysis),
                ClauseSubjects.holdsWorkerObject(way.first, way.last, analysis)
                    || !ClauseSubjects.isAnotherPersons(before: way.first, sentence: sentence, analysis),
                !cues.set(.activityBeforeInjury).hits(in: text, sentence: sentence).contains(where: { !$0.negated })
            else { continue }
            // Negated, or after an inability ("unable to go back to his job", `activity_markers`
            // `lost` ending at most a word before it): the worker is not back.
            let denied =
                way.negated
                || cues.set(.activityMarkers).hits(in: text, sentence: sentence).contains {
                    $0.label == .lost && $0.last < way.first && way.first - $0.last <= 2
                }
            let duty = denied ? CueLabelID(.fullDuty) : schedule(in: sentence, analysis) ?? CueLabelID(.fullDuty)
            found.append(CueHit(label: duty, sentence: sentence, first: way.first, last: end, negated: denied))
        }
        return found
    }

    /// The returns to work told as a change, in text order, labelled `yes` (functional improvement;
    /// 8 CCR 9792.20(f): "a reduction in work restrictions"): a way back to the occupation or to a
    /// schedule of work (``hits(_:)``: "went from 4-hour modified shifts back to full 8-hour
    /// shifts"), or a `work` phrase other than off work that opens with a way back (`work_returns`:
    /// "returned to work", "back to her regular duty", "resumed full duty"); not negated, not
    /// another person's, not hoped for or planned (a `work_goal` word before it in its sentence),
    /// not of the time before or of the injury, not in the review or the plan. A status kept ("still
    /// works 4-hour modified days", "is working full duty") is no change, and is not among them.
    static func regained(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let ways = cues.set(.workReturns).hits(in: text).filter { !$0.negated }
        guard !ways.isEmpty else { return [] }
        let phrases = cues.set(.work).hits(in: text).filter { phrase in
            !phrase.negated && phrase.label != .notWorking && ways.contains { $0.sentence == phrase.sentence && $0.first == phrase.first }
                && !ClauseSubjects.isAnotherPersons(before: phrase.first, sentence: phrase.sentence, analysis)
                && !cues.set(.activityBeforeInjury).hits(in: text, sentence: phrase.sentence).contains(where: { !$0.negated })
        }
        return DrugStatementFacts.merged(hits(analysis).filter { !$0.negated }, phrases).filter { hit in
            !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanSection(hit.sentence)
                && !PainChange.isGoal(hit.sentence, before: hit.first, analysis)
        }.map { CueHit(label: CueLabelID(.yes), sentence: $0.sentence, first: $0.first, last: $0.last, negated: false) }
    }

    /// The jobs the worker holds now, in text order, labelled `full_duty` or `modified_duty` as
    /// ``schedule(in:_:)`` tells it: a job's verb in the present or the present perfect
    /// (`work_holding`: "works", "has worked", "has been working", "is employed", "puts in"), not
    /// negated, not after a `work_past_leads` word ("was employed", "previously employed"), filled
    /// within eight words of its clause by what only a job has: an occupation (`occupations`), a
    /// title after "as" (an `occupation_titles` word, or any word after an article that is no
    /// `occupation_title_exclusions` word: "as a school crossing guard", not "as a result"), hours of a
    /// day, a shift or a week (``hours(in:_:)``), or a schedule of work (``workSchedule(after:within:sentence:_:)``).
    /// "Since April 2016 she has worked 24 hours a week as a school crossing guard" (modified duty),
    /// "employed as a bus mechanic, regular hours" (full duty). Not read: another person's job, a
    /// sentence of the time before or of the injury, a verb with nothing of a job after it ("works
    /// on his posture exercises"). Each spans the verb to the last word that fills it.
    static func held(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let verbs = cues.set(.workHolding).hits(in: text).filter { !$0.negated }
        guard !verbs.isEmpty else { return [] }
        let (pastLeads, leads) = (cues.wordList(.workPastLeads), cues.wordList(.occupationTitleLeads))
        let (articles, exclusions) = (cues.wordList(.articles), cues.wordList(.occupationTitleExclusions))
        var found: [CueHit] = []
        for verb in verbs {
            let sentence = verb.sentence
            let range = text.sentences[sentence].tokens
            let reach = (verb.last + 1)..<min(range.upperBound, verb.last + 9)
            guard !reach.isEmpty,
                !(max(range.lowerBound, verb.first - 2)..<verb.first).contains(where: { pastLeads.contains(text.tokens[$0]) }),
                !ClauseSubjects.isAnotherPersons(before: verb.first, sentence: sentence, analysis),
                !cues.set(.activityBeforeInjury).hits(in: text, sentence: sentence).contains(where: { !$0.negated })
            else { continue }
            let inClause = { (token: Int) in !ClauseSubjects.crossesClause(verb.last, token, analysis) }
            // An occupation, or a title with its lead word at most three words before it.
            let titled = cues.set(.occupationTitles).hits(in: text, sentence: sentence).filter { title in
                (max(range.lowerBound, title.first - 4)..<title.first).contains { leads.contains(text.tokens[$0]) }
            }
            let occupation = (cues.set(.occupations).hits(in: text, sentence: sentence) + titled)
                .filter { reach.contains($0.first) && inClause($0.first) }.map(\.last).min()
            let title = reach.first { place in
                place + 2 < range.upperBound && leads.contains(text.tokens[place]) && articles.contains(text.tokens[place + 1])
                    && !exclusions.contains(text.tokens[place + 2]) && text.tokens[place + 2].digits == Token.notDigits
                    && inClause(place + 2)
            }.map { $0 + 2 }
            let counted = hourCounts(in: sentence, analysis).first { reach.contains($0.token) && inClause($0.token) }?.token
            let scheduled = cues.set(.workSchedule).hits(in: text, sentence: sentence).first {
                !$0.negated && reach.contains($0.first) && inClause($0.first)
            }?.last
            guard let end = [occupation, title, counted, scheduled].compactMap({ $0 }).min() else { continue }
            let duty = schedule(in: sentence, analysis) ?? CueLabelID(.fullDuty)
            found.append(CueHit(label: duty, sentence: sentence, first: verb.first, last: end, negated: false))
        }
        return found
    }

    /// Whether the status `hit` tells ended before the note: a `work_ended` word right before it
    /// (or a `work_ended_links` word between: "previously full duty", "formerly on modified duty")
    /// or a `work_ended_after` word right after it ("temporarily totally disabled before"; not "laid
    /// off after the injury"), or a span of dates right after it that closed before the reference
    /// date (``DateSpans/closed(at:sentence:_:endOnly:onReference:)``: "TTD 6/15-7/16", "off work from
    /// 07/01/2016 to 10/02/2016", "TTD until 10/02/2016"). A span that ends after it is the status now.
    static func hasEnded(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (tokens, cues) = (analysis.text.tokens, analysis.index.cues)
        let range = analysis.text.sentences[hit.sentence].tokens
        let (ended, links) = (cues.wordList(.workEnded), cues.wordList(.workEndedLinks))
        let before = hit.first - 1
        if before >= range.lowerBound,
            ended.contains(tokens[before])
                || before > range.lowerBound && links.contains(tokens[before]) && ended.contains(tokens[before - 1])
        {
            return true
        }
        if hit.last + 1 < range.upperBound, cues.wordList(.workEndedAfter).contains(tokens[hit.last + 1]) { return true }
        return DateSpans.closed(at: hit.last + 1, sentence: hit.sentence, analysis, endOnly: true)
    }

    /// The last token of a schedule of work that starts within `within` words after token `last`
    /// of sentence `sentence`, in its clause: a `work_schedule` phrase holding a
    /// `work_schedule_heads` word ("full days", "part time", "half shifts"; not "light" alone,
    /// which may be an activity's), or hours of a day, a shift or a week (``hours(in:_:)``: "a full
    /// 40-hour week").
    static func workSchedule(after last: Int, within: Int, sentence: Int, _ analysis: CaseAnalysis) -> Int? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let heads = cues.wordList(.workScheduleHeads)
        let near = { (token: Int) in token > last && token - last <= within && !ClauseSubjects.crossesClause(last, token, analysis) }
        if let phrase = cues.set(.workSchedule).hits(in: text, sentence: sentence).first(where: { phrase in
            !phrase.negated && near(phrase.first) && (phrase.first...phrase.last).contains { heads.contains(text.tokens[$0]) }
        }) {
            return phrase.last
        }
        return hourCounts(in: sentence, analysis).first { near($0.count) }?.token
    }

    /// The duty of the last schedule told in sentence `sentence`: a `work_schedule` phrase, or
    /// hours (``hours(in:_:)``), whichever stands later.
    static func schedule(in sentence: Int, _ analysis: CaseAnalysis) -> CueLabelID? {
        let phrase = analysis.index.cues.set(.workSchedule).hits(in: analysis.text, sentence: sentence).last { !$0.negated }
        let counted = hours(in: sentence, analysis)
        switch (phrase, counted) {
        case (let phrase?, let counted?): return counted.token > phrase.last ? counted.duty : phrase.label
        case (let phrase?, nil): return phrase.label
        case (nil, let counted?): return counted.duty
        case (nil, nil): return nil
        }
    }

    /// The last count of hours in sentence `sentence` told for a day, a shift or a week
    /// (``hourCounts(in:_:)``).
    static func hours(in sentence: Int, _ analysis: CaseAnalysis) -> (duty: CueLabelID, token: Int)? {
        hourCounts(in: sentence, analysis).last.map { ($0.duty, $0.token) }
    }

    /// The counts of hours in sentence `sentence` told for a day, a shift or a week, in text order:
    /// a count, a `work_hour_units` word, and within two words a period of `work_full_time_hours`
    /// ("40 hours a week", "6 hrs/day", "4-hr shifts", "8-hr days"): full duty from the period's
    /// full-time hours (its label), modified duty below them; each with its count's token and its
    /// period's.
    static func hourCounts(in sentence: Int, _ analysis: CaseAnalysis) -> [(duty: CueLabelID, count: Int, token: Int)] {
        let text = analysis.text
        let cues = analysis.index.cues
        let units = cues.wordList(.workHourUnits)
        let periods = cues.sequences(.workFullTimeHours)
        let tokens = text.tokens(of: sentence)
        var found: [(duty: CueLabelID, count: Int, token: Int)] = []
        for index in tokens.indices.dropLast() {
            guard let count = cues.count(tokens[index]), units.contains(tokens[index + 1]) else { continue }
            for place in (index + 2)..<min(tokens.endIndex, index + 5) {
                let word = text.word(of: tokens[place])
                guard let period = periods.first(where: { $0.words == [word] }), let full = Int(period.label) else { continue }
                found.append((CueLabelID(count >= full ? .fullDuty : .modifiedDuty), index, place))
                break
            }
        }
        return found
    }
}
