import Testing

// Osteoarthritis told severe (`osteoarthritis_severe`; ODG Knee & Leg, Hyaluronic acid and
// Corticosteroid injections: "symptomatic severe osteoarthritis"): a severity word before the
// arthritis or its compartment, bone on bone, a Kellgren-Lawrence grade; told mild, early or moderate,
// or a low grade, false. Must not: the pain told severe, the arthritis named without a severity. Written
// in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Standing films: severe medial compartment osteoarthritis of the right knee.", "Synvisc-One injection right knee",
            "osteoarthritis_severe", "true"
        ),
        ("X-rays show bone-on-bone contact medially.", "Synvisc-One injection right knee", "osteoarthritis_severe", "true"),
        ("Kellgren-Lawrence grade 4 changes in the left knee.", "Euflexxa series left knee", "osteoarthritis_severe", "true"),
        ("Radiographs: KL grade III tricompartmental disease.", "Euflexxa series left knee", "osteoarthritis_severe", "true"),
        ("Impression: end-stage degenerative joint disease, left knee.", "Euflexxa series left knee", "osteoarthritis_severe", "true"),
        ("Mild lateral, severe medial compartment osteoarthritis.", "Synvisc-One injection right knee", "osteoarthritis_severe", "true"),
        ("Films: mild joint space narrowing of the medial compartment.", "Euflexxa series left knee", "osteoarthritis_severe", "false"),
        ("Knee x-rays: Kellgren and Lawrence grade 2.", "Synvisc-One injection right knee", "osteoarthritis_severe", "false"),
        ("Diagnosis: early osteoarthritis of the right knee.", "Synvisc-One injection right knee", "osteoarthritis_severe", "false"),
        ("Moderate patellofemoral arthritis on the sunrise view.", "Right knee cortisone injection", "osteoarthritis_severe", "false"),
        // Must not: pain told severe, no severity told.
        ("Right knee osteoarthritis with severe pain on stairs.", "Synvisc-One injection right knee", "osteoarthritis_severe", "nil"),
        ("She has severe pain from her knee arthritis.", "Synvisc-One injection right knee", "osteoarthritis_severe", "nil"),
        ("Right knee osteoarthritis; pain 8/10.", "Right knee cortisone injection", "osteoarthritis_severe", "nil"),
    ] as [(String, String, String, String)])
func osteoarthritisSeverity(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
