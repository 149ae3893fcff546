import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// An opening label that names a record and the request it was sent with ("Excerpt from the QME's
// report ..., attached to the Request for Authorization of ...: \"The examinee ...\""): the review's
// words inside the label (before its colon) say where the record came from, not that what follows
// is the review's; the prose after the colon is the record's, and its diagnoses are read. A label
// that opens with the review's own words, or review words after the colon, keep the sentence the
// review's. Written in the project's own words; the first row follows a vignette's shape.

@Test(
    arguments: [
        (
            "Excerpt from the orthopedic QME report of 09/28/2016, attached to the Request for Authorization of 11/16/2016: \"The examinee has osteoarthritis of the left knee with bone-on-bone narrowing.\"",
            "osteoarthritis"
        ),
        (
            "Progress report of 10/04/2016 submitted with the request for physical therapy: the patient has a lumbar strain with muscle spasm.",
            "lumbar_strain"
        ),
        (
            "Note from the PR-2 of 11/01/2016, sent with the RFA: she has right carpal tunnel syndrome confirmed by nerve conduction studies.",
            "carpal_tunnel_syndrome"
        ),
        (
            "Records reviewed with the UR file of 10/20/2016: the worker has left C6 radiculopathy with a diminished biceps reflex.",
            "radiculopathy"
        ),
        (
            "Summary of the treating physician's report accompanying the request for authorization: he has a rotator cuff tear of the right shoulder seen on MRI.",
            "rotator_cuff_tear"
        ),
        (
            "Report dated 09/02/2016 in support of the request for surgery: the MRI shows a meniscus tear of the right knee, and he has locking.",
            "meniscus_tear"
        ),
    ] as [(String, String)])
func aRecordLabelKeepsTheDiagnosesAfterIt(_ summary: String, _ diagnosis: String) {
    #expect(summaryDiagnoses(summary).contains(diagnosis))
}

@Test(
    arguments: [
        // A label of the review's own words.
        ("Request for authorization of 11/16/2016: viscosupplementation for osteoarthritis of the left knee.", "osteoarthritis"),
        ("UR 11/02/2016: non-certified; the reviewer notes a lumbar strain without neurologic findings.", "lumbar_strain"),
        // Review words after the colon: the prose is the review's.
        (
            "Report of 11/02/2016 on the request for the MRI: the reviewer found that a meniscus tear of the right knee was not documented and denied the request.",
            "meniscus_tear"
        ),
    ] as [(String, String)])
func aReviewLabelStillMarksTheReview(_ summary: String, _ diagnosis: String) {
    #expect(!summaryDiagnoses(summary).contains(diagnosis))
}
