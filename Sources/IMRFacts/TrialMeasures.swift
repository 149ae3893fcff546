import IMRVocabulary

extension TreatmentHistoryFacts {
    /// A completed course's benefit when no benefit is stated in the course's own sentences, told in
    /// the sentences that speak of the course (``courseSentences(of:_:isOtherTreatment:afterSurgery:isPlanned:)``):
    /// its measures first (``measuredBenefit(of:_:family:sentences:)``: `true` when one got better by
    /// the change that counts, `false` when every one got worse, stayed the same or changed less),
    /// else a regained activity (``activityBenefit(_:family:sentences:)``), a return to work or a
    /// reduction in work restrictions (``workRegained(in:_:)``) or a drug stopped or taken less
    /// (``drugReduced(in:_:)``): `true` (8 CCR 9792.20(f)). With the sentences that tell it; `nil`
    /// when none is told.
    static func courseBenefit(of trial: [Mention], _ history: History, family: TermSet, afterSurgery: Bool) -> (
        value: Bool, sentences: [Int]
    )? {
        guard !trial.isEmpty else { return nil }
        let analysis = history.analysis
        func isPlanned(_ sentence: Int) -> Bool {
            analysis.isPlanSection(sentence) || analysis.occurs(.plan, in: sentence) || history.isReview(sentence)
        }
        let sentences = courseSentences(
            of: trial, history, isOtherTreatment: { isOtherTreatment($0, history, family: family) }, afterSurgery: afterSurgery,
            isPlanned: isPlanned)
        guard !sentences.isEmpty else { return nil }
        if let measured = measuredBenefit(of: trial, history, family: family, sentences: Set(sentences)) { return measured }
        let regained =
            activityBenefit(history, family: family, sentences: Set(sentences)) + workRegained(in: sentences, analysis)
            + drugReduced(in: sentences, analysis)
        return regained.isEmpty ? nil : (true, Array(Set(regained)).sorted())
    }

    /// Whether `mention` names a treatment other than the course of `family`: a drug or drug class,
    /// or a procedure of another kind that is no evaluation, visit or study ("PT re-eval", "at the
    /// initial exam") and no time of a measure ("at the initial evaluation"); not negated.
    static func isOtherTreatment(_ mention: Mention, _ history: History, family: TermSet) -> Bool {
        let (text, index) = (history.text, history.index)
        guard !mention.negated else { return false }
        let cues = index.cues
        let isTime = [CueName.measureBefore, .measureAfter].contains { name in
            cues.set(name).hits(in: text, sentence: mention.sentence).contains { $0.first <= mention.first && mention.last <= $0.last }
        }
        guard !isTime else { return false }
        switch mention.term.kind {
        case .drug, .drugClass: return true
        case .procedure:
            let ancestors = index.ancestors(of: mention.term.id, in: .procedure)
            return family.isDisjoint(with: ancestors)
                && index.category(ofProcedure: mention.term.id) != index.category(ofProcedure: index[.evaluation])
                && cues.groupTerms(.studyKind).isDisjoint(with: ancestors)
        default: return false
        }
    }

