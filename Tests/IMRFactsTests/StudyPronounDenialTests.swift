import Testing

// A study's negation naming its object by a pronoun denies the condition just named (ACOEM ch. 8 and
// ch. 12, MTUS ESIs p. 46: a radiculopathy corroborated by imaging or electrodiagnostic testing;
// electrodiagnostic_abnormal, electrodiagnostic_findings). "A C6 radiculopathy was suspected, so an
// EMG was done; it does not show it": the study did not find the radiculopathy, which its sentence
// names only as the reason for it. A condition the study is told to have found in its own clause
// ("the EMG showed a radiculopathy; the MRI does not show it") is still its finding.

private let neckRequest = "Cervical epidural steroid injection C5-6"
private let backRequest = "Lumbar epidural steroid injection L5-S1"

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Neck pain with aching into the left shoulder blade since 01/2021. A left C6 radiculopathy was suspected at intake, so an EMG/NCS of the left arm was done in 06/2021; it was reviewed today and does not show it.",
            neckRequest, "electrodiagnostic_abnormal", "false"
        ),
        (
            "Low back pain into the right calf since 2021. Her surgeon asked about an L5 radiculopathy. The EMG/NCS of the legs on 03/02/2022 did not confirm it.",
            backRequest, "electrodiagnostic_abnormal", "false"
        ),
        (
            "Neck and right arm pain since a 2020 fall. Cervical radiculopathy was the working diagnosis; an MRI and an EMG were both done, and neither study supports it.",
            neckRequest, "electrodiagnostic_findings", "!radiculopathy"
        ),
        (
            "Low back and left leg pain since 2019. An S1 radiculopathy was considered likely on examination, but the EMG/NCS of 08/2021 does not demonstrate one.",
            backRequest, "electrodiagnostic_abnormal", "!true"
        ),
        // Must-read: a study's own finding stands beside another study's denial.
        (
            "Neck pain into the left thumb since 2020. An EMG/NCS in 06/2021 showed a chronic left C6 radiculopathy; the MRI does not show it.",
            neckRequest, "electrodiagnostic_abnormal", "true"
        ),
        (
            "Low back pain into the left foot since 2021. The EMG/NCS of 02/10/2022 was positive for a left L5 radiculopathy, though the lumbar MRI does not explain it.",
            backRequest, "electrodiagnostic_findings", "radiculopathy"
        ),
    ])
func aStudyDenyingItsConditionByAPronounDidNotFindIt(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: fact == "electrodiagnostic_findings")
}
