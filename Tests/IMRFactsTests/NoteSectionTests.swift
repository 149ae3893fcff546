import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A statement belongs to a time and a section of the record: the section headings of a progress
// note (`section_headings` in Rules/lexicon/time.cues) and the wording of the request and of the
// review, read as a clinician reads them.

@Test(arguments: [
    // (summary, prior_study of an MRI of the cervical spine)
    // The request for authorization is the plan, not a study done, however it is written.
    ("RFA 12/23/16: MRI T-spine and MRI C-spine.", false),
    ("RFA (rec'd 23 Nov 2016): MRI neck w/o contrast.", false),
    ("Request for authorization dated 12-23-16: MRI of the cervical spine.", false),
    ("On an RFA form dated November 30, 2016, an MRI of the cervical spine was ordered.", false),
    ("Requested: MRI C-spine.", false),
    ("An MRI of the cervical spine was requested on 12/1/16.", false),
    ("Authorization was requested on 12/1/16 for an MRI of the cervical spine.", false),
    ("MRI of the cervical spine on 12/1/16 is pending authorization.", false),
    ("A follow-up exam on 12-09-2016 noted that an MRI of the cervical spine was approved.", false),
    ("Claims admin 12/30/16 failed to approve the cervical MRI.", false),
    // A note's plan.
    ("P: MRI C-spine.", false),
    ("Plan: MRI C-spine 1/5/17.", false),
    ("F/u 12/9/16: MRI C-spine approved.", false),
    ("Recommendations: MRI of the cervical spine; PT.", false),
    // A study done: a date outside the plan, or a result.
    ("MRI C-spine 10/2/16: C5-6 disc protrusion.", true),
    ("O: MRI C-spine 10/2/16 showed C5-6 disc protrusion.", true),
    ("Plan: surgical consult; MRI of the cervical spine on 10/1/16 showed a C5-6 protrusion.", true),
    // A study written as the label of its findings (note style).
    ("Imaging (dates unknown): C-spine MRI - C5-6 disc protrusion.", true),
    ("MRI C-spine: C5-6 disc bulge.", true),
])
func aStudyRequestedOrPlannedIsNotAStudyDone(_ summary: String, _ done: Bool) {
    #expect(requestFacts("MRI of the cervical spine", summary: summary)["prior_study"]?.value == .bool(done))
}

@Test(arguments: [
    // (summary, conservative_care_given)
    ("P: PT 2x/wk x4 wks.", false),
    ("Recommendations: physical therapy 2x4.", false),
    ("Plan: trial of physical therapy.", false),
    ("Will start physical therapy next week.", false),
    ("Physical therapy x6 was requested.", false),
    // Care continued or added to was given, in the plan or not.
    ("P: continue PT 2x/wk.", true),
    ("The treatment plan included additional physical therapy.", true),
    ("History of physical therapy in 2015.", true),
    // What a review authorized or modified is not care given ("to 6 sessions" is UR's, to the end of its line).
    ("UR 2016-12-23: imaging denied - no red flags. Acupuncture modified to 6 sessions per guidelines.", false),
    // The request restated in other words is the request, not care given.
    ("Authorization is sought for physical therapy 2x6 for the lumbar spine.", false),
    ("At issue is physical therapy 2x6 for the lumbar spine.", false),
    ("The disputed treatment is physical therapy x12.", false),
    ("Physical therapy 2x6 is in dispute.", false),
    ("The treating physician asked for physical therapy 2x6.", false),
    ("The provider is seeking physical therapy 2x6.", false),
    // Care sought by the worker is care given.
    ("She sought physical therapy in 2015.", true),
])
func careInThePlanOrTheReviewIsNotCareGiven(_ summary: String, _ given: Bool) {
    #expect(summaryFacts(summary)["conservative_care_given"]?.value == .bool(given))
}

@Test func careContinuedElsewhereInAPlanSentenceIsStillOnlyPlanned() {
    let summary = "The treatment plan included physiotherapy 3 x 2 to the knees, continuing medication as prescribed, and a follow-up."
    #expect(requestFacts("MRI of the right knee", summary: summary)["conservative_care_given"]?.value == .bool(false))
}

