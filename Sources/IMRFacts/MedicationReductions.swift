import IMRVocabulary

/// A drug's use stopped or lowered, told as the result of what a sentence speaks of: CPMTG 2009
/// p. 46 repeats an epidural injection on relief "with reduced medication use", and ODG Low Back a
/// facet neurotomy on relief with "decreased medications". A `medication_reduced` verb (stopped,
/// came off, tapered off, cut, reduced, no longer needs) governs a drug, a drug class or a
/// medication word at most ``reach`` words after it in its part of the sentence ("she stopped the
/// tramadol", "cut her Norco from four to two a day", "no longer needs any pain medication").
/// Not a reduction: the verb negated ("has not cut back on the Norco"), planned or wished (a
/// `work_goal`, `stop_planned` or `treatment_planned` phrase ending at most two words before it:
/// "plans to stop the Norco", "was advised to cut back on the Norco"), or for an adverse effect told in its part ("stopped the naproxen because of heartburn":
/// the drug's harm, not the procedure's benefit).
enum MedicationReductions {
    /// Words after a reduction verb within which the drug it governs stands ("tapered off the
    /// Percocet", "no longer needs any pain medication").
    static let reach = 4
    /// Words between a plan or wish and the verb it governs ("plans to stop", "wants to cut back").
    static let planReach = 2

    /// One reduction: the verb and the first token of the drug or medication word it governs.
    struct Reduction {
        var verb: CueHit
        var drug: Int
    }

    /// The reductions of `sentence`, in text order.
    static func reductions(in sentence: Int, _ analysis: CaseAnalysis) -> [Reduction] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let verbs = cues.set(.medicationReduced).hits(in: text, sentence: sentence).filter { !$0.negated }
        guard !verbs.isEmpty else { return [] }
        let drugs = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .drug || $0.term.kind == .drugClass }
        let medicationWords = cues.wordList(.medicationWords)
        let plans = [CueName.workGoal, .stopPlanned, .treatmentPlanned].flatMap { cues.set($0).hits(in: text, sentence: sentence) }
        let adverse = [CueName.sideEffects, .adverseEffectSymptoms, .giComplaints, .intolerableEffects].flatMap {
            cues.set($0).hits(in: text, sentence: sentence)
        }
        return verbs.compactMap { verb in
            let part = ProcedureFacts.commaPart(of: verb.first, in: text, sentence: sentence)
            let reached = (verb.last + 1)..<min(part.upperBound, verb.last + 1 + reach)
            guard
                let drug = drugs.first(where: { reached.contains($0.first) })?.first
                    ?? reached.first(where: { medicationWords.contains(text.tokens[$0]) }),
                !plans.contains(where: { $0.first < verb.first && $0.last <= verb.last && verb.first - $0.last <= planReach + 1 }),
                !adverse.contains(where: { part.contains($0.first) })
            else { return nil }
            return Reduction(verb: verb, drug: drug)
        }
    }
}
