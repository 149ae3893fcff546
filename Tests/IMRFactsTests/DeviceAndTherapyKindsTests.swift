import Testing

// The readings of the request kinds the thirty-third session gave rules of their own
// (docs/kinds-inventory.md; checklists docs/checklists/equipment.md, devices.md,
// physical-medicine.md, head.md and mental-illness.md), in my own wording: an elbow strap,
// compression garments, hyperbaric oxygen and electroconvulsive therapy named as requests, and the
// conditions ODG names for compression garments read as diagnoses. Must-read rows beside must-not
// rows.

@Test(
    arguments: [
        // (request, expected procedure, "!term" for not it)
        ("Elbow counterforce strap", "elbow_strap"),
        ("Tennis elbow strap, right", "elbow_strap"),
        ("Counter-force brace for the left forearm", "elbow_strap"),
        ("Hinged elbow brace", "!elbow_strap"),
        ("Wrist splint, right", "!elbow_strap"),
        ("Compression stockings, 20-30 mmHg", "compression_wrap"),
        ("TED hose, bilateral", "compression_wrap"),
        ("Pneumatic compression device", "!compression_wrap"),
        ("Hyperbaric oxygen therapy 20 sessions", "hyperbaric_oxygen"),
        ("HBOT x 40 dives", "hyperbaric_oxygen"),
        ("Oxygen concentrator", "!hyperbaric_oxygen"),
        ("Electroconvulsive therapy 6 sessions", "electroconvulsive_therapy"),
        ("ECT treatments x 8", "electroconvulsive_therapy"),
        ("Psychotherapy 6 sessions", "!electroconvulsive_therapy"),
    ] as [(String, String)])
func deviceAndTherapyKindsNamed(_ request: String, _ expected: String) {
    expectRequestFact("", request, "procedure", expected)
}

@Test(
    arguments: [
        // (summary, one term expected among the diagnoses, "!term" for not it)
        ("Diagnoses: chronic venous insufficiency of both legs.", "venous_disease"),
        ("She has varicose veins of the right calf.", "venous_disease"),
        ("Examination: 2+ pitting edema of the lower extremities.", "limb_edema"),
        ("Lymphedema of the left leg since the fracture surgery.", "lymphedema"),
        ("Extremities: no pedal edema.", "!limb_edema"),
        ("MRI showed bone marrow edema of the medial femoral condyle.", "!limb_edema"),
        ("Diagnoses: knee strain.", "!venous_disease"),
    ] as [(String, String)])
func compressionConditionsRead(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Compression stockings", "diagnoses", expected, anyTerm: true)
}
