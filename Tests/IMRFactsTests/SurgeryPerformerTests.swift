import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A surgery told with its date before the request and the surgeon who did it is done, though its
// clause goes on with the surgeon's words of referral or of weighing ("by the treating surgeon, who
// referred her here"; SurgeryEvents, `surgery_performer`). Not done: a surgery dated after the
// request, one weighed with no date, one denied, one requested on a date. Written in the project's
// own words; the first row follows a vignette's shape (batch 5).

/// The facts of one request of a bare summary, judged at `decided` (the header's decision date).
private func performerFacts(_ summary: String, _ request: String, decided: String = "12/01/2016") -> FactSet {
    let input = bareCase(summary, requests: [request], decision: decided)
    return extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
}

@Test(
    arguments: [
        // (summary, request)
        (
            "Procedure: left arthroscopic rotator cuff repair (full-thickness supraspinatus tear, two anchors) with subacromial decompression on 09/01/2016, by the treating surgeon, who referred her here; sling discontinued six weeks after surgery.",
            "Postoperative physical therapy, left shoulder, 12 visits (2 times a week for 6 weeks)"
        ),
        (
            "Right carpal tunnel release on 08/15/2016 by Dr. Lee, who referred her for hand therapy.",
            "Postoperative occupational therapy x6 right wrist"
        ),
        (
            "Cervical fusion C5-6 on 08/01/2016 by Dr. Ruiz, who would like him to begin therapy.",
            "Postoperative physical therapy 2x4 cervical spine"
        ),
        (
            "Left knee arthroscopic partial meniscectomy 09/20/2016, performed by her orthopedic surgeon, who is considering a referral to therapy.",
            "Postoperative physical therapy left knee x12"
        ),
        (
            "Trigger finger release 09/12/2016, done by the hand surgeon, who may refer her to therapy.",
            "Postoperative occupational therapy x6 right hand"
        ),
        (
            "L4-5 microdiscectomy on 07/07/2016 by the spine surgeon, who referred him here.",
            "Postoperative physical therapy 2x4 lumbar spine"
        ),
    ] as [(String, String)])
func surgeryDoneByItsSurgeon(_ summary: String, _ request: String) {
    #expect(value(performerFacts(summary, request), "surgery_status") == "done", "\(summary)")
}

@Test(
    arguments: [
        // (summary, request)
        (
            "Right knee arthroscopy to be performed by Dr. Lee on 12/20/2016, who referred him here.",
            "Postoperative physical therapy right knee x12"
        ),
        (
            "The surgeon, who referred her for a second opinion, would consider a rotator cuff repair.",
            "Postoperative physical therapy right shoulder x12"
        ),
        ("A lumbar fusion by Dr. Ruiz was requested on 10/15/2016 and is pending.", "Postoperative physical therapy 2x4 lumbar spine"),
    ] as [(String, String)])
func surgeryNotDoneBySurgeonWords(_ summary: String, _ request: String) {
    #expect(value(performerFacts(summary, request), "surgery_status") != "done", "\(summary)")
}
