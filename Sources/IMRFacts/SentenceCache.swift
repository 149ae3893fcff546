import IMRCore

/// What the fact families ask about a summary more than once, computed once per summary: the
/// current medications, the drug scope and statements, the pain scores and changes, the measures'
/// changes, the diagnoses, the neurologic findings, the persisting symptoms, the surgeries, the
/// pain told with and without a drug, the capacities compared, the dates the request may have
/// been made at and the procedures the treatment histories read.
/// Asking again costs a lookup, so reading stays linear in the size of the summary however many
/// mentions a sentence holds.
final class SentenceCache: @unchecked Sendable {
    private let lock = MemoLock()
    private var current: [MedicationUse]?
    private var scope: DrugScope?
    private var statements: DrugStatementFacts.Statements?
    private var scores: [PainScore]?
    private var changes: [PainChange]?
    private var diagnoses: [DiagnosisReading]?
    private var persisting: [CueHit]?
    private var care: ConservativeCareFacts.CarePhrases?
    private var measures: MeasureChanges.Reading?
    private var surgeries: [SurgeryEvent]?
    private var dosePairs: [DosePainPair]?
    private var functionChanges: [CueHit]?
    private var requestDates: [SimpleDate]?
    private var radicularSigns: [CueHit]?
    private var neurologicFindings: [CueHit]?
    private var visitTimes: VisitTimes?
    private var historyProcedures: [Mention]?

    /// The current medications, computed by `compute` the first time.
    func currentMedications(_ compute: () -> [MedicationUse]) -> [MedicationUse] { once(\.current, compute) }

    /// The drug scope of the summary, computed by `compute` the first time.
    func drugScope(_ compute: () -> DrugScope) -> DrugScope { once(\.scope, compute) }

    /// The drug statements of the summary, computed by `compute` the first time.
    func drugStatements(_ compute: () -> DrugStatementFacts.Statements) -> DrugStatementFacts.Statements { once(\.statements, compute) }

    /// The pain scores of the summary, computed by `compute` the first time.
    func painScores(_ compute: () -> [PainScore]) -> [PainScore] { once(\.scores, compute) }

    /// The pain changes of the summary (``PainChange``), computed by `compute` the first time.
    func painChanges(_ compute: () -> [PainChange]) -> [PainChange] { once(\.changes, compute) }

    /// The radicular signs of the examination before their scope to a request
    /// (``RadicularSigns``), computed by `compute` the first time.
    func radicularSigns(_ compute: () -> [CueHit]) -> [CueHit] { once(\.radicularSigns, compute) }

    /// The time each sentence tells of (``VisitTimes``), computed by `compute` the first time.
    func visitTimes(_ compute: () -> VisitTimes) -> VisitTimes { once(\.visitTimes, compute) }

    /// The objective findings of the neurologic examination (``ClinicalFacts/neurologicFindings(_:)``),
    /// computed by `compute` the first time.
    func neurologicFindings(_ compute: () -> [CueHit]) -> [CueHit] { once(\.neurologicFindings, compute) }

    /// The diagnoses of the summary with their regions, computed by `compute` the first time.
    func diagnosisReadings(_ compute: () -> [DiagnosisReading]) -> [DiagnosisReading] { once(\.diagnoses, compute) }

    /// The phrases stating that symptoms persist (``ConservativeCareFacts/persistence(_:)``),
    /// computed by `compute` the first time.
    func persistence(_ compute: () -> [CueHit]) -> [CueHit] { once(\.persisting, compute) }

    /// The regions told of the care and persistence phrases
    /// (``ConservativeCareFacts/coverage(_:)``), computed by `compute` the first time.
    func carePhrases(_ compute: () -> ConservativeCareFacts.CarePhrases) -> ConservativeCareFacts.CarePhrases { once(\.care, compute) }

    /// The measures told at two times and the values told alone (``MeasureChanges``), computed by
    /// `compute` the first time.
    func measureReading(_ compute: () -> MeasureChanges.Reading) -> MeasureChanges.Reading { once(\.measures, compute) }

    /// The surgeries of the summary as events (``SurgeryEvents``), computed by `compute` the first time.
    func surgeryEvents(_ compute: () -> [SurgeryEvent]) -> [SurgeryEvent] { once(\.surgeries, compute) }

    /// The pain scores paired with and without a drug (``DosePainPairs``), computed by `compute` the first time.
    func dosePainPairs(_ compute: () -> [DosePainPair]) -> [DosePainPair] { once(\.dosePairs, compute) }

    /// The capacities compared (``FunctionChanges``), computed by `compute` the first time.
    func functionChanges(_ compute: () -> [CueHit]) -> [CueHit] { once(\.functionChanges, compute) }

    /// The dates the request may have been made at (``CaseAnalysis/requestDate(after:)``), computed
    /// by `compute` the first time.
    func requestDates(_ compute: () -> [SimpleDate]) -> [SimpleDate] { once(\.requestDates, compute) }

    /// The procedures the treatment histories read (``TreatmentHistoryFacts/History``), computed
    /// by `compute` the first time.
    func historyProcedures(_ compute: () -> [Mention]) -> [Mention] { once(\.historyProcedures, compute) }

    /// The value in `slot`, computed by `compute` (outside the lock) and kept the first time.
    private func once<Value>(_ slot: ReferenceWritableKeyPath<SentenceCache, Value?>, _ compute: () -> Value) -> Value {
        lock.lock()
        if let value = self[keyPath: slot] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        self[keyPath: slot] = value
        lock.unlock()
        return value
    }
}
