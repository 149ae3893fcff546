import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

/// Diagnoses as clinicians write them in any summary, not as the corpus letters happen to: ICD-10
/// codes without their dot, clinical abbreviations and wording, a severity written after the
/// diagnosis, a past diagnosis, a depression inventory score, and the diagnoses of the requested
/// part of the body.
@Suite struct DiagnosisWordingTests {
    @Test(
        arguments: [
            // (summary, diagnoses): an ICD-10 code written without its dot reads as with it.
            ("Dx: S32010A.", ["fracture"]),
            ("Diagnoses: S32010A, M5416.", ["fracture", "radiculopathy"]),
            ("ICD-10: M5418 (radiculopathy, sacrococcygeal region).", ["radiculopathy"]),
            ("Dx: S335XXA.", ["lumbar_strain"]),
            ("Dx: M5126; G5603.", ["carpal_tunnel_syndrome", "disc_herniation"]),
            ("Dx codes: [M48061], (M4316).", ["spinal_stenosis", "spondylolisthesis"]),
            // Not codes: a level, a lab value, a word with digits of no coded category.
            ("MRI: T12L1 disc bulge.", ["disc_herniation"]),
            ("Labs: Na 132.0 mmol/L; M5.0 units.", []),
            ("Seen in room B1234 for follow-up.", []),
        ] as [(String, [String])])
    func anUndottedCodeReadsAsTheDottedCode(_ summary: String, _ expected: [String]) {
        #expect(summaryDiagnoses(summary) == expected)
    }

