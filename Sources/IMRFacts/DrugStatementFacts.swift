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
        var drug: TermID
        var classes: TermSet
        var current: Bool
    }

    static func read(_ analysis: CaseAnalysis, _ requested: Requested, into builder: inout FactBuilder) {
        let statements = analysis.drugStatements
        for benefit in statements.benefits {
            var tiers = tiers(of: benefit.statements, for: requested)
            if benefit.readsFailures { tiers.specific = merged(tiers.specific, failures(of: requested, statements.failures)) }
            if let (value, evidence) = decide(tiers.specific, in: analysis.text, benefit.precedence)
                ?? decide(tiers.fallback, in: analysis.text, benefit.precedence)
            {
                builder.bool(benefit.fact, value, evidence)
            } else {
                builder.withdraw(benefit.fact)
            }
        }
        readAdverseEffects(analysis, statements, requested, into: &builder)
        readIntolerableEffects(analysis, statements, requested, into: &builder)
    }

    /// Adverse effects of the requested drug that cannot be borne or are severe
    /// (`adverse_effects_intolerable`; CPMTG p. 79, 2016 Opioid guideline §3.3.9 (c)): an
    /// `intolerable_effects` phrase in a statement about the drug ("Norco causes intolerable
    /// constipation", "She could not tolerate tramadol"), or about the medications in general for a
    /// drug taken already ("her medications cause intolerable sedation"); never an unscoped one
    /// ("intolerable nausea" of an illness) nor another drug's. A stated one wins over a denial.
    static func readIntolerableEffects(
        _ analysis: CaseAnalysis, _ statements: Statements, _ requested: Requested, into builder: inout FactBuilder
    ) {
        guard !statements.intolerableEffects.isEmpty else { return }
        let tiers = tiers(of: statements.intolerableEffects, for: requested, keepingGeneral: true)
        if let (value, evidence) = decide(tiers.specific, in: analysis.text, .positiveWins)
            ?? decide(tiers.general, in: analysis.text, .positiveWins)
        {
            builder.bool(.adverseEffectsIntolerable, value, evidence)
        }
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

    /// Failed trials of the requested drug, as denials of its benefit: the `drug_failure` phrases
    /// (``Statements/failures``) in a part of a clause about the drug.
    static func failures(of requested: Requested, _ failures: [Statement]) -> [CueHit] {
        failures.compactMap { $0.subject.relation(to: requested.drug, classes: requested.classes) == .specific ? $0.hit : nil }
    }

    /// Two lists of hits in text order.
    static func merged(_ a: [CueHit], _ b: [CueHit]) -> [CueHit] {
        b.isEmpty ? a : (a + b).sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
    }

    /// Side effects documented for the requested drug, present or absent ("Norco causes
    /// constipation", "tolerating gabapentin without side effects"). Effects named without the
    /// general wording of side effects (`adverse_effect_symptoms`: constipation, nausea…) count
    /// only where a clause ties them to a drug or to the medications, or, for a drug taken
    /// already, where two or more are denied in one sentence about no other drug (CPMTG 2009
    /// "On-going management", p. 78: "ongoing review and documentation of ... side effects").
    static func readAdverseEffects(
        _ analysis: CaseAnalysis, _ statements: Statements, _ requested: Requested, into builder: inout FactBuilder
    ) {
        let named = tiers(of: statements.sideEffects, for: requested)
        let effects = tiers(of: statements.effectSymptoms, for: requested, keepingGeneral: true)
        let tied = effects.general
        // The first sentence of either list.
        func first(_ a: [CueHit], _ b: [CueHit]) -> Int? {
            let sentences = a.lazy.map(\.sentence).min()
            guard let other = b.lazy.map(\.sentence).min() else { return sentences }
            return min(sentences ?? other, other)
        }
        // A review of a drug's effects told as two or more effect symptoms denied in one sentence
        // or in sentences one after another, about no other drug ("She denies sedation, nausea or
        // confusion"; "No constipation. No sedation."), outside a review of systems, for a drug
        // taken already: the effects are documented, as absent. An effect told with its remedy
        // ("mild constipation managed with senna") is documented, as present.
        var review: [CueHit] = []
        if requested.current {
            let denied = effects.fallback.filter { $0.negated && !statements.systemsReviews.contains($0.sentence) }
            review = firstRun(of: denied)
            review += tiers(of: statements.remediedEffects, for: requested).fallback.prefix(1)
        }
        if let first = first(named.specific, effects.specific) ?? first(named.fallback, tied + review) {
            builder.bool(.adverseEffectsDocumented, true, [analysis.text.evidence(first)])
        } else {
            builder.withdraw(FactName.adverseEffectsDocumented.name)
        }
    }

    /// The first run of two or more `hits` (in text order) in one sentence or in sentences one
    /// after another; empty when there is none.
    static func firstRun(of hits: [CueHit]) -> [CueHit] {
        var start = 0
        for (position, hit) in hits.enumerated() {
            if position > start && hit.sentence - hits[position - 1].sentence > 1 { start = position }
            if position - start >= 1 { return Array(hits[start...position]) }
        }
        return []
    }

    /// The statements that speak of the requested drug (`specific`) and those that may stand for
    /// it when none does (`fallback`: unscoped, and general ones for a drug taken already); with
    /// `keepingGeneral`, the general ones that are in `fallback` also in `general`.
    static func tiers(of statements: [Statement], for requested: Requested, keepingGeneral: Bool = false) -> (
        specific: [CueHit], fallback: [CueHit], general: [CueHit]
    ) {
        var specific: [CueHit] = []
        var fallback: [CueHit] = []
        var general: [CueHit] = []
        for statement in statements {
            switch statement.subject.relation(to: requested.drug, classes: requested.classes) {
            case .specific: specific.append(statement.hit)
            case .general where requested.current:
                fallback.append(statement.hit)
                if keepingGeneral { general.append(statement.hit) }
            case .unscoped: fallback.append(statement.hit)
            case .general, .other: break
            }
        }
        return (specific, fallback, general)
    }
}

