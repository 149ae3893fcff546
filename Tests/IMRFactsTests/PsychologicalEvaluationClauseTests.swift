import IMRCore
import IMRFacts
import Testing

/// A psychological evaluation told done, whatever a later clause about another thing plans
/// (CPMTG pp. 30-32, chronic pain programs: an adequate and thorough evaluation before admission;
/// a psychological evaluation before a spinal cord stimulator or a fusion): a plan word counts in
/// the evaluation's own clause, or in a relative clause right after it, not in a clause after a `;`
/// nor in a relative clause about another thing ("no disorder that would keep him from the program").
@Test(arguments: [
    // (sentence, psychological_clearance)
    (
        "The psychological evaluation (Dr. A. Ruiz, PsyD): BDI-II 22, GAD-7 9; no psychiatric disorder that would keep him from the program.",
        "true"
    ),
    ("Psych eval 09/2016: MMPI-2 valid, no contraindication that would interfere with the program.", "true"),
    ("A psychological evaluation was completed on 10/03/2016, which found no condition that would preclude participation.", "true"),
    ("Psychological screening was done at intake and showed moderate fear-avoidance that the program would address.", "true"),
    ("Psychological clearance was obtained; he would like to start as soon as possible.", "true"),
    ("Her psychological assessment in 08/2016 found fear of movement, which the program should treat.", "true"),
    ("A psychological evaluation would be needed before the program.", "false"),
    ("A psychological evaluation has been requested.", "false"),
    ("No psychological evaluation has been done; one is planned for the first week.", "false"),
    ("He was referred for a psychological evaluation, which would be done before admission.", "false"),
    ("Psychological evaluation to be scheduled.", "false"),
    ("He has depression treated with sertraline.", nil),
])
func aPsychologicalEvaluationIsDoneWhateverAnotherClausePlans(_ sentence: String, _ expected: String?) {
    let summary =
        "The 45-year-old warehouse worker has chronic low back pain since a lifting injury on 02/10/2014; therapy, chiropractic, injections and medications have not helped. \(sentence)"
    let facts = requestFacts("Functional restoration program x 10 days", summary: summary)
    #expect(value(facts, "psychological_clearance") == expected)
}
