import Testing

/// What ODG's functional capacity evaluation asks of the return to work (Fitness for Duty, FCE):
/// the timing (`maximum_medical_improvement`: at or near MMI, permanent and stationary) and the
/// complex issues (`failed_return_to_work`: an attempt told failed or not tolerated;
/// `conflicting_work_restrictions`: reports that disagree on the restrictions). Must-not rows: MMI
/// denied or still to come, a return hoped for or done, restrictions stated without a conflict.
@Test(
    arguments: [
        // (sentence, fact, value; "nil" = not documented)
        ("The AME found her permanent and stationary in January.", "maximum_medical_improvement", "true"),
        ("Dr. Lee believes he is nearing MMI.", "maximum_medical_improvement", "true"),
        ("He was placed at maximal medical improvement on 2/4/2016.", "maximum_medical_improvement", "true"),
        ("She made one attempt at light duty that failed after three days.", "failed_return_to_work", "true"),
        ("He tried to return to his regular duty in March but was sent home.", "failed_return_to_work", "true"),
        ("Her return to work in April was unsuccessful.", "failed_return_to_work", "true"),
        ("She could not tolerate the modified duty offered by the employer.", "failed_return_to_work", "true"),
        // A telegraphic note's statement ("At MMI."), and MMI reported of the worker.
        ("Residual low back pain 3-4/10. At MMI. Home program continues.", "maximum_medical_improvement", "true"),
        ("A: lumbar strain, resolved to a baseline; at P&S.", "maximum_medical_improvement", "true"),
        ("At maximal medical improvement per the AME.", "maximum_medical_improvement", "true"),
        ("PTP reports him at maximum medical improvement; P&S report to follow.", "maximum_medical_improvement", "true"),
        ("The treating doctor and the panel QME disagree about his restrictions.", "conflicting_work_restrictions", "true"),
        ("The QME's opinion conflicts with mine on lifting and hours.", "conflicting_work_restrictions", "true"),
        ("There are conflicting reports about her work capacity.", "conflicting_work_restrictions", "true"),
        // Must not: MMI denied or to come; a return hoped for or done; restrictions without a conflict.
        ("He is not at MMI yet; another injection is planned.", "maximum_medical_improvement", "false"),
        ("She will stay on temporary disability until she reaches MMI.", "maximum_medical_improvement", "false"),
        ("Request an FCE at MMI to set permanent restrictions.", "maximum_medical_improvement", "nil"),
        ("At MMI, an impairment rating will be needed.", "maximum_medical_improvement", "nil"),
        ("At MMI an FCE may be considered.", "maximum_medical_improvement", "nil"),
        ("We will rate him at MMI.", "maximum_medical_improvement", "nil"),
        ("The reports at MMI are pending.", "maximum_medical_improvement", "nil"),
        ("The QME's opinion conflicts with mine on causation.", "conflicting_work_restrictions", "nil"),
        ("He would like to return to work as a driver.", "failed_return_to_work", "nil"),
        ("She returned to modified duty in May and is tolerating it.", "failed_return_to_work", "nil"),
        ("Work restrictions: no lifting over 25 pounds, no overhead work.", "conflicting_work_restrictions", "nil"),
    ] as [(String, String, String)])
func theTimingAndTheComplexIssuesOfAnFCEAreRead(_ sentence: String, _ fact: String, _ value: String) {
    expectRequestFact("A 51-year-old loader with low back pain since 2014. \(sentence)", "Functional capacity evaluation", fact, value)
}
