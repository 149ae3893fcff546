import IMRVocabulary

/// Diagnoses a summary describes and does not name: a syndrome whose parts are data, each a label
/// (the diagnosis id) of the `syndrome_surgeries` group and of the `syndrome_complaint`,
/// `syndrome_persistence` and `syndrome_no_lesion` sets. Failed back surgery syndrome is "had an
/// L5-S1 fusion in 2013. Since then ... burning pain down the right leg ...; a CT myelogram showed
/// no compressive lesion, and his surgeon has advised that further surgery would not help".
///
/// A syndrome is described when, outside the review's sentences:
/// - a surgery of its group (or a narrower one) is done (``SurgeryEvents``: told as history, dated
///   before the reference date, or dated by a year);
/// - after it, a persistence phrase stands in a clause that names the complaint (the leg's pain,
///   radicular or radiating pain: not the back's alone), neither negated;
/// - after it too, a no-lesion phrase (no compressive lesion, not a surgical candidate, further
///   surgery would not help), not negated;
/// - and no surgery of its group is planned after the done one outside a no-lesion phrase (a
///   recurrent herniation with a revision recommended is a lesion to operate on).
enum DescribedDiagnoses {
    /// Each diagnosis described, with the sentence of its no-lesion phrase, in the group's label order.
    static func found(_ analysis: CaseAnalysis) -> [(diagnosis: TermID, sentence: Int)] {
        let (index, text, cues) = (analysis.index, analysis.text, analysis.index.cues)
        let labels = cues.groupLabels(.syndromeSurgeries)
        guard !labels.isEmpty,
            analysis.mentions(of: .procedure).contains(where: { index.category(ofProcedure: $0.term.id) == index[.surgery] })
        else { return [] }
        let events = SurgeryEvents.events(analysis)
        var found: [(diagnosis: TermID, sentence: Int)] = []
        for label in labels {
            let diagnosis = index.id(label)
            let kinds = cues.group(.syndromeSurgeries, memberIDs: label)
            guard diagnosis != .missing else { continue }
            func isOfKind(_ mention: Mention) -> Bool { !kinds.isDisjoint(with: index.ancestors(of: mention.term.id, in: .procedure)) }
            guard
                let surgery = events.first(where: {
                    $0.status == .done && isOfKind($0.mention) && !analysis.isReviewSentence($0.mention.sentence)
                })?.mention
            else { continue }
            func after(_ hit: CueHit) -> Bool { (hit.sentence, hit.first) > (surgery.sentence, surgery.last) }
            func ofLabel(_ name: CueName) -> [CueHit] {
                cues.set(name).hits(in: text).filter {
                    !$0.negated && cues.labelText($0.label) == label && !analysis.isReviewSentence($0.sentence) && after($0)
                }
            }
            let complaints = ofLabel(.syndromeComplaint)
            let persists = ofLabel(.syndromePersistence).contains { hit in
                let clause = text.clause(sentence: hit.sentence, token: hit.first)
                return complaints.contains { $0.sentence == hit.sentence && clause.contains($0.first) }
            }
            let noLesion = ofLabel(.syndromeNoLesion)
            guard persists, let lesionless = noLesion.first else { continue }
            let planned = events.contains { event in
                let mention = event.mention
                return isOfKind(mention) && (mention.sentence, mention.first) > (surgery.sentence, surgery.last)
                    && (analysis.occurs(.plan, in: mention.sentence) || analysis.isPlanSection(mention.sentence))
                    && event.status != .denied && event.status != .considered
                    && !noLesion.contains { $0.sentence == mention.sentence && $0.first <= mention.first && mention.last <= $0.last }
            }
            if !planned { found.append((diagnosis, lesionless.sentence)) }
        }
        return found
    }
}
