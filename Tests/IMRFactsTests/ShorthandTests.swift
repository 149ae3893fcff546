import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

/// Clinical shorthand as clinicians write it in progress notes (`abbreviations` and `capitals_only`
/// in `Rules/lexicon/words.cues`): each row reads like its spelled-out form.
@Suite struct ShorthandTests {
    @Test(
        arguments: [
            // (summary, diagnosis it names)
            ("Dx: post-traumatic HA; anxiety.", "headache"),
            ("S: cont HA 8/10 VAS.", "headache"),
            ("Dx: L-spine lig sprain.", "lumbar_strain"),
            ("Dx: LBP; cervicalgia.", "lumbar_strain"),
            ("Dx: low back muscle/fascia/tendon strain.", "lumbar_strain"),
            ("Knee MRI: tricompartmental OA; small effusion.", "osteoarthritis"),
            ("Dx: cervical DDD/DJD.", "degenerative_disc_disease"),
            ("Diagnoses: lumbar DJD.", "degenerative_disc_disease"),
            ("Dx: R knee strain.", "sprain_strain"),
            ("Dx: R distal radius fx, unspecified type.", "fracture"),
            ("MRI L-spine: L5-S1 mod bulge + posterior central extrusion.", "disc_herniation"),
        ] as [(String, String)])
    func anAbbreviatedDiagnosisIsTheDiagnosis(_ summary: String, _ diagnosis: String) {
        #expect(summaryDiagnoses(summary).contains(diagnosis), "\(summaryDiagnoses(summary))")
    }

    @Test(
        arguments: [
            // (summary, diagnosis it does not name)
            ("Dx: r/o R knee meniscus tear.", "meniscus_tear"),
            ("Dx: rule out carpal tunnel syndrome.", "carpal_tunnel_syndrome"),
            ("EDS 11/30/16: c/w mod b/l CTS; neg for ulnar neuropathy.", "cubital_tunnel_syndrome"),
            ("CT C-spine: neg for compression fx.", "fracture"),
            ("Dx: cervical DDD/DJD.", "osteoarthritis"),
            ("Plan: HA injection to the R knee.", "headache"),
            ("Pt states she has had ha ha moments.", "headache"),
        ] as [(String, String)])
    func aHedgedNegatedOrLowerCaseAbbreviationIsNoDiagnosis(_ summary: String, _ diagnosis: String) {
        #expect(!summaryDiagnoses(summary).contains(diagnosis), "\(summaryDiagnoses(summary))")
    }

    @Test(
        arguments: [
            // (summary, request, fact, value)
            ("O: C-spine restricted ROM; dec sensation C5, C6 dermatomes.", "EMG of the upper extremities", "neurologic_deficit", true),
            ("Exam: decr sensation L5 dermatome.", "EMG of the lower extremities", "neurologic_deficit", true),
            ("Motor 5/5. Sensation nl.", "EMG of the lower extremities", "neurologic_deficit", false),
            ("Tx to date: PT, meds.", "Acupuncture x6", "physical_rehabilitation", true),
            ("Continues physio and HEP.", "Acupuncture x6", "physical_rehabilitation", true),
            ("Ant/post drawer neg. Apprehension neg. Medial JLT.", "MRI of the left knee", "meniscal_signs", true),
            ("Ant/post drawer neg. Apprehension neg. Medial JLT.", "MRI of the left knee", "mechanical_signs", false),
            ("Varus/valgus stress neg. Apprehension neg.", "MRI of the left knee", "mechanical_signs", false),
            ("CT C-spine: neg for compression fx, tumor or infection.", "MRI of the cervical spine", "red_flags", false),
            ("O: ↓ sensation L5 dermatome.", "EMG of the lower extremities", "neurologic_deficit", true),
            ("Exam: (-) Spurling, (-) SLR b/l.", "MRI of the cervical spine", "radicular_signs", false),
            ("Exam: (+) Spurling on the R.", "MRI of the cervical spine", "radicular_signs", true),
        ] as [(String, String, String, Bool)])
    func shorthandReadsAsItsSpelledOutForm(_ summary: String, _ request: String, _ fact: String, _ value: Bool) {
        #expect(requestFacts(request, summary: summary)[fact]?.value == .bool(value))
    }