extension DrugStatementFacts {
    /// A statement of the summary and what its part of the clause is about (``DrugScope``).
    struct Statement: Sendable {
        var hit: CueHit
        var subject: DrugScope.Subject
    }

    /// What every drug request of a case reads alike, read once per summary (``SentenceCache``):
    /// the statements of benefit, of failed trials and of adverse effects, each with the subject
    /// of its part of the clause. A request only sorts them by how they relate to its drug.
    final class Statements: Sendable {
        /// `pain_improved` and `functional_improvement`: the fact, its precedence, whether failed
        /// trials deny it, and its statements (hedged ones left out, negation read in their own
        /// part of the clause).
        let benefits: [(fact: String, precedence: Precedence, readsFailures: Bool, statements: [Statement])]
        /// `drug_failure` phrases within four words of the words naming their part's subject, as
        /// denials (`no`), neither negated nor in a review sentence.
        let failures: [Statement]
        /// `side_effects` and `adverse_effect_symptoms` statements outside review sentences.
        let sideEffects: [Statement]
        let effectSymptoms: [Statement]
        /// `adverse_effect_symptoms` statements told with their remedy (``remedied(_:_:)``).
        let remediedEffects: [Statement]
        /// The sentences of a review of systems (`systems_review`).
        let systemsReviews: Set<Int>
        /// `intolerable_effects` and `effect_consequences` statements outside review sentences; in a
        /// side-effects field (``sideEffectFields(_:_:)``) one about no drug is the field's, and a
        /// `field` consequence ("was sent home") is read only there.
        let intolerableEffects: [Statement]

