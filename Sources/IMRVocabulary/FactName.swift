import IMRCore

/// The facts Swift writes or reads by name (the extractor's readers, the evaluator's surgery
/// pairing). Each must be defined in the fact schema (`Rules/lexicon/facts.schema`) or declared in
/// the cue data; `imr lint` reports one that is not (`F005`).
public enum FactName: DataName {
    // Request facts.
    case category, drug, ingredients, drugClasses, compounded, topical, extendedRelease, formulationUnspecified, strengthMg
    case quantity, refills, procedure, procedures, bodyRegions, levels, bilateral, visitsRequested, retrospective
    case associatedService, postoperative, primaryOutcome, rental, indexSurgery, durationRequested
    case route, requestKind, side, associatedSurgery, drugCount
    case remainingPortion, distinctFromAuthorized, alreadyAuthorized, requestUnspecified
    case daysSupply
    // Case facts.
    case age, sex, timeSinceInjury, diagnoses, medications, medicationClasses, useDuration, alreadyUsing, painScores
    case painWithWithoutMedication, returnedToWork, workStatus, adverseEffectsDocumented, urineDrugScreen
    case urineDrugScreenConsistent, acuteInjury, neurologicDeficit, conservativeCareFailed, nsaidTried, priorStudy
    case regionalNeuroFindings, regionalNeurologicDeficit, surgicalCandidate, surgeryConsidered, priorSurgery, priorFusion
    case priorTherapy, priorSessions, priorTherapyBenefit
    case urModifiedForWeaning, urPartiallyCertified, duplicateOpioid, otherMuscleRelaxant, concurrentOpioid, concurrentNsaid
    case giRisk, firstLineFailed, antidepressantTried, anticonvulsantTried, insomnia, morphineEquivalentDose, conservativeCareGiven,
        limbRedFlags
    case diagnosticBlockPositive, injectionGiven, totalMorphineEquivalentDose, otherMedicationClasses, painReliefPercent
    case regionalDiagnoses, triggerPointSigns, radicularSigns, nerveTensionSigns
    // Patient-selection criteria.
    case electrodiagnosticAbnormal, electrodiagnosticFindings, tensTried, psychologicalClearance, psychologicalCandidate
    case epiduralApproach, coldCompression, homeUse, drugScreenInterval, injectateOther
    case injectionsRequested, implantTrial, visitsPerWeek, priorReliefPercent, priorReliefDuration, priorMedicationReduced
    case maintenanceCare, hoursPerWeek
    case reviewDate, priorRadiographs
    case instabilityReported
    case timeSinceInjuryAtRequest
    case bodyMassIndex
    case hospitalStayDays
    case abductionDegrees
    case conservativeCareTypes
    case sacroiliacPositiveTests
    case firstLineOpioidNotTolerated
    case hoursRequested
    case adverseEffectsIntolerable, doseIncrease
    case lastInjectionInterval, injectionsPastYear
    case timeSinceSurgery, surgeryStatus
    case dailyDoseMg
    case physicalMedicineSessions
    case diagnosticBlockRelief
    case motivatedToChange
    case personalCareNeeded, toiletingHelpNeeded, bathingHelpNeeded
    case taperAttempted
    case cbtProgram
    case deviceHomeTrial, deviceTrialPain, deviceTrialFunction, deviceTrialMedication
    case dailyTherapyTolerance
    case exercisingNow
    case otherAnticonvulsantTried
    case capsaicinPercent
    case levelAgreement
    case recentMyocardialInfarction
    case failedAntidepressantTrials
    case significantActivityLimitation
    case conservativeCareDuration

    public static let names = snakeCaseNames()
}

extension FactCatalog {
    /// `F005` for each fact Swift names that the catalog lacks, reported at `directory`.
    func check(directory: String) -> [Diagnostic] {
        FactName.allCases.filter { self[$0.name] == nil }.map {
            Diagnostic.vocabulary(
                .missingFact,
                "the fact extractor names fact '\($0.name)', which the schema lacks\(Suggestion.didYouMean($0.name, in: definitions.keys))",
                at: SourceLocation(file: directory))
        }
    }
}

extension FactCatalog {
    /// `F006` for each fact of the schema that neither Swift (``FactName``) nor a `fact` entry of
    /// `cues` produces: rules could name it, and it would never be documented.
    public func checkProduced(by cues: CueLibrary) -> [Diagnostic] {
        ordered.filter { FactName(name: $0.name) == nil && cues[$0.name]?.fact == nil }.map {
            Diagnostic.vocabulary(
                .unproducedFact, "fact '\($0.name)' is in the schema, but no fact reader or cue 'fact' entry produces it",
                at: $0.location ?? SourceLocation(file: ""))
        }
    }
}

extension FactSet {
    /// The value of a term fact, or nil.
    public func termValue(_ name: FactName) -> String? {
        if case .term(let value)? = self.value(name) { return value }
        return nil
    }

    /// The value of a terms fact, or nil.
    public func termsValue(_ name: FactName) -> [String]? {
        if case .terms(let value)? = self.value(name) { return value }
        return nil
    }

    /// The value of a bool fact, or nil.
    public func boolValue(_ name: FactName) -> Bool? {
        if case .bool(let value)? = self.value(name) { return value }
        return nil
    }
}

extension FactName {
    /// The position of the case in `allCases`: where a ``FactSet`` keeps the fact. A case without
    /// payload is stored as its position (one byte for up to 256 cases), read here without going
    /// through ``names`` (a copy of its tables per call); `aFactKnowsItsNamesOrdinal` checks it for every case.
    @inline(__always) public var ordinal: Int {
        MemoryLayout<FactName>.size == 1 ? Int(unsafeBitCast(self, to: UInt8.self)) : Self.names.ordinal(of: self)
    }

    /// The number of cases (`allCases.count`, which makes the array of cases at each call).
    public static let count = allCases.count

    /// The ordinal of the fact named `name` (``Fact/ordinal``), given it the first time.
    public static func ordinal(named name: String) -> Int { FactOrdinals.shared.ordinal(of: name) }

    /// The ordinal of the fact named `name`, or `nil` when no fact of that name was ever made.
    public static func knownOrdinal(named name: String) -> Int? { FactOrdinals.shared.knownOrdinal(of: name) }
}
