import IMRCore
import IMRFacts
import Testing

/// A defined return-to-work goal agreed by the employer and the worker (CPMTG pp. 125-126, work
/// conditioning and work hardening: "a documented specific job to return to ..., or documented
/// on-the-job training"), in several wordings: the employer's side named (a job held, an offer, its
/// agreement) or on-the-job training is true; no job to return to, or the job ended (the worker
/// dismissed, gone, retired or unemployed), is false; the worker's own wish to work again, a worker
/// off work on disability, a treatment or another person's job ended, and a summary silent on the
/// job, say nothing.
@Test(arguments: [
    // (summary sentence, return_to_work_goal)
    ("His employer is holding his job and has agreed to take him back at full duty after the program.", "true"),
    ("The employer has a position waiting for him.", "true"),
    ("The company has agreed in writing to his return to the picker job.", "true"),
    ("The employer will take him back once he is cleared.", "true"),
    ("A vocational counselor arranged on-the-job training at a parts store.", "true"),
    ("Return-to-work goal: back to his route as a delivery driver, which the employer is holding open.", "true"),
    ("He was laid off in 09/2016 and has no job to return to.", "false"),
    ("Her position was eliminated during a reorganization.", "false"),
    ("There is no return-to-work goal.", "false"),
    ("He was terminated from his job in October.", "false"),
    ("The employer cannot accommodate his restrictions.", "false"),
    ("Her employer terminated her two months after the injury.", "false"),
    ("He was fired in 2016 and has not looked for work.", "false"),
    ("She quit her job at the warehouse last year.", "false"),
    ("He has since retired and draws a pension.", "false"),
    ("She is unemployed.", "false"),
    ("He no longer works for the trucking company.", "false"),
    ("He is not working and remains on temporary total disability.", nil),
    ("Physical therapy was terminated after six visits for lack of progress.", nil),
    ("His former treating physician has retired.", nil),
    ("He wants to go back to work.", nil),
    ("He has a lumbar strain and finished 18 visits of therapy.", nil),
])
func aReturnToWorkGoalIsReadInOtherWords(_ sentence: String, _ expected: String?) {
    let summary = "The 38-year-old order picker hurt his low back on 01/05/2016. \(sentence)"
    let facts = requestFacts("Work hardening program x10 visits", summary: summary)
    #expect(value(facts, "return_to_work_goal") == expected)
}