        init(_ analysis: CaseAnalysis) {
            let cues = analysis.index.cues
            var benefits: [(fact: String, precedence: Precedence, readsFailures: Bool, statements: [Statement])] = []
            for name in [CueName.painImproved, .functionalImprovement] {
                let spelled = name.name
                guard let (fact, set) = cues.declaredFacts.first(where: { $0.fact.name == spelled }) else { continue }
                let precedence: Precedence = fact.winner == .yes ? .positiveWins : .negativeWins
                var hits = set.hits(in: analysis.text)
                if name == .painImproved { hits = PainChange.merged(hits, analysis) }
                hits = EllipticalStatements.adding(to: OutcomeStatements.outcomes(hits, analysis), analysis)
                hits = hits.filter { (fact.readsReviewSentences || !analysis.isReviewSentence($0.sentence)) && !isEarlier($0, analysis) }
                var statements = Self.statements(hits, analysis)
                if name == .painImproved {
                    statements = Self.merged(Self.merged(statements, Self.drugsWorking(analysis)), Self.painOverTime(analysis))
                }
                if name == .functionalImprovement {
                    // A capacity lost without the drug replaces the denial read inside it or beside
                    // it ("she is not able to do her chores without tramadol", "without Norco he is
                    // not able to work" do not deny a benefit); a capacity compared
                    // (``FunctionChanges``) the words it compares ("her chores are the same").
                    let losses = Self.merged(
                        Self.capacitiesLostWithout(analysis), Self.statements(FunctionChanges.hits(analysis), analysis))
                    statements.removeAll { statement in
                        let hit = statement.hit
                        return losses.contains { $0.hit.sentence == hit.sentence && $0.hit.first <= hit.last && hit.first <= $0.hit.last }
                    }
                    statements = Self.merged(statements, losses)
                }
                benefits.append((fact.name, precedence, name == .painImproved, statements))
            }
            self.benefits = benefits
            let scope = analysis.drugScope
            failures = cues.set(.drugFailure).hits(in: analysis.text).compactMap { hit in
                let segment = scope.segment(sentence: hit.sentence, token: hit.first)
                guard !hit.negated, !analysis.isReviewSentence(hit.sentence), let named = segment.subjectTokens,
                    hit.last < named.lowerBound ? named.lowerBound - hit.last <= 4 : hit.first - named.upperBound <= 4
                else { return nil }
                let denial = CueHit(label: CueLabelID(.no), sentence: hit.sentence, first: hit.first, last: hit.last, negated: false)
                return Statement(hit: denial, subject: segment.subject)
            }
            let outside = { (hit: CueHit) in !analysis.isReviewSentence(hit.sentence) }
            let named = cues.set(.sideEffects).hits(in: analysis.text)
            sideEffects = Self.statements(named.filter(outside), analysis, observed: true)
            let symptoms = cues.set(.adverseEffectSymptoms).hits(in: analysis.text).filter(outside)
            effectSymptoms = Self.statements(symptoms, analysis, observed: true)
            remediedEffects = Self.remedied(symptoms, analysis)
            systemsReviews = symptoms.isEmpty ? [] : Set(cues.set(.systemsReview).hits(in: analysis.text).map(\.sentence))
            let intolerable = DrugStatementFacts.merged(
                cues.set(.intolerableEffects).hits(in: analysis.text), cues.set(.effectConsequences).hits(in: analysis.text)
            ).filter(outside)
            let fields = Self.sideEffectFields(named, analysis)
            intolerableEffects = Self.statements(intolerable, analysis).compactMap { statement in
                var hit = statement.hit
                guard let subject = fields[hit.sentence] else { return hit.label == .field ? nil : statement }
                if hit.label == .field { hit.label = CueLabelID(.yes) }
                return Statement(hit: hit, subject: statement.subject == .none ? subject : statement.subject)
            }
        }

