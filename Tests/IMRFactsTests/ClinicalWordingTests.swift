import IMRFacts
import IMRVocabulary
import Testing

/// Diagnoses as clinicians write them in any letter: ICD-10 codes without their dot, clinical
/// abbreviations, a severity written after the diagnosis, a depression inventory scored in its
/// severe range, PTSD.
@Suite struct ClinicalWordingTests {
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
            // (summary, red flag)
            ("Dx: S32010A, L1 compression.", true),
            ("Dx: S12100A.", true),
            ("Dx: S335XXA.", nil),
        ] as [(String, Bool?)])
    func anUndottedVertebralFractureCodeIsARedFlag(_ summary: String, _ flag: Bool?) {
        #expect(summaryFacts(summary)["red_flags"]?.value == flag.map(FactValue.bool))
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
        ] as [(String, String, Bool)])
    func aDiagnosisIsReadInItsClinicalWording(_ summary: String, _ diagnosis: String, _ named: Bool) {
        #expect(summaryDiagnoses(summary).contains(diagnosis) == named, "\(summaryDiagnoses(summary))")
    }

    @Test(
        arguments: [
            // (summary, neurologic_deficit): reflexes by grade and in shorthand, a weak muscle.
            ("DTRs 1+ at the ankles.", true),
            ("Reflexes 1+ bilateral Achilles.", true),
            ("DTRs 2+ at the knees and 1+ at the ankles.", true),
            ("Left Achilles reflex 0+.", true),
            ("Absent right Achilles reflex.", true),
            ("Ankle jerk absent on the left.", true),
            ("Trace reflexes at the knees.", true),
            ("Weak EHL on the left.", true),
            ("Dorsiflexion is weak on the right.", true),
            ("DTRs 2+ and symmetric.", false),
            ("Reflexes were symmetric and sensation was intact.", false),
            // A low grade of every reflex is no focal deficit; brisk reflexes are none either.
            ("Sensation is intact and DTRs are 1+.", false),
            ("DTRs 1+ throughout.", nil),
            ("DTRs 3+ at the knees.", nil),
            ("1+ pitting edema of the legs.", nil),
        ] as [(String, Bool?)])
    func aNeurologicDeficitIsReadInShorthand(_ summary: String, _ deficit: Bool?) {
        #expect(summaryFacts(summary)["neurologic_deficit"]?.value == deficit.map(FactValue.bool))
    }

    @Test(
        arguments: [
            // (summary, request, regional_neuro_findings): a dermatome, a root's distribution or a
            // muscle places a finding in its limb.
            ("Exam: decreased sensation in the C5 and C6 dermatomes.", "EMG of the bilateral upper extremities", true),
            ("Exam: decreased sensation in the C5 and C6 dermatomes.", "EMG of the bilateral lower extremities", nil),
            ("Diminished sensation L5 distribution on the left.", "EMG of the bilateral lower extremities", true),
            ("Diminished sensation L5 distribution on the left.", "MRI of the lumbar spine", true),
            ("There was decreased sensation in the L4-S1 distribution.", "EMG of the bilateral lower extremities", true),
            ("Numbness in the C6 distribution.", "MRI of the cervical spine", true),
            ("Numbness in the C6 distribution.", "MRI of the lumbar spine", nil),
            ("Weakness of the left EHL.", "EMG of the bilateral lower extremities", true),
            ("Ankle jerk absent on the left.", "EMG of the bilateral lower extremities", true),
            ("Hypoesthesia in the median nerve distribution of the right hand.", "NCS of the right upper extremity", true),
            // The levels may stand between the word and the sensation.
            ("Objective findings were notable for decreased C5 and C6 dermatome sensation.", "MRI of the cervical spine", true),
            ("Exam: diminished L4, L5 and S1 dermatomal sensation on the left.", "MRI of the lumbar spine", true),
            ("Exam: decreased C5 and C6 dermatome sensation.", "MRI of the lumbar spine", nil),
            // Pain radiating toward the spine is referred axial pain, not a nerve finding of a limb;
            // radiating from the spine into a limb is.
            ("Pain is indicated to radiate into the neck.", "MRI of the right shoulder", nil),
            ("Right shoulder pain radiating up to the neck and the shoulder blade.", "MRI of the right shoulder", nil),
            ("Mid back pain radiates into the low back.", "MRI of the lumbar spine", nil),
            ("Pain radiating from the neck to the right arm.", "MRI of the cervical spine", true),
            ("Low back pain radiating to the back of the left thigh.", "MRI of the lumbar spine", true),
        ] as [(String, String, Bool?)])
    func aDermatomePlacesANerveFinding(_ summary: String, _ request: String, _ regional: Bool?) {
        #expect(requestFacts(request, summary: summary)["regional_neuro_findings"]?.value == regional.map(FactValue.bool))
    }

    @Test(
        arguments: [
            // (summary, meniscal_signs): "TTP" (tender or tenderness to palpation) as the word.
            ("Exam: TTP of the medial joint line.", true),
            ("L knee: TTP over the lateral joint line; no effusion.", true),
            ("Medial joint line TTP.", true),
            ("No TTP of the joint line.", false),
        ] as [(String, Bool?)])
    func tenderToPalpationIsTenderness(_ summary: String, _ signs: Bool?) {
        #expect(requestFacts("MRI of the left knee", summary: summary)["meniscal_signs"]?.value == signs.map(FactValue.bool))
    }
}
