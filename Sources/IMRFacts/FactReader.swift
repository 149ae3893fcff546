import Foundation
import IMRVocabulary

/// A reader of the fact extractor that runs, or is skipped, as a whole: it runs when a fact it
/// writes is asked (``FactDemand``). Each declares the facts it writes (sets, changes or withdraws)
/// and the facts of earlier readers it consults; `ReaderDeclarationTests` runs every reader on every
/// letter the project holds and fails on a fact written that its declaration does not list.
///
/// The declarations are Swift beside the readers, not data under `Rules/`: they describe Swift code
/// (what a function writes), name facts by ``FactName`` (a fact Swift writes is one of its cases,
/// checked by the compiler and by `imr lint`'s `F005`), and change in the same commit as the reader.
/// A fact the cue data declares is read by ``DeclaredFactReader``, one fact at a time, and declares
/// itself.
enum FactReader: Int, CaseIterable, Sendable {
    // Case readers: once per letter, when a fact they write is asked of one of its items.
    case demographic, clinical, outcome, medication, caseProcedure, selection, bodyMassIndex, drugScreenInterval, hospitalStay
    case exercise, antidepressantTrials
    // Request readers: once per item, when a fact they write is asked of it.
    case requestDrug, priorStudies, regionalFindings, radicularSigns, levelAgreement, instability, conservativeCare, surgery, priorTherapy
    case requestProcedure, requestClinical, drugResponse, procedureRelief, motion, careKinds

    /// The facts the reader writes: sets, changes or withdraws (on any letter, whether or not the
    /// letters the project holds show it: read from the code it runs).
    var writes: [String] {
        switch self {
        case .demographic: names(.age, .sex, .reviewDate, .timeSinceInjury, .timeSinceInjuryAtRequest, .acuteInjury)
        case .clinical: names(.diagnoses, .insomnia, .neurologicDeficit)
        // `conservative_care_failed`: ConservativeCareFacts.readFailed.
        case .outcome:
            names(
                .painScores, .painWithWithoutMedication, .returnedToWork, .workStatus, .conservativeCareFailed,
                .significantActivityLimitation)
        case .medication:
            names(
                .medications, .medicationClasses, .nsaidTried, .firstLineFailed, .antidepressantTried, .anticonvulsantTried, .giRisk,
                .adverseEffectsDocumented, .urineDrugScreen, .urineDrugScreenConsistent)
        // ConservativeCareFacts.readGiven, TriggerPointSigns, SacroiliacProvocation, the diagnostic blocks.
        case .caseProcedure:
            names(
                .conservativeCareGiven, .conservativeCareDuration, .triggerPointSigns, .sacroiliacPositiveTests, .diagnosticBlockPositive,
                .diagnosticBlockRelief)
        // Electrodiagnostics, PersonalCareNeeds, TherapyTolerance, TENS, the psychological screen.
        case .selection:
            names(
                .electrodiagnosticAbnormal, .electrodiagnosticFindings, .personalCareNeeded, .toiletingHelpNeeded, .bathingHelpNeeded,
                .dailyTherapyTolerance, .tensTried, .psychologicalClearance, .psychologicalCandidate)
        case .bodyMassIndex: names(.bodyMassIndex)
        case .drugScreenInterval: names(.drugScreenInterval)
        case .hospitalStay: names(.hospitalStayDays)
        case .exercise: names(.exercisingNow)
        case .antidepressantTrials: names(.failedAntidepressantTrials)
        // RequestDrugFacts with DrugStatementFacts (the requested drug's benefits: two facts the cue
        // data declares, withdrawn or replaced; its adverse effects), TaperFacts and PartialCertification.
        case .requestDrug:
            names(
                .alreadyUsing, .useDuration, .dailyDoseMg, .daysSupply, .doseIncrease, .morphineEquivalentDose, .concurrentOpioid,
                .concurrentNsaid, .otherMuscleRelaxant, .duplicateOpioid, .firstLineOpioidNotTolerated, .otherAnticonvulsantTried,
                .urModifiedForWeaning,
                .urPartiallyCertified, .taperAttempted, .adverseEffectsDocumented, .adverseEffectsIntolerable)
                + [CueName.painImproved.name, CueName.functionalImprovement.name]
        case .priorStudies: names(.priorStudy, .priorRadiographs)
        case .regionalFindings: names(.regionalNeuroFindings, .regionalNeurologicDeficit)
        case .radicularSigns: names(.radicularSigns)
        case .levelAgreement: names(.levelAgreement)
        case .instability: names(.instabilityReported)
        case .conservativeCare: names(.conservativeCareGiven, .conservativeCareFailed)
        case .surgery: names(.priorSurgery, .priorFusion, .surgicalCandidate, .surgeryConsidered)
        // The sessions and their benefit, and DeviceTrials.
        case .priorTherapy:
            names(
                .priorTherapy, .priorSessions, .priorTherapyBenefit, .physicalMedicineSessions, .deviceHomeTrial, .deviceTrialPain,
                .deviceTrialFunction, .deviceTrialMedication)
        // ProcedureFacts (request), PriorInjectionFacts, SurgeryDateFacts, SurgeryStatusFacts.
        case .requestProcedure:
            names(
                .durationRequested, .indexSurgery, .injectionGiven, .limbRedFlags, .injectionsPastYear, .lastInjectionInterval,
                .timeSinceSurgery, .surgeryStatus)
        // DiagnosisRegions.
        case .requestClinical: names(.regionalDiagnoses)
        case .drugResponse: names(.painWithWithoutMedication, .painReliefPercent, .otherMedicationClasses, .totalMorphineEquivalentDose)
        case .procedureRelief: names(.priorReliefPercent, .priorReliefDuration, .priorTherapyBenefit, .priorMedicationReduced)
        case .motion: names(.abductionDegrees)
        case .careKinds: names(.conservativeCareTypes)
        }
    }

