import IMRVocabulary

extension TreatmentHistoryFacts {
    /// A completed trial's benefit told as measurements (``MeasureChanges``): `true` when a measure
    /// of the trial got better by at least the change that counts, `false` when every measure of it
    /// got worse, stayed the same or changed less, with the sentences that tell them; `nil` when none
    /// is told.
    ///
    /// A measure is the trial's when it is told in a sentence of the trial (`trial`: the requested
    /// therapy's history mentions) or in one of the two sentences after one, while they name no
    /// other treatment (another procedure, a drug or a drug class; an evaluation, a visit or a study
    /// is none) and are neither the plan nor the review; in its own clause (up to three words after it) it names no drug, drug class, dose
    /// word or procedure of another kind ("on Norco her walking went from 10 to 40 minutes"), and no
    /// region other than a requested one (or the other side) just before or in it; and no goal
    /// governs it ("the goal is to raise abduction from 90 to 150 degrees"). A time of a measure
    /// ("at the initial evaluation") names no treatment.
    static func measuredBenefit(of trial: [Mention], _ history: History, family: TermSet) -> (value: Bool, sentences: [Int])? {
        let (analysis, text, index) = (history.analysis, history.text, history.index)
        let changes = MeasureChanges.changes(in: analysis)
        guard !changes.isEmpty, !trial.isEmpty else { return nil }
        // A time of a measure ("at the initial evaluation", "at discharge") names no treatment.
        let cues = index.cues
        func isTime(_ mention: Mention) -> Bool {
            [CueName.measureBefore, .measureAfter].contains { name in
                cues.set(name).hits(in: text, sentence: mention.sentence).contains { $0.first <= mention.first && mention.last <= $0.last }
            }
        }
        let evaluation = index.category(ofProcedure: index[.evaluation])
        func isOtherTreatment(_ mention: Mention) -> Bool {
            guard !mention.negated, !isTime(mention) else { return false }
            switch mention.term.kind {
            case .drug, .drugClass: return true
            case .procedure:
                // An evaluation, a visit or a study is no treatment ("PT re-eval", "at the initial exam").
                let ancestors = index.ancestors(of: mention.term.id, in: .procedure)
                return family.isDisjoint(with: ancestors) && index.category(ofProcedure: mention.term.id) != evaluation
                    && cues.groupTerms(.studyKind).isDisjoint(with: ancestors)
            default: return false
            }
        }
        func isPlanned(_ sentence: Int) -> Bool {
            analysis.isPlanSection(sentence) || analysis.occurs(.plan, in: sentence) || history.isReview(sentence)
        }
        let bearing = bearingSentences(of: trial, isOtherTreatment: isOtherTreatment, isPlanned: isPlanned, text: text, analysis)
        let scope = RegionScope(regions: history.regions)
        let doses = cues.wordList(.doseWords)
        var better: [Int] = []
        var notBetter: [Int] = []
        for change in changes where bearing.contains(change.sentence) {
            let sentence = change.sentence
            let clause = text.clause(sentence: sentence, token: change.first)
            let reach = clause.lowerBound...min(clause.upperBound, change.last + 3)
            let ofOther = analysis.mentions(inSentence: sentence).contains { reach.contains($0.first) && isOtherTreatment($0) }
            let dosed = reach.contains { doses.contains(text.tokens[$0]) }
            let near = max(clause.lowerBound, change.first - 3)...change.last
            let regions = RegionScope.named(in: sentence, analysis).filter { near.contains($0.first) }
            let otherRegion = !history.regions.isEmpty && !regions.isEmpty && !regions.contains { scope.includes($0.region, index) }
            guard !ofOther, !dosed, !otherRegion, history.isOnRequestedSide(sentence: sentence, first: change.first, last: change.last),
                !PainChange.isGoal(sentence, before: change.first, analysis)
            else { continue }
            if change.verdict == .better {
                better.append(sentence)
            } else {
                notBetter.append(sentence)
            }
        }
        if !better.isEmpty { return (true, Array(Set(better)).sorted()) }
        if !notBetter.isEmpty { return (false, Array(Set(notBetter)).sorted()) }
        return nil
    }

    /// The sentences of a trial (`trial`'s mentions) and the two after each while they name no other
    /// treatment and are neither the plan nor the review (``measuredBenefit(of:_:family:)``).
    private static func bearingSentences(
        of trial: [Mention], isOtherTreatment: (Mention) -> Bool, isPlanned: (Int) -> Bool, text: CaseText, _ analysis: CaseAnalysis
    ) -> Set<Int> {
        let trialSentences = Set(trial.map(\.sentence))
        var bearing = trialSentences
        for sentence in trialSentences {
            var next = sentence + 1
            while next <= sentence + 2, next < text.sentences.count, !trialSentences.contains(next),
                !analysis.mentions(inSentence: next).contains(where: isOtherTreatment), !isPlanned(next)
            {
                bearing.insert(next)
                next += 1
            }
        }
        return bearing
    }

    /// A completed trial's benefit told as activities regained (``ActivityStatements`` with
    /// therapies: tied to the therapy or to nothing, not to a drug): the sentences of the statements
    /// in the trial's sentences or the two after one (as ``measuredBenefit(of:_:family:)`` bears
    /// them), whose clause names no drug, drug class or other treatment ("After 8 PT visits she
    /// climbs the stairs to her apartment without stopping and carries her own laundry again"; 8 CCR
    /// 9792.20: functional improvement, a clinically significant improvement in activities of daily
    /// living). `nil` when none is told.
    static func activityBenefit(of trial: [Mention], _ history: History, family: TermSet) -> [Int]? {
        let (analysis, text, index) = (history.analysis, history.text, history.index)
        guard !trial.isEmpty else { return nil }
        let statements = ActivityStatements.hits(analysis, therapies: true).filter { $0.label == .yes }
        guard !statements.isEmpty else { return nil }
        func isOtherTreatment(_ mention: Mention) -> Bool {
            guard !mention.negated else { return false }
            switch mention.term.kind {
            case .drug, .drugClass: return true
            case .procedure:
                let ancestors = index.ancestors(of: mention.term.id, in: .procedure)
                return family.isDisjoint(with: ancestors)
                    && index.category(ofProcedure: mention.term.id) != index.category(ofProcedure: index[.evaluation])
                    && index.cues.groupTerms(.studyKind).isDisjoint(with: ancestors)
            default: return false
            }
        }
        func isPlanned(_ sentence: Int) -> Bool {
            analysis.isPlanSection(sentence) || analysis.occurs(.plan, in: sentence) || history.isReview(sentence)
        }
        let bearing = bearingSentences(of: trial, isOtherTreatment: isOtherTreatment, isPlanned: isPlanned, text: text, analysis)
        let found = statements.filter { statement in
            guard bearing.contains(statement.sentence) else { return false }
            let clause = text.clause(sentence: statement.sentence, token: statement.first)
            return !analysis.mentions(inSentence: statement.sentence).contains { clause.contains($0.first) && isOtherTreatment($0) }
        }
        return found.isEmpty ? nil : Array(Set(found.map(\.sentence))).sorted()
    }
}
