import Testing

// A weakness of the rotator cuff (`rotator_cuff_weakness`; MTUS ACOEM 2004 ch. 9 p. 211: "weakness of
// arm elevation or rotation"; ODG Shoulder, Surgery for rotator cuff repair: "weakness with abduction
// testing"): a cuff muscle or the shoulder's abduction, elevation or rotation told weak or graded below
// 5/5, a positive drop-arm or lag sign, the arm that cannot be raised; false when the cuff's strength
// is told full. Must not: a range of motion told full, a weakness of another part, pain alone.
// Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("Manual testing: supraspinatus 3/5, infraspinatus 4-/5.", "Right shoulder rotator cuff repair", "rotator_cuff_weakness", "true"),
        ("Abduction strength 4+/5 on the right.", "Right shoulder rotator cuff repair", "rotator_cuff_weakness", "true"),
        ("Drop-arm sign positive on the left.", "Left shoulder rotator cuff repair", "rotator_cuff_weakness", "true"),
        ("She has weakness with abduction and external rotation.", "Rotator cuff repair", "rotator_cuff_weakness", "true"),
        ("He cannot elevate the right arm above shoulder height.", "Right rotator cuff repair", "rotator_cuff_weakness", "true"),
        ("External rotation lag sign present.", "Rotator cuff repair", "rotator_cuff_weakness", "true"),
        ("Supraspinatus 5/5 with pain; infraspinatus 5/5.", "Right shoulder rotator cuff repair", "rotator_cuff_weakness", "false"),
        ("Rotator cuff strength intact.", "Rotator cuff repair", "rotator_cuff_weakness", "false"),
        ("Negative drop arm test.", "Rotator cuff repair", "rotator_cuff_weakness", "false"),
        ("No weakness with abduction testing.", "Rotator cuff repair", "rotator_cuff_weakness", "false"),
        // Must not: a range of motion told full, another part's weakness, pain alone.
        ("Shoulder range of motion full; forward elevation 170 degrees.", "Rotator cuff repair", "rotator_cuff_weakness", "nil"),
        ("Grip strength 4/5 on the right; wrist extension weak.", "Rotator cuff repair", "rotator_cuff_weakness", "nil"),
        ("Pain on top of the shoulder at night and with reaching.", "Rotator cuff repair", "rotator_cuff_weakness", "nil"),
    ] as [(String, String, String, String)])
func rotatorCuffWeakness(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
