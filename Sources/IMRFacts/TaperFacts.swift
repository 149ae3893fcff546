import IMRVocabulary

/// `taper_attempted`: whether an attempt to wean the requested opioid is documented (MTUS Opioid
/// Treatment Guidelines 2016: doses above 80 mg morphine equivalent a day for more than 180 days
/// call for documented attempts to taper or wean below that dose).
///
/// A `taper_words` phrase ("taper", "weaned", "dose reduction", "stepped down") outside review
/// sentences (a UR's weaning is `ur_modified_for_weaning`), in a part of its clause
/// (``DrugScope``) about the requested drug, its class or the medications, or about no drug in a
/// sentence naming a dose (`dose_words`, `medication_words`): not about another drug ("tapered off
/// the lorazepam") nor about none ("weaned off the crutches"). Affirmed, with no `taper_not_tried`
/// `offer` phrase in its clause ("a taper was raised", "she declined a taper"), it is an attempt
/// tried, under way, reached or set: true. Else a negated one ("no reduction schedule was set"), one
/// only talked of or declined ("weaning has been discussed but he declined it"), or a dose told never reduced (`taper_not_tried` `no`: "the same dose since 01/2015") is false.
enum TaperFacts {
    static func read(_ analysis: CaseAnalysis, _ drug: TermID, _ classes: TermSet, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let scope = analysis.drugScope
        let doseWords = cues.wordList(.doseWords)
        let medicationWords = cues.wordList(.medicationWords)
        func aboutDrug(_ hit: CueHit) -> Bool {
            switch scope.subject(sentence: hit.sentence, token: hit.first).relation(to: drug, classes: classes) {
            case .specific, .general: return true
            case .other: return false
            case .unscoped:
                return text.tokens(of: hit.sentence).contains { doseWords.contains($0) || medicationWords.contains($0) }
                    || !analysis.mentions(inSentence: hit.sentence).filter({ $0.term.kind == .drug || $0.term.kind == .drugClass }).isEmpty
            }
        }
        let notTried = cues.set(.taperNotTried).hits(in: text).filter { !analysis.isReviewSentence($0.sentence) }
        let offer = CueLabelID(.offer)
        func talkedOf(_ hit: CueHit) -> Bool {
            let clause = text.clause(sentence: hit.sentence, token: hit.first)
            return notTried.contains { $0.sentence == hit.sentence && $0.label == offer && !$0.negated && clause.contains($0.first) }
        }
        var denied: CueHit?
        for hit in cues.set(.taperWords).hits(in: text) where !analysis.isReviewSentence(hit.sentence) && aboutDrug(hit) {
            if hit.negated || talkedOf(hit) {
                if denied == nil { denied = hit }
            } else {
                builder.bool(.taperAttempted, true, [text.evidence(hit.sentence)])
                return
            }
        }
        let unchanged = notTried.first { $0.label != offer && !$0.negated && aboutDrug($0) }
        if let hit = [denied, unchanged].compactMap({ $0 }).min(by: { $0.sentence < $1.sentence }) {
            builder.bool(.taperAttempted, false, [text.evidence(hit.sentence)])
        }
    }
}
