import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A surgery's name opens a noun phrase (what was operated on, its levels, a bracketed aside on how
// it was done); a date after that phrase is the surgery's date, so the surgery is done then
// (prior_surgery, time_since_surgery: the Postsurgical Treatment Guidelines' period counts from the
// surgery, 8 CCR 9792.24.3). A date told after other words, a plan, or a consult stays another
// event's. Written in this project's own words before the reading, in several voices (a hospital
// note, a terse entry, dictation, an adviser's narrative). Each row is judged at 12/01/2016.

@Test(
    arguments: [
        // (summary, request, fact, value)
        (
            "Surgical stabilization of left ribs 5-7 (open reduction and plate fixation through a limited lateral thoracotomy) on 11/01/2016. Incisional pain is 5/10 at rest.",
            "Post-operative TENS unit rental 30 days", "time_since_surgery", "30 days"
        ),
        (
            "Surgical stabilization of left ribs 5-7 (open reduction and plate fixation through a limited lateral thoracotomy) on 11/01/2016. Incisional pain is 5/10 at rest.",
            "TENS unit rental 30 days", "prior_surgery", "true"
        ),
        (
            "ORIF of the left distal radius and ulna styloid on 09/12/2016 by Dr. Hale. The cast came off in October. Grip is weak.",
            "Occupational therapy 8 visits left wrist", "time_since_surgery", "80 days"
        ),
        (
            "Right ACL reconstruction (hamstring autograft, suspensory fixation) 07/18/2016. He jogs in a straight line.",
            "Physical therapy 8 visits right knee", "time_since_surgery", "136 days"
        ),
        (
            "Patient had an anterior cervical discectomy and fusion of C5-C6 and C6-7 on 08/03/2016 and the arm pain resolved.",
            "Physical therapy 8 visits cervical spine", "time_since_surgery", "120 days"
        ),
        (
            "she underwent surgical decompression of the L4 5 level on 10/03/2016 period the leg pain is better",
            "Physical therapy 8 visits lumbar spine", "time_since_surgery", "59 days"
        ),
    ] as [(String, String, String, String)])
func aDateAfterTheOperationsPhraseIsItsDate(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, decision: "12/01/2016", anyTerm: true)
}

@Test(
    arguments: [
        // (summary, request, fact, the value it must not read)
        (
            "Surgical stabilization of the ribs was discussed at the visit on 11/01/2016; he prefers to wait. Chest wall pain is 5/10.",
            "TENS unit rental 30 days", "time_since_surgery", "30 days"
        ),
        (
            "Surgical stabilization of the left ribs 5-7 (plate fixation) was offered on 11/01/2016; he declined it. Chest wall pain is 5/10.",
            "TENS unit rental 30 days", "prior_surgery", "true"
        ),
        (
            "ORIF of the left wrist was recommended, and she was seen in the clinic on 11/01/2016 for a cast change. Grip is weak.",
            "Occupational therapy 8 visits left wrist", "time_since_surgery", "30 days"
        ),
        (
            "Right knee arthroscopy (partial medial meniscectomy) is scheduled; the pre-operative visit was 11/01/2016. He walks with a limp.",
            "Post-op physical therapy right knee 12 visits", "time_since_surgery", "30 days"
        ),
        (
            "Surgical history: none. Physical therapy of the left shoulder and the neck, six visits, ended on 11/01/2016. Pain is 4/10.",
            "Physical therapy 6 visits left shoulder", "prior_surgery", "true"
        ),
        (
            "The surgeon would consider a fusion of L4-5 and L5-S1 if the injection of 11/01/2016 does not help. Back pain is 7/10.",
            "Physical therapy 8 visits lumbar spine", "time_since_surgery", "30 days"
        ),
        (
            "Carpal tunnel release of the right wrist and a steroid injection of the left wrist on 11/01/2016 were both denied by UR. Numbness persists.",
            "Occupational therapy 8 visits right wrist", "prior_surgery", "true"
        ),
    ] as [(String, String, String, String)])
func aDateAfterOtherWordsIsNoOperationsDate(_ summary: String, _ request: String, _ fact: String, _ unread: String) {
    expectRequestFact(summary, request, fact, "!" + unread, decision: "12/01/2016", anyTerm: true)
}
