import IMRCore

/// The cue sets the fact extractor reads by name. Each must be defined in a `.cues` file of the
/// lexicon directory, with the shape and labels given here; `imr lint` reports one that is not.
public enum CueName: String, CaseIterable, Sendable {
    // Time and section markers.
    case review, past, plan, planned, continuing, starting, stopped
    // Negation, hedging and clauses.
    case negationBefore = "negation_before"
    case negationAfter = "negation_after"
    case clauseBoundary = "clause_boundary"
    case hedgeBefore = "hedge_before"
    // Findings.
    case neurologic, subjective, objective
    case diagnosisSiteWords = "diagnosis_site_words"
    case diagnosisSiteLead = "diagnosis_site_lead"
    case examTest = "exam_test"
    case diagnosisStatement = "diagnosis_statement"
    case articles
    case strengthScale = "strength_scale"
    case strengthWords = "strength_words"
    case regionalNerveFindings = "regional_nerve_findings"
    // Outcomes.
    case conservativeFailure = "conservative_failure"
    case conservativeTreatment = "conservative_treatment"
    case persistence, work
    case persistenceLead = "persistence_lead"
    case symptomWords = "symptom_words"
    case reliefWords = "relief_words"
    case medicationWords = "medication_words"
    case painScale = "pain_scale"
    case painScoreLead = "pain_score_lead"
    case painScoreFiller = "pain_score_filler"
    case painScoreRange = "pain_score_range"
    case painScoreUnits = "pain_score_units"
    // Medications and monitoring.
    case giComplaints = "gi_complaints"
    case sideEffects = "side_effects"
    case drugScreen = "drug_screen"
    case screenConsistency = "screen_consistency"
    case weaning
    case partialCertification = "partial_certification"
    case drugRelief = "drug_relief"
    case prescriptionFrequency = "prescription_frequency"
    case drugListFiller = "drug_list_filler"
    case drugJoiners = "drug_joiners"
    case sinceLead = "since_lead"
    case durationAgo = "duration_ago"
    case drugReference = "drug_reference"
    case adverseEffectSymptoms = "adverse_effect_symptoms"
    // Earlier therapy.
    case benefit
    case functionalGain = "functional_gain"
    case studyResult = "study_result"
    case sessionUnits = "session_units"
    case sessionPast = "session_past"
    case durationLead = "duration_lead"
    case treatmentHistory = "treatment_history"
    case treatmentContinued = "treatment_continued"
    case postoperativeCare = "postoperative_care"
    // Request wording.
    case requestTopical = "request_topical"
    case requestPatch = "request_patch"
    case requestOral = "request_oral"
    case requestCompound = "request_compound"
    case requestExtended = "request_extended"
    case requestImmediate = "request_immediate"
    case requestRetrospective = "request_retrospective"
    case requestPostoperative = "request_postoperative"
    case requestPreoperative = "request_preoperative"
    case requestRental = "request_rental"
    case requestPurchase = "request_purchase"
    case requestBilateral = "request_bilateral"
    case requestSided = "request_sided"
    case requestVisitUnits = "request_visit_units"
    case requestFrequencyFiller = "request_frequency_filler"
    case requestQuantityLabels = "request_quantity_labels"
    case requestContinuation = "request_continuation"
    case doseFrequency = "dose_frequency"
    // Procedures and services.
    case conservativeCare = "conservative_care"
    case notYet = "not_yet"
    case treatmentDone = "treatment_done"
    case treatmentPlanned = "treatment_planned"
    case limbRedFlags = "limb_red_flags"
    case findingHistory = "finding_history"
    case injection
    case diagnosticBlock = "diagnostic_block"
    case blockResponse = "block_response"
    // Words of every text.
    case numbers, months, sex
    case sentenceAbbreviations = "sentence_abbreviations"
    case inflectionSuffixes = "inflection_suffixes"
    case inflectionExceptions = "inflection_exceptions"
    case exactForms = "exact_forms"
    case abbreviations
    case injuryDate = "injury_date"
    // Boolean facts declared in data (`fact NAME`), read by ``DeclaredFactReader``.
    case spasm
    case acuteExacerbation = "acute_exacerbation"
    case redFlags = "red_flags"
    case homebound
    case significantChange = "significant_change"
    case radicularSigns = "radicular_signs"
    case functionalImprovement = "functional_improvement"
    case painImproved = "pain_improved"
    case physicalRehabilitation = "physical_rehabilitation"
    case medicationNotTolerated = "medication_not_tolerated"
    case aberrantBehavior = "aberrant_behavior"
    case curesChecked = "cures_checked"
    case opioidAgreement = "opioid_agreement"
    case homeExerciseProgram = "home_exercise_program"
    case cannotSelfTransport = "cannot_self_transport"
    case mechanicalSigns = "mechanical_signs"

