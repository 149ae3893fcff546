import Testing

// A motion in degrees against a threshold (`abduction_degrees`; ODG Shoulder, Surgery for adhesive
// capsulitis: "abduction less than 90 degrees"), in this project's own voices: a terse range of
// motion, a degree sign, a verb, a series of visits, a table's cell. Must-not rows beside them (as
// many): another part's abduction, a strength, a time, a device, the other side, a goal of the plan,
// a strength with a plus. Written before the mechanism (no such fact on fb881a2d).
private let history = "Mr. Cho, 56, a mail carrier, has right shoulder adhesive capsulitis since 03/2016 despite PT and an injection. "

@Test(
    arguments: [
        // (summary after `history`, expected degrees or nil)
        ("R shoulder ROM: abduction 75 degrees, flexion 100, ER 15.", "75"),
        ("Exam right shoulder: abd 80°, forward flexion 95°.", "80"),
        ("He abducts the right shoulder to 85, no further.", "85"),
        ("Abduction at the last three visits: 70, 80, then 95 degrees.", "95"),
        ("| right shoulder motion | abduction 110 degrees; flexion 130 degrees |", "110"),
        ("On exam the right shoulder has passive abduction to 60 degrees.", "60"),
        ("He kept 100 degrees of shoulder abduction and 150 degrees of shoulder flexion on the right.", "100"),
        // Must-not.
        ("Hip abduction 25 degrees bilaterally.", nil),
        ("Shoulder abduction strength 4/5 on the right.", nil),
        ("Abduction brace for 4 weeks after surgery.", nil),
        ("He sleeps with an abduction pillow.", nil),
        ("Left shoulder abduction 175 degrees; right limited.", nil),
        ("Plan: abduction to 140 degrees in 10 weeks.", nil),
        ("Abduction 4+/5 with pain.", nil),
        ("Abduction weakness, ER 20 degrees.", nil),
    ] as [(String, String?)])
func abductionInDegrees(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Right shoulder arthroscopic capsular release with manipulation under anesthesia", summary: history + summary)
    #expect(value(facts, "abduction_degrees") == expected, "\(summary)")
}
