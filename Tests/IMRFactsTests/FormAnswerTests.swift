import Testing

// A form's one-letter answer after its item (``TickAnswers``: "home exercises - N" denies the
// item, an answer after another answer is a second column's) and a request form's grid
// (``TableGrids/requestedRows(of:tokens:heads:)``: its rows ask, they tell nothing done). Written
// in this project's own words before the mechanism: on the start build (432a631) the two "N" rows
// read the item as given; the grid rows held there, bare (a letter's grid is read joined).
// Not read yet: "epidural injection N" as no injection given (the post-negation is read, the
// denial is not), "+" and "-" after a test ("SLR L +").

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Mr. Vega, 44, a plumber, has low back pain since 08/2016. Self-care: ice - Y; home exercises daily - Y; brace - N. Flexion 45 degrees.",
            "Physical therapy 6 visits lumbar", "home_exercise_program", "true"
        ),
        (
            "Mr. Vega, 44, a plumber, has low back pain since 08/2016. Self-care: ice - Y; home exercises - N; brace - N. Flexion 45 degrees.",
            "Physical therapy 6 visits lumbar", "home_exercise_program", "false"
        ),
        (
            "Mr. Lee, 50, a mover, right shoulder pain since 04/2016.\nTreatment | Tried | Helped\nPT | Y | N\nNSAID | Y | N\nSubacromial injection | Y | Y, 3 months\nHawkins positive.",
            "Right shoulder subacromial corticosteroid injection", "injection_given", "true"
        ),
        (
            "Mr. Lee, 50, a mover, right shoulder pain since 04/2016.\nTreatment | Tried | Helped\nPT | Y | N\nNSAID | Y | N\nSubacromial injection | N | -\nHawkins positive.",
            "Right shoulder subacromial corticosteroid injection", "injection_given", "false"
        ),
        (
            "Spine follow-up 11/20/2016. Ms. Duarte, 45, a cook, low back pain with left leg numbness since 2014.\nStudies to date:\nDate | Study | Result\n03/2015 | MRI lumbar spine | L4-5 disc protrusion\n08/2016 | X-ray lumbar | normal\nNew weakness of the left big toe since October.",
            "MRI lumbar spine without contrast", "prior_study", "true"
        ),
        // Must-not: a request form's rows are not things done.
        (
            "Request for authorization 12/01/2016.\nRequested treatment:\n| Diagnosis | Service requested | Code | Frequency |\n| Chronic low back pain, on opioids | Urine drug screen, immunoassay | 80305 | once, at this visit |\nProgress note 12/01/2016: Mr. Ortega, 51, takes oxycodone 10 mg three times a day. Screens so far:\n| Date | Result |\n| 02/10/2016 | consistent |\n| 06/15/2016 | consistent |\nNo aberrant behavior; CURES reviewed.",
            "Urine drug screen", "drug_screen_interval", "!0 days"
        ),
        (
            "RFA 11/20/2016. Ms. Duarte, 45, a cook, low back pain with left leg numbness since 08/2016; lumbar X-rays 08/2016 normal.\nProcedure requested | CPT | Body part\nMRI lumbar spine without contrast | 72148 | low back\nSLR positive on the left at 35 degrees.",
            "MRI lumbar spine without contrast", "prior_study", "!true"
        ),
    ])
func formAnswerFacts(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