    @Test(
        arguments: [
            // (summary, request, fact): nothing is documented
            ("UDS denied - no indication pt prescribed an opioid.", "Acupuncture x6", "physical_rehabilitation"),
            ("Pt reports ongoing pain.", "Acupuncture x6", "physical_rehabilitation"),
            ("Hep C, treated in 2010.", "Acupuncture x6", "physical_rehabilitation"),
        ] as [(String, String, String)])
    func anAbbreviationInLowerCaseIsAnotherWord(_ summary: String, _ request: String, _ fact: String) {
        #expect(requestFacts(request, summary: summary)[fact] == nil)
    }

    @Test(
        arguments: [
            // (summary, diagnoses it names): ICD-10 codes read by their prefix (`codes.lexicon`)
            ("Dx: S32.010A.", ["fracture"]),
            ("Diagnoses: S22.080A wedge compression fx T8; M54.50.", ["fracture", "lumbar_strain"]),
            ("Dx: M51.24.", ["disc_herniation"]),
            ("Dx: G56.03; M17.11.", ["carpal_tunnel_syndrome", "osteoarthritis"]),
            ("Dx: F32.A.", ["depression"]),
            ("Dx: S32.", []),
            ("Labs: Na 132.0 mmol/L; M5.0 units.", []),
        ] as [(String, [String])])
    func anICDCodeNamesTheDiagnosesOfItsPrefix(_ summary: String, _ expected: [String]) {
        #expect(summaryDiagnoses(summary) == expected)
    }

    @Test(
        arguments: [
            // (summary, red flag)
            ("Dx: S32.010A, L1 vertebral body.", true),
            ("Dx: S12.100A.", true),
            ("Dx: M48.56XA.", true),
            ("Dx: S33.5XXA.", nil),
        ] as [(String, Bool?)])
    func aVertebralFractureCodeIsARedFlag(_ summary: String, _ flag: Bool?) {
        #expect(requestFacts("MRI of the lumbar spine", summary: summary)["red_flags"]?.value == flag.map(FactValue.bool))
    }

    @Test(
        arguments: [
            // (summary, request, prior study)
            ("Imaging: C-spine XR 10/12/16 read as DDD.", "X-ray of the cervical spine", true),
            ("EDS 11/30/16: c/w mod b/l CTS.", "EMG/NCS of the bilateral upper extremities", true),
        ] as [(String, String, Bool)])
    func anAbbreviatedStudyIsAStudyDone(_ summary: String, _ request: String, _ done: Bool) {
        #expect(requestFacts(request, summary: summary)["prior_study"]?.value == .bool(done))
    }

    @Test(
        arguments: [
            // (request, fact, value): counts in words in strengths and request quantities
            ("Norco 10/325 mg, sixty tablets", "quantity", 60.0),
            ("Tramadol fifty mg #60", "strength_mg", 50.0),
            ("Tramadol fifty milligrams, ninety tablets", "quantity", 90.0),
            ("Fentanyl patch seventy-five micrograms per hour, fifteen patches", "strength_mg", 0.075),
            ("Fentanyl patch seventy-five micrograms per hour, fifteen patches", "quantity", 15.0),
            ("Ambien 10 mg qty: thirty", "quantity", 30.0),
            ("Physical therapy twelve sessions", "visits_requested", 12.0),
            ("Acupuncture six visits for the low back", "visits_requested", 6.0),
        ] as [(String, String, Double)])
    func aCountInWordsIsACount(_ request: String, _ fact: String, _ value: Double) {
        #expect(requestFacts(request)[fact]?.value == .number(value))
    }

    /// A count of tablets taken at a time is a dose, not the quantity requested.
    @Test func aDoseIsNotAQuantity() {
        #expect(requestFacts("Norco 5/325 mg 1-2 tabs orally every 4-6 hours")["quantity"] == nil)
    }