@Test(arguments: [
    // (summary, diagnosis, read)
    // A complaint listed under the subjective heading is a complaint.
    ("S: neck pain and low back pain.", "cervical_strain", false),
    ("CC: low back pain radiating to the left leg.", "lumbar_strain", false),
    ("11/28/16 -\nS: neck pain.", "cervical_strain", false),
    ("Seen 28 Nov 2016:\nS: low back pain.\nO: TTP L-spine.", "lumbar_strain", false),
    // A symptom diagnosis is established by the complaint.
    ("Subjective: headaches and neck pain.", "headache", true),
    // The assessment gives diagnoses, in whatever words.
    ("Dx: neck pain; low back pain.", "lumbar_strain", true),
    ("A: lumbar strain.", "lumbar_strain", true),
    ("Seen 28 Nov 2016:\nS: low back pain.\nO: TTP L-spine.\nA: lumbar strain.", "lumbar_strain", true),
    ("Assessment: cervical radiculopathy.", "radiculopathy", true),
    ("Impression: right carpal tunnel syndrome.", "carpal_tunnel_syndrome", true),
    // A one-letter word is a heading only before a colon.
    ("A 45-year-old male with low back pain: lumbar strain.", "lumbar_strain", true),
    // A review named with a date and no label is its sentence's subject: the next sentence is the record's.
    ("UR on 12/06/2016 did not approve EMG. She was diagnosed with carpal tunnel syndrome.", "carpal_tunnel_syndrome", true),
    // UR's restated reasoning is not a diagnosis.
    ("Prior review 12/5/16: non-cert - findings c/w radiculopathy not documented.", "radiculopathy", false),
])
func aComplaintUnderSubjectiveIsNotADiagnosis(_ summary: String, _ diagnosis: String, _ read: Bool) {
    guard case .terms(let terms)? = summaryFacts(summary)["diagnoses"]?.value else {
        #expect(!read)
        return
    }
    #expect(terms.contains(diagnosis) == read)
}

@Test(
    arguments: [
        // (summary, neurologic_deficit)
        ("S: weakness of the right leg.", nil),
        ("O: weakness of the right leg.", true),
        ("Exam: 4/5 strength of the right EHL.", true),
        ("PE: sensation intact; motor 5/5 b/l LEs.", false),
        ("O: abnl gait; restricted ROM. Motor, sensation, reflexes nl.", false),
        ("O: SLR + R at 60 deg. Motor, sensation, DTRs nl.", false),
    ] as [(String, Bool?)])
func aDeficitUnderSubjectiveIsAComplaint(_ summary: String, _ deficit: Bool?) {
    #expect(summaryFacts(summary)["neurologic_deficit"]?.value == deficit.map(FactValue.bool))
}

@Test(arguments: [
    // UR's reasoning restated, in note form: none of its words is a finding of the record.
    "Prior review 12/5/16: spine surgery eval non-cert - no documented failure of conservative tx, red flags or focal neuro deficits. Meds non-cert - no documented muscle spasm.",
    "Previously non-cert 12/7/16: lack of PE findings; no documented conservative care; no red flags.",
    "UR 2016-12-23: imaging denied - no evidence of red flags or of conservative care tried and failed. FCE denied - no muscle spasm.",
    "Prior determination 12/9/16: chiro denied. MRI denied - no red flags, no spasm.",
])
func reviewReasoningInNoteFormIsNotAFinding(_ summary: String) {
    let facts = summaryFacts(summary)
    #expect(facts["red_flags"] == nil)
    #expect(facts["spasm"] == nil)
    #expect(facts["conservative_care_failed"] == nil)
}

@Test func theReviewSectionEndsWithItsLine() {
    let facts = summaryFacts("Prior review: MRIs denied - no neuro dysfunction on exam.\nO: paraspinal spasm.")
    #expect(facts["spasm"]?.value == .bool(true))
}

@Test(arguments: [
    // (summary, already_using of the requested gabapentin)
    ("P: start gabapentin 300 mg TID.", false),
    ("P: gabapentin 300 mg TID.", false),
    ("Meds: gabapentin 300 mg TID.", true),
    ("P: continue gabapentin 300 mg TID.", true),
    ("Plan: continue Norco, start gabapentin.", false),
])
func aDrugInThePlanIsNotTakenYetUnlessContinued(_ summary: String, _ using: Bool) {
    #expect(requestFacts("Gabapentin 300mg #90", summary: summary)["already_using"]?.value == .bool(using))
}

@Test(arguments: [
    // (summary, request, remaining_portion): a modification speaks of the items of its clause only.
    (
        "UR 3 Nov 2014: MBB non-cert for lack of axial pain; baclofen non-cert - no spasm relief; Percocet and Opana modified to start a wean.",
        "Baclofen 10mg #60", false
    ),
    (
        "UR 3 Nov 2014: MBB non-cert for lack of axial pain; baclofen non-cert - no spasm relief; Percocet and Opana modified to start a wean.",
        "Percocet 10/325mg #30", true
    ),
    (
        "UR (decision 1/5/17): Trezix 1-month supply modified to 5 caps; 1 container flurbiprofen/lidocaine cream non-cert.",
        "Flurbiprofen/lidocaine cream 1 container", false
    ),
    (
        "UR (decision 1/5/17): Trezix 1-month supply modified to 5 caps; 1 container flurbiprofen/lidocaine cream non-cert.",
        "Trezix 1-month supply", true
    ),
    ("UR 12/1/16:\nNorco non-cert\nTramadol modified to #30", "Norco 10/325 #90", false),
    // Without a clause break, the note still governs the item after it.
    ("UR modified the request for Trezix to 5 capsules and non-certified flurbiprofen cream.", "Trezix 1-month supply", true),
])
func aModificationSpeaksOfTheItemsOfItsClause(_ summary: String, _ request: String, _ remaining: Bool) {
    #expect(requestFacts(request, summary: summary)["remaining_portion"]?.value == .bool(remaining))
}

