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
            guard
                let occupation = named.filter({
                    $0.first > way.last && $0.first - way.last <= 6 && !ClauseSubjects.crossesClause(way.last, $0.first, analysis)
                }).min(by: { $0.first < $1.first }),
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
            found.append(CueHit(label: duty, sentence: sentence, first: way.first, last: occupation.last, negated: denied))
        }
        return found
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

    /// The last count of hours in sentence `sentence` told for a day, a shift or a week: a count,
    /// a `work_hour_units` word, and within two words a period of `work_full_time_hours` ("40
    /// hours a week", "6 hrs/day", "4-hr shifts"): full duty from the period's full-time hours
    /// (its label), modified duty below them.
    static func hours(in sentence: Int, _ analysis: CaseAnalysis) -> (duty: CueLabelID, token: Int)? {
        let text = analysis.text
        let cues = analysis.index.cues
        let units = cues.wordList(.workHourUnits)
        let periods = cues.sequences(.workFullTimeHours)
        let tokens = text.tokens(of: sentence)
        var found: (duty: CueLabelID, token: Int)?
        for index in tokens.indices.dropLast() {
            guard let count = cues.count(tokens[index]), units.contains(tokens[index + 1]) else { continue }
            for place in (index + 2)..<min(tokens.endIndex, index + 5) {
                let word = text.word(of: tokens[place])
                guard let period = periods.first(where: { $0.words == [word] }), let full = Int(period.label) else { continue }
                found = (CueLabelID(count >= full ? .fullDuty : .modifiedDuty), place)
                break
            }
        }
        return found
    }
}
