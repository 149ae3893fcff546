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
///
/// A reduction told by its numbers (`dose_reduction`), outside review sentences and not negated, is
/// an attempt too, whatever came after it ("we dropped her from four tablets a day to three; ... she
/// went back up to four"): "from" before a dose and a lower dose after "to" within the clause
/// ("brought down from 45 mg twice a day to 30 mg twice a day"), or a lowering word with "to" and a
/// dose right after it ("we brought it down to 15 mg", "reduced to 25 mcg/hr"). A dose is a count
/// or a decimal with a dose unit (`dose_units`) or a `dose_words` word after it; in a from-to pair one
/// of the two may carry it ("from four tablets a day to three"). A rise, a pain score or a count of
/// visits is no reduction.
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
        if let hit = reductionsByNumber(analysis).first(where: aboutDrug) {
            builder.bool(.taperAttempted, true, [text.evidence(hit.sentence)])
            return
        }
        let unchanged = notTried.first { $0.label != offer && !$0.negated && aboutDrug($0) }
        if let hit = [denied, unchanged].compactMap({ $0 }).min(by: { $0.sentence < $1.sentence }) {
            builder.bool(.taperAttempted, false, [text.evidence(hit.sentence)])
        }
    }

    /// The `dose_reduction` hits that tell a dose reduced by its numbers (see the type's notes),
    /// outside review sentences and not negated.
    static func reductionsByNumber(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let hits = cues.set(.doseReduction).hits(in: text)
        guard !hits.isEmpty else { return [] }
        let tokens = text.tokens
        let doseWords = cues.wordList(.doseWords)
        let to = cues.wordList(.doseReductionTo)
        let fromTo = CueLabelID(.fromTo)
        // The amount at `index` of the clause ending at `end`: its value, whether a dose unit or a
        // dose word follows it, and its last token.
        func amount(at index: Int, before end: Int) -> (value: Double, dosed: Bool, last: Int)? {
            guard index < end else { return nil }
            let value: Double
            let last: Int
            let stop: Int
            if tokens[index].digits == -1, let (decimalValue, decimalEnd) = decimal(in: text.bytes, at: tokens[index].start),
                decimalEnd <= tokens[index].end
            {
                (value, last, stop) = (decimalValue, index, decimalEnd)
            } else if let (count, countLast) = cues.count(startingAt: index, in: tokens), countLast < end {
                (value, last, stop) = (Double(count), countLast, tokens[countLast].end)
            } else {
                return nil
            }
            let dosed = cues.doseUnit(in: text.bytes, at: stop) != nil || (last + 1 < end && doseWords.contains(tokens[last + 1]))
            return (value, dosed, last)
        }
        return hits.filter { hit in
            guard !hit.negated, !analysis.isReviewSentence(hit.sentence) else { return false }
            let clause = text.clause(sentence: hit.sentence, token: hit.last)
            let end = clause.upperBound + 1
            if hit.label == fromTo {
                guard let before = amount(at: hit.last + 1, before: end) else { return false }
                let limit = min(end, before.last + 8)
                guard let link = ((before.last + 1)..<max(limit, before.last + 1)).first(where: { to.contains(tokens[$0]) }),
                    let after = amount(at: link + 1, before: end)
                else { return false }
                return after.value < before.value && (before.dosed || after.dosed)
            }
            guard let link = ((hit.last + 1)..<min(end, hit.last + 4)).first(where: { to.contains(tokens[$0]) }),
                let after = amount(at: link + 1, before: end)
            else { return false }
            return after.dosed
        }
    }
}
