import IMRVocabulary

/// A home trial of a device and its outcomes (`device_home_trial`, `device_trial_pain`,
/// `device_trial_function`, `device_trial_medication`). CPMTG 2009 pp. 114-116, TENS: "a one-month
/// home-based TENS trial ... with documentation of how often the unit was used, as well as
/// outcomes in terms of pain relief and function"; pp. 118-120, interferential stimulation: "a
/// one-month trial ... There should be evidence of increased functional improvement, less reported
/// pain and evidence of medication reduction."
///
/// Read for a request of durable medical equipment from the earlier course of the requested
/// device (the course ``readPriorTherapy(_:procedure:request:requestFacts:into:)`` finds, told in
/// the sentences that speak of it: ``courseSentences(of:_:isOtherTreatment:afterSurgery:isPlanned:)``):
/// - used at home (`device_home_use`, not negated, in a sentence of the course: "a 30-day home
///   trial", "a rental"): a home trial, and its outcomes are the course's: less pain (a pain score
///   told at two times, bettered: ``MeasureChanges/painChanges(in:sentence:)``), function (a
///   measure bettered, an activity or work regained: ``measuredBenefit(of:_:family:sentences:)``,
///   ``activityBenefit(_:family:sentences:)``, ``workRegained(in:_:)``), less medication (a drug
///   stopped or taken less: ``drugReduced(in:_:)``); each false when the course tells its pain or
///   measures and none is bettered, not documented when nothing is told of it;
/// - used only in the office or clinic (`device_office_use`: "in the office, interferential current
///   was applied at 6 visits with the exercise session"), or a home trial denied anywhere outside
///   the review ("she has not had a home trial of a unit"): no home trial, and its outcomes are not
///   a home trial's.
extension TreatmentHistoryFacts {
    static func readDeviceTrial(of trial: [Mention], _ history: History, family: TermSet, into builder: inout FactBuilder) {
        let (analysis, text, cues) = (history.analysis, history.text, history.index.cues)
        let home = cues.set(.deviceHomeUse).hits(in: text)
        let denied = home.first { $0.negated && !history.isReview($0.sentence) }
        func isPlanned(_ sentence: Int) -> Bool {
            analysis.isPlanSection(sentence) || analysis.occurs(.plan, in: sentence) || history.isReview(sentence)
        }
        let sentences =
            trial.isEmpty
            ? []
            : courseSentences(
                of: trial, history, isOtherTreatment: { isOtherTreatment($0, history, family: family) }, afterSurgery: false,
                isPlanned: isPlanned)
        let course = Set(sentences)
        guard let used = home.first(where: { !$0.negated && course.contains($0.sentence) }) else {
            let office = cues.set(.deviceOfficeUse).hits(in: text).first { !$0.negated && course.contains($0.sentence) }
            if let reason = denied ?? office { builder.bool(.deviceHomeTrial, false, [text.evidence(reason.sentence)]) }
            return
        }
        builder.bool(.deviceHomeTrial, true, [text.evidence(used.sentence)])
        // Less pain: two pain scores of a sentence of the course, the later lower.
        let pains = sentences.compactMap { sentence in painPair(sentence, analysis).map { (sentence, $0) } }
        if let better = pains.first(where: { $0.1.after < $0.1.before }) {
            builder.bool(.deviceTrialPain, true, [text.evidence(better.0)])
        } else if let other = pains.first {
            builder.bool(.deviceTrialPain, false, [text.evidence(other.0)])
        }
        // Function: a measure bettered, an activity or work regained.
        let regained = activityBenefit(history, family: family, sentences: course) + workRegained(in: sentences, analysis)
        if let measured = measuredBenefit(of: trial, history, family: family, sentences: course), measured.value || regained.isEmpty {
            builder.bool(.deviceTrialFunction, measured.value, measured.sentences.map(text.evidence))
        } else if let first = regained.min() {
            builder.bool(.deviceTrialFunction, true, [text.evidence(first)])
        }
        // Less medication: a drug stopped or taken less.
        if let reduced = drugReduced(in: sentences, analysis).first {
            builder.bool(.deviceTrialMedication, true, [text.evidence(reduced)])
        }
    }

    /// The pain before and after of sentence `sentence`: a change of ``PainChange`` not of a dose
    /// ("pain from 6/10 to 3/10"), or its two pain scores told before and after (a `score_comparison`
    /// pair in time: "pain 7/10 before and 4/10 after"), in the order of those words, or the first
    /// marked the one before ("Pain before trial 7/10, last week 4/10"); the device is the treatment
    /// of a sentence of its course.
    static func painPair(_ sentence: Int, _ analysis: CaseAnalysis) -> (before: Int, after: Int)? {
        if let change = PainChange.changes(in: analysis).first(where: { $0.sentence == sentence && !$0.ofDose }) {
            return (change.before, change.after)
        }
        let scores = analysis.painScores.filter { $0.sentence == sentence }
        guard scores.count == 2 else { return nil }
        let text = analysis.text
        let words = text.tokens(of: sentence).map(text.word(of:))
        if let pair = analysis.index.cues.scoreComparisons.inTime(words) {
            return pair.first < pair.second ? (scores[0].value, scores[1].value) : (scores[1].value, scores[0].value)
        }
        // A log's line: the first score marked the one before the trial (a `score_before_marks`
        // word within three words before it or two after it: "Pain before trial 7/10, last week
        // 4/10", "Pain 6/10 baseline, 6/10 now"), the other the trial's.
        let range = text.sentences[sentence].tokens
        let before = analysis.index.cues.wordList(.scoreBeforeMarks)
        func marked(_ position: Int) -> Bool { before.contains(text.tokens[position]) }
        guard let token = range.first(where: { text.tokens[$0].start == scores[0].offset }),
            (max(range.lowerBound, token - 3)..<min(range.upperBound, token + 3)).contains(where: { $0 != token && marked($0) }),
            !range.contains(where: { $0 > token + 2 && marked($0) })
        else { return nil }
        return (scores[0].value, scores[1].value)
    }
}
