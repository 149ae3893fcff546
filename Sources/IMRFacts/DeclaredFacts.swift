import IMRCore
import IMRVocabulary

/// Reads the boolean facts declared in the cue data: true when a `yes` phrase is documented
/// outside review sentences (unless the fact reads them), false when only its absence is (a
/// negated `yes` or a `no` phrase); an `affirms` phrase is a `yes` affirmed and nothing denied (a
/// cause or sign of the finding ruled out: ``affirmed(_:)``); `wins no` makes any stated absence win; `skips past` leaves out
/// a finding of no present record: past, treated by a surgery or denied later
/// (``ClinicalFacts/isNotCurrent(_:among:_:)``); `skips doubted` one left in doubt ("possible
/// radiculopathy": ``FindingDoubt``); `skips earlier` one an earlier visit found and a later one
/// states absent (``ClinicalFacts/isSuperseded(_:among:_:)``); `skips stopped` reads a programme told
/// stopped as its absence (``StoppedCourses``); `skips labels` one affirmed in the label that opens its sentence
/// (``CaseText/isInOpeningLabel(_:)``); `skips results` reads a check through what it found
/// (``CheckResults``). `aberrant_behavior` reads the screens' findings too
/// (``ScreenFindings``). `pain_improved` reads
/// the pain changes written as scores too (``PainChange``), and a drug said to work or not
/// ("Norco is not working"); `functional_improvement` a capacity lost without a drug as its
/// benefit ("she cannot do her chores without tramadol"), and a capacity compared
/// (``FunctionChanges``: the same as before, more with a dose than without; activities regained,
/// ``ActivityStatements``); the outcomes leave out statements of none (``OutcomeStatements``).
/// `motivated_to_change` reads the worker's will to change and its refusal (``MotivationStatements``).
/// `recent_myocardial_infarction` reads an infarction dated within its recovery phase (``InfarctionDates``).
enum DeclaredFactReader {
    /// The ordinals of the declared facts read with more than their phrases.
    private static let painImproved = FactName.ordinal(named: CueName.painImproved.name)
    private static let functionalImprovement = FactName.ordinal(named: CueName.functionalImprovement.name)
    private static let aberrantBehavior = FactName.ordinal(named: CueName.aberrantBehavior.name)
    private static let redFlags = FactName.ordinal(named: CueName.redFlags.name)

    /// Reads each declared fact `gate` asks for (a declared fact is its own reader).
    static func read(_ analysis: CaseAnalysis, gate: ReaderGate, into builder: inout FactBuilder) {
        let book = analysis.index.cues
        for ((fact, cues), ordinal) in zip(book.declaredFacts, book.declaredFactOrdinals) where gate.runsDeclared(ordinal: ordinal) {
            if let log = gate.log {
                log.record("declared " + fact.name, &builder) { read(fact, cues, ordinal, analysis, into: &$0) }
            } else {
                read(fact, cues, ordinal, analysis, into: &builder)
            }
        }
    }