@Test(
    arguments: [
        // (summary, nsaid_tried): a request or review speaks of the drugs of its clause only.
        ("Meds 10/17/16: Motrin, APAP w/ codeine #3; ondansetron requested.", true),
        ("Medications: ibuprofen 800 mg TID\nNorco was requested.", true),
        ("Ondansetron was requested; she takes naproxen daily.", true),
        ("Motrin 800 mg was requested on 10/17/16.", nil),
        ("UR non-certified naproxen; tramadol was modified.", nil),
        ("RFA 11/15/16: Flexeril 7.5 mg #60, naproxen 500 mg #60; Ultram ER 150 mg #30.", nil),
    ] as [(String, Bool?)])
func aRequestSpeaksOfTheDrugsOfItsClause(_ summary: String, _ tried: Bool?) {
    #expect(summaryFacts(summary)["nsaid_tried"]?.value == tried.map(FactValue.bool))
}

@Test(
    arguments: [
        // (summary, already_using of the requested gabapentin): a drug taken before is not taken now
        // (not documented: no current use is stated).
        ("She previously took gabapentin.", nil),
        ("Gabapentin was tried in the past without benefit.", nil),
        ("He used to take gabapentin for neuropathic pain.", nil),
        ("She was previously prescribed gabapentin and continues to take it daily.", true),
        ("She is currently taking gabapentin 300 mg TID.", true),
        ("Plan: continue gabapentin.", true),
        ("Will start gabapentin 300 mg.", false),
        ("Trial of gabapentin 300 mg.", false),
    ] as [(String, Bool?)])
func aDrugTakenBeforeIsNotTakenNow(_ summary: String, _ using: Bool?) {
    #expect(requestFacts("Gabapentin 300mg #90", summary: summary)["already_using"]?.value == using.map(FactValue.bool))
}

@Test func aDrugTakenBeforeIsStillADrugTried() {
    #expect(summaryFacts("She previously took naproxen without relief.")["nsaid_tried"]?.value == .bool(true))
}

@Test(
    arguments: [
        // (summary as a letter joins its lines, fact, value): a note's section heading right after
        // its date line's label opens the section ...
        ("3/31/14 PN: S: persistent LBP radiating to R leg.", "diagnoses", nil),
        ("DFR 12/28/16 - S: weakness of the right leg.", "neurologic_deficit", nil),
        ("F/u 30 Nov 2016 - O: weakness of the right EHL.", "neurologic_deficit", .bool(true)),
        // ... a request for authorization lists its items in its own sentence: what follows is the record ...
        (
            "RFA 12/28/16: MRI L-spine; EMG/NCV b/l UEs. No red flags or lumbar neuro deficits noted by treating MD.",
            "red_flags", .bool(false)
        ),
        ("RFA 12/28/16: MRI L-spine. No red flags or lumbar neuro deficits noted by treating MD.", "neurologic_deficit", .bool(false)),
        // ... while a review's reasoning runs on.
        ("UR 12/23/16: MRI denied. No red flags documented.", "red_flags", nil),
        // A quotation or a parenthesis closing a sentence ends it before the next section.
        (
            "S: LBP 10/10. Doing chiro \"with some benefit.\" O: no LE weakness; sensation intact b/l LEs.",
            "neurologic_deficit", .bool(false)
        ),
        ("S: neck pain (worse at night.) O: sensation intact in both arms.", "neurologic_deficit", .bool(false)),
    ] as [(String, String, FactValue?)])
func aNoteJoinedIntoOneLineKeepsItsSections(_ summary: String, _ fact: String, _ value: FactValue?) {
    let facts = summaryFacts(summary)
    if fact == "diagnoses" {
        guard case .terms(let terms)? = facts[fact]?.value else { return }
        #expect(!terms.contains("lumbar_strain"), "\(terms)")
    } else {
        #expect(facts[fact]?.value == value)
    }
}

@Test(
    arguments: [
        // UR's reasoning restated: what it found missing is documented nowhere, every item of the
        // list (not only the one next to the verb), and none of it is a fact of the record.
        "Objective functional improvement, pain relief and side effects had not been documented.",
        "Functional improvement, reduced pain and decreased medication use have not been documented.",
        "Documentation of functional improvement and pain relief with Norco was not provided.",
        "Significant functional improvement and pain relief had not been demonstrated.",
    ])
func aListBeforeNotDocumentedDocumentsNothing(_ summary: String) {
    let facts = requestFacts("Norco 10/325 mg #90", summary: summary)
    #expect(facts["functional_improvement"] == nil)
    #expect(facts["pain_improved"] == nil)
}