    @Test(
        arguments: [
            // (summary, conservative care failed): a gap written to cross "and" (`...4+`)
            ("PT and medications have failed.", true),
            ("Physical therapy, chiropractic and medications did not help.", true),
            ("Medications and a home exercise program have not helped.", true),
            ("PT has failed.", true),
        ] as [(String, Bool)])
    func treatmentsThatFailedTogetherHaveFailed(_ summary: String, _ failed: Bool) {
        #expect(summaryFacts(summary)["conservative_care_failed"]?.value == .bool(failed))
    }

    @Test(
        arguments: [
            // (summary, conservative_care_failed): care given, then symptoms that persist, in shorthand.
            ("Tx to date: OT; wrist/hand splint; meds. S: cont numbness and constant mild pain R ulnar wrist.", true),
            ("Tx to date: PT, meds. S: cont LBP, up to 10/10 w/ activity.", true),
            ("Tx to date: PT, work restrictions, meds. S: ongoing HA, neck pain.", true),
            ("Was icing, now heat to low back; doing PT, which reduces pain but only temporarily.", true),
            ("Chiropractic care helped, but only temporarily.", true),
            // Without a symptom after it, "cont" is the plan, and TTD a work status.
            ("Tx to date: PT, meds. P: cont meds.", nil),
            ("Tx to date: PT. Temporarily totally disabled.", nil),
        ] as [(String, Bool?)])
    func persistenceInShorthandAfterCareIsFailedCare(_ summary: String, _ failed: Bool?) {
        // A request of no region reads the whole case's care (a region's request reads its own).
        #expect(requestFacts("Norco 10/325mg #60", summary: summary)["conservative_care_failed"]?.value == failed.map(FactValue.bool))
    }

    @Test(
        arguments: [
            // (summary, meniscus_tear read): "MMT" is a medial meniscus tear beside an MRI, manual
            // muscle testing in an examination (its grade is read as strength).
            ("MRI L knee 11/2/16: MMT; grade 2 chondromalacia patella.", true),
            ("Dx: R knee MMT per MRI.", true),
            ("MRI of the right knee revealed a MMT.", true),
            ("MRI L knee: no MMT.", false),
            ("O: R knee MMT 4+/5 flexion and extension.", false),
            ("MMT 4/5 R quads.", false),
        ] as [(String, Bool)])
    func mmtIsATearOnlyBesideAnMRI(_ summary: String, _ tear: Bool) {
        #expect(summaryDiagnoses(summary).contains("meniscus_tear") == tear, "\(summaryDiagnoses(summary))")
    }

    @Test(
        arguments: [
            // (request, procedure, body region)
            ("ESI L5-S1", "epidural_steroid_injection", "lumbar_spine"),
            ("TFESI left L4/5", "epidural_steroid_injection", "lumbar_spine"),
            ("CESI C5-6", "epidural_steroid_injection", "cervical_spine"),
            ("Lami L4-5", "decompression", "lumbar_spine"),
            ("Left knee scope", "arthroscopy", "knee"),
            ("Right shoulder SAD", "subacromial_decompression", "shoulder"),
            ("TKR left knee", "knee_arthroplasty", "knee"),
            ("ORIF left midfoot", "orif", "foot"),
            // Image guidance is how the injection is done, not a treatment of its own.
            ("Ultrasound-guided injection right shoulder", "joint_injection", "shoulder"),
            ("Fluoroscopically guided transforaminal ESI at L4-5", "epidural_steroid_injection", "lumbar_spine"),
        ] as [(String, String, String)])
    func aRequestInShorthandNamesItsProcedureAndRegion(_ request: String, _ procedure: String, _ region: String) {
        let facts = requestFacts(request)
        #expect(facts["procedure"]?.value == .term(procedure))
        guard case .terms(let regions)? = facts["body_regions"]?.value else {
            Issue.record("no body region in \(request)")
            return
        }
        #expect(regions.contains(region))
    }

    @Test func aShorthandInCapitalsOnlyIsNotTheLowerCaseWord() {
        // "SAD" is a subacromial decompression; "sad" a mood.
        guard case .terms(let procedures)? = requestFacts("Psychotherapy for a sad and anxious mood")["procedures"]?.value else {
            Issue.record("no procedure read")
            return
        }
        #expect(procedures == ["psychotherapy"])
    }
}