    /// Reads the declared fact `fact` of ordinal `ordinal`, its phrases `cues`.
    private static func read(
        _ fact: DeclaredFact, _ cues: CueSet, _ ordinal: Int, _ analysis: CaseAnalysis, into builder: inout FactBuilder
    ) {
        // A phrase inside the name of something else (an instrument's name) is not read.
        let own = analysis.index.withoutOtherSenses(cues.hits(in: analysis.text), in: analysis.text)
        var hits = TelegraphicStatements.read(own, analysis.text, cues: analysis.index.cues)
        // A phrase that only affirms names one cause or sign of the finding: denied, it denies only
        // itself ("no BPPV" beside "still dizzy").
        if hits.contains(where: { $0.label == .affirms }) { hits = affirmed(hits) }
        // A check read through what it found (``CheckResults``), before its label is read: "CURES: no
        // early refills" is a check's label over its empty result.
        if fact.skips.contains(.results) { hits = CheckResults.read(hits, analysis) }
        if fact.skips.contains(.labels) { hits.removeAll { !$0.negated && analysis.text.isInOpeningLabel($0) } }
        let isPain = ordinal == painImproved
        // Pain relief is also written as two scores ("pain 7 → 3").
        if isPain { hits = PainChange.merged(hits, analysis) }
        let isFunction = ordinal == functionalImprovement
        if isPain || isFunction { hits = OutcomeStatements.outcomes(hits, analysis) }
        // A drug said to work or not ("Norco is not working") tells the relief of the current
        // treatment; a capacity lost without a drug ("she is not able to do her chores without
        // tramadol") tells its functional benefit, not the denial read inside it.
        let added =
            isPain
            ? DrugStatementFacts.Statements.drugsWorking(analysis).map(\.hit)
            : isFunction
                ? DrugStatementFacts.merged(
                    DrugStatementFacts.Statements.capacitiesLostWithout(analysis).map(\.hit), FunctionChanges.hits(analysis)) : []
        // Motivation told in the worker's words, refused, or contradicted by a settlement awaited.
        if ordinal == FactName.motivatedToChange.ordinal { hits = DrugStatementFacts.merged(hits, MotivationStatements.hits(analysis)) }
        // A programme's document or author, and a programme declined or not taken up.
        if ordinal == FactName.cbtProgram.ordinal { hits = ProgramStatements.programs(hits, analysis) }
        if !added.isEmpty {
            if isFunction {
                hits.removeAll { hit in added.contains { $0.sentence == hit.sentence && $0.first <= hit.last && hit.first <= $0.last } }
            }
            hits = DrugStatementFacts.merged(hits, added)
        }
        // An infarction told by its date within the recovery phase (``InfarctionDates``).
        if ordinal == FactName.recentMyocardialInfarction.ordinal { hits = DrugStatementFacts.merged(hits, InfarctionDates.hits(analysis)) }
        // A screen's findings against what is prescribed (``ScreenFindings``).
        if ordinal == aberrantBehavior { hits = DrugStatementFacts.merged(hits, ScreenFindings.aberrantHits(analysis)) }
        // No phrase of the fact: nothing documented either way.
        guard !hits.isEmpty else { return }
        if fact.skips.contains(.past) {
            let all = hits
            // A red flag left in doubt is suspected, and a suspected one is a red flag.
            let keepingDoubt = ordinal == redFlags
            hits.removeAll { !$0.negated && ClinicalFacts.isNotCurrent($0, among: all, analysis, keepingDoubt: keepingDoubt) }
        } else if fact.skips.contains(.earlier) {
            let all = hits
            hits.removeAll { ClinicalFacts.isSuperseded($0, among: all, analysis) }
        }
        if fact.skips.contains(.doubted) { hits.removeAll { FindingDoubt.isDoubted($0, analysis) } }
        if fact.skips.contains(.others) {
            hits.removeAll { ClauseSubjects.isAnotherPersonsNear(before: $0.first, sentence: $0.sentence, analysis) }
        }
        if fact.skips.contains(.stopped) {
            hits = StoppedCourses.marked(hits, analysis)
        } else if fact.skips.contains(.undone) {
            hits = StoppedCourses.marked(hits, analysis, stops: false)
        }
        let precedence: Precedence = fact.winner == .yes ? .positiveWins : .negativeWins
        let readsReview = fact.readsReviewSentences
        if let (value, evidence) = decide(hits, in: analysis.text, precedence, skip: { !readsReview && analysis.isReviewSentence($0) }) {
            builder.bool(fact.name, value, evidence)
        }
    }

    /// `hits` with each `affirms` hit read as a `yes` where it is affirmed, and left out where it is
    /// denied: the cause or sign it names is ruled out, not the finding ("Dix-Hallpike negative (no
    /// BPPV)" beside "still dizzy turning her head"; "CBT-I not yet started" after "sleep hygiene
    /// reviewed"); the other hits as they are.
    private static func affirmed(_ hits: [CueHit]) -> [CueHit] {
        hits.compactMap { hit in
            guard hit.label == .affirms else { return hit }
            guard !hit.negated else { return nil }
            var read = hit
            read.label = CueLabelID(.yes)
            return read
        }
    }
}