        /// The sentences of the side-effects fields of a review, each with what the field is about:
        /// a sentence opened by a label naming side effects ("Side effects: ...", "AEs - ..."), and
        /// the sentences after it on its line up to one opened by a label of its own. What such a
        /// field says about no drug in particular is said of the drug its label names ("Side effects
        /// of the naproxen: ..."), else of the medications reviewed ("Side effects: dozed off twice
        /// at the wheel"), as "her medications cause ..." is; a drug named inside it keeps its own
        /// part ("Side effects: none from the naproxen").
        static func sideEffectFields(_ labels: [CueHit], _ analysis: CaseAnalysis) -> [Int: DrugScope.Subject] {
            let text = analysis.text
            var fields: [Int: DrugScope.Subject] = [:]
            for label in labels where fields[label.sentence] == nil && text.isInOpeningLabel(label) {
                // The label's own words, up to the first token after its mark.
                let tokens = text.sentences[label.sentence].tokens
                let end =
                    (label.last + 1..<tokens.upperBound).first { text.opensEntry(sentence: label.sentence, before: $0) } ?? label.last + 1
                let named = analysis.mentions(inSentence: label.sentence).filter {
                    $0.last < end && ($0.term.kind == .drug || $0.term.kind == .drugClass)
                }
                let subject: DrugScope.Subject =
                    named.isEmpty
                    ? .medications
                    : named.allSatisfy { $0.term.kind == .drug }
                        ? .drugs(TermSet(named.map(\.term.id)))
                        : .classes(TermSet(named.filter { $0.term.kind == .drugClass }.map(\.term.id)))
                var sentence = label.sentence
                repeat {
                    fields[sentence] = subject
                    sentence += 1
                } while sentence < text.sentences.count && !ListItems.opensLine(at: text.sentences[sentence].start, in: text.bytes)
                    && !text.opensWithLabel(sentence)
            }
            return fields
        }

        /// Effects told with their remedy ("mild constipation managed with senna", "constipation is
        /// controlled with docusate"): an `adverse_effect_symptoms` hit, not negated, whose clause
        /// names a drug or a class of an `effect_remedy` class; said of its part's subject, or of
        /// no drug in particular when that subject is the remedy itself.
        static func remedied(_ hits: [CueHit], _ analysis: CaseAnalysis) -> [Statement] {
            let (index, cues) = (analysis.index, analysis.index.cues)
            guard !hits.isEmpty, !cues.groupTerms(.effectRemedy).isEmpty else { return [] }
            func isRemedy(_ id: TermID) -> Bool {
                (index.classes(ofDrug: id) + [id]).contains { cues.group(.effectRemedy, label: $0) != nil }
            }
            return statements(hits.filter { !$0.negated }, analysis, observed: true).compactMap { statement in
                let hit = statement.hit
                guard !hit.negated else { return nil }
                let clause = analysis.text.clause(sentence: hit.sentence, token: hit.first)
                let remedies = analysis.mentions(inSentence: hit.sentence).filter {
                    clause.contains($0.first) && ($0.term.kind == .drug || $0.term.kind == .drugClass) && isRemedy($0.term.id)
                }
                guard !remedies.isEmpty else { return nil }
                switch statement.subject {
                case .drugs(let drugs) where drugs.allSatisfy(isRemedy): return Statement(hit: hit, subject: .none)
                case .classes(let classes) where classes.allSatisfy(isRemedy): return Statement(hit: hit, subject: .none)
                default: return statement
                }
            }
        }

        /// A capacity the worker loses without a drug, as the drug's functional benefit: a
        /// `function_lost_without` phrase ("without Norco she cannot get out of bed", "he is unable
        /// to work without his medications") whose part of the clause is about a drug, its class or
        /// the medications, named right after the phrase's first or last word (its "without"), in
        /// a sentence that restates no review. Without a drug named there ("she cannot walk without
        /// a cane") it says nothing of a drug and is not read.
        static func capacitiesLostWithout(_ analysis: CaseAnalysis) -> [Statement] {
            let hits = analysis.index.cues.set(.functionLostWithout).hits(in: analysis.text)
            guard !hits.isEmpty else { return [] }
            let scope = analysis.drugScope
            return hits.compactMap { hit in
                guard !analysis.isReviewSentence(hit.sentence),
                    !scope.isHedged(first: hit.first, sentence: hit.sentence, in: analysis.text)
                else { return nil }
                let segment = scope.segment(sentence: hit.sentence, token: hit.first)
                switch segment.subject {
                case .drugs, .classes, .medications: break
                case .treatment, .none: return nil
                }
                guard let named = segment.subjectTokens,
                    (1...2).contains(named.lowerBound - hit.last) || (1...2).contains(named.lowerBound - hit.first)
                else { return nil }
                let benefit = CueHit(label: CueLabelID(.yes), sentence: hit.sentence, first: hit.first, last: hit.last, negated: false)
                return Statement(hit: benefit, subject: segment.subject)
            }
        }

