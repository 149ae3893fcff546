import IMRFacts
import Testing

/// A study named by a document that orders it (an order ticket, a requisition, a referral, a
/// screening questionnaire) is asked, not done (`prior_study` not true); a report of it, a study
/// told with its result or its date of the past is done.
@Test(arguments: [
    // Must not read a study done.
    (
        "ELECTRODIAGNOSTIC ORDER TICKET (coded) WITH THE ORDERING PHYSIATRIST'S INDICATION - Coastal Physical Medicine.",
        "EMG of the left lower extremity", false
    ),
    ("EMG/NCS requisition - Valley Neurodiagnostics. Indication: left leg numbness.", "EMG/NCS of the left lower extremity", false),
    ("Order: EMG of the left leg, to confirm or exclude an L5 radiculopathy.", "EMG left lower extremity", false),
    ("MRI TECHNOLOGIST'S SCREENING QUESTIONNAIRE, with the ordering note.", "MRI of the right knee", false),
    // Must read a study done.
    ("EMG/NCS REPORT - 03/2016: left L5 radiculopathy, chronic.", "EMG of the left lower extremity", true),
    ("Electrodiagnostic study of 03/2016 showed a left L5 radiculopathy.", "EMG of the left lower extremity", true),
    ("EMG 03/2016 (ordered by Dr. Lee): normal.", "EMG of the left lower extremity", true),
    ("An MRI of the right knee was done in May and showed a medial meniscus tear.", "MRI of the right knee", true),
])
func aStudyNamedByItsOrderIsNotDone(_ summary: String, _ request: String, _ done: Bool) {
    let input = bareCase(summary, requests: [request], decision: "07/01/2016")
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    #expect((value(facts, "prior_study") == "true") == done)
}
