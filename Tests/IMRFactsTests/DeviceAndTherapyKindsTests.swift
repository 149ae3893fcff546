import Testing

// The readings of the request kinds the thirty-third session gave rules of their own
// (docs/kinds-inventory.md; checklists docs/checklists/equipment.md, devices.md,
// physical-medicine.md, head.md, mental-illness.md and crps-medications.md), in my own wording: an
// elbow strap, compression garments, hyperbaric oxygen, electroconvulsive therapy, a psychiatric
// partial hospitalization, a lift chair, home modifications, a bisphosphonate, cognitive
// rehabilitation and audiometry named as requests; the conditions ODG names for compression
// garments read as diagnoses; the need for more than outpatient care and the risk that needs
// 24-hour care read for a partial hospitalization. Must-read rows beside must-not rows.

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
        ("Psychiatric partial hospitalization program, 10 days", "partial_hospitalization"),
        ("PHP 5 days a week for 2 weeks", "partial_hospitalization"),
        ("Intensive outpatient program, 3 weeks", "!partial_hospitalization"),
        ("Functional restoration program, 80 hours", "!partial_hospitalization"),
        ("Power lift recliner", "lift_chair"),
        ("Seat lift mechanism", "lift_chair"),
        ("Stair lift for the home", "home_modifications"),
        ("Wheelchair ramp installation", "home_modifications"),
        ("Wheelchair", "!home_modifications"),
        ("Cognitive rehabilitation therapy 12 sessions", "cognitive_rehabilitation"),
        ("Cognitive behavioral therapy 6 sessions", "!cognitive_rehabilitation"),
        ("Audiogram", "audiometry"),
        ("Hearing aids bilateral", "!audiometry"),
    ] as [(String, String)])
func deviceAndTherapyKindsNamed(_ request: String, _ expected: String) {
    expectRequestFact("", request, "procedure", expected)
}

@Test(
    arguments: [
        // (request, expected drug)
        ("Fosamax 70 mg weekly #4", "alendronate"),
        ("Alendronate 70 mg #4", "alendronate"),
        ("Reclast 5 mg IV infusion", "zoledronic_acid"),
    ] as [(String, String)])
func bisphosphonatesNamed(_ request: String, _ expected: String) {
    expectRequestFact("", request, "drug", expected)
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

@Test(
    arguments: [
        // (summary, fact, expected: "true", "false" or "nil")
        ("Her depression has worsened; the psychiatrist feels outpatient care is not enough.", "higher_level_of_care_needed", "true"),
        ("He is decompensating despite two antidepressant trials.", "higher_level_of_care_needed", "true"),
        ("Her mood is stable and she can be managed as an outpatient.", "higher_level_of_care_needed", "false"),
        ("She attends weekly psychotherapy.", "higher_level_of_care_needed", "nil"),
        ("He reports suicidal thoughts with a plan to overdose on his pills.", "imminent_self_harm_risk", "true"),
        ("She was admitted after a suicide attempt last week.", "imminent_self_harm_risk", "true"),
        ("He has a passive death wish, with no plan or intent.", "imminent_self_harm_risk", "false"),
        ("She denies suicidal ideation.", "imminent_self_harm_risk", "false"),
        ("Her brother attempted suicide years ago.", "imminent_self_harm_risk", "nil"),
    ] as [(String, String, String)])
func partialHospitalizationConditionsRead(_ summary: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, "Psychiatric partial hospitalization program, 10 days", fact, expected)
}
