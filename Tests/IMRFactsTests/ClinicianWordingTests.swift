import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

/// Diagnoses, examination findings and requests as clinicians write them in any summary, not as the
/// corpus letters happen to: a past diagnosis, a finding stated as not lessened, an inventory score,
/// spinal levels, colloquial and abbreviated procedure names, image guidance.
@Suite struct ClinicianWordingTests {
    @Test(
        arguments: [
            // (summary, diagnosis, current)
            ("Hx of lumbar radiculopathy.", "radiculopathy", false),
            ("History of left knee meniscal tear.", "meniscus_tear", false),
            ("Previous L4-5 disc herniation.", "disc_herniation", false),
            ("MRI: remote MCL and LCL sprain.", "sprain_strain", false),
            // "Status post" a diagnosis leaves out the surgery that treated it.
            ("Diagnoses: status post carpal tunnel.", "carpal_tunnel_syndrome", true),
            ("Prior history of carpal tunnel syndrome.", "carpal_tunnel_syndrome", false),
            ("Resolved right wrist tendinitis.", "tendinitis", false),
            ("Remote history of depression.", "depression", false),
            // A comorbidity or risk factor a history documents lasts.
            ("He has a history of diabetes and hypertension.", "diabetes", true),
            ("History of peptic ulcer disease.", "peptic_ulcer", true),
            // An ongoing condition told as history is current.
            ("She has a history of chronic low back pain.", "lumbar_strain", true),
            // Other words between: the history word is about something else.
            ("He gave a history of lifting a box; the diagnosis is lumbar radiculopathy.", "radiculopathy", true),
            ("Prior MRI showed an L4-5 disc herniation.", "disc_herniation", true),
            ("Lumbar radiculopathy.", "radiculopathy", true),
        ] as [(String, String, Bool)])
    func aPastDiagnosisIsNotCurrent(_ summary: String, _ diagnosis: String, _ current: Bool) {
        #expect(summaryDiagnoses(summary).contains(diagnosis) == current)
    }

    @Test(
        arguments: [
            // (summary, diagnoses)
            ("BDI score of 22.", ["depression"]),
            ("BDI-II: 24.", ["depression"]),
            ("PHQ-9 score 14.", ["depression"]),
            ("PHQ-9 of 22.", ["depression", "severe_depression"]),
            // Mild: no depression read from the score alone.
            ("PHQ-9 of 7.", []),
            ("BDI-II score of 12.", []),
        ] as [(String, [String])])
    func aModerateInventoryScoreIsDepression(_ summary: String, _ expected: [String]) {
        #expect(summaryDiagnoses(summary) == expected)
    }

    @Test(
        arguments: [
            // (summary, neurologic_deficit)
            ("Reflexes were not diminished.", false),
            ("Sensation was not decreased in either leg.", false),
            ("Strength is not diminished.", false),
            ("Sensation grossly intact.", false),
            ("Neuro: intact.", false),
            ("SILT bilateral lower extremities.", false),
            ("Reflexes intact and symmetric.", false),
            // An exception after the normal finding is a deficit.
            ("Sensation intact except decreased over the left L5 dermatome.", true),
            ("Reflexes were diminished at the left ankle.", true),
        ] as [(String, Bool?)])
    func aFindingStatedAsNotLessenedIsNoDeficit(_ summary: String, _ deficit: Bool?) {
        #expect(summaryFacts(summary)["neurologic_deficit"]?.value == deficit.map(FactValue.bool))
    }

