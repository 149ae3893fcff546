import IMRFacts
import Testing

/// The time since the injury at the request: counted to the date the summary gives the request for
/// authorization, not to a date of the review's decision, nor a date after the review's or before
/// the injury; without one, the same as the time to the review.
@Test(arguments: [
    // (summary, days to the request; the review is dated 12/15/2016, the injury 11/02/2016: 43 days)
    ("The Request for Authorization form was received on 11/28/2016.", 26),
    ("A request for authorization was submitted on 11-16-16 for physical therapy.", 14),
    ("The RFA dated 12/01/2016 included an MRI of the lumbar spine.", 29),
    ("On 11/20/2016, the Request for Authorization requested chiropractic care.", 18),
    ("The request arrived on 11/21/2016.", 19),
    ("The request was faxed 11/22/16.", 20),
    // The review's decision on the request is not its date.
    ("The UR dated 12-6-16 non-certified the request for authorization.", 43),
    // Told in one sentence with the review's decision: the date before the decision's words.
    ("An RFA of November 17, 2016 requested a lumbar spine MRI, which UR non-certified on 12/06/2016.", 15),
    ("The 11/16/16 RFA requested a left hip MRI, which UR non-certified on 11/30/16.", 14),
    ("On December 1, 2016 a request was received for an MRI that was noncertified by Utilization Review on December 8, 2016.", 29),
    ("The RFA was signed 11/14/16, UR denied the requests on 12/06/16.", 12),
    // A date after the decision's words is the decision's.
    ("UR denied the requests on 12/06/16 after the request for authorization.", 43),
    // A date after the review's is another request.
    ("A request for authorization dated 12/20/2016 was provided.", 43),
    // No request dated.
    ("He was seen on 11/29/2016 for low back pain.", 43),
])
func theTimeSinceTheInjuryIsCountedToTheRequest(_ sentence: String, _ days: Int) {
    let input = bareCase("Date of injury 11/02/2016. " + sentence, requests: ["EMG of the left upper extremity"], decision: "12/15/2016")
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    #expect(facts["time_since_injury_at_request"]?.value == .days(days))
}
