import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Post-operative visits already done (prior_sessions of a post-operative therapy request), told in
// any shape: a count of sessions tied to the surgery rather than to the therapy's name ("18 sessions
// since the repair"), a visit log's label ("Visits: 12 of 12 authorized"), a visit's number ("visit
// 10 of 12"), a share of the visits granted ("8 of 8 authorized visits attended", "6/6 visits"), a
// therapist's own record of the course, a frequency over a span ("twice a week from ... through
// ..."). MTUS Postsurgical Treatment Guidelines (8 CCR 9792.24.3(c)): an initial course of one half
// of the general course, and a subsequent course within it on functional improvement; the visits
// done count against the course. Not done: visits granted but not attended, planned, of another part
// of the body, before the surgery, days of a home program.
//
// The first rows were written by engineer injections (twenty-first session), the rest in this
// project's own words; one follows a vignette's shape (marked).

/// The facts of one request of a bare summary, judged at `decided` (the header's decision date).
private func visitFacts(_ summary: String, _ request: String, decided: String = "12/01/2016") -> FactSet {
    let input = bareCase(summary, requests: [request], decision: decided)
    return extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
}

@Test(
    arguments: [
        // (summary, request, visits done)
        // Engineer injections' rows (cross21/table/surgery.by-injections.tsv).
        (
            "Status post right rotator cuff repair 08/04/2016. Postoperative physical therapy: 12 of 12 authorized visits completed through 10/28/2016; active elevation improved from 90 to 150 degrees.",
            "Additional postoperative physical therapy, right shoulder, 2x6", "12"
        ),
        (
            "He underwent a left ACL reconstruction on 03/15/2016 and has completed 18 sessions of physical therapy since the surgery, with flexion now 125 degrees.",
            "Physical therapy left knee x 8", "18"
        ),
        (
            "PT daily note 10/20/2016: visit 10 of 12 after the right total knee arthroplasty of 09/01/2016. Flexion 105 degrees, extension lacks 5.",
            "Physical therapy right knee, 12 additional visits", "10"
        ),
        (
            "Since the carpal tunnel release on 4/12/16 she has been to hand therapy nine times; grip is 14 kg against 30 kg on the left.",
            "Occupational therapy right hand x 6", "9"
        ),
        (
            "S/p R shoulder scope w/ SAD 6/2/16. Completed 24 post-op PT visits. Plateaued per therapist.",
            "Physical therapy right shoulder x12", "24"
        ),
        (
            "Physical therapy discharge summary: the patient was seen for a total of twenty visits following the L5-S1 microdiscectomy of 02/03/2016 and is independent with the home program.",
            "Physical therapy lumbar spine 2x4", "20"
        ),
        (
            "After the open reduction and internal fixation of the left ankle in January 2016 he finished a course of eight postoperative physical therapy sessions, then stopped for lack of transportation.",
            "Postoperative physical therapy left ankle x 12", "8"
        ),
        (
            "Case manager log. 09/06/2016: right knee arthroscopy with partial medial meniscectomy. 09/14/2016: post-op PT began. 10/19/2016: therapist reports 10 visits attended, good attendance, quad lag resolved.",
            "Physical therapy right knee x 6", "10"
        ),
        // This project's own rows.
        (
            "Right shoulder arthroscopic rotator cuff repair 08/15/2016. She has completed 18 sessions since the repair and still lacks overhead reach.",
            "Postoperative physical therapy 2x4 right shoulder", "18"
        ),
        (
            "PT progress note 11/20/2016, right knee, s/p ACL reconstruction 09/01/2016. Today is visit 10 of 12.",
            "Post-op physical therapy 2x3 right knee", "10"
        ),
        (
            "Left carpal tunnel release 09/26/2016. Hand therapy twice a week from 10/10/2016 through 11/21/2016.",
            "Occupational therapy 2x3 left wrist", "12"
        ),
        (
            "Physical therapy discharge summary, post-operative course. Procedure: L4-5 microdiscectomy 08/30/2016. Total visits attended: 16. Goals partly met.",
            "Physical therapy 2x4 lumbar spine", "16"
        ),
        (
            "Post-op PT after the right knee arthroscopy on 09/06/2016: 8 of 8 authorized visits attended.",
            "Physical therapy 2x4 right knee", "8"
        ),
        ("He has been to therapy 14 times since his cervical fusion of 07/18/2016.", "Physical therapy 2x4 cervical spine", "14"),
        (
            "Since surgery (left total knee arthroplasty 09/12/2016) she has attended twelve outpatient visits; she walks with a cane.",
            "Physical therapy 2x6 left knee", "12"
        ),
        ("S/p R CTR 10/03/16. OT: 6/6 visits done.", "Occupational therapy x6 right wrist", "6"),
        (
            "Left shoulder labral repair 08/22/2016. Post-operative therapy twice weekly for the past 7 weeks.",
            "Physical therapy 2x4 left shoulder", "14"
        ),
        // A vignette's shape (batch 5), in the letter's full wording: a therapist's discharge summary
        // whose visit line names no therapy, and whose surgery is told with its date and the surgeon
        // who did it and referred her ("who referred her here" does not make it a surgery considered).
        (
            "Physical therapy discharge summary, initial postoperative course, 11/18/2016. Patient: 46-year-old grocery stocker, left shoulder injured 05/10/2016 lifting a case of canned goods to a top shelf. Procedure: left arthroscopic rotator cuff repair (full-thickness supraspinatus tear, two anchors) with subacromial decompression on 09/01/2016, by the treating surgeon, who referred her here; sling discontinued six weeks after surgery. Visits: 12 of 12 authorized, 09/19/2016 to 11/16/2016, none missed.",
            "Postoperative physical therapy, left shoulder, 12 visits (2 times a week for 6 weeks)", "12"
        ),
    ] as [(String, String, String)])