        /// A drug's effect told as the pain before it and now (``PainOverTime``), as its pain
        /// benefit: `yes` when the pain fell, `no` when it did not; said of the subject of the part
        /// holding the before word ("Before the Lyrica, the burning was an 8 ... Now it's a 3").
        static func painOverTime(_ analysis: CaseAnalysis) -> [Statement] {
            PainOverTime.changes(in: analysis).map { change in
                let label = CueLabelID(change.after < change.before ? .yes : .no)
                let hit = CueHit(label: label, sentence: change.sentence, first: change.first, last: change.last, negated: false)
                return Statement(hit: hit, subject: analysis.drugScope.subject(sentence: change.sentence, token: change.first))
            }
        }

        /// A drug's working or its failure to, as its pain benefit: a `drug_working` phrase said of
        /// its part's subject, a drug, its class or the medications, right after it ("Norco is not
        /// working", "the medication no longer works", "her medications are working"), outside
        /// review sentences and not in the past (`earlier_benefit`: "it used to work").
        static func drugsWorking(_ analysis: CaseAnalysis) -> [Statement] {
            let text = analysis.text
            let found = analysis.index.cues.set(.drugWorking).hits(in: text)
            guard !found.isEmpty else { return [] }
            let scope = analysis.drugScope
            let coordinators = analysis.index.cues.wordList(.coordinators)
            let hits = found.filter {
                !analysis.isReviewSentence($0.sentence) && !isEarlier($0, analysis)
                    && scope.isPredicate(first: $0.first, sentence: $0.sentence, in: text, coordinators: coordinators)
            }
            return statements(hits, analysis)
        }

        /// Two lists of statements in text order.
        static func merged(_ a: [Statement], _ b: [Statement]) -> [Statement] {
            b.isEmpty ? a : (a + b).sorted { ($0.hit.sentence, $0.hit.first) < ($1.hit.sentence, $1.hit.first) }
        }

        /// `hits` as statements: hedged hits left out, negation read within the hit's own part of the clause.
        static func statements(_ hits: [CueHit], _ analysis: CaseAnalysis, observed: Bool = false) -> [Statement] {
            let scope = analysis.drugScope
            let index = analysis.index
            let records = index.cues.wordList(.treatmentRecordWords)
            let evaluation = index.category(ofProcedure: index[.evaluation])
            var statements: [Statement] = []
            for var hit in hits where !scope.isHedged(first: hit.first, sentence: hit.sentence, in: analysis.text) {
                hit.negated = scope.isNegated(hit.negated, first: hit.first, sentence: hit.sentence, in: analysis.text)
                let segment = scope.segment(sentence: hit.sentence, token: hit.first)
                // A part of a clause about no drug that names a treatment before the statement
                // speaks of the treatment ("She takes Norco; the knee brace has not helped"), unless
                // the treatment names a record's source ("Hand therapy note reports…"); with
                // `observed`, an examination or a visit (the evaluation category) is what observes
                // the statement, not its subject ("On exam NAD, no signs of sedation").
                let treated =
                    segment.subject == .none
                    && analysis.mentions(inSentence: hit.sentence).contains {
                        $0.term.kind == .procedure && segment.tokens.contains($0.first) && $0.last < hit.first
                            && !(records.contains(analysis.text.tokens[$0.last + 1]) && $0.last + 1 < hit.first)
                            && !(observed && index.category(ofProcedure: $0.term.id) == evaluation)
                    }
                statements.append(Statement(hit: hit, subject: treated ? .treatment : segment.subject))
            }
            return statements
        }
    }
}

extension CaseAnalysis {
    /// The drug statements of the summary (``DrugStatementFacts/Statements``), read once for every drug request.
    var drugStatements: DrugStatementFacts.Statements { cache.drugStatements { DrugStatementFacts.Statements(self) } }
}
