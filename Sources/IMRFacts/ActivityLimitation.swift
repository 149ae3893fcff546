import IMRVocabulary

/// `significant_activity_limitation`: the worker's activities or work are significantly limited
/// now (ACOEM 2004's surgical referral criteria: "activity limitation for more than one month",
/// "significant activity limitation"). Told by:
/// - a work status short of full duty (modified duty, off work: the status ``OutcomeFacts`` reads,
///   passed in);
/// - an activity told lost or limited (``activitiesLost(_:)``: "cannot walk his children to
///   school", "unable to stand more than 20 minutes", "difficulty gripping"), or an
///   `activity_limitation` phrase: a limitation told in general ("functional limitations"), a
///   limit of the work ("cannot finish a shift"), a grip's ("drops objects");
/// - a disability score in its instrument's band of a significant limitation
///   (`activity_limitation_scores`, at or above; `activity_limitation_scores_lower`, at or below:
///   "Oswestry 42%", "QuickDASH 59").
///
/// False when only the absence is told: full duty (the status), an `activity_limitation` `no`
/// phrase ("no limitations", "does all his activities") or a limit denied ("no difficulty
/// walking"), a score outside its band. A limit wins over an absence (a worker on full duty who
/// cannot kneel is limited). Not read: a review's sentence, a plan's or a goal's (`activity_goal`
/// before the phrase in its clause: "goal: to walk 30 minutes"), another person's, a limit of an
/// earlier visit that a later one states gone (``ClinicalFacts/isSuperseded(_:among:_:)``).
enum ActivityLimitation {
    /// Reads the fact into `builder`; `workStatus`: the work status read and its sentence.
    static func read(_ analysis: CaseAnalysis, workStatus: (label: CueLabelID, sentence: Int)?, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let goals = cues.set(.activityGoal)
        func isGoal(_ hit: CueHit) -> Bool {
            let start = text.clauseStart(of: hit.first, from: text.sentences[hit.sentence].tokens.lowerBound)
            return goals.hits(in: text, sentence: hit.sentence).contains { $0.last < hit.first && $0.first >= start }
        }
        var hits = (cues.set(.activityLimitation).hits(in: text) + activitiesLost(analysis)).filter { hit in
            !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanSection(hit.sentence) && !isGoal(hit)
                && !ClauseSubjects.isAnotherPersons(before: hit.first, sentence: hit.sentence, analysis)
        }
        let all = hits
        hits.removeAll { ClinicalFacts.isSuperseded($0, among: all, analysis) }
        hits += scoreHits(analysis)
        if let (label, sentence) = workStatus {
            let limited = label == .modifiedDuty || label == .notWorking
            hits.append(CueHit(label: CueLabelID(limited ? .yes : .no), sentence: sentence, first: 0, last: 0, negated: false))
        }
        if let (value, evidence) = decide(hits, in: text, .positiveWins, skip: { analysis.isReviewSentence($0) }) {
            builder.bool(.significantActivityLimitation, value, evidence)
        }
    }

    /// The activities (`activities`) told lost or limited: a `lost` marker of `activity_markers`
    /// ("unable to", "cannot", "difficulty", "has stopped", "needs help with") ending at most three
    /// words before the activity in its clause, as ``ActivityStatements`` reads a capacity lost; a
    /// `yes` hit from the marker to the activity, negated as the marker is ("no difficulty walking":
    /// the absence).
    private static func activitiesLost(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let lost = cues.set(.activityMarkers).hits(in: text).filter { $0.label == CueLabelID(.lost) }
        guard !lost.isEmpty else { return [] }
        return cues.set(.activities).hits(in: text).compactMap { activity in
            guard
                let marker = lost.last(where: {
                    $0.sentence == activity.sentence && $0.last < activity.first && activity.first - $0.last <= 4
                        && !ClauseSubjects.crossesClause($0.last, activity.first, analysis)
                })
            else { return nil }
            return CueHit(
                label: CueLabelID(.yes), sentence: activity.sentence, first: marker.first, last: activity.last, negated: marker.negated)
        }
    }

    /// A disability score against its instrument's band: the number right after the instrument's
    /// name (at most two words between, no `,` or `;`: "QuickDASH 59", "Oswestry Disability Index
    /// of 42%", "ODI score: 38"), or the later of two joined by an arrow or "to" ("ODI 52% -> 30%":
    /// 30), a `yes` hit in the band, a `no` hit outside it. A date after the name is no score.
    private static func scoreHits(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        var hits: [CueHit] = []
        for (set, higherWorse) in [(CueName.activityLimitationScores, true), (.activityLimitationScoresLower, false)] {
            for name in cues.set(set).hits(in: text) where !name.negated && !analysis.isReviewSentence(name.sentence) {
                guard let band = Double(cues.labelText(name.label)), let score = score(after: name, text, cues) else { continue }
                let limited = higherWorse ? score >= band : score <= band
                hits.append(
                    CueHit(
                        label: CueLabelID(limited ? .yes : .no), sentence: name.sentence, first: name.first, last: name.last, negated: false
                    ))
            }
        }
        return hits
    }

    /// The score written after the instrument's name `name` (``scoreHits(_:)``), or `nil`.
    private static func score(after name: CueHit, _ text: CaseText, _ cues: CueBook) -> Double? {
        let range = text.sentences[name.sentence].tokens
        let (bytes, tokens) = (text.bytes, text.tokens)
        func value(_ index: Int) -> Double? {
            let token = tokens[index]
            guard token.digits >= 0, token.digits <= 100 else { return nil }
            // A date or a fraction other than a score over its maximum ("04/2016") is none.
            if token.end < bytes.count, bytes[token.end] == 47, index + 1 < range.upperBound, tokens[index + 1].digits != 100,
                tokens[index + 1].digits != 80, tokens[index + 1].digits != 50
            {
                return nil
            }
            return Double(token.digits)
        }
        var index = name.last + 1
        while index < range.upperBound, index - name.last <= 3, !tokens[index].commaBefore, !tokens[index].semicolonBefore {
            // The first number decides: a date or a year is no score.
            if tokens[index].digits >= 0 {
                guard let found = value(index) else { return nil }
                // The later of two joined by an arrow or "to" ("52% -> 30%", "52 to 30").
                var next = index + 1
                if next < range.upperBound, tokens[next].digits == 100 || tokens[next].digits == 80 || tokens[next].digits == 50,
                    bytes[tokens[next].start - 1] == 47
                {
                    next += 1
                }
                if next + 1 < range.upperBound, cues.wordList(.measureJoiners).contains(tokens[next]), let later = value(next + 1) {
                    return later
                }
                return found
            }
            index += 1
        }
        return nil
    }
}
