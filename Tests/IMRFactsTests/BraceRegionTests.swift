import Testing

// The brace and support rules ask the requested region's diagnoses (`regional_diagnoses`): ODG's
// and ACOEM's conditions for an ankle brace, a knee brace, a wrist splint, a cervical collar or a
// lumbar support are those of the joint or spine it is worn on. The region comes from the request's
// name when it names no other (terms.cues `procedure_region`): a knee brace the knee, a cervical
// collar the neck, a lumbar support the spine, a wrist splint the arm, an ankle brace, a cane,
// crutches or a walker the leg.
// Must-read: the diagnosis of the braced part. Must-not: a fracture or tear of another part of the
// body, which met these rules before. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("", "Left ankle brace, stirrup type", "body_regions", "lower_extremity"),
        ("", "Hinged knee brace, right", "body_regions", "knee"),
        ("", "Philadelphia collar", "body_regions", "cervical_spine"),
        ("", "LSO brace", "body_regions", "spine"),
        ("", "Thumb spica splint", "body_regions", "upper_extremity"),
        ("", "Front-wheeled walker", "body_regions", "lower_extremity"),
        ("", "Crutches", "body_regions", "lower_extremity"),
        // The region the request names wins over the one its name holds.
        ("", "Brace for the left ankle", "body_regions", "ankle"),
        // Must-read: the braced part's own condition.
        (
            "Twisted her right ankle stepping off a pallet jack; X-rays show a nondisplaced fracture of the lateral malleolus.",
            "CAM walker boot, right ankle", "regional_diagnoses", "fracture"
        ),
        (
            "MRI of the left knee: complete tear of the anterior cruciate ligament; he reports the knee buckling on stairs.",
            "Hinged knee brace, left", "regional_diagnoses", "ligament_tear"
        ),
        (
            "Diagnosis: right carpal tunnel syndrome, with numbness that wakes her at night.",
            "Night splint, right wrist", "regional_diagnoses", "carpal_tunnel_syndrome"
        ),
        // Must-not: a fracture or ligament tear of another part of the body.
        (
            "She broke her left wrist in the fall and is in a short arm cast. Her right ankle was also twisted; the drawer test is negative.",
            "Right ankle brace", "regional_diagnoses", "!fracture"
        ),
        (
            "Diagnoses: right shoulder ligament tear; right knee pain after long shifts.",
            "Right knee brace", "regional_diagnoses", "!ligament_tear"
        ),
        (
            "A right wrist fracture was casted last month. She also has chronic neck strain from lifting.",
            "Soft cervical collar", "regional_diagnoses", "!fracture"
        ),
        (
            "He fractured his left ankle at work two weeks ago. He also has chronic low back strain.",
            "Lumbar support brace", "regional_diagnoses", "!fracture"
        ),
        (
            "She fractured her right wrist at work three weeks ago and wears a cast; she walks without difficulty.",
            "Crutches", "regional_diagnoses", "!fracture"
        ),
        (
            "Diagnoses: left knee osteoarthritis, tricompartmental on standing films; she limps after a block.",
            "Single point cane", "regional_diagnoses", "osteoarthritis"
        ),
    ] as [(String, String, String, String)])
func braceRegion(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: true)
}