    @Test(
        arguments: [
            // (summary, diagnosis it names)
            ("Dx: lumbar radic.", "radiculopathy"),
            ("Dx: RCT right shoulder.", "rotator_cuff_tear"),
            ("Dx: full-thickness RTC tear.", "rotator_cuff_tear"),
            ("Dx: ACL insufficiency left knee.", "ligament_tear"),
            ("Dx: failed back surgery syndrome.", "failed_back_syndrome"),
        ] as [(String, String)])
    func anAbbreviatedDiagnosisIsTheDiagnosis(_ summary: String, _ diagnosis: String) {
        #expect(summaryDiagnoses(summary).contains(diagnosis))
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

    @Test(
        arguments: [
            // (summary, request, regional_diagnoses)
            // A diagnosis of another part of the body is not the request's.
            ("Diagnoses: lumbar radiculopathy, right knee osteoarthritis.", "MRI of the right knee", ["osteoarthritis"]),
            ("Diagnoses: lumbar radiculopathy, right knee osteoarthritis.", "MRI of the lumbar spine", ["radiculopathy"]),
            ("Dx: left CTS; L4-5 disc herniation.", "EMG/NCS bilateral upper extremities", ["carpal_tunnel_syndrome"]),
            ("Dx: osteoarthritis, right knee; HNP L4-5.", "Lumbar ESI L4-5", ["disc_herniation"]),
            ("Fracture of the left wrist. Meniscal tear of the right knee.", "Left wrist MRI", ["fracture"]),
            // Placed by the one part of the body its sentence names.
            ("MRI of the right knee showed a tear and osteoarthritis.", "Right shoulder arthroscopy", []),
            // A nerve root diagnosis bears on the limb it reaches.
            ("Dx: L5 radiculopathy.", "EMG/NCV bilateral lower extremities", ["radiculopathy"]),
            ("Dx: cervical radiculopathy.", "EMG/NCV bilateral lower extremities", []),
            // Placed nowhere (a comorbidity, or no region named): every request's.
            ("Dx: right shoulder impingement; diabetes.", "MRI of the lumbar spine", ["diabetes"]),
            ("Dx: osteoarthritis.", "MRI of the lumbar spine", ["osteoarthritis"]),
            // No region requested: every diagnosis.
            ("Dx: right knee osteoarthritis; lumbar strain.", "Naproxen 550 mg #60", ["lumbar_strain", "osteoarthritis"]),
            // A headache or a concussion is of the head.
            ("Diagnoses: blunt head trauma with headaches, cervical spine strain.", "MRI of the cervical spine", ["cervical_strain"]),
            ("Dx: post-concussion headache; neck sprain.", "CT of the head", ["concussion", "headache"]),
            // A region before the next diagnosis is that diagnosis's ("sprain of right shoulder and
            // neck sprain"), and one diagnosis naming its region does not take the other's.
            ("Treated for sprain of right shoulder and neck sprain.", "MRI of the cervical spine", ["cervical_strain"]),
            ("Treated for right shoulder sprain and neck muscle strain.", "MRI of the cervical spine", ["cervical_strain"]),
            ("Thoracic and lumbar spine sprain and strain.", "MRI of the lumbar spine", ["lumbar_strain"]),
            ("Thoracic and lumbar spine sprain and strain.", "MRI of the thoracic spine", ["thoracic_strain"]),
            // A generic diagnosis finds its region after the words of its ICD name.
            ("Treated for strain of unspecified muscle, fascia and tendon at upper arm level, right arm.", "MRI of the cervical spine", []),
            ("Dx: lumbar spine sprain/strain.", "MRI of the lumbar spine", ["lumbar_strain"]),
            // ...and a region within the reach of an earlier diagnosis's site words is that one's.
            (
                "Treated for strain of unspecified muscle, fascia and tendon at upper arm level, right arm, and strain of muscle, fascia and tendon at neck level.",
                "MRI of the cervical spine", ["cervical_strain"]
            ),
            ("Treated for strain of the upper arm, right arm, and neck sprain.", "MRI of the cervical spine", ["cervical_strain"]),
            // Each region of a coordinated diagnosis reads alone: the thoracic pain is not the neck's.
            ("Evaluated for thoracic and cervical spine pain.", "MRI of the cervical spine", ["cervical_strain"]),
            ("Evaluated for thoracic and cervical spine pain.", "MRI of the thoracic spine", ["thoracic_strain"]),
            ("Dx: right shoulder and neck sprain.", "MRI of the cervical spine", ["cervical_strain"]),
            ("Dx: right shoulder and neck sprain.", "MRI of the right shoulder", ["sprain_strain"]),
            // A generic diagnosis joined to a regional one is that one ("thoracic sprain-strain").
            ("Diagnoses include thoracic sprain-strain and lumbar sprain-strain.", "X-ray of the thoracic spine", ["thoracic_strain"]),
            ("Dx: lumbar strain/sprain.", "MRI of the lumbar spine", ["lumbar_strain"]),
            // The scapula and the muscles about it are of the shoulder girdle.
            (
                "Diagnoses: thoracic spine strain/bilateral parascapular strain, lumbar spine strain.", "MRI of the lumbar spine",
                ["lumbar_strain"]
            ),
            ("Dx: sprain of the left scapular region; low back pain.", "MRI of the lumbar spine", ["lumbar_strain"]),
            ("Dx: periscapular strain.", "MRI of the left shoulder", ["sprain_strain"]),
            // A hernia is of the abdomen.
            ("Diagnoses: lumbar strain and umbilical hernia.", "X-ray of the lumbar spine", ["lumbar_strain"]),
            ("Dx: inguinal hernia; low back pain.", "MRI of the lumbar spine", ["lumbar_strain"]),
            // A disc herniation or a stenosis is of the spine; only the root diagnosis reaches the limb.
            ("Dx: L4-5 disc herniation; lumbar radiculopathy.", "EMG/NCV bilateral lower extremities", ["radiculopathy"]),
            ("Dx: lumbar spinal stenosis.", "NCS of the left lower extremity", []),
            ("Dx: other intervertebral disc displacement, lumbosacral region.", "MRI of the lumbar spine", ["disc_herniation"]),
        ] as [(String, String, [String])])
    func aRequestReadsTheDiagnosesOfItsRegion(_ summary: String, _ request: String, _ expected: [String]) {
        let facts = summaryFacts(summary, request: request)
        #expect(facts["regional_diagnoses"]?.value == .terms(expected))
        // The case's diagnoses stay whole.
        guard case .terms(let all)? = facts["diagnoses"]?.value else {
            Issue.record("no diagnoses in \(summary)")
            return
        }
        #expect(Set(expected).isSubset(of: all))
    }

    @Test(
        arguments: [
            // (summary, fact, value)
            // What provokes the pain is no flare and no change.
            ("Her pain was aggravated by sitting, bending and lifting.", "acute_exacerbation", nil),
            ("The symptoms are exacerbated by jaw movement.", "acute_exacerbation", nil),
            ("She had increased pain with reaching overhead.", "significant_change", nil),
            // The worker's health is not the course of the symptoms.
            ("He is now medically stable and able to participate in therapy.", "significant_change", nil),
            // A flare and a change of course are.
            ("She had an acute exacerbation of low back pain last week.", "acute_exacerbation", true),
            ("He reports a flare-up of neck pain.", "acute_exacerbation", true),
            ("His pain has increased since the last visit.", "significant_change", true),
            ("Symptoms have remained stable since the last visit.", "significant_change", false),
        ] as [(String, String, Bool?)])
    func whatProvokesThePainIsNoFlareAndNoChange(_ summary: String, _ fact: String, _ value: Bool?) {
        #expect(summaryFacts(summary)[fact]?.value == value.map(FactValue.bool))
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
