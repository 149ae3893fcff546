import IMRCore
import IMRFacts
import Testing

/// A joint's instability on examination or as told (ACOEM ch. 13 p. 340: a brace for patellar
/// instability, an ACL tear or MCL instability; ODG Ankle & Foot, Bracing: "a clearly unstable
/// joint"): the ligament tests told positive or lax, a subluxing patella, giving way are true; the
/// joint told stable is false; the meniscus's locking and catching, an effusion alone, say nothing.
@Test(
    arguments: [
        // (summary, joint_instability_signs)
        ("Exam: Lachman 2+ with a soft endpoint; valgus laxity at 30 degrees.", "true"),
        ("Her kneecap subluxes laterally with a positive apprehension sign.", "true"),
        ("Positive anterior drawer and talar tilt on the left ankle.", "true"),
        ("Lachman firm; the knee is stable to varus and valgus stress.", "false"),
        ("The knee locks and catches; McMurray positive.", nil),
        ("Moderate effusion of the right knee, joint line tenderness.", nil),
    ] as [(String, String?)])
func jointInstabilitySignsAreRead(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Hinged knee brace, right", summary: summary)
    #expect(value(facts, "joint_instability_signs") == expected)
}

/// The thumb's carpometacarpal arthritis (ODG Forearm, Wrist & Hand, Splints): named, or told with
/// words between, it is `cmc_osteoarthritis`; an arthritis of the wrist or of a finger's joint is not.
@Test(
    arguments: [
        // (summary, expected term among the diagnoses, "!term" for not it)
        ("Osteoarthritis of the right thumb CMC joint, grind test positive.", "cmc_osteoarthritis"),
        ("Basal joint arthritis of the left thumb.", "cmc_osteoarthritis"),
        ("Radiocarpal osteoarthritis after an old distal radius fracture.", "!cmc_osteoarthritis"),
        ("Osteoarthritis of the DIP joints of the fingers.", "!cmc_osteoarthritis"),
    ] as [(String, String)])
func thumbBasalJointArthritisIsRead(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Thumb spica splint, right", "diagnoses", expected, anyTerm: true)
}
