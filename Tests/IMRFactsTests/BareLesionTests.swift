import IMRFacts
import Testing

// A lesion named by its kind alone ("partial thickness tear", "full-thickness tear"), which the
// lexicon gives to the rotator cuff, is the cuff's when told alone, in the shoulder or with the cuff's
// own structure in its part of the sentence; not when that part names another structure (the Achilles
// tendon, the ACL, the TFCC, the gluteus medius, a meniscus, the peroneus brevis) or only regions of
// another part of the body (`bare_lesion_diagnosis`, `lesion_own_structures`,
// `lesion_other_structures`).

@Test(
    arguments: [
        // (summary, rotator_cuff_tear among the diagnoses)
        ("MRI: partial thickness tear.", true),
        ("Right shoulder MRI: full-thickness tear, 1.5 cm, retracted.", true),
        ("MRI of the shoulder: partial-thickness bursal-side tear of the supraspinatus.", true),
        ("Full thickness supraspinatus tear; knee osteoarthritis.", true),
        ("Partial-thickness tear of the supraspinatus tendon, small knee effusion on the other study.", true),
        ("MRI: partial-thickness tear of the Achilles tendon.", false),
        ("MRI knee: full thickness tear of the ACL.", false),
        ("Wrist MRI: full thickness tear of the TFCC.", false),
        ("Hip MRI: partial-thickness tear of the gluteus medius tendon.", false),
        ("MRI of the left knee: full-thickness tear of the medial meniscus.", false),
        ("Ankle MRI: partial thickness tear of the peroneus brevis.", false),
        ("Left knee MRI shows a full thickness cartilage defect and a partial thickness tear.", false),
    ] as [(String, Bool)])
func aLesionNamedByItsKindAloneIsTheStructuresItIsToldOf(_ summary: String, _ cuff: Bool) {
    let diagnoses = value(requestFacts("Physical therapy 2x4", summary: summary), "diagnoses") ?? ""
    #expect(diagnoses.split(separator: ",").contains("rotator_cuff_tear") == cuff, "\(summary)")
}
