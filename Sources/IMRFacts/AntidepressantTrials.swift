import IMRVocabulary

/// The antidepressant trials told failed (`failed_antidepressant_trials`; ODG Mental Illness &
/// Stress, Electroconvulsive therapy: failure of medication trials; Transcranial magnetic
/// stimulation: failure of at least three trials of two classes): the distinct antidepressant
/// drugs (a drug of the `antidepressant` class or one under it) whose part of the summary
/// (``DrugScope``) tells a failure (`antidepressant_trial_failed`: "sertraline to 200 mg 12 weeks
/// (no response)", "Zoloft was not tolerated"), or that a failure named before them governs, within
/// four words of the first and through a list of drugs after it in its clause ("failed adequate
/// trials of sertraline 200 mg x 10 weeks, venlafaxine 225 mg x 8 weeks and augmentation with
/// aripiprazole": two); or the count a failure tells of antidepressants named as a class ("has
/// failed three antidepressants", "two failed SSRI trials"), whichever is more. Not a trial whose
/// part tells it open (`antidepressant_trial_open`: still taken, not yet at its dose, stopped for
/// its cost or coverage), not one only planned, declined or told in a review, not a drug of
/// another class (aripiprazole augmentation, lithium). Not documented when none is told failed.
enum AntidepressantTrials {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, index) = (analysis.text, analysis.index)
        let cues = index.cues
        let failures = cues.set(.antidepressantTrialFailed).hits(in: text).filter {
            !$0.negated && !analysis.isReviewSentence($0.sentence)
        }
        guard !failures.isEmpty else { return }
        let antidepressant = index[.antidepressant]
        let scope = analysis.drugScope
        let opens = cues.set(.antidepressantTrialOpen).hits(in: text).filter { !$0.negated }
        func segment(_ sentence: Int, _ token: Int) -> Int? { scope.segmentIndex(sentence: sentence, token: token) }
        func isOpen(_ sentence: Int, _ part: Int?) -> Bool {
            opens.contains { $0.sentence == sentence && segment(sentence, $0.first) == part }
        }
        // Whether failure `hit` governs the part `part` of its sentence: it stands in it after the
        // part's drugs, or within four words before the drugs of its own part, which is the part or
        // is followed by it in its clause through parts about drugs ("He failed physical therapy
        // and is now on duloxetine" is no failure of duloxetine).
        func governs(_ hit: CueHit, _ part: Int) -> Bool {
            guard let own = segment(hit.sentence, hit.first), part >= own, let named = scope.segments[own].subjectTokens else {
                return false
            }
            if own == part, hit.first > named.upperBound { return true }
            guard hit.last < named.lowerBound, named.lowerBound - hit.last <= 4 else { return false }
            let clause = text.clause(sentence: hit.sentence, token: hit.first)
            return (own...part).allSatisfy { index in
                let between = scope.segments[index]
                switch between.subject {
                case .drugs, .classes: return clause.contains(between.tokens.lowerBound)
                case .medications, .treatment, .none: return false
                }
            }
        }
        var failed = TermSet()
        var stated = 0
        var sentences: [Int] = []
        for mention in analysis.mentions where !mention.negated && !analysis.isReview(mention.sentence, token: mention.first) {
            let isDrug = mention.term.kind == .drug
            guard isDrug || mention.term.kind == .drugClass else { continue }
            let classes = isDrug ? index.classes(ofDrug: mention.term.id) : index.ancestors(of: mention.term.id, in: .drugClass)
            guard classes.contains(antidepressant), !isDrug || !failed.contains(mention.term.id) else { continue }
            let part = segment(mention.sentence, mention.first)
            guard let part, !isOpen(mention.sentence, part),
                failures.contains(where: { $0.sentence == mention.sentence && governs($0, part) }),
                !MedicationFacts.isOnlyPlanned(mention, analysis), !MedicationFacts.isDeclined(mention, analysis)
            else { continue }
            if isDrug {
                failed.insert(mention.term.id)
            } else if let count = count(before: mention.first, in: text, cues) {
                stated = max(stated, count)
            } else {
                continue
            }
            if !sentences.contains(mention.sentence) { sentences.append(mention.sentence) }
        }
        let trials = max(failed.count, stated)
        guard trials > 0 else { return }
        builder.set(.failedAntidepressantTrials, .number(Double(trials)), sentences.sorted().map(text.evidence))
    }

    /// The count written within two words before a class named at token `first` ("three
    /// antidepressants", "two different SSRIs"), or `nil`.
    private static func count(before first: Int, in text: CaseText, _ cues: CueBook) -> Int? {
        for position in stride(from: first - 1, through: max(first - 2, 0), by: -1) {
            if let count = cues.count(text.word(of: text.tokens[position])), count > 0, count < 20 { return count }
        }
        return nil
    }
}