    @Test(
        arguments: [
            // (summary, diagnosis, named)
            ("Dx: L4-5 HNP.", "disc_herniation", true),
            ("Assessment: lumbar radiculopathy, L4-5 HNP", "disc_herniation", true),
            ("Diagnoses: PTSD; chronic pain.", "ptsd", true),
            ("Diagnosed with post-traumatic stress disorder after the assault.", "ptsd", true),
            ("Dx: F43.12.", "ptsd", true),
            ("Psych eval: no PTSD.", "ptsd", false),
            ("Rule out PTSD.", "ptsd", false),
            ("Dx: MDD, recurrent.", "depression", true),
            // Severe depression, however its severity is written.
            ("Diagnoses: major depressive disorder, severe.", "severe_depression", true),
            ("Dx: MDD, recurrent, severe, without psychotic features.", "severe_depression", true),
            ("Impression: severe recurrent major depression.", "severe_depression", true),
            ("Her depression is severe.", "severe_depression", true),
            ("Dx: F33.2.", "severe_depression", true),
            ("Dx: F332.", "severe_depression", true),
            ("Dx: F32.2.", "depression", true),
            // ...and by an inventory scored in its severe range.
            ("BDI 32.", "severe_depression", true),
            ("BDI-II score of 29 on 3/2/16.", "severe_depression", true),
            ("The Beck Depression Inventory was 35.", "severe_depression", true),
            ("PHQ-9: 21.", "severe_depression", true),
            // Not severe: another severity, a lower score, a severity of something else.
            ("Dx: MDD, recurrent, moderate.", "severe_depression", false),
            ("He has moderate depression.", "severe_depression", false),
            ("BDI-II score of 22.", "severe_depression", false),
            ("PHQ-9 score 12.", "severe_depression", false),
            ("Depression and severe low back pain.", "severe_depression", false),
            ("No severe depression.", "severe_depression", false),
            // Neuropathic pain in plain words (CPMTG pp. 13-22: the first-line drugs' indication).
            ("Her left foot has burning nerve pain since the crush injury.", "neuropathy", true),
            ("Assessment: neuropathic-type pain of the right hand.", "neuropathy", true),
            ("He denies nerve pain; the pain is axial.", "neuropathy", false),
        ] as [(String, String, Bool)])
    func aDiagnosisIsReadInItsClinicalWording(_ summary: String, _ diagnosis: String, _ named: Bool) {
        #expect(summaryDiagnoses(summary).contains(diagnosis) == named, "\(summaryDiagnoses(summary))")
    }

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
            ("Treated for neck and shoulder pain.", "MRI of the cervical spine", ["cervical_strain"]),
            ("Treated for neck and shoulder pain.", "MRI of the right shoulder", []),
            // A hernia is of the abdomen.
            ("Diagnoses: lumbar strain and umbilical hernia.", "X-ray of the lumbar spine", ["lumbar_strain"]),
            ("Dx: inguinal hernia; low back pain.", "MRI of the lumbar spine", ["lumbar_strain"]),
            // A disc herniation or a stenosis is of the spine; a study of a limb's nerves tests the
            // roots that reach the limb and reads the spine's diagnoses too (NerveStudyDiagnosisTests;
            // the lower-extremity EMG rule's clinically obvious radiculopathy reads the herniation).
            (
                "Dx: L4-5 disc herniation; lumbar radiculopathy.", "EMG/NCV bilateral lower extremities",
                ["disc_herniation", "radiculopathy"]
            ),
            ("Dx: lumbar spinal stenosis.", "NCS of the left lower extremity", ["spinal_stenosis"]),
            ("Dx: L4-5 disc herniation; lumbar spinal stenosis.", "MRI of the right knee", []),
            ("Dx: other intervertebral disc displacement, lumbosacral region.", "MRI of the lumbar spine", ["disc_herniation"]),
            ("Dx: other IVD displacement; lumbar radiculopathy.", "MRI of the lumbar spine", ["disc_herniation", "radiculopathy"]),
            // A generic diagnosis of several regions is placed in each of them.
            ("Diagnosed with sprains of the right shoulder and the right hip.", "MRI of the right hip", ["sprain_strain"]),
            ("Diagnosed with sprains of the right shoulder and the right hip.", "MRI of the right shoulder", ["sprain_strain"]),
            ("Diagnosed with sprains of the right shoulder and the right hip.", "MRI of the right knee", []),
            // A side or an ICD-10 descriptor's words in shorthand still place the diagnosis.
            ("Dx: other synovitis/tenosynovitis L hand; L wrist sprain.", "MRI of the cervical spine", []),
            ("Dx: sprain unspecified parts R shoulder girdle; neck strain.", "MRI of the cervical spine", ["cervical_strain"]),
            ("Dx: rt knee osteoarthritis; lumbar strain.", "MRI of the lumbar spine", ["lumbar_strain"]),
            // The sacroiliac joint is of the low back; its sprain is the joint's own condition.
            ("Dx: sprain of sacroiliac joint; sprain of the right shoulder.", "MRI of the lumbar spine", ["sacroiliac_joint_dysfunction"]),
            ("Dx: SIJ sprain; neck sprain.", "MRI of the cervical spine", ["cervical_strain"]),
            // A bone's part is of its joint or limb segment.
            ("Dx: fracture of the left radius head.", "X-ray of the left elbow", ["fracture"]),
            ("Dx: fracture of the left radius head.", "X-ray of the left wrist", []),
            ("Dx: distal radius fracture; lumbar strain.", "MRI of the right wrist", ["fracture"]),
            ("Dx: tibial plateau fracture.", "MRI of the right knee", ["fracture"]),
            ("Dx: lateral malleolus fracture.", "X-ray of the left ankle", ["fracture"]),
            // A study of the nerves of a hand reads the diagnoses of the whole limb.
            (
                "Diagnoses: right cubital tunnel syndrome, right carpal tunnel syndrome, L4-5 disc herniation.",
                "EMG/NCS of the bilateral hands", ["carpal_tunnel_syndrome", "cubital_tunnel_syndrome"]
            ),
            ("Diagnoses: right cubital tunnel syndrome, right carpal tunnel syndrome.", "MRI of the right hand", []),
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
}

/// The facet syndrome is the facet joints' spondylosis (ICD-10 M47.89-), as facet arthropathy is.
@Test(arguments: ["Dx: lumbar facet syndrome.", "Diagnoses: facet joint syndrome of the lumbar spine."])
func theFacetSyndromeIsASpondylosis(_ summary: String) {
    #expect(value(summaryFacts(summary), "diagnoses") == "degenerative_disc_disease")
}