    /// How Swift reads a set.
    enum Shape: Sendable {
        /// Phrases found by the phrase matcher (longest first, last word may be plural).
        case phrases
        /// Word sequences compared exactly, in file order (the first listed that occurs wins).
        case sequences
        /// Single words compared exactly.
        case words
        /// A `fact` entry.
        case fact
    }

    var shape: Shape {
        switch self {
        case .negationAfter, .prescriptionFrequency, .painScale, .strengthScale, .requestRetrospective, .requestPostoperative,
            .requestPreoperative,
            .doseFrequency:
            .sequences
        case .negationBefore, .clauseBoundary, .drugListFiller, .drugJoiners, .sinceLead, .durationAgo, .hedgeBefore, .reliefWords,
            .medicationWords, .painScoreLead,
            .painScoreFiller,
            .painScoreRange, .painScoreUnits, .sessionUnits, .sessionPast,
            .durationLead, .requestTopical, .requestPatch, .requestOral, .requestCompound, .requestExtended, .requestImmediate,
            .requestRental, .requestPurchase, .requestBilateral, .requestSided, .requestVisitUnits, .requestFrequencyFiller,
            .requestQuantityLabels, .requestContinuation, .numbers, .months, .sex, .sentenceAbbreviations, .injuryDate,
            .inflectionSuffixes, .inflectionExceptions:
            .words
        case .spasm, .acuteExacerbation, .redFlags, .homebound, .significantChange, .radicularSigns, .functionalImprovement,
            .painImproved, .physicalRehabilitation, .medicationNotTolerated, .aberrantBehavior, .curesChecked, .opioidAgreement,
            .homeExerciseProgram, .mechanicalSigns, .cannotSelfTransport:
            .fact
        default: .phrases
        }
    }

    /// Labels Swift reads: each must have a phrase. `nil` for sets whose labels are numbers
    /// (the value a phrase names: `numbers`, `months`, `dose_frequency`); empty for sets whose
    /// labels are free names (`abbreviations`: the expansion, its words joined by `_`).
    var labels: [String]? {
        switch self {
        case .numbers, .months, .doseFrequency, .prescriptionFrequency: nil
        case .neurologic, .screenConsistency, .blockResponse: ["yes", "no"]
        case .persistence: ["yes", "no", "term"]
        case .conservativeCare, .conservativeTreatment: ["yes", "pt"]
        case .drugReference: ["one", "all", "none"]
        case .work: ["not_working", "modified_duty", "full_duty"]
        case .sex: ["male", "female"]
        case .abbreviations: []
        default: ["yes"]
        }
    }
}

/// The term groups the fact extractor reads by name (`group NAME: VOCABULARY` entries).
public enum TermGroupName: String, CaseIterable, Sendable {
    /// Parts of the body whose nerve findings bear on each other (labels `upper`, `lower`, `thoracic`).
    case regionFamily = "region_family"
    /// Procedures that count as an earlier study of the same kind (one label per kind).
    case studyKind = "study_kind"
    /// Morphine-equivalent conversion factors of opioid ingredients (numeric labels).
    case mmeFactor = "mme_factor"
    /// The regional diagnoses of a generic one (label: the generic diagnosis id).
    case regionalDiagnosis = "regional_diagnosis"
    /// The body region of each regional diagnosis (label: the region id).
    case diagnosisRegion = "diagnosis_region"
    /// Diagnoses that a complaint establishes (label `symptom`).
    case complaintDiagnosis = "complaint_diagnosis"

    var vocabulary: String {
        switch self {
        case .regionFamily: "body_region"
        case .studyKind: "procedure"
        case .mmeFactor: "ingredient"
        case .regionalDiagnosis, .diagnosisRegion, .complaintDiagnosis: "diagnosis"
        }
    }
}

