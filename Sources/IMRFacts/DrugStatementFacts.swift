import IMRVocabulary

/// What the summary says about the requested drug itself: its benefit (`pain_improved`,
/// `functional_improvement`) and its adverse effects (`adverse_effects_documented`), read in the
/// drug's scope (``DrugScope``) rather than over the whole case.
///
/// A statement is *specific* when its clause names the requested drug or one of its classes ("the
/// opioid"), or says "it"/"this medication" after a sentence naming the drug; *general* when it
/// speaks of the medications in general; *unscoped* when it names no drug; *other* when it names
/// other drugs only. The specific statements decide the fact. Without any, the general and
/// unscoped ones do — general ones only for a drug already taken, since "her medications help"
/// says nothing of a drug not yet prescribed. Statements about other drugs never count: with
/// "Gabapentin has not helped. Norco helps.", gabapentin has no benefit and Norco has. A hedged
/// statement ("gabapentin may be helping") decides nothing, nor does a benefit placed in the past
/// ("helped initially, no longer helps": only the denial now counts). A failed trial of the drug
/// ("failed gabapentin") denies its pain benefit. When no statement counts, the case's
/// reading (which may come from another drug's sentence) is withdrawn: the fact is not documented.
enum DrugStatementFacts {
    /// The requested drug, its classes, and whether it is taken already.
    struct Requested {
        var drug: String
        var classes: Set<String>
        var current: Bool
    }

    static func read(_ analysis: CaseAnalysis, _ requested: Requested, into builder: inout FactBuilder) {
        let cues = analysis.index.cues
        for name in [CueName.painImproved, .functionalImprovement] {
            guard let (fact, set) = cues.declaredFacts.first(where: { $0.fact.name == name.name }) else { continue }
            let precedence: Precedence = fact.winner == .yes ? .positiveWins : .negativeWins
            var hits = set.hits(in: analysis.text)
            if name == .painImproved { hits = PainChange.merged(hits, analysis) }
            hits = EllipticalStatements.adding(to: OutcomeStatements.outcomes(hits, analysis), analysis)
            hits = hits.filter { (fact.readsReviewSentences || !analysis.isReviewSentence($0.sentence)) && !isEarlier($0, analysis) }
            var tiers = tiers(of: hits, for: requested, analysis)
            if name == .painImproved { tiers.specific = merged(tiers.specific, failures(of: requested, analysis)) }
            if let (value, evidence) = decide(tiers.specific, in: analysis.text, precedence)
                ?? decide(tiers.fallback, in: analysis.text, precedence)
            {
                builder.bool(fact.name, value, evidence)
            } else {
                builder.withdraw(fact.name)
            }
        }
        readAdverseEffects(analysis, requested, into: &builder)
    }

    /// Whether an `earlier_benefit` phrase stands within two words of `hit` in its part of the
    /// clause ("helped initially", "used to help").
    static func isEarlier(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let earlier = analysis.index.cues.set(.earlierBenefit).hits(in: analysis.text, sentence: hit.sentence)
        guard !earlier.isEmpty else { return false }
        let segment = analysis.drugScope.segment(sentence: hit.sentence, token: hit.first).tokens
        return earlier.contains { marker in
            segment.contains(marker.first) && (marker.last < hit.first ? hit.first - marker.last <= 3 : marker.first - hit.last <= 3)
        }
    }

    /// Failed trials of the requested drug, as denials of its benefit: a `drug_failure` phrase in a
    /// part of a clause about the drug, within four words of the words naming it.
    static func failures(of requested: Requested, _ analysis: CaseAnalysis) -> [CueHit] {
        let scope = analysis.drugScope
        return analysis.index.cues.set(.drugFailure).hits(in: analysis.text).compactMap { hit in
            let segment = scope.segment(sentence: hit.sentence, token: hit.first)
            guard !hit.negated, !analysis.isReviewSentence(hit.sentence),
                segment.subject.relation(to: requested.drug, classes: requested.classes) == .specific,
                let named = segment.subjectTokens,
                hit.last < named.lowerBound ? named.lowerBound - hit.last <= 4 : hit.first - named.upperBound <= 4
            else { return nil }
            return CueHit(label: CueLabel.no.name, sentence: hit.sentence, first: hit.first, last: hit.last, negated: false)
        }
    }

    /// Two lists of hits in text order.
    static func merged(_ a: [CueHit], _ b: [CueHit]) -> [CueHit] {
        b.isEmpty ? a : (a + b).sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
    }

    /// Side effects documented for the requested drug, present or absent ("Norco causes
    /// constipation", "tolerating gabapentin without side effects"). Effects named without the
    /// general wording of side effects (`adverse_effect_symptoms`: constipation, nausea…) count
    /// only where a clause ties them to a drug or to the medications.
    static func readAdverseEffects(_ analysis: CaseAnalysis, _ requested: Requested, into builder: inout FactBuilder) {
        let cues = analysis.index.cues
        let outside = { (hit: CueHit) in !analysis.isReviewSentence(hit.sentence) }
        let named = tiers(of: cues.set(.sideEffects).hits(in: analysis.text).filter(outside), for: requested, analysis)
        let effects = tiers(of: cues.set(.adverseEffectSymptoms).hits(in: analysis.text).filter(outside), for: requested, analysis)
        let scope = analysis.drugScope
        let tied = effects.fallback.filter { scope.subject(sentence: $0.sentence, token: $0.first) == .medications }
        let name = "adverse_effects_documented"
        for hits in [named.specific + effects.specific, named.fallback + tied] {
            if let first = hits.map(\.sentence).min() {
                builder.bool(name, true, [analysis.text.evidence(first)])
                return
            }
        }
        builder.withdraw(name)
    }

    /// The hits that speak of the requested drug (`specific`) and those that may stand for it when
    /// none does (`fallback`: unscoped, and general ones for a drug taken already); hedged hits are
    /// left out, and negation is read within the hit's own part of the clause.
    static func tiers(of hits: [CueHit], for requested: Requested, _ analysis: CaseAnalysis) -> (specific: [CueHit], fallback: [CueHit]) {
        let scope = analysis.drugScope
        var specific: [CueHit] = []
        var fallback: [CueHit] = []
        for var hit in hits where !scope.isHedged(first: hit.first, sentence: hit.sentence, in: analysis.text) {
            hit.negated = scope.isNegated(hit.negated, first: hit.first, sentence: hit.sentence, in: analysis.text)
            switch scope.subject(sentence: hit.sentence, token: hit.first).relation(to: requested.drug, classes: requested.classes) {
            case .specific: specific.append(hit)
            case .general where requested.current: fallback.append(hit)
            case .unscoped: fallback.append(hit)
            case .general, .other: break
            }
        }
        return (specific, fallback)
    }
}
