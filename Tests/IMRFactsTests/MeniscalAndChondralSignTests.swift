import Testing

// The meniscus's mechanical signs (`meniscal_mechanical_signs`; ACOEM 2004 ch. 13 pp. 344-345:
// "symptoms other than simply pain (locking, popping, giving way, recurrent effusion)"; ODG Knee &
// Leg, Meniscectomy) and a chondral lesion's objective findings (`chondral_joint_signs`; ODG Knee &
// Leg, Chondroplasty: "Effusion. OR Crepitus. OR Limited range of motion."). Must not: a ligament's
// tests, the patella's apprehension, an inability to bear weight, joint line tenderness alone (pain on
// palpation), another region's motion. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "The right knee locks and catches on stairs.", "Right knee arthroscopic partial meniscectomy", "meniscal_mechanical_signs",
            "true"
        ),
        (
            "Positive McMurray medially; small effusion.", "Right knee arthroscopic partial meniscectomy", "meniscal_mechanical_signs",
            "true"
        ),
        ("She reports clicking and popping with squatting.", "Left knee arthroscopy, meniscectomy", "meniscal_mechanical_signs", "true"),
        ("No locking, catching or effusion.", "Right knee arthroscopic partial meniscectomy", "meniscal_mechanical_signs", "false"),
        // Must not: a ligament's tests, the patella, weight bearing, tenderness alone.
        (
            "Lachman 2+ with a soft end point; anterior drawer positive.", "Right knee arthroscopic partial meniscectomy",
            "meniscal_mechanical_signs", "nil"
        ),
        (
            "Patellar apprehension positive; pivot shift positive.", "Right knee arthroscopic partial meniscectomy",
            "meniscal_mechanical_signs", "nil"
        ),
        (
            "Unable to bear weight on the right leg after the fall.", "Right knee arthroscopic partial meniscectomy",
            "meniscal_mechanical_signs", "nil"
        ),
        ("Medial joint line tenderness.", "Right knee arthroscopic partial meniscectomy", "meniscal_mechanical_signs", "nil"),
        // Chondral findings.
        ("Patellofemoral crepitus and a small effusion.", "Right knee arthroscopic chondroplasty", "chondral_joint_signs", "true"),
        ("The knee lacks full extension by 5 degrees.", "Right knee arthroscopic chondroplasty", "chondral_joint_signs", "true"),
        ("Knee flexion is limited to 100 degrees.", "Right knee arthroscopic chondroplasty", "chondral_joint_signs", "true"),
        ("No effusion or crepitus.", "Right knee arthroscopic chondroplasty", "chondral_joint_signs", "false"),
        // Must not: locking, a ligament's test, another region's motion.
        ("The knee locks twice a week.", "Right knee arthroscopic chondroplasty", "chondral_joint_signs", "nil"),
        ("Positive Lachman on the right.", "Right knee arthroscopic chondroplasty", "chondral_joint_signs", "nil"),
        ("Lumbar range of motion is limited in flexion.", "Right knee arthroscopic chondroplasty", "chondral_joint_signs", "nil"),
    ] as [(String, String, String, String)])
func meniscalAndChondralSigns(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
