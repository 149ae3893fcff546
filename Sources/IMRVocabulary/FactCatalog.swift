/// The kind of value a fact holds, which decides the comparisons a rule may make on it.
public enum FactKind: Hashable, Sendable {
    case bool
    case number
    /// A duration; rules compare it with `3 weeks`, `6 months`…
    case days
    /// One term of a vocabulary (a lexicon kind such as `drug`, or a fixed list in ``FactCatalog``).
    case term(vocabulary: String)
    /// A set of terms of a vocabulary.
    case terms(vocabulary: String)
}

/// Whether a fact describes the request (usable in a rule's `applies` part) or the case.
public enum FactScope: String, Hashable, Sendable {
    case request, `case`
}

/// The definition of a fact a rule may name.
public struct FactDefinition: Hashable, Sendable {
    public var name: String
    public var kind: FactKind
    public var scope: FactScope
    /// One line for `docs/` and `imr facts`.
    public var summary: String

    public init(_ name: String, _ kind: FactKind, _ scope: FactScope, _ summary: String) {
        self.name = name
        self.kind = kind
        self.scope = scope
        self.summary = summary
    }
}

/// Every fact the extractor can produce and the rules can name.
public struct FactCatalog: Sendable {
    public var definitions: [String: FactDefinition]
    /// Vocabularies that are fixed lists rather than lexicon kinds.
    public var enumerations: [String: [String]]

    public init(definitions: [FactDefinition], enumerations: [String: [String]]) {
        self.definitions = Dictionary(uniqueKeysWithValues: definitions.map { ($0.name, $0) })
        self.enumerations = enumerations
    }

    public subscript(name: String) -> FactDefinition? { definitions[name] }

