import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// An evaluation for a program or a therapy (`therapy_evaluation`) is not the program or the therapy
// given (prior_therapy): a functional restoration program's entry evaluation is its criterion 1
// (CPMTG p. 32), not a program done.

@Test(
    arguments: [
        // (summary, request, prior_therapy)
        (
            "A multidisciplinary evaluation on 10/18/2016 included a physical therapy assessment with baseline functional testing, a psychological evaluation and a physician assessment.",
            "Functional restoration program, 10 days", "false"
        ),
        ("He underwent a functional restoration program evaluation in October 2016.", "Functional restoration program, 10 days", "false"),
        ("He completed 4 weeks of a functional restoration program in 2015.", "Functional restoration program, 10 days", "true"),
        (
            "She attended a functional restoration program in 2015 with improved function.", "Functional restoration program, 10 days",
            "true"
        ),
        // A therapy's evaluation alone, and an evaluation with treatment sessions counted.
        ("She had a physical therapy evaluation on 11/2/16.", "Physical therapy 2x4 lumbar spine", "false"),
        ("She had a physical therapy evaluation and 12 sessions of treatment in 2016.", "Physical therapy 2x4 lumbar spine", "true"),
    ] as [(String, String, String?)])
func anEvaluationIsNotTheTherapyGiven(_ summary: String, _ request: String, _ prior: String?) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy") == prior)
}