    /// A completed course's benefit told as measurements (``MeasureChanges``) in `sentences`: `true`
    /// when a measure got better by at least the change that counts, `false` when every measure got
    /// worse, stayed the same or changed less, with the sentences that tell them; `nil` when none is
    /// told. In its own clause (up to three words after it) a measure names no drug, drug class, dose
    /// word or procedure of another kind ("on Norco her walking went from 10 to 40 minutes"), and no
    /// region other than a requested one (or the other side) just before or in it; and no goal
    /// governs it ("the goal is to raise abduction from 90 to 150 degrees"). A measure told alone in
    /// two clauses of the course, ordered by their dates or times (``MeasureChanges/order(_:_:)``),
    /// is read as told at two times.
    static func measuredBenefit(of trial: [Mention], _ history: History, family: TermSet, sentences: Set<Int>) -> (
        value: Bool, sentences: [Int]
    )? {
        let (analysis, text, index) = (history.analysis, history.text, history.index)
        let changes = MeasureChanges.changes(in: analysis)
        let alone = MeasureChanges.valuesAlone(in: analysis)
        guard !changes.isEmpty || alone.count > 1, !trial.isEmpty else { return nil }
        let scope = RegionScope(regions: history.regions)
        let doses = index.cues.wordList(.doseWords)
        // A measure of the course: its clause names no other treatment or dose, no other region or
        // side, and no goal governs it (a table's goal is a column of its own).
        func isCourses(sentence: Int, first: Int, last: Int, tabled: Bool = false) -> Bool {
            let clause = text.clause(sentence: sentence, token: first)
            let reach = clause.lowerBound...min(clause.upperBound, last + 3)
            let ofOther = analysis.mentions(inSentence: sentence).contains {
                reach.contains($0.first) && isOtherTreatment($0, history, family: family)
            }
            let dosed = reach.contains { doses.contains(text.tokens[$0]) }
            let near = max(clause.lowerBound, first - 3)...last
            let regions = RegionScope.named(in: sentence, analysis).filter { near.contains($0.first) }
            let otherRegion = !history.regions.isEmpty && !regions.isEmpty && !regions.contains { scope.includes($0.region, index) }
            return !ofOther && !dosed && !otherRegion && history.isOnRequestedSide(sentence: sentence, first: first, last: last)
                && (tabled || !PainChange.isGoal(sentence, before: first, analysis))
        }
        var better: [Int] = []
        var notBetter: [Int] = []
        for change in changes where sentences.contains(change.sentence) {
            guard isCourses(sentence: change.sentence, first: change.first, last: change.last, tabled: change.tabled) else { continue }
            if change.verdict == .better {
                better.append(change.sentence)
            } else {
                notBetter.append(change.sentence)
            }
        }
        // Else one measure told alone in two clauses of the course, their dates or times ordering
        // them ("At the initial evaluation the Oswestry was 62%. ... At the re-evaluation on
        // 11/01/2016 the Oswestry was 38%"): the first and the last so ordered.
        if better.isEmpty, notBetter.isEmpty {
            let told = alone.filter {
                sentences.contains($0.name.sentence)
                    && isCourses(
                        sentence: $0.name.sentence, first: min($0.name.first, $0.value.first), last: max($0.name.last, $0.value.last))
            }
            for (offset, one) in told.enumerated() {
                for two in told[(offset + 1)...] {
                    guard let (before, after) = MeasureChanges.order(one, two, text) else { continue }
                    let change = MeasureChanges.change(
                        name: after.name, before: before.value, after: after.value, first: after.value.first, last: after.value.last)
                    if change.verdict == .better {
                        better.append(contentsOf: [one.name.sentence, two.name.sentence])
                    } else {
                        notBetter.append(contentsOf: [one.name.sentence, two.name.sentence])
                    }
                }
            }
        }
        if !better.isEmpty { return (true, Array(Set(better)).sorted()) }
        if !notBetter.isEmpty { return (false, Array(Set(notBetter)).sorted()) }
        return nil
    }

    /// A completed course's benefit told as activities regained (``ActivityStatements`` with
    /// therapies: tied to the therapy or to nothing, not to a drug) in `sentences`, whose clause names
    /// no drug, drug class or other treatment ("After 8 PT visits she climbs the stairs to her
    /// apartment without stopping and carries her own laundry again"; 8 CCR 9792.20: functional
    /// improvement, a clinically significant improvement in activities of daily living). A drug
    /// the clause tells stopped (within three words after a `course_drug_stops` phrase: "she stopped
    /// taking cyclobenzaprine and vacuums her house again") is no treatment beside the course. The
    /// sentences that tell one.
    static func activityBenefit(_ history: History, family: TermSet, sentences: Set<Int>) -> [Int] {
        let (analysis, text) = (history.analysis, history.text)
        let statements = ActivityStatements.hits(analysis, therapies: true).filter { $0.label == .yes && sentences.contains($0.sentence) }
        let stops = history.index.cues.set(.courseDrugStops)
        return statements.filter { statement in
            let clause = text.clause(sentence: statement.sentence, token: statement.first)
            let stopped = stops.hits(in: text, sentence: statement.sentence).filter { !$0.negated && clause.contains($0.first) }
            return !analysis.mentions(inSentence: statement.sentence).contains { mention in
                clause.contains(mention.first) && isOtherTreatment(mention, history, family: family)
                    && !stopped.contains { mention.first > $0.last && mention.first - $0.last <= 3 }
            }
        }.map(\.sentence)
    }
}
