import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Work told with "normal" before the duty word (returned_to_work): "normal" after a phrase is a
// post-negation verdict ("reflexes normal"), but before a word of work or the day it modifies is an
// adjective ("she is working her normal shifts"). Written before the reading, committed failing. The
// must-not rows: work denied beside a normal finding, a return denied, off work beside normal
// reflexes.

@Test(
    arguments: [
        // (summary, request)
        ("She is working her normal shifts.", "Physical therapy 6 visits, lumbar spine"),
        ("He is back to work at his normal duties as a mechanic.", "Physical therapy 6 visits, lumbar spine"),
        ("She is working normal hours at the warehouse.", "Physical therapy 6 visits, lumbar spine"),
        ("She is back at work on her normal schedule.", "Physical therapy 6 visits, lumbar spine"),
        ("He has returned to his normal job with no restrictions.", "Physical therapy 6 visits, lumbar spine"),
    ] as [(String, String)])
func normalDutiesAreWork(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "returned_to_work") == "true")
}

@Test(
    arguments: [
        // (summary, request)
        ("She is not working; her gait is normal.", "Physical therapy 6 visits, lumbar spine"),
        ("He has not returned to his normal duties.", "Physical therapy 6 visits, lumbar spine"),
        ("Off work. Reflexes normal.", "Physical therapy 6 visits, lumbar spine"),
    ] as [(String, String)])
func workDeniedBesideANormalFindingStaysDenied(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "returned_to_work") != "true")
}

// "normal" before a number and then the duty word ("his normal 10-hour shifts") is still taken as a
// post-negation: the word after "normal" is the number, not a word of work. A gap of the data
// mechanism (`negated_outcomes` names the word right after the negation), left for the negation
// reader's owner.
@Test func normalBeforeANumberedShiftIsAKnownGap() {
    let facts = requestFacts("Physical therapy 6 visits, lumbar spine", summary: "He is working his normal 10-hour shifts on the line.")
    withKnownIssue("\"normal\" before a number is read as a post-negation") {
        #expect(value(facts, "returned_to_work") == "true")
    }
}
