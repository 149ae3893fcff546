import Testing

// Sacroiliac joint provocative tests counted positive (sacroiliac_positive_tests; ODG Hip & Pelvis,
// sacroiliac blocks: at least 3 positive exam findings): tests told one by one with a result after
// them or before them in their clause, "(+)" and "(-)", a tally told as "N of M" or "N/M", a test
// told twice counted once. Must not: a negative test, a test without a result, a plan to test, the
// review's restatement. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Exam: positive Gaenslen's, thigh thrust and sacral thrust on the left; distraction is negative.",
            "Left sacroiliac joint injection under fluoroscopy", "sacroiliac_positive_tests", "3"
        ),
        (
            "SI provocation: FABER (+), compression (+), thigh thrust (+), Gaenslen (-), distraction (-).",
            "Right SI joint injection", "sacroiliac_positive_tests", "3"
        ),
        (
            "Three of five sacroiliac provocation tests were positive on the right.", "Right SI joint injection",
            "sacroiliac_positive_tests", "3"
        ),
        ("Provocative testing 4/5 positive for the left sacroiliac joint.", "Left SI joint injection", "sacroiliac_positive_tests", "4"),
        (
            "The thigh thrust test reproduces her buttock pain. Pelvic compression also reproduces it. FABER is negative.",
            "Right sacroiliac joint block", "sacroiliac_positive_tests", "2"
        ),
        (
            "Patrick's test is positive on the right. On recheck, Patrick's test remains positive, and Gaenslen's is positive.",
            "Right sacroiliac joint block", "sacroiliac_positive_tests", "2"
        ),
        (
            "Positive FABER, Gaenslen's and thigh thrust tests on the right; negative distraction and compression.",
            "Right SI joint injection",
            "sacroiliac_positive_tests", "3"
        ),
        (
            "SI joint provocative maneuvers: 3 positive (thigh thrust, compression, Gaenslen's).", "Right SI joint injection",
            "sacroiliac_positive_tests", "3"
        ),
        ("Gaenslen's and FABER elicit concordant right buttock pain.", "Right SI joint injection", "sacroiliac_positive_tests", "2"),
        // The review's restatement is not the examination.
        ("UR noted that FABER, Gaenslen's and thigh thrust were positive.", "Right SI joint injection", "sacroiliac_positive_tests", "!3"),
        // Negative tests counted as none.
        (
            "Gaenslen's, thigh thrust, compression and distraction tests are all negative bilaterally.", "Bilateral SI joint injections",
            "sacroiliac_positive_tests", "0"
        ),
        // Must not: a test named without a result, a plan to test, a test named in a list of tests to do.
        (
            "She is tender over the right PSIS; FABER and Gaenslen were not performed.", "Right SI joint injection",
            "sacroiliac_positive_tests", "!3"
        ),
        (
            "Plan: check thigh thrust, compression and Gaenslen's at the next visit.", "Right SI joint injection",
            "sacroiliac_positive_tests", "nil"
        ),
        (
            "Low back pain over the right sacroiliac joint, worse with standing.", "Right SI joint injection", "sacroiliac_positive_tests",
            "nil"
        ),
    ] as [(String, String, String, String)])
func sacroiliacProvocativeTests(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
