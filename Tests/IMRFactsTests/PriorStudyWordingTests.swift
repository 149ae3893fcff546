import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A planned study is not a study done because the plan speaks of what its result will decide
// (`conditional_result`): "depending on the findings" waits for a result.

@Test(
    arguments: [
        // (summary, prior_study of a lumbar MRI)
        (
            "Plan: MRI of the lumbar spine without contrast; he would consider an epidural injection or a surgical opinion depending on the findings.",
            false
        ),
        ("Plan: lumbar MRI; further treatment based on the results.", false),
        ("The physician recommended an MRI of the lumbar spine and will decide on injections once the results are available.", false),
        ("Plan: MRI L-spine, then epidural injection if the findings show a herniation.", false),
        // A result told of a study done still tells it was done, in the plan's sentence or not.
        ("Plan: surgical consult; MRI of the lumbar spine on 10/1/16 showed an L5-S1 herniation.", true),
        ("Lumbar MRI of 04/2016 shows a disc extrusion at L5-S1.", true),
    ] as [(String, Bool)])
func aResultThePlanWaitsForIsNoStudyDone(_ summary: String, _ done: Bool) {
    #expect(requestFacts("MRI of the lumbar spine", summary: summary)["prior_study"]?.value == .bool(done))
}
