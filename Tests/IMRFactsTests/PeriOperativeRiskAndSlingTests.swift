import Testing

// The peri-operative readings batch 18's surgical rows asked for (criteria checklist
// docs/checklists/surgery.md, thirtieth session), written in my own wording: diabetes that needs
// insulin told apart from diabetes on diet or tablets (ODG's pre-operative ECG risk factor), the
// abduction pillow told apart from a plain sling in the request, a rotator cuff repair's approach,
// and a cuff tear's size (ODG's abduction pillow after open repair of large and massive tears).
// Must-read rows beside must-not rows.

@Test(
    arguments: [
        // (summary, request, fact, one term expected in the list, "!term" for not it)
        ("PMH: type 2 diabetes, on Lantus 28 units at bedtime.", "Pre-op EKG", "medication_classes", "insulin"),
        ("Her diabetes is treated with insulin, 30 units at night.", "Pre-op EKG", "medication_classes", "insulin"),
        ("Diabetic; Humalog sliding scale with meals and metformin 1000 mg bid.", "Pre-op EKG", "medication_classes", "insulin"),
        ("Type 2 diabetes controlled on metformin; he has never needed insulin.", "Pre-op EKG", "medication_classes", "!insulin"),
        ("He does not use insulin; his sugars are diet controlled.", "Pre-op EKG", "medication_classes", "!insulin"),
        ("Labs suggest insulin resistance; no diabetes.", "Pre-op EKG", "medication_classes", "!insulin"),
        ("History of IDDM since childhood.", "Pre-op EKG", "diagnoses", "insulin_dependent_diabetes"),
        ("Past history: type I diabetes with a pump.", "Pre-op EKG", "diagnoses", "insulin_dependent_diabetes"),
        ("Insulin-dependent diabetes mellitus, well controlled.", "Pre-op EKG", "diagnoses", "insulin_dependent_diabetes"),
        ("Non-insulin-dependent diabetes mellitus, on glipizide.", "Pre-op EKG", "diagnoses", "!insulin_dependent_diabetes"),
        ("Non-insulin-dependent diabetes mellitus, on glipizide.", "Pre-op EKG", "diagnoses", "diabetes"),
        ("Type 2 DM, A1c 6.9.", "Pre-op EKG", "diagnoses", "!insulin_dependent_diabetes"),
    ] as [(String, String, String, String)])
func insulinRequiringDiabetesRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: true)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value or one term of a list, "!value" for not it)
        ("", "Abduction pillow sling, right shoulder", "procedure", "abduction_pillow_sling"),
        ("", "DME: UltraSling IV for post-op use", "procedure", "abduction_pillow_sling"),
        ("", "Shoulder abduction brace, left", "procedure", "abduction_pillow_sling"),
        ("", "Post-operative sling with abduction pillow", "procedure", "abduction_pillow_sling"),
        ("", "Arm sling, right", "procedure", "sling"),
        ("", "Post-op shoulder immobilizer", "procedure", "sling"),
        ("", "Shoulder abduction exercises with the therapist, 6 visits", "procedure", "!abduction_pillow_sling"),
        (
            "He is status post arthroscopic rotator cuff repair of the right shoulder on 10/04/2016.",
            "Abduction sling, right shoulder", "index_surgery", "arthroscopic_rotator_cuff_repair"
        ),
        (
            "Right shoulder: she underwent an all-arthroscopic cuff repair on 10/04/2016.",
            "Abduction sling, right shoulder", "index_surgery", "arthroscopic_rotator_cuff_repair"
        ),
        (
            "He underwent an open rotator cuff repair of the right shoulder on 10/04/2016.",
            "Abduction sling, right shoulder", "index_surgery", "open_rotator_cuff_repair"
        ),
        (
            "He underwent an open rotator cuff repair of the right shoulder on 10/04/2016.",
            "Abduction sling, right shoulder", "index_surgery", "!arthroscopic_rotator_cuff_repair"
        ),
    ] as [(String, String, String, String)])
func abductionPillowAndApproachRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: true)
}

@Test(
    arguments: [
        // (summary, expected large_cuff_tear: "true", "false" or "nil")
        ("MRI right shoulder: massive retracted full-thickness tear of the supraspinatus.", "true"),
        ("The MRI showed a large full thickness supraspinatus tear with fatty atrophy.", "true"),
        ("There is a two-tendon tear (supraspinatus and infraspinatus) retracted to the glenoid.", "true"),
        ("Operative findings: rotator cuff tear, massive, repaired with double-row anchors.", "true"),
        ("MRI: small full-thickness tear of the supraspinatus, 8 mm, no retraction.", "false"),
        ("Arthroscopy found a medium sized rotator cuff tear, repaired.", "false"),
        ("MRI showed a partial-thickness rotator cuff tear, articular side.", "false"),
        ("There is no massive rotator cuff tear; mild tendinosis only.", "false"),
        ("MRI right shoulder: full-thickness supraspinatus tear.", "nil"),
        ("Possible massive cuff tear on ultrasound, MRI pending.", "nil"),
        ("MRI: large joint effusion; labral fraying.", "nil"),
        ("Right knee MRI: large bucket handle tear of the medial meniscus.", "nil"),
    ] as [(String, String)])
func cuffTearSizeRead(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Abduction pillow sling, right shoulder", "large_cuff_tear", expected)
}

@Test(
    arguments: [
        // (summary, expected night_pain for a knee or hip arthroplasty: "true", "false" or "nil")
        ("Her right knee pain wakes her at night and she cannot walk a block.", "true"),
        ("Knee pain keeps him up at night despite the naproxen.", "true"),
        ("He wakes at night when he rolls onto the left hip.", "true"),
        ("She sleeps through the night with the knee brace on.", "false"),
        ("He denies night pain in the knee.", "false"),
        ("Knee pain with stairs and kneeling; no swelling.", "nil"),
        ("His knee hurts most after the night shift at the warehouse.", "nil"),
    ] as [(String, String)])
func jointNightPainRead(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Right total knee arthroplasty", "night_pain", expected)
}

@Test(
    arguments: [
        // (summary, expected locked_knee for a meniscectomy: "true", "false" or "nil")
        ("Since the twisting injury her left knee is locked in about 20 degrees of flexion.", "true"),
        ("On exam there is a mechanical block to full extension of the left knee.", "true"),
        ("The knee is not locked; McMurray positive medially.", "false"),
        ("The left knee catches and locked up once last week, then freed itself.", "nil"),
        ("He reports locking and catching of the left knee.", "nil"),
        ("Possible locked knee versus guarding from pain.", "nil"),
    ] as [(String, String)])
func lockedKneeRead(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Left knee arthroscopic partial medial meniscectomy", "locked_knee", expected)
}
