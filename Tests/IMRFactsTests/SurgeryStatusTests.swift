import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Where the surgery a service goes with stands (surgery_status: done, authorized, denied,
// requested), and care of the recovery asked soon after a surgery (postoperative). ODG and IMR
// practice: a service associated with a surgery follows the surgery, so a surgery non-certified,
// denied, cancelled or not scheduled leaves it none to follow; CPMTG Home health services: "on a
// short-term basis following major surgery". Written in the project's own words before the
// reading; the first row of each table follows a vignette's shape (batch 5).

/// The facts of one request of a bare summary, judged at `decided` (the header's decision date).
private func statusFacts(_ summary: String, _ request: String, decided: String = "12/01/2016") -> FactSet {
    let input = bareCase(summary, requests: [request], decision: decided)
    return extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
}

@Test(
    arguments: [
        // (summary, request, status)
        (
            "He walks one block with a cane. The right total knee arthroplasty was non-certified in utilization review on 10/21/2016 and has not been scheduled; the treating surgeon has appealed.",
            "Front-wheeled walker (purchase), for use after right total knee arthroplasty", "denied"
        ),
        (
            "Left shoulder arthroscopy was denied by UR on 11/03/2016 and the appeal is pending.",
            "Cold therapy unit 7-day rental for use after left shoulder arthroscopy", "denied"
        ),
        (
            "The L4-5 fusion was cancelled in October when her blood sugar could not be controlled.",
            "Post-operative physical therapy lumbar spine 12 visits", "denied"
        ),
        (
            "Right carpal tunnel release is authorized and scheduled for 12/12/2016.",
            "Post-op occupational therapy 2x4 right wrist", "authorized"
        ),
        (
            "She underwent a left total knee arthroplasty on 10/04/2016 and walks with a walker.",
            "Continuous passive motion machine rental, left knee, post-op", "done"
        ),
        (
            "A right shoulder rotator cuff repair has been requested and is pending authorization.",
            "Sling for use after right shoulder rotator cuff repair", "requested"
        ),
        (
            "The L5-S1 fusion was denied, then approved on appeal on 11/02/2016; surgery is set for 12/14/2016.",
            "Front-wheeled walker for use after L5-S1 fusion", "authorized"
        ),
    ] as [(String, String, String)])
func surgeryStatusOfTheService(_ summary: String, _ request: String, _ status: String) {
    #expect(value(statusFacts(summary, request), "surgery_status") == status)
}

@Test(
    arguments: [
        // (summary, request): another procedure denied; an earlier denial of the other side; a
        // study denied beside a surgery done.
        (
            "Her cervical epidural was denied by UR. Left knee arthroscopy is scheduled for 12/05/2016.",
            "Cold therapy unit 7-day rental after left knee arthroscopy"
        ),
        (
            "The left shoulder MRI was non-certified in August. Left shoulder arthroscopy was performed on 10/10/2016.",
            "Post-op physical therapy left shoulder 2x4"
        ),
        (
            "A right knee arthroscopy was denied last year; the left knee arthroscopy was authorized on 11/20/2016.",
            "Front-wheeled walker for use after left knee arthroscopy"
        ),
        (
            "She declined a second opinion; the lumbar fusion was approved on 11/10/2016.",
            "Front-wheeled walker for use after lumbar fusion"
        ),
    ] as [(String, String)])
func surgeryStatusNotDenied(_ summary: String, _ request: String) {
    #expect(value(statusFacts(summary, request), "surgery_status") != "denied")
}

@Test(
    arguments: [
        // (summary, request): care of the recovery soon after a surgery.
        (
            "L4-5 posterior decompression and instrumented fusion on 11/08/2016, authorized; transferred to the rehabilitation unit on 11/11/2016. She cannot leave home without help.",
            "Home health aide, 3 hours a day, 5 days a week, for 4 weeks"
        ),
        (
            "Right total hip arthroplasty 11/15/2016. She lives alone and cannot yet manage stairs.",
            "Home health nursing 2 visits per week x 3 weeks"
        ),
        ("POD 5 after a left total knee arthroplasty; walks 20 feet with a walker.", "Inpatient rehabilitation 7 days"),
        ("He underwent a C5-6 anterior cervical fusion on 11/20/2016 and remains weak.", "Skilled nursing facility 10 days"),
        (
            "She is two weeks out from her right shoulder arthroplasty and cannot dress herself.",
            "Home health aide 2 hours a day for 3 weeks"
        ),
        (
            "Status post lumbar laminectomy 11/01/2016, with a wound that needs daily dressing changes.",
            "Home nursing visits 3x/week x 2 weeks"
        ),
    ] as [(String, String)])
func recoveryCareAfterARecentSurgery(_ summary: String, _ request: String) {
    #expect(value(statusFacts(summary, request), "postoperative") == "true")
}

@Test(
    arguments: [
        // (summary, request): a surgery years ago; one still to come; one denied; a study after a surgery.
        ("Lumbar fusion in 2012. He is homebound after a stroke.", "Home health aide 4 hours a day for 4 weeks"),
        ("Right total knee arthroplasty is scheduled for 12/20/2016.", "Home health aide 3 hours a day for 2 weeks"),
        ("The lumbar fusion was denied by UR on 11/01/2016.", "Home health aide 3 hours a day for 2 weeks"),
        ("Right carpal tunnel release 11/10/2016.", "MRI of the lumbar spine"),
    ] as [(String, String)])
func recoveryCareNotPostoperative(_ summary: String, _ request: String) {
    #expect(value(statusFacts(summary, request), "postoperative") != "true")
}