    /// The facts of the engine.
    public static let standard = FactCatalog(
        definitions: [
            // MARK: Request facts (what is asked for)
            .init("category", .term(vocabulary: "category"), .request, "treatment category of the request (medication, imaging, …)"),
            .init("drug", .term(vocabulary: "drug"), .request, "the requested drug (lexicon drug id)"),
            .init("ingredients", .terms(vocabulary: "ingredient"), .request, "active ingredients of the requested drug or compound"),
            .init(
                "drug_classes", .terms(vocabulary: "drug_class"), .request,
                "classes of the requested drug and its ingredients, with their parent classes"),
            .init("compounded", .bool, .request, "the request is a compounded product"),
            .init("topical", .bool, .request, "the request is a topical (cream, gel, patch, ointment)"),
            .init("extended_release", .bool, .request, "the request names an extended-release formulation"),
            .init("formulation_unspecified", .bool, .request, "the request names both ER and IR (or no formulation where one is needed)"),
            .init("strength_mg", .number, .request, "strength per unit in mg"),
            .init("quantity", .number, .request, "number of units requested (#60)"),
            .init("refills", .number, .request, "number of refills requested"),
            .init("procedure", .term(vocabulary: "procedure"), .request, "the requested procedure or service (lexicon procedure id)"),
            .init(
                "procedures", .terms(vocabulary: "procedure"), .request,
                "every procedure the request names (\"laminectomy, discectomy and PLIF\": decompression and fusion)"),
            .init("body_regions", .terms(vocabulary: "body_region"), .request, "body regions named in the request"),
            .init("levels", .number, .request, "spinal levels named in the request (L2-L5 = 4)"),
            .init("bilateral", .bool, .request, "the request is bilateral"),
            .init("visits_requested", .number, .request, "visits or sessions requested (2x6 = 12)"),
            .init("retrospective", .bool, .request, "the request is retrospective (a past date of service)"),
            .init(
                "associated_service", .bool, .request,
                "the request is a service associated with a surgery (pre-op, post-op, assistant surgeon…)"),
            .init("postoperative", .bool, .request, "the request is for the post-operative period"),
            .init(
                "primary_outcome", .term(vocabulary: "outcome"), .request,
                "for an associated service: the predicted outcome of the surgery it goes with in the same letter"),
            .init("rental", .bool, .request, "the request is a rental (DME)"),
            // MARK: Case facts (what the summary documents)
            .init("age", .number, .case, "age of the injured worker in years"),
            .init("sex", .term(vocabulary: "sex"), .case, "sex of the injured worker"),
            .init("time_since_injury", .days, .case, "time from the date of injury to the UR denial date (else the IMR decision date)"),
            .init("diagnoses", .terms(vocabulary: "diagnosis"), .case, "diagnoses and conditions, as concepts"),
            .init("medications", .terms(vocabulary: "drug"), .case, "current medications (lexicon drug ids)"),
            .init("medication_classes", .terms(vocabulary: "drug_class"), .case, "classes of the current medications"),
            .init(
                "use_duration", .days, .case, "how long the requested drug has been used by the UR denial date (else the IMR decision date)"
            ),
            .init("already_using", .bool, .case, "the requested drug is already being taken (a continuation, not a first prescription)"),
            .init("pain_scores", .bool, .case, "numeric pain scores are documented"),
            .init("pain_with_without_medication", .bool, .case, "pain scores with and without medication are documented"),
            .init(
                "functional_improvement", .bool, .case,
                "objective functional improvement is documented (false when the summary says there is none)"),
            .init("pain_improved", .bool, .case, "pain relief from the current treatment is documented"),
            .init("returned_to_work", .bool, .case, "the worker has returned to work (full or modified duty)"),
            .init("work_status", .term(vocabulary: "work_status"), .case, "working full duty, modified duty, or not working"),
            .init("adverse_effects_documented", .bool, .case, "presence or absence of medication side effects is documented"),
            .init("aberrant_behavior", .bool, .case, "aberrant drug-taking behaviour is documented (false when its absence is)"),
            .init("urine_drug_screen", .bool, .case, "a urine drug screen is documented"),
            .init("urine_drug_screen_consistent", .bool, .case, "the urine drug screen was consistent with the prescriptions"),
            .init("cures_checked", .bool, .case, "a CURES / PDMP check is documented"),
            .init("opioid_agreement", .bool, .case, "a signed opioid / pain agreement is documented"),
            .init("spasm", .bool, .case, "muscle spasm on exam is documented (false when the exam says none)"),
            .init("acute_exacerbation", .bool, .case, "an acute exacerbation or flare is documented"),
            .init("acute_injury", .bool, .case, "the injury is recent (acute or subacute)"),
            .init("neurologic_deficit", .bool, .case, "objective focal neurologic deficit (sensory, motor, reflex) is documented"),
            .init("radicular_signs", .bool, .case, "radicular symptoms or signs (positive straight leg raise, dermatomal findings)"),
            .init("red_flags", .bool, .case, "red flags (fracture, tumour, infection, cauda equina, progressive deficit)"),
            .init("conservative_care_failed", .bool, .case, "conservative care was tried and failed"),
            .init("nsaid_tried", .bool, .case, "NSAIDs or acetaminophen were tried"),
            .init(
                "prior_study", .bool, .case,
                "a study of the requested kind (MRI/CT, X-ray, EMG/NCS) of the requested region was already done"),
            .init(
                "regional_neuro_findings", .bool, .case,
                "neurologic or radicular findings in the requested part of the body (arm for neck and upper limb, leg for low back and lower limb)"
            ),
            .init("significant_change", .bool, .case, "a significant change in symptoms or findings is documented"),
            .init("surgical_candidate", .bool, .case, "surgery is planned or being considered"),
            .init("prior_surgery", .bool, .case, "a prior surgery of the region is documented"),
            .init("prior_fusion", .bool, .case, "a prior spinal fusion is documented"),
            .init("prior_therapy", .bool, .case, "an earlier course of the requested therapy is documented (or the request continues one)"),
            .init("prior_sessions", .number, .case, "sessions of the requested therapy already completed"),
            .init(
                "prior_therapy_benefit", .bool, .case,
                "functional benefit (activities, work, motion, strength) from earlier sessions of the requested therapy is documented; false when their lack of benefit is"
            ),
            .init("home_exercise_program", .bool, .case, "a home exercise program is documented"),
            .init("ur_modified_for_weaning", .bool, .case, "an earlier UR modified or recommended weaning this drug"),
            .init("ur_partially_certified", .bool, .case, "UR certified part of the request"),
            .init("duplicate_opioid", .bool, .case, "another opioid of the same kind (short- or long-acting) is also current"),
            .init("other_muscle_relaxant", .bool, .case, "another muscle relaxant is also current"),
            .init("concurrent_opioid", .bool, .case, "an opioid is also current"),
            .init("concurrent_nsaid", .bool, .case, "an NSAID is also current"),
            .init("gi_risk", .bool, .case, "GI risk factors (age > 65, ulcer, bleeding, aspirin/steroid/anticoagulant, GERD, dyspepsia)"),
            .init("first_line_failed", .bool, .case, "first-line neuropathic drugs (antidepressant, anticonvulsant) were tried"),
            .init("insomnia", .bool, .case, "insomnia or sleep disturbance is documented"),
            .init(
                "physical_rehabilitation", .bool, .case,
                "physical therapy, a home exercise program or another rehabilitation program is documented (done, under way or planned)"),
            .init("medication_not_tolerated", .bool, .case, "pain medication was reduced, weaned or not tolerated"),
            .init("homebound", .bool, .case, "the worker is homebound or confined to bed"),
            .init(
                "morphine_equivalent_dose", .number, .case, "daily morphine-equivalent dose of the requested opioid in mg, when computable"),
            // MARK: Procedure and service facts (read by ProcedureFacts)
            .init(
                "conservative_care_given", .bool, .case,
                "conservative care (therapy, chiropractic, acupuncture, home exercise, splinting) is documented as given; false when it is named only as planned, authorized or pending"
            ),
            .init(
                "mechanical_signs", .bool, .case,
                "mechanical or instability signs of a joint: locking, catching, giving way, effusion, McMurray, Lachman, drawer, apprehension, inability to bear weight"
            ),
            .init(
                "limb_red_flags", .bool, .case,
                "red flags of the requested limb (in a sentence naming it or no region): suspected or acute fracture, dislocation, infection, tumour, neurovascular compromise, inability to bear weight, bony tenderness"
            ),
            .init(
                "diagnostic_block_positive", .bool, .case,
                "a diagnostic medial branch or facet block gave relief; false when it gave none"
            ),
            .init(
                "index_surgery", .terms(vocabulary: "procedure"), .request,
                "the surgery a service goes with: the procedures of the letter's surgical item, else surgeries of the requested region the summary names as done or planned"
            ),
            .init(
                "injection_given", .bool, .case,
                "a corticosteroid or anesthetic injection of the requested region was given; false when one is only planned"
            ),
            .init(
                "cannot_self_transport", .bool, .case,
                "the worker cannot drive or use public transport (false when the summary says the worker drives)"
            ),
            .init("duration_requested", .days, .request, "the duration the request asks for (\"7 day rental\", \"x 4 weeks\")"),
            // MARK: Dose and response of the requested drug (read by DrugResponseFacts)
            .init(
                "total_morphine_equivalent_dose", .number, .case,
                "daily morphine-equivalent dose in mg summed over the requested opioid and every other current opioid whose dose is stated"),
            .init(
                "other_medication_classes", .terms(vocabulary: "drug_class"), .case,
                "classes of the current medications other than the requested drug (empty when the only current drug is the requested one)"),
            .init(
                "pain_relief_percent", .number, .case,
                "percentage of pain relief documented for the requested drug itself (stated, or from scores with and without it)"),
            // MARK: The request classifier (RequestClassifier)
            .init(
                "route", .term(vocabulary: "route"), .request, "how the request is given: oral, topical, transdermal, injected, implanted"),
            .init(
                "request_kind", .term(vocabulary: "request_kind"), .request,
                "what kind of request it is: drug, procedure, dme, service, test (preoperative_test), referral"),
            .init("side", .term(vocabulary: "side"), .request, "the side the request names: left, right, bilateral"),
            .init(
                "associated_surgery", .term(vocabulary: "procedure"), .request,
                "for a service associated with a surgery: the surgery requested in the same letter"),
            .init("drug_count", .number, .request, "how many separate drugs the request names (a compound counts as one)"),
            // MARK: Request facts of IMR practice (RequestPracticeFacts)
            .init(
                "remaining_portion", .bool, .request,
                "the item is the remaining portion of a request utilization review certified in part"),
            .init(
                "distinct_from_authorized", .bool, .request,
                "what utilization review certified is a different service from the remaining item (NCS certified, EMG remaining)"),
            .init(
                "already_authorized", .bool, .request,
                "the request, or the summary about the requested item, says it was already authorized"),
            .init(
                "request_unspecified", .bool, .request,
                "the request leaves unspecified how many, how often, how long, or which tests (\"unspecified quantity\", \"pre-operative testing\")"
            ),
        ],
        enumerations: [
            "sex": ["female", "male"],
            "work_status": ["full_duty", "modified_duty", "not_working"],
            "outcome": ["abstain", "overturned", "upheld"],
        ]
    )
}

extension Lexicon {
    /// The facts rules may name: the engine's catalog and the boolean facts declared in the cue data.
    public var factCatalog: FactCatalog {
        var catalog = FactCatalog.standard
        for fact in cues.declaredFacts where catalog[fact.name] == nil {
            catalog.definitions[fact.name] = FactDefinition(fact.name, .bool, .case, fact.summary ?? "")
        }
        return catalog
    }
}
