import IMRVocabulary

/// Whether the worker reports the requested joint giving way (`instability_reported`). ODG Knee &
/// Leg, ACL reconstruction, asks a subjective finding of instability ("giving way") beside the
/// objective one (a positive Lachman or pivot shift), and "pain alone is not an indication"; the
/// examination's signs stay in `mechanical_signs`.
///
/// A `giving_way` phrase ("gives way", "buckling", "feels unstable") is the worker's report when:
/// - it is not of the examination: outside a note's objective section, with no `instability_exam`
///   word in its clause ("no varus or valgus instability", "Lachman 2B, pivot shift negative");
/// - it is of a requested region: the body region named nearest to it in its sentence, else the
///   last one named in the three sentences before, when one is; and it bears on the requested side;
/// - it is of the present record (``ClinicalFacts/isNotCurrent(_:among:_:)``: "the giving way
///   resolved") and not left in doubt (``FindingDoubt``);
/// - it is outside a review's reasoning.
///
/// True on a report not negated; false when every report is negated ("the knee has not given way
/// since the therapy ended", "no episode of it buckling"); absent when none is told.
enum InstabilityComplaints {
    static func read(_ history: TreatmentHistoryFacts.History, into builder: inout FactBuilder) {
        let (analysis, text, index) = (history.analysis, history.text, history.index)
        let cues = index.cues
        let hits = cues.set(.givingWay).hits(in: text)
        guard !hits.isEmpty else { return }
        let scope = RegionScope(regions: history.regions)
        var denied: CueHit?
        for hit in hits where !history.isReview(hit.sentence) && analysis.sections[hit.sentence] != .objective {
            let clause =
                text.clauseStart(
                    of: hit.first, from: text.sentences[hit.sentence].tokens.lowerBound)..<text.clauseEnd(
                    after: hit.last, before: text.sentences[hit.sentence].tokens.upperBound)
            if cues.set(.instabilityExam).hits(in: text, sentence: hit.sentence).contains(where: { clause.contains($0.first) }) { continue }
            if !history.regions.isEmpty, let region = region(of: hit, analysis), !scope.includes(region, index) { continue }
            guard history.isOnRequestedSide(sentence: hit.sentence, first: hit.first, last: hit.last, within: 12),
                !FindingDoubt.isDoubted(hit, analysis)
            else { continue }
            if hit.negated {
                denied = denied ?? hit
            } else if !ClinicalFacts.isNotCurrent(hit, among: hits, analysis) {
                builder.bool(.instabilityReported, true, [text.evidence(hit.sentence)])
                return
            }
        }
        if let denied { builder.bool(.instabilityReported, false, [text.evidence(denied.sentence)]) }
    }

    /// The body region `hit` is told of: the one named nearest to it in its sentence, else the last
    /// one named in the three sentences before ("Her right knee was hurt in May. It buckles on stairs.").
    private static func region(of hit: CueHit, _ analysis: CaseAnalysis) -> TermID? {
        if let near = analysis.nearestRegion(sentence: hit.sentence, first: hit.first, last: hit.last, within: 12) { return near }
        for sentence in stride(from: hit.sentence - 1, through: max(0, hit.sentence - 3), by: -1) {
            if let last = analysis.mentions(inSentence: sentence).last(where: { $0.term.kind == .bodyRegion }) { return last.term.id }
        }
        return nil
    }
}
