import IMRFacts
import Testing

/// Examination findings and diagnoses as other reviewers write them: a finding stated as a
/// predicate ("the joint line was tender"), in either order, beside a negation in the same sentence;
/// a diagnosis shared by regions each with its own article or "of".

/// The value of boolean fact `name` read from `summary` for `request` (`nil`: not documented).
private func flag(_ name: String, _ summary: String, request: String = "MRI of the left knee") -> Bool? {
    guard case .bool(let value)? = summaryFacts(summary, request: request)[name]?.value else { return nil }
    return value
}

@Test(
    arguments: [
        // (summary, mechanical_signs)
        (
            "The medial joint line of the left knee was tender, but the lateral joint line was not, and the patella neither subluxed nor was tender.",
            true
        ),
        ("On examination the knee was tender to palpation over the lateral joint line.", true),
        ("There was tenderness along the medial joint line of the right knee.", true),
        ("Exam: medial joint line tender; no effusion.", true),
        ("The lateral joint line was tender to palpation and McMurray's test was negative.", true),
        ("Anterior drawer sign was positive on the left.", true),
        // Negated and denied: an absence, never a sign.
        ("The joint line was not tender.", false),
        ("The medial joint line of the left knee was nontender and there was no effusion.", false),
        ("The patella neither subluxed nor was tender.", false),
        ("Knee exam: no joint line tenderness, negative McMurray.", false),
    ] as [(String, Bool?)])
func aJointSignIsReadAsAPredicateInEitherOrder(_ summary: String, _ signs: Bool?) {
    #expect(flag("mechanical_signs", summary) == signs)
}

@Test(
    arguments: [
        // (summary, neurologic_deficit)
        ("Sensation was reduced in the ulnar fingers of the right hand.", true),
        ("Sensation to light touch is decreased over the lateral calf.", true),
        ("Reflexes were reduced at both ankles.", true),
        ("Exam showed decreased pinprick sensation in the C6 dermatome.", true),
        ("Grip strength was diminished on the right.", true),
        // A negating word in the gap: no deficit stated, and none invented.
        ("Sensation was not reduced in either hand.", nil),
        ("Sensation was intact; reflexes were normal.", false),
    ] as [(String, Bool?)])
func aNeurologicDeficitIsReadAsAPredicate(_ summary: String, _ deficit: Bool?) {
    #expect(flag("neurologic_deficit", summary) == deficit)
}

@Test(
    arguments: [
        // (summary, request, regional_neuro_findings)
        ("Sensation was reduced in the ulnar fingers of the right hand.", "EMG of the right upper extremity", true),
        (
            "She complained that the numbness persisted, together with constant mild pain over the ulnar side of the right wrist and in the fingers.",
            "EMG of the right upper extremity", true
        ),
        ("The low back pain radiated to the anterior and lateral thighs down to the knee level.", "MRI of the lumbar spine", true),
        // A finding far from its region belongs to the sentence's regions only when they are all
        // of the requested part of the body.
        (
            "She reported that the numbness persisted for months, together with constant dull aching pain in the right foot and neck.",
            "EMG of the right upper extremity", nil
        ),
        (
            "He said that the tingling had continued despite rest, together with constant mild pain in both knees and ankles.",
            "EMG of the right upper extremity", nil
        ),
    ] as [(String, String, Bool?)])
func aNerveFindingBelongsToItsSentencesRegionsWhenNoneIsNear(_ summary: String, _ request: String, _ regional: Bool?) {
    #expect(flag("regional_neuro_findings", summary, request: request) == regional)
}

/// The diagnoses read from a bare summary.
private func diagnoses(_ summary: String) -> [String] {
    guard case .terms(let terms)? = summaryFacts(summary)["diagnoses"]?.value else { return [] }
    return terms
}

@Test(arguments: [
    // Each region after the diagnosis with its own article or "of" (elliptical coordination).
    ("Diagnoses: strains of the lumbar spine, the hip and the neck.", ["cervical_strain", "lumbar_strain", "sprain_strain"]),
    ("Diagnoses: sprains of the neck, of the lumbar spine and of the thorax.", ["cervical_strain", "lumbar_strain", "sprain_strain"]),
    ("He was treated for a sprain of the neck and of the low back.", ["cervical_strain", "lumbar_strain"]),
    (
        "Diagnosed with sprains of the neck joints and ligaments, of the lumbar spine ligaments and of the thorax.",
        [
            "cervical_strain", "lumbar_strain", "sprain_strain",
        ]
    ),
    // What is not a region ends the list.
    ("Diagnosis: strain of the neck at work in the morning.", ["cervical_strain"]),
])
func aDiagnosisSharedByRegionsWithTheirOwnArticlesReadsForEach(_ summary: String, _ expected: [String]) {
    #expect(diagnoses(summary) == expected)
}
