import IMRVocabulary

/// The kinds of conservative treatment tried (`conservative_care_types`; ODG Elbow, Surgery for
/// epicondylitis: "failure of at least 3 types of conservative treatment (NSAIDs, straps, activity
/// modification, PT, injection)"): the distinct labels of `conservative_care_kinds` (medication,
/// bracing, activity, therapy, injection, other) told tried for the requested regions, a drug
/// named as taken counting as medication; for a limb's request, care of the limb counts ("a wrist
/// splint" for an elbow; not a knee's injection). A kind is tried where it is told, not
/// denied, outside the request and its review and a plan, with no `not_yet`, `treatment_planned`
/// or `care_kinds_untried` phrase in its clause ("requesting PT", "a strap ... he never wore it"):
/// "Compliant with his medication and strap for 16 months" is two kinds; "therapy was discussed but
/// not started", "he did not want an injection", "an injection is recommended" are none. Not
/// documented when no kind is told tried.
enum ConservativeCareKinds {
    static func read(_ history: TreatmentHistoryFacts.History, into builder: inout FactBuilder) {
        let analysis = history.analysis
        let (text, cues) = (analysis.text, analysis.index.cues)
        // A limb's request reads the care of its limb (`region_family`, less the spine regions of
        // `radicular_limb`): a wrist splint and a strap told beside it are care of a lateral
        // epicondylitis; a knee's injection is not. A spine's request reads the spine's own.
        let index = analysis.index
        let spines = TermSet(inserting: cues.groupLabels(.radicularLimb).map(index.id))
        var regions = history.regions
        if !regions.isEmpty, regions.allSatisfy({ !spines.contains($0) }) {
            regions.formUnion(TermSet(inserting: TreatmentHistoryFacts.regionFamily(of: regions, cues).filter { !spines.contains($0) }))
        }
        let scope = RegionScope(regions: regions)
        func covered(_ sentence: Int, _ first: Int, _ last: Int) -> Bool {
            scope.covers(analysis, sentence: sentence, first: first, last: last)
        }
        let untried = [cues.set(.notYet), cues.set(.treatmentPlanned), cues.set(.careKindsUntried)]
        func tried(_ sentence: Int, _ first: Int, _ last: Int) -> Bool {
            guard !analysis.isReview(sentence, token: first), !analysis.isPlanSection(sentence), covered(sentence, first, last)
            else { return false }
            let clause = text.clause(sentence: sentence, token: first)
            return !untried.contains { set in set.hits(in: text, sentence: sentence).contains { !$0.negated && clause.contains($0.first) } }
        }
        var kinds: [CueLabelID] = []
        var sentences: [Int] = []
        func count(_ kind: CueLabelID, _ sentence: Int) {
            guard !kinds.contains(kind) else { return }
            kinds.append(kind)
            if !sentences.contains(sentence) { sentences.append(sentence) }
        }
        for hit in cues.set(.conservativeCareKinds).hits(in: text) where !hit.negated && tried(hit.sentence, hit.first, hit.last) {
            count(hit.label, hit.sentence)
        }
        // A drug named as taken counts as `medication`.
        let medication = CueLabelID(.medication)
        if !kinds.contains(medication),
            let taken = analysis.mentions(of: .drug).first(where: { !$0.negated && tried($0.sentence, $0.first, $0.last) })
        {
            count(medication, taken.sentence)
        }
        guard !kinds.isEmpty else { return }
        builder.set(.conservativeCareTypes, .number(Double(kinds.count)), sentences.sorted().map(text.evidence))
    }
}
