import Testing

// A joint's malalignment (`malalignment`; ODG Ankle & Foot, ankle fusion: "Objective Clinical
// Findings: Malalignment"; ODG Knee & Leg, Osteotomy: "varus malalignment"): the word, a malunion, a
// varus or valgus deformity or tilt, degrees of varus, the knee's or hindfoot's varus or valgus by
// name. False when the alignment is told normal, neutral or anatomic. Must not: a ligament's varus or
// valgus stress test (instability, not alignment), a bunion's hallux valgus. Written in this
// project's own words.
@Test(
    arguments: [
        ("Examination: heel in 10 degrees of varus; the ankle is stiff.", "true"),
        ("Weight-bearing films: a 9-degree varus tilt of the talus.", "true"),
        ("Standing films show a valgus deformity of the hindfoot.", "true"),
        ("Long-leg film: varus 8 degrees on the right, the mechanical axis through the medial compartment.", "true"),
        ("CT: malunion of the distal tibia with malalignment of the plafond.", "true"),
        ("Examination: heel in neutral alignment, as on the right.", "false"),
        ("The talus is centered in the mortise, no varus or valgus tilt.", "false"),
        ("Alignment is normal on the standing films.", "false"),
        // Must not: a ligament's stress test, a bunion.
        ("The ankle is stable to varus and valgus stress.", "!true"),
        ("She has a hallux valgus of the left great toe.", "!true"),
        ("Dorsiflexion 0 degrees, plantarflexion 15 degrees.", "nil"),
    ] as [(String, String)])
func malalignmentRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Orthopaedic note 08/02/2016: a 47-year-old carpenter with ankle arthritis after a pilon fracture in 2014. " + sentence,
        "Left ankle arthrodesis", "malalignment", expected)
}
