import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// How far a note's labelled heading reaches in a summary written on one line: a label that names
// the summary or who wrote it opens no section, and a section carried from an earlier sentence ends
// where prose of the record begins (a sentence opening with the worker as its subject), as a
// clinician reads it. The worker's complaints and the examination carry on in such sentences.

@Test(
    arguments: [
        // (summary, diagnosis, read)
        // A label naming the summary's writer: the record follows.
        (
            "Utilization review nurse's case summary: 55-year-old female assembler. She has osteoarthritis of both hands.",
            "osteoarthritis", true
        ),
        ("UR nurse case summary: 55-year-old female. She has osteoarthritis of both hands.", "osteoarthritis", true),
        ("Utilization review nurse's case summary: 55-year-old female with osteoarthritis of both hands.", "osteoarthritis", true),
        ("Clinical summary: 48-year-old male with lumbar radiculopathy.", "radiculopathy", true),
        ("UR nurse's case summary: 48-year-old male with lumbar radiculopathy.", "radiculopathy", true),
        ("Summary of the records: 48-year-old male. He has lumbar radiculopathy.", "radiculopathy", true),
        // A review's own label still restates the review, and so do its fragments on the line.
        ("Prior review 12/5/16: non-cert - findings c/w radiculopathy not documented.", "radiculopathy", false),
        ("UR 12/23/16: MRI denied. Radiculopathy not documented.", "radiculopathy", false),
        // A review's label ends where the record's prose begins.
        ("UR 12/23/16: MRI denied. She has lumbar radiculopathy confirmed by EMG.", "radiculopathy", true),
        ("Utilization review: MRI non-certified. The patient has lumbar radiculopathy on EMG.", "radiculopathy", true),
        // A complaint under the subjective heading stays a complaint in the worker's sentences.
        ("Subjective: The patient returns for follow-up. She reports low back pain.", "lumbar_strain", false),
    ] as [(String, String, Bool)])
func aHeadingReachesAsFarAsAClinicianReadsIt(_ summary: String, _ diagnosis: String, _ read: Bool) {
    #expect(summaryDiagnoses(summary).contains(diagnosis) == read, "\(summaryDiagnoses(summary))")
}

@Test(
    arguments: [
        // (summary, conservative_care_given): a plan's label plans its fragments, not the history
        // told after it in the record's prose.
        ("Plan: MRI of the lumbar spine. He has had physical therapy x12 without relief.", true),
        ("Dx: lumbar strain. She completed 12 sessions of physical therapy.", true),
        ("Plan: MRI of the lumbar spine. Physical therapy 2x4.", false),
        ("Plan: physical therapy 2x/wk x4 wks. F/u 4 wks.", false),
        ("Plan: physical therapy 2x4. He will follow up in four weeks.", false),
    ] as [(String, Bool)])
func aPlanLabelEndsWhereTheRecordsProseBegins(_ summary: String, _ given: Bool) {
    #expect(summaryFacts(summary)["conservative_care_given"]?.value == .bool(given))
}

@Test(
    arguments: [
        // (summary, neurologic_deficit): the examination goes on in the worker's sentences.
        ("Objective: Lumbar flexion 50 degrees. She has 4/5 strength of the right EHL.", true),
        ("Subjective: back pain. She reports weakness of the right leg.", nil),
    ] as [(String, Bool?)])
func theComplaintsAndTheExaminationCarryOn(_ summary: String, _ deficit: Bool?) {
    #expect(summaryFacts(summary)["neurologic_deficit"]?.value == deficit.map(FactValue.bool))
}
