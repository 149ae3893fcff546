import Testing

// Two findings joined as one subject and denied by the predicate after them are both denied
// (`mechanical_signs`; ACOEM ch. 13, the knee's instability tests; ODG Ankle & Foot, the anterior
// drawer and talar tilt): "Lachman and anterior drawer are negative", "Anterior drawer and talar tilt
// are both negative", "McMurray and Apley tests were negative on the right". Read as written: each
// finding given its own verdict ("The anterior drawer is positive and the Lachman is negative"), and
// two findings affirmed beside a third denied. Raised by engineer sections on the board; written in
// this engineer's words before the mechanism: on the start build (913007d1) the three must-read rows
// fail.

@Test(
    arguments: [
        // (summary, request, expected: a value, "!value" for any other)
        (
            "Right knee pain since a twist at work on 05/02/2016. Lachman and anterior drawer are negative. Medial joint line tenderness.",
            "MRI right knee", "false"
        ),
        (
            "Right ankle sprain on 05/02/2016. Anterior drawer and talar tilt are both negative. Swelling over the lateral ankle.",
            "MRI right ankle", "false"
        ),
        (
            "Right knee pain since 05/02/2016. On examination, McMurray and Apley tests were negative on the right. No effusion.",
            "MRI right knee", "false"
        ),
        (
            "Right knee pain since 05/02/2016. The anterior drawer is positive and the Lachman is negative.",
            "MRI right knee", "true"
        ),
        (
            "Right knee pain since 05/02/2016. Lachman and anterior drawer are positive; McMurray is negative.",
            "MRI right knee", "true"
        ),
    ] as [(String, String, String)])
func aJoinedSubjectIsDeniedWhole(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "mechanical_signs", expected)
}