    /// The facts of earlier readers the reader consults (whether one is written, or its value): when
    /// the reader runs, they are asked too.
    var reads: [FactName] {
        switch self {
        // The gastrointestinal risk of an older worker.
        case .medication: [.age]
        // The dose of the requested drug, for the total.
        case .drugResponse: [.morphineEquivalentDose]
        // A benefit of the sessions read first.
        case .procedureRelief: [.priorTherapyBenefit]
        default: []
        }
    }

    /// Whether the reader reads the case (once per letter, into the case facts), not a request.
    var isCaseReader: Bool { rawValue <= FactReader.antidepressantTrials.rawValue }

    /// The reader's name in messages.
    var name: String { String(describing: self) }

    private func names(_ facts: FactName...) -> [String] { facts.map(\.name) }
}

/// Which readers run for a demand: those writing a fact asked, and, closed over, those writing a
/// fact a running reader consults; when read on from an earlier gate (``continuing(from:demand:)``),
/// not those it ran.
struct ReaderGate {
    /// The facts asked, with those the running readers consult; `nil` runs every reader.
    let demand: FactDemand?
    /// The facts of the readers that ran before (an earlier gate's demand): they are skipped here.
    let ran: FactDemand?
    /// Records what each reader wrote (``ReaderLog``); `nil` in every run but the declarations' test.
    let log: ReaderLog?

    /// Every reader runs.
    static let all = ReaderGate(demand: nil, log: nil)

    init(demand: FactDemand?, log: ReaderLog? = nil) {
        self.init(demand: demand, ran: nil, log: log)
    }

    private init(demand: FactDemand?, ran: FactDemand?, log: ReaderLog?) {
        self.log = log
        self.ran = ran
        guard var demand, !demand.isAll else {
            self.demand = nil
            return
        }
        // Closed over the facts running readers consult (a reader consults facts of earlier readers).
        var changed = true
        while changed {
            changed = false
            for (written, reads) in zip(Self.written, Self.consulted) where !reads.isEmpty && demand.intersects(written) {
                for ordinal in reads where !demand.contains(ordinal: ordinal) {
                    demand.insert(ordinal: ordinal)
                    changed = true
                }
            }
        }
        self.demand = demand
    }

