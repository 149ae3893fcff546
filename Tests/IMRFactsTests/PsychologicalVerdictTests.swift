import Testing

/// The verdict of a psychological evaluation done before a device or a program
/// (`psychological_candidate`, CPMTG p. 101; ODG's psychological clearance), told in the
/// evaluation's sentence or the next. Must-not rows: a candidacy or clearance judged for something
/// else (surgery, work), an evaluation not done, no verdict told.
@Test(
    arguments: [
        // (summary, psychological_candidate; "nil" = not documented)
        (
            "Psychological evaluation 10/2016 (Dr. K., PhD): MMPI-2 valid; PHQ-9 18. Not a suitable candidate at present; treat the depression first and re-evaluate.",
            "false"
        ),
        ("Pre-SCS psychological evaluation completed 09/12; she was cleared for the trial with realistic expectations.", "true"),
        ("Psych eval for the stimulator was done 10/01: recommends deferring the trial until her PTSD is treated.", "false"),
        ("He had a psychological evaluation before the implant. The psychologist found unrealistic expectations of a cure.", "false"),
        ("Psychosocial evaluation done 08/2016: no psychological contraindication to neuromodulation.", "true"),
        (
            "Her psychological evaluation cleared her for the trial: no untreated depression or substance use, and realistic expectations.",
            "true"
        ),
        // Must not: another judgement beside the evaluation, the evaluation not done, no verdict told.
        (
            "A psychological evaluation was completed and he is an appropriate candidate. The spine surgeon says he is not a candidate for further surgery.",
            "true"
        ),
        ("Psychological testing done 11/2016. He is not cleared to return to work per his PTP.", "nil"),
        ("Psychological evaluation is pending; she is not a suitable candidate for revision surgery.", "nil"),
        ("A psychological evaluation was completed on 10/05/2016.", "nil"),
    ] as [(String, String)])
func aPsychologicalEvaluationsVerdictIsRead(_ summary: String, _ verdict: String) {
    expectRequestFact(summary, "Spinal cord stimulator trial", "psychological_candidate", verdict)
}
