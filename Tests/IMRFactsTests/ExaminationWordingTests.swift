import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

/// Examination findings as clinicians write them in any summary: a neurologic deficit in shorthand
/// or stated as not lessened, a dermatome placing a nerve finding, tenderness to palpation, a
/// vertebral fracture code as a red flag, and what provokes the pain (no flare, no change).
@Suite struct ExaminationWordingTests {
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
            // The straight leg raise abbreviated, as the sign is written in exam notes.
            ("Positive SLR in both legs.", "EMG of the bilateral lower extremities", true),
            (
                "Lumbar exam: no gross abnormality, positive SLR bilaterally, strength 5-/5 in both legs.",
                "EMG of the bilateral lower extremities", true
            ),
            ("Positive SLR on the left leg.", "MRI of the cervical spine", nil),
            // UE and LE, the limbs as exam notes abbreviate them.
            ("No R UE weakness.", "MRI of the right shoulder", false),
            ("Numbness in b/l UEs.", "EMG of the bilateral upper extremities", true),
            ("Numbness in the bilateral LE.", "EMG of the bilateral lower extremities", true),
            ("Numbness in the bilateral LE.", "MRI of the right shoulder", nil),
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
}