    /// The gate that reads on from `first` (its readers have run, into the same builders) to the
    /// readers `demand` asks for; `nil` when one of them would then run after a reader it runs
    /// before in the extractor's order and the two do not commute (one writes a fact the other
    /// writes or consults), so that the builders must be read anew.
    static func continuing(from first: ReaderGate, demand: FactDemand) -> ReaderGate? {
        let next = ReaderGate(demand: demand, ran: first.demand ?? .all, log: first.log)
        for reader in readers where next.runs(reader) {
            for later in laterNotCommuting[reader.rawValue] where first.runs(later) { return nil }
        }
        return next
    }

    /// Every reader, in the extractor's order.
    private static let readers = FactReader.allCases

    /// Each reader's ``FactReader/writes`` as a demand, by raw value.
    private static let written: [FactDemand] = readers.map { FactDemand($0.writes) }

    /// Each reader's ``FactReader/reads`` as a demand, and their ordinals, by raw value.
    private static let consultedDemand: [FactDemand] = readers.map { FactDemand($0.reads.map(\.name)) }
    private static let consulted: [[Int]] = readers.map { $0.reads.map(\.ordinal) }

    /// For each reader (by raw value), the readers after it in the extractor's order, reading the
    /// same (the case or a request), that do not give the same facts run before it: one writes a
    /// fact the other writes or consults.
    private static let laterNotCommuting: [[FactReader]] = readers.map { a in
        readers.dropFirst(a.rawValue + 1).filter { b in
            b.isCaseReader == a.isCaseReader
                && (written[a.rawValue].intersects(written[b.rawValue]) || consultedDemand[a.rawValue].intersects(written[b.rawValue])
                    || consultedDemand[b.rawValue].intersects(written[a.rawValue]))
        }
    }

    /// Whether `reader` runs.
    @inline(__always) func runs(_ reader: FactReader) -> Bool {
        let writes = Self.written[reader.rawValue]
        if let ran, ran.intersects(writes) { return false }
        guard let demand else { return true }
        return demand.intersects(writes)
    }

    /// Whether the cue data's declared fact of ordinal `ordinal` is read (a declared fact's reader
    /// writes that fact alone and consults none: it commutes with every other).
    @inline(__always) func runsDeclared(ordinal: Int) -> Bool {
        if let ran, ran.contains(ordinal: ordinal) { return false }
        return demand?.contains(ordinal: ordinal) ?? true
    }

    /// Runs `body`, the reading of `reader`, unless it is skipped; with a log, records what it wrote.
    @inline(__always) func run(_ reader: FactReader, _ builder: inout FactBuilder, _ body: (inout FactBuilder) -> Void) {
        guard runs(reader) else { return }
        guard let log else { return body(&builder) }
        log.record(reader.name, &builder, body)
    }
}

/// What each reader wrote, by reader name (the declarations' test): the facts it added, changed or
/// withdrew.
final class ReaderLog: @unchecked Sendable {
    private let lock = NSLock()
    private var written: [String: Set<String>] = [:]

    /// Every reader name with the names of the facts it wrote.
    var writes: [String: Set<String>] {
        lock.lock()
        defer { lock.unlock() }
        return written
    }

    /// Runs `body` on `builder` and records the facts it added, changed or withdrew under `reader`.
    func record(_ reader: String, _ builder: inout FactBuilder, _ body: (inout FactBuilder) -> Void) {
        let before = builder.facts
        let withdrawnBefore = builder.withdrawn
        body(&builder)
        var names: Set<String> = []
        for fact in builder.facts.sorted where before[fact.name] != fact { names.insert(fact.name) }
        for fact in before.sorted where builder.facts[fact.name] == nil { names.insert(fact.name) }
        names.formUnion(builder.withdrawn.symmetricDifference(withdrawnBefore))
        lock.lock()
        defer { lock.unlock() }
        written[reader, default: []].formUnion(names)
    }
}