func postoperativeVisitsInAnyShape(_ summary: String, _ request: String, _ visits: String) {
    #expect(value(visitFacts(summary, request), "prior_sessions") == visits)
}

@Test(
    arguments: [
        // (summary, request, a count that must not be read)
        // Engineer injections' rows: visits granted, not attended; planned; of another region; before the surgery.
        (
            "Twelve postoperative physical therapy visits were authorized after the 07/06/2016 rotator cuff repair, but she has not started therapy yet because she is still in the sling.",
            "Physical therapy right shoulder x 12", "12"
        ),
        (
            "Plan: after the left knee arthroscopy scheduled for 11/02/2016, begin physical therapy three times a week for four weeks (12 visits).",
            "Postoperative physical therapy left knee x 12", "12"
        ),
        (
            "He completed 14 sessions of physical therapy for the lumbar spine last year. Right carpal tunnel release on 08/10/2016; hand therapy has not begun.",
            "Occupational therapy right wrist x 8", "14"
        ),
        (
            "Before the 06/15/2016 rotator cuff repair he had 10 sessions of physical therapy without benefit; he is two weeks post-op and has had no therapy since the surgery.",
            "Postoperative physical therapy right shoulder x 12", "10"
        ),
        // This project's own rows: visits granted, not attended; before the surgery; of another
        // region; a home program's days; planned.
        (
            "Right shoulder rotator cuff repair 09/01/2016. Twelve post-operative PT visits were authorized on 09/10/2016; she has not yet started because of a wound problem.",
            "Physical therapy 2x6 right shoulder", "12"
        ),
        (
            "Left knee arthroscopy 10/01/2016. Before the surgery she had 12 sessions of physical therapy without relief. Post-op PT is requested.",
            "Physical therapy 2x4 left knee", "12"
        ),
        (
            "Right carpal tunnel release 09/20/2016. She completed 10 sessions of physical therapy for her neck last year.",
            "Occupational therapy 2x3 right wrist", "10"
        ),
        (
            "L5-S1 microdiscectomy 09/14/2016. He walks daily and has done his home exercises every day for 30 days.",
            "Physical therapy 2x4 lumbar spine", "30"
        ),
        ("Right total knee arthroplasty 10/05/2016. Plan: 12 post-op PT visits, 3 per week.", "Physical therapy 3x4 right knee", "12"),
    ] as [(String, String, String)])
func postoperativeVisitsNotDone(_ summary: String, _ request: String, _ count: String) {
    #expect(value(visitFacts(summary, request), "prior_sessions") != count)
}