extension CueLibrary {
    /// Problems that make the library unfit for the extractor: a set, fact or group Swift reads that
    /// is missing or has the wrong shape or labels, a term id a group names that `lexicon` lacks.
    /// Reported at the lexicon directory `directory` (for a missing entry) or at the entry.
    func check(against lexicon: Lexicon, directory: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func error(_ code: String, _ message: String, _ location: SourceLocation) {
            diagnostics.append(Diagnostic(code: code, message: message, location: location))
        }
        for name in CueName.allCases {
            guard let set = sets[name.rawValue] else {
                let kind = name.shape == .fact ? "fact" : "cue set"
                error(
                    "C003",
                    "the fact extractor reads \(kind) '\(name.rawValue)', which no '.cues' file defines\(suggestion(name.rawValue))",
                    SourceLocation(file: directory))
                continue
            }
            if name.shape == .fact, set.fact == nil {
                error("C003", "'\(name.rawValue)' is read as a fact: declare it with 'fact \(name.rawValue)'", set.location)
            }
            if name.shape != .fact, set.fact != nil {
                error("C003", "'\(name.rawValue)' is read as a cue set: declare it with 'set \(name.rawValue)'", set.location)
            }
            if let labels = name.labels, labels.isEmpty {
                // Free labels: any name.
            } else if let labels = name.labels {
                let allowed = name.shape == .fact ? ["yes", "no"] : labels
                for label in labels where !set.phrases.contains(where: { $0.label == label }) {
                    error("C003", "cue set '\(name.rawValue)' needs phrases labelled '\(label)'", set.location)
                }
                for phrase in set.phrases where !allowed.contains(phrase.label) {
                    error(
                        "C003",
                        "label '\(phrase.label)' is not read in '\(name.rawValue)'; expected \(allowed.map { "'\($0)'" }.joined(separator: " or "))",
                        phrase.location)
                }
            } else {
                for phrase in set.phrases where Double(phrase.label) == nil {
                    error(
                        "C005", "labels of '\(name.rawValue)' are numbers (the value a phrase names), not '\(phrase.label)'",
                        phrase.location)
                }
            }
            if name.shape == .words {
                for phrase in set.phrases where phrase.phrase.contains(" ") {
                    error("C005", "'\(name.rawValue)' is a list of single words; '\(phrase.phrase)' has several", phrase.location)
                }
            }
        }
        for name in TermGroupName.allCases where groups[name.rawValue] == nil {
            error(
                "C003", "the fact extractor reads term group '\(name.rawValue)', which no '.cues' file defines",
                SourceLocation(file: directory))
        }
        for group in groups.values.sorted(by: { $0.name < $1.name }) {
            if let expected = TermGroupName(rawValue: group.name)?.vocabulary, expected != group.vocabulary {
                error("C003", "group '\(group.name)' holds \(expected) terms, not \(group.vocabulary)", group.location)
            }
            guard lexicon.entries[group.vocabulary] != nil else {
                error("C006", "unknown vocabulary '\(group.vocabulary)'", group.location)
                continue
            }
            for member in group.members where !lexicon.contains(member.phrase, in: group.vocabulary) {
                let pool = lexicon.terms(in: group.vocabulary)
                error(
                    "C006",
                    "unknown \(group.vocabulary) term '\(member.phrase)' in group '\(group.name)'\(Suggestion.didYouMean(member.phrase, in: pool))",
                    member.location)
            }
            if TermGroupName(rawValue: group.name) == .mmeFactor {
                for member in group.members where Double(member.label) == nil {
                    error("C005", "labels of 'mme_factor' are conversion factors, not '\(member.label)'", member.location)
                }
            }
        }
        return diagnostics
    }

    private func suggestion(_ name: String) -> String {
        Suggestion.didYouMean(name, in: sets.keys)
    }
}

extension CueLibrary {
    /// A declared fact must be boolean where the Swift catalog already names it, and must say what
    /// it means (`about`) where it does not.
    func checkDeclaredFacts() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for set in sets.values.sorted(by: { $0.name < $1.name }) {
            guard let fact = set.fact else { continue }
            if let known = FactCatalog.standard[fact.name] {
                if known.kind != .bool {
                    diagnostics.append(
                        Diagnostic(
                            code: "C007", message: "fact '\(fact.name)' is a \(known.kind) fact of the engine; a declared fact is boolean",
                            location: set.location))
                }
            } else if fact.summary == nil {
                diagnostics.append(
                    Diagnostic(
                        code: "C007", message: "fact '\(fact.name)' needs an 'about' line saying what it means", location: set.location))
            }
            if !set.phrases.contains(where: { $0.label == "yes" }) {
                diagnostics.append(
                    Diagnostic(code: "C007", message: "fact '\(fact.name)' needs phrases labelled 'yes'", location: set.location))
            }
            for phrase in set.phrases where phrase.label != "yes" && phrase.label != "no" {
                diagnostics.append(
                    Diagnostic(
                        code: "C007", message: "a fact's phrases are labelled 'yes' or 'no', not '\(phrase.label)'",
                        location: phrase.location))
            }
        }
        return diagnostics
    }
}
