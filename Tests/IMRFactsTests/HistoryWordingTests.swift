import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Treatment history, its timing and its benefit as other reviewers write them (#10): the kinds of
// wording a held-out set showed the extractor missing, in this suite's own phrasing.

/// A treatment-to-date list under another lead-in, or with a qualifier that names the request.
@Test(arguments: [
    "Treatment relevant to this request has consisted of physical therapy, work restrictions and medications.",
    "Treatment pertinent to the request had consisted of chiropractic care and physical therapy.",
    "Care to date has comprised physical therapy and medications.",
    "His treatment has involved physical therapy and a home exercise program.",
    "Treatments related to the request have consisted of PT and anti-inflammatories.",
    "Conservative treatment consisting of physical therapy and medications was given.",
])
func aTreatmentListUnderAnotherLeadInIsCareGiven(_ summary: String) {
    let acupuncture = requestFacts("Acupuncture 6 sessions for the cervical spine", summary: summary)
    #expect(acupuncture["conservative_care_given"]?.value == .bool(true))
    #expect(acupuncture["physical_rehabilitation"]?.value == .bool(true))
    let therapy = requestFacts("Physical therapy 2 times a week for 4 weeks for the cervical spine", summary: summary)
    #expect(therapy["prior_therapy"]?.value == .bool(true))
}

/// A plan listed under the same words is no care given.
@Test(arguments: [
    "The treatment plan consisted of physical therapy and acupuncture.",
    "Her treatment plan consisted of physical therapy, chiropractic care and acupuncture.",
])
func aPlanListedUnderTheSameWordsIsNoCareGiven(_ summary: String) {
    #expect(requestFacts("EMG of the left upper extremity", summary: summary)["conservative_care_given"]?.value == .bool(false))
}

/// Each part of a sentence tells its own treatment's time: "he received an injection, 8 PT visits
/// were ordered" gives the injection, not the therapy.
@Test(arguments: [
    // (summary, conservative care given)
    ("He received a cortisone injection to the shoulder, 8 PT visits were ordered and work restrictions were given.", false),
    ("She had an injection in May, and physical therapy was recommended.", false),
    ("Physical therapy was recommended in March, and she has completed 6 sessions.", true),
    ("Physical therapy, chiropractic care and acupuncture were recommended.", false),
    ("Treatment to date has included medications, physical therapy and acupuncture.", true),
    ("He underwent physical therapy, as his physician recommended.", true),
])
func eachPartOfASentenceTellsItsTreatmentsTime(_ summary: String, _ given: Bool) {
    #expect(requestFacts("EMG of the left upper extremity", summary: summary)["conservative_care_given"]?.value == .bool(given))
}

/// Therapy ordered, recommended or requested is a plan, whatever counts it names ("sessions of",
/// "a course of"); a session count is done only with a word that says so.
@Test(arguments: [
    // (summary, conservative care given, earlier therapy)
    ("He was ordered 12 sessions of physical therapy.", false, false),
    ("Dr. Lee ordered twelve sessions of PT for the shoulder.", false, false),
    ("Eight sessions of physical therapy were ordered.", false, false),
    ("A course of physical therapy was recommended.", false, false),
    ("Six sessions of physical therapy were requested on the RFA.", false, false),
    ("He attended 12 sessions of physical therapy.", true, true),
    ("She had a course of physical therapy last year.", true, true),
    ("She completed a course of physical therapy without relief.", true, true),
])
func sessionsOrderedAreAPlanNotTherapyGiven(_ summary: String, _ given: Bool, _ prior: Bool) {
    let emg = requestFacts("EMG of the left upper extremity", summary: summary)
    #expect(emg["conservative_care_given"]?.value == .bool(given))
    let therapy = requestFacts("Physical therapy 2 times a week for 4 weeks for the shoulder", summary: summary)
    #expect(therapy["prior_therapy"]?.value == .bool(prior))
}

/// A qualifier naming the request ("relevant to the request") does not make a history sentence a
/// restatement of the request: what it lists is read.
@Test func aQualifierNamingTheRequestIsNotTheReview() {
    let facts = summaryFacts(
        "Treatment relevant to the request has included an MRI of the lumbar spine dated 10/01/2016, which showed a disc protrusion.")
    #expect(facts["prior_study"]?.value == .bool(true))
    // The request itself still is the review.
    #expect(
        summaryFacts("The request for an MRI of the lumbar spine dated 10/01/2016 was non-certified.")["prior_study"]?.value != .bool(true))
}

/// Function or work kept, named first and the change after, or work kept by the medication (the
/// requested drug taken already, so that what the medications do counts for it).
@Test(arguments: [
    // (summary, functional improvement)
    ("His ability to carry out his activities of daily living had been improved by the medications he was taking.", true),
    ("Her ADLs have improved with the current medications.", true),
    ("Function has improved on the current regimen.", true),
    ("Norco improved his ability to perform daily activities.", true),
    ("The medications are working well and are keeping him at work.", true),
    ("The medication kept her at work.", true),
    ("The medications keep him working full time.", true),
    ("Her activity tolerance has increased with the medication.", true),
    ("His function has not improved with the medications.", false),
    ("Her activities of daily living have not improved.", false),
])
func functionNamedBeforeItsChangeIsImprovement(_ summary: String, _ improved: Bool) {
    let facts = requestFacts("Norco 10/325 mg #60", summary: "He takes Norco 10/325 mg three times a day. " + summary)
    #expect(facts["functional_improvement"]?.value == .bool(improved))
}

/// A surgery named as the repair of an organ ("repair of the umbilical hernia") is the index surgery.
@Test(arguments: [
    "A laparoscopic or open repair of the umbilical hernia is planned.",
    "He is scheduled for repair of an inguinal hernia.",
    "Repair of the ventral hernia was recommended.",
])
func aRepairOfAHerniaIsAHerniaRepair(_ summary: String) {
    let facts = requestFacts("Associated surgical service: medical clearance", summary: summary)
    guard case .terms(let surgeries)? = facts["index_surgery"]?.value else {
        Issue.record("no index surgery")
        return
    }
    #expect(surgeries == ["hernia_repair"])
}

/// The bare word ("surgery", "the operation") names the surgery named beside it, not another one.
@Test func theBareWordForSurgeryIsTheSurgeryNamed() {
    let facts = requestFacts(
        "Associated surgical service: medical clearance",
        summary: "Umbilical hernia repair is planned, with medical clearance before the operation and a chest x-ray before surgery.")
    #expect(facts["index_surgery"]?.value == .terms(["hernia_repair"]))
    let bare = requestFacts("Associated surgical service: medical clearance", summary: "Surgery is planned for next month.")
    #expect(bare["index_surgery"]?.value == .terms(["surgery"]))
}

/// What UR found missing, restated with the negation after it ("had not been documented"), is no
/// finding: a surgical indication that was not documented makes no surgical candidate.
@Test(arguments: [
    "The consultation was non-certified because a surgical indication had not been documented.",
    "The reviewer noted that a surgical indication has not been established.",
    "UR denied the request as surgical indications have not been demonstrated.",
])
func whatUtilizationReviewFoundMissingIsNoFinding(_ summary: String) {
    #expect(requestFacts("Spine surgery consultation", summary: summary)["surgical_candidate"]?.value != .bool(true))
}

/// A medication list in a sentence that also requests a drug: the request word starts a predicate
/// of its own, so the listed drugs are drugs tried; what is requested is not.
@Test(arguments: [
    // (summary, an NSAID tried)
    ("An earlier note listed ibuprofen and Tylenol #3 as her medications and requested ondansetron.", true),
    ("Her medications were naproxen and Tylenol #3, and the physician requested ondansetron.", true),
    ("The note listed Motrin as a current medication and also requested Tylenol #3.", true),
    ("Ibuprofen and Tylenol #3 were requested.", false),
    ("Naproxen, Tylenol #3 and ondansetron were requested.", false),
])
func drugsListedBeforeARequestInTheSameSentenceWereTried(_ summary: String, _ tried: Bool) {
    #expect((requestFacts("Tramadol 50 mg #60", summary: summary)["nsaid_tried"]?.value == .bool(true)) == tried)
}

/// "No." before a number is a drug's brand number ("Tylenol No. 3"), not the end of a sentence.
@Test(arguments: ["She takes Tylenol No. 3 twice a day.", "Current medications: ibuprofen and Tylenol No. 4."])
func aBrandNumberIsNoSentenceEnd(_ summary: String) {
    guard case .terms(let drugs)? = requestFacts("Tramadol 50 mg #60", summary: summary)["medications"]?.value else {
        Issue.record("no medications")
        return
    }
    #expect(drugs.contains("codeine_apap"))
}

/// A surgery that times something else ("Norco after surgery", "PT following the operation")
/// is not thereby done; the rest of the sentence says whether it was.
@Test(arguments: [
    // (summary, prior surgery)
    ("He will take Norco after surgery.", false),
    ("Norco for pain after the surgery was discussed.", false),
    ("He underwent a hernia repair; he takes Norco after the surgery.", true),
    ("Following his surgery in 2015, he attended physical therapy.", true),
    ("He had pain after surgery in 2015.", true),
])
func aSurgeryThatTimesSomethingElseIsNotThereforeDone(_ summary: String, _ done: Bool) {
    #expect((requestFacts("Postoperative Norco 10/325 mg #60", summary: summary)["prior_surgery"]?.value == .bool(true)) == done)
}

/// A time before a surgery ("prior to the operation", "before his knee arthroscopy", "pre-op")
/// says nothing of whether the surgery was done: the history words of that part of the sentence
/// time what came first.
@Test(arguments: [
    // (summary, prior surgery)
    ("She needs medical clearance prior to the operation.", false),
    ("A chest x-ray was obtained before surgery.", false),
    ("Labs were performed pre-operatively for the knee arthroscopy.", false),
    ("She had preop labs and an EKG for the knee arthroscopy.", false),
    ("He completed physical therapy prior to his knee arthroscopy.", false),
    ("He had a preoperative evaluation for the rotator cuff repair.", false),
    ("He underwent a knee arthroscopy in 2015; preoperative labs were normal.", true),
    ("Prior to his knee arthroscopy in 2015, he had physical therapy; he underwent the arthroscopy in May.", true),
    ("He is status post knee arthroscopy.", true),
])
func aTimeBeforeASurgeryDoesNotMakeItDone(_ summary: String, _ done: Bool) {
    #expect((requestFacts("Postoperative Norco 10/325 mg #60", summary: summary)["prior_surgery"]?.value == .bool(true)) == done)
}

/// A surgery in a dated entry without a verb ("3/2015: L knee arthroscopy", "2014 - L4-5 fusion")
/// was done; a dated plan, a dated review or a date after the record's is not.
@Test(arguments: [
    // (summary, prior surgery)
    ("3/2015: L knee arthroscopy.", true),
    ("2014 - right knee arthroscopy.", true),
    ("PMH: 2014 knee arthroscopy; 2016 rotator cuff repair.", true),
    ("Surgical history: knee arthroscopy (2013).", true),
    ("Knee arthroscopy 06/12/2014, meniscectomy 2015.", true),
    ("11/2/2016: knee arthroscopy was recommended.", false),
    ("On 11/2/2016 the surgeon discussed a knee arthroscopy.", false),
    ("Plan: knee arthroscopy 1/2017.", false),
])
func aSurgeryInADatedEntryWasDone(_ summary: String, _ done: Bool) {
    let facts = requestFacts("Postoperative Norco 10/325 mg #60", summary: "Seen 12/1/2016. " + summary)
    #expect((facts["prior_surgery"]?.value == .bool(true)) == done)
}

/// A fusion in a dated entry is an earlier fusion; one only planned before an operation is not.
@Test(arguments: [
    ("2014 - L4-5 fusion.", true),
    ("PMH: L4-5 fusion (2014).", true),
    ("Preoperative clearance for the L4-5 fusion was obtained.", false),
])
func aFusionInADatedEntryIsAnEarlierFusion(_ summary: String, _ done: Bool) {
    let facts = requestFacts("MRI of the lumbar spine", summary: "Seen 12/1/2016. " + summary)
    #expect((facts["prior_fusion"]?.value == .bool(true)) == done)
}

/// Drugs for the time after a surgery ("Norco and Keflex for post-operative use", "Percocet
/// post-op") are part of the plan, not drugs in use, unless their clause says they are taken.
@Test(arguments: [
    // (summary, hydrocodone among the current medications)
    ("Right knee arthroscopy is planned; Norco and Keflex will be given post-operatively.", false),
    ("Authorization is sought for knee arthroscopy and for Norco and Keflex after surgery.", false),
    ("Norco 10/325 #40 and Keflex 500 mg #20 post-op.", false),
    ("Post-operative medications: Norco 10/325 mg and Keflex 500 mg.", false),
    ("He underwent knee arthroscopy on 10/1/2016 and has been on Norco post-operatively.", true),
    ("He takes Norco, which he has used since his surgery.", true),
])
func drugsForAfterASurgeryAreNotInUse(_ summary: String, _ used: Bool) {
    let facts = requestFacts("Tramadol 50 mg #60", summary: summary)
    var drugs: [String] = []
    if case .terms(let list)? = facts["medications"]?.value { drugs = list }
    #expect(drugs.contains("hydrocodone_apap") == used)
}

/// A note's list of treatment given under a heading ("Tx:", "Prior tx:", "Treatment so far:",
/// "Surgical history:") is care given; a plan or a request under a like heading is not.
@Test(arguments: [
    // (summary, earlier therapy, conservative care given)
    ("Tx: PT (# unknown), pain meds, activity mods.", true, true),
    ("Treatment so far: PT, meds.", true, true),
    ("Prior tx: ibuprofen; PT x6 R shoulder.", true, true),
    ("Treatment: PT, chiro, HEP, med mgmt.", true, true),
    ("Treatment plan: PT and meds.", false, false),
    ("Tx plan: PT and meds.", false, false),
    ("Treatment requested: PT x12.", false, false),
])
func aListOfTreatmentUnderAHeadingIsCareGiven(_ summary: String, _ prior: Bool, _ given: Bool) {
    let facts = requestFacts("Physical therapy 2x4 for the right shoulder", summary: summary)
    #expect(facts["prior_therapy"]?.value == .bool(prior))
    #expect(facts["conservative_care_given"]?.value == .bool(given))
}

/// A surgery or a study under a history heading was done.
@Test func aSurgeryOrAStudyUnderAHistoryHeadingWasDone() {
    #expect(
        requestFacts("Postoperative Norco 10/325 mg #60", summary: "Surgical history: right knee arthroscopy.")["prior_surgery"]?.value
            == .bool(true))
    #expect(
        requestFacts("Postoperative Norco 10/325 mg #60", summary: "PSH: R CTR, L knee arthroscopy.")["prior_surgery"]?.value == .bool(true)
    )
    #expect(requestFacts("MRI of the right knee", summary: "Prior tx: R knee MRI; PT x6.")["prior_study"]?.value == .bool(true))
}

/// Sessions counted after the therapy ("PT x6", "chiropractic x 12", "PT x>=6") or as a share
/// ("completed 8 of 12 sessions": 8 done).
@Test(arguments: [
    // (request, summary, sessions)
    ("Physical therapy 2x4 for the right shoulder", "Prior tx: ibuprofen; PT x6 R shoulder.", 6),
    ("Physical therapy 2x4 for the right shoulder", "She has completed PT x6 sessions for the shoulder.", 6),
    ("Physical therapy 2x4 for the right shoulder", "Tx to date: PT x>=6; acupuncture.", 6),
    ("Physical therapy 2x4 for the right shoulder", "Treatment to date: PT x 6, chiropractic x 12.", 6),
    ("Chiropractic 2x4 for the low back", "Treatment to date: PT x 6, chiropractic x 12.", 12),
    ("Physical therapy 2x4 for the right shoulder", "She has completed 8 of 12 sessions of physical therapy.", 8),
    ("Physical therapy 2x4 for the right shoulder", "She attended six of the twelve authorized visits of PT.", 6),
])
func sessionsCountedAfterTheTherapyOrAsAShare(_ request: String, _ summary: String, _ sessions: Int) {
    #expect(requestFacts(request, summary: summary)["prior_sessions"]?.value == .number(Double(sessions)))
}

/// A count belongs to the verb that governs it: sessions authorized, certified, approved or
/// requested were granted or planned, not done; the count a done word governs is the sessions
/// done, written with its unit or without ("authorized 12, completed 6", "4 attended").
@Test(
    arguments: [
        // (request, summary, prior_sessions; nil: not documented)
        ("Physical therapy 2x4 for the lumbar spine", "He was authorized 12 sessions of physical therapy and has completed 6.", 6),
        ("Physical therapy 2x4 for the lumbar spine", "PT: authorized 12, completed 6.", 6),
        ("Physical therapy 2x4 for the lumbar spine", "12 PT visits certified, 4 attended.", 4),
        ("Physical therapy 2x4 for the lumbar spine", "12 sessions of PT were authorized and 6 were completed.", 6),
        ("Physical therapy 2x4 for the lumbar spine", "PT x 12 authorized, 6 completed.", 6),
        ("Physical therapy 2x4 for the lumbar spine", "Twelve physical therapy visits were approved; she attended 10.", 10),
        ("Physical therapy 2x4 for the lumbar spine", "She completed 6 of 12 authorized PT sessions.", 6),
        ("Physical therapy 2x4 for the lumbar spine", "She has had 8 previously authorized PT visits.", 8),
        ("Physical therapy 2x4 for the lumbar spine", "12 sessions of PT were authorized and completed.", 12),
        ("Physical therapy 2x4 for the lumbar spine", "PT x 12 completed.", 12),
        ("Physical therapy 2x4 for the lumbar spine", "Acupuncture authorized 12, completed 6; PT x 8.", 8),
        ("Acupuncture 6 sessions for the lumbar spine", "Six acupuncture sessions were authorized previously.", nil),
        ("Physical therapy 2x4 for the lumbar spine", "Previously certified 12 PT sessions.", nil),
        ("Physical therapy 2x4 for the lumbar spine", "12 previously authorized PT visits.", nil),
        // A count of another unit is no count of sessions.
        ("Physical therapy 2x4 for the lumbar spine", "She completed 6 weeks of PT.", nil),
    ] as [(String, String, Int?)])
func aCountIsTheOneItsVerbGoverns(_ request: String, _ summary: String, _ sessions: Int?) {
    #expect(requestFacts(request, summary: summary)["prior_sessions"]?.value == sessions.map { .number(Double($0)) })
}

/// Care that did not relieve, did not help, or gave no lasting benefit failed; care that helped,
/// or care only recommended, did not.
@Test(arguments: [
    // (summary, conservative care failed)
    ("Conservative treatment has not relieved her symptoms.", true),
    ("She completed physical therapy, which did not help.", true),
    ("Medications and PT have not relieved his pain.", true),
    ("Conservative care did not provide relief.", true),
    ("She had chiropractic care with no lasting benefit.", true),
    ("Physical therapy was helpful.", false),
    ("Conservative care helped her pain.", false),
    ("Conservative treatment was recommended.", false),
])
func careThatDidNotRelieveFailed(_ summary: String, _ failed: Bool) {
    let facts = requestFacts("EMG of the left lower extremity", summary: summary)
    #expect((facts["conservative_care_failed"]?.value == .bool(true)) == failed)
}

/// Function bettered in other words: "improves his ability to do ADLs", "ADLs ameliorated",
/// "ADLs are easier"; its denial is no improvement.
@Test(arguments: [
    // (summary, functional improvement)
    ("It improves his ability to do ADLs.", true),
    ("ADLs reportedly ameliorated w/ ongoing meds.", true),
    ("His ADLs are easier with the medication.", true),
    ("Norco does not improve his ability to work.", false),
])
func functionBetteredInOtherWordsIsImprovement(_ summary: String, _ improved: Bool) {
    let facts = requestFacts("Norco 10/325 mg #60", summary: "He takes Norco 10/325 mg three times a day. " + summary)
    #expect(facts["functional_improvement"]?.value == .bool(improved))
}

/// UR's decision written as a note ("Norco was denied due to no UDS") restates the review: what it
/// names missing is no fact of the record; a worker who denied a symptom is not the review.
@Test(arguments: [
    // (summary, urine drug screen documented false)
    ("Norco was denied due to no UDS.", false),
    ("PT x12 and Norco were denied because no UDS was on file.", false),
    ("He denied side effects; no UDS was done.", true),
])
func aDecisionWrittenAsANoteIsTheReview(_ summary: String, _ absent: Bool) {
    let facts = requestFacts("Norco 10/325 mg #60", summary: "He takes Norco 10/325 mg three times a day. " + summary)
    #expect((facts["urine_drug_screen"]?.value == .bool(false)) == absent)
}

/// A topical diclofenac written with its strength ("Voltaren 1% gel", "Flector 1.3% patch") is the
/// topical drug, not oral diclofenac.
@Test(arguments: [
    // (summary, topical)
    ("She uses Voltaren 1% gel on the knee.", true),
    ("She uses diclofenac sodium 1% gel four times a day.", true),
    ("She applies a Flector 1.3% patch to the elbow.", true),
    ("She takes Voltaren 75 mg twice a day.", false),
])
func aTopicalDiclofenacWithItsStrengthIsTopical(_ summary: String, _ topical: Bool) {
    guard case .terms(let drugs)? = requestFacts("Tramadol 50 mg #60", summary: summary)["medications"]?.value else {
        Issue.record("no medications")
        return
    }
    #expect(drugs == [topical ? "diclofenac_topical" : "diclofenac"])
}

/// Earlier surgery told in a history in prose ("Past history included ... fusion"), and no earlier
/// surgery told in words or as a surgery denied in the history (of the requested region or of none).
@Test(arguments: [
    // (summary, prior surgery, prior fusion)
    (
        "Past history included cervical spine surgery, lumbosacral surgery, an intrathecal pump implant and decompressive laminectomy, L1-2 with fusion August 13, 2015.",
        "true", "true"
    ),
    ("Past surgical history includes an L4-5 fusion.", "true", "true"),
    ("The surgical history was stated to be none.", "false", nil),
    ("Surgical history: none.", "false", nil),
    ("He has had no prior surgery.", "false", nil),
    ("He denies previous surgeries.", "false", nil),
    ("There is no history of spine surgery.", "false", nil),
    ("He had a knee arthroscopy in 2014 and no prior back surgery.", "false", nil),
    // Another region's surgery denied, or a surgery not planned, says nothing of this one.
    ("He has had no prior knee surgery.", nil, nil),
    ("No surgery is recommended at this time.", nil, nil),
])
func earlierSurgeryToldOrDeniedInProse(_ summary: String, _ surgery: String?, _ fusion: String?) {
    let facts = requestFacts("MRI of the lumbar spine", summary: summary)
    #expect(value(facts, "prior_surgery") == surgery)
    #expect(value(facts, "prior_fusion") == fusion)
}

/// Conservative care, its failure and the symptoms that persist belong to a body region: a
/// request of one region reads the care and symptoms told of it, or of no region (care of the
/// whole case); care of another region is not care of this one. A request of no region reads
/// them all.
@Test(arguments: [
    // (request, summary, conservative care given, conservative care failed; nil: not documented)
    (
        "MRI without contrast of the right elbow",
        "Treatment to date has included x-rays of the right foot, 4 sessions of physical therapy, right foot boot and medications. She continued to have low back pain.",
        nil, nil
    ),
    (
        "MRI of the right elbow", "Treatment has included physical therapy and medications. She has persistent right elbow pain.", "true",
        "true"
    ),
    ("MRI of the right elbow", "She had physical therapy for the right elbow, without relief.", "true", "true"),
    ("MRI of the right knee", "She completed physical therapy for her low back. She has ongoing low back pain.", nil, nil),
    ("MRI of the lumbar spine", "She completed physical therapy for her low back. She has ongoing low back pain.", "true", "true"),
    ("MRI of the lumbar spine", "Treatment has included PT and medications. She has persistent low back pain.", "true", "true"),
    ("MRI of the right knee", "He had PT for the right knee. He continues to have low back pain.", "true", nil),
    ("MRI of the right knee", "He had PT for the right knee. He continues to have pain.", "true", "true"),
    ("MRI of the right shoulder", "Physical therapy for the neck and right shoulder did not help.", "true", "true"),
    ("MRI of the right knee", "Neck pain persisted despite physical therapy to the neck.", nil, nil),
    ("MRI of the cervical spine", "Tx to date: meds, PT. S: T- and C-spine pain, unchanged.", "true", "true"),
    ("MRI of the thoracic spine", "Tx to date: meds, PT. S: T- and C-spine pain, unchanged.", "true", "true"),
    ("EMG of the left upper extremity", "Plan: EMG of the arms, lumbar MRI, chiropractic care and physical therapy.", "false", nil),
    ("Norco 10/325 #60", "She completed physical therapy for her low back. She has ongoing low back pain.", "true", "true"),
    // Conservative care named as such, and relief said to be slight.
    ("MRI of the lumbar spine", "Failed conservative treatment.", "true", "true"),
    ("MRI of the lumbar spine", "Conservative management has been exhausted.", "true", "true"),
    ("MRI of the lumbar spine", "Conservative tx to date: PT, acupuncture, NSAIDs; minimal relief.", "true", "true"),
    ("MRI of the lumbar spine", "She had physical therapy with little improvement.", "true", "true"),
    ("MRI of the lumbar spine", "Plan: conservative care with physical therapy.", "false", nil),
])
func conservativeCareIsTheRequestedRegions(_ request: String, _ summary: String, _ given: String?, _ failed: String?) {
    let facts = requestFacts(request, summary: summary)
    #expect(value(facts, "conservative_care_given") == given)
    #expect(value(facts, "conservative_care_failed") == failed)
}

/// A persistence word governs the symptom it modifies, and that symptom's region: "neck pain ...,
/// plus persistent headaches" tells the headaches persist (the head's), not the neck pain, whether
/// the headaches stand in a sentence of their own or in the neck pain's; a symptom listed with the
/// persisting one ("persistent headaches and neck pain") persists with it.
@Test(arguments: [
    // (summary, conservative care failed for a cervical MRI; nil: not documented)
    ("He has had PT and medication. He had neck pain radiating to the right ear, plus persistent headaches.", nil),
    ("He has had PT and medication. He had neck pain. He also complained of persistent headaches.", nil),
    ("He has had PT. He has neck pain with persistent headaches.", nil),
    ("He has had PT. Headaches persist.", nil),
    ("He has had PT. Persistent pain in the low back.", nil),
    ("He has had PT. He has persistent headaches and neck pain.", "true"),
    ("He has had PT. He has persistent neck pain and headaches.", "true"),
    ("He has had PT. He has neck pain and headaches which persist.", "true"),
    ("He has had PT. Neck pain is persistent, as are headaches.", "true"),
    ("He has had PT. Headaches persist and the neck pain is unchanged.", "true"),
    ("He has had PT. He c/o persistent HA and neck pain.", "true"),
    ("He has had PT. He reports persistent pain.", "true"),
    // A persistence word before a list governs every symptom of it.
    ("Treatment has included PT. He noted ongoing headaches, head and brain pain, neck pain and right wrist pain.", "true"),
    // ...up to a word that opens a clause or a modifier.
    ("He has had PT. He has persistent headaches, with neck pain radiating to the ear.", nil),
    ("He has had PT. He has persistent headaches which are worse with neck motion.", nil),
])
func aPersistenceWordGovernsTheSymptomItModifies(_ summary: String, _ failed: String?) {
    #expect(value(requestFacts("MRI of the cervical spine", summary: summary), "conservative_care_failed") == failed)
    // The case's reading (a request of no region) keeps every symptom.
    #expect(value(requestFacts("Norco 10/325 #60", summary: summary), "conservative_care_failed") == "true")
}

/// Symptoms that persist or grow after conservative care, in the words reviewers use ("increased",
/// "worsening", "continues to have", "ongoing", "persistent", "unchanged", "no better", "despite"),
/// mean the care failed; a drug's dose increased is no symptom.
@Test(arguments: [
    // (summary, conservative care failed; nil: not documented)
    ("Treatment included physical therapy. Currently she complained of increased right hip pain radiating to the back.", "true"),
    ("She has been treated with PT. Now she reports worsening right hip pain radiating to the back.", "true"),
    ("Treatment has included PT. She continues to have right hip pain.", "true"),
    ("Treatment has included PT. She reports ongoing right hip pain.", "true"),
    ("Treatment has included PT. She has persistent right hip pain.", "true"),
    ("Treatment has included PT. Her right hip pain is unchanged.", "true"),
    ("Treatment has included PT. She reports being no better.", "true"),
    ("Her right hip pain continues despite acupuncture.", "true"),
    ("She has had chiropractic care. She reports worse right hip pain.", "true"),
    ("Treatment has included PT. She reports increased pain with reaching.", nil),
    ("Treatment has included PT. The pain is worse with bending.", nil),
    ("Right hip pain has persisted in spite of chiropractic care.", "true"),
    ("Treatment has included PT. The physician increased her pain medication.", nil),
    ("Treatment has included PT. Her right hip pain has improved.", nil),
])
func symptomsThatPersistOrGrowAfterCareMeanItFailed(_ summary: String, _ failed: String?) {
    #expect(value(requestFacts("MRI of the right hip", summary: summary), "conservative_care_failed") == failed)
}

/// A referral or evaluation that states a course ("twice a week for 3 weeks") asks for the
/// specialty's treatment course: its earlier sessions are of that treatment, not office visits or
/// examinations.
@Test(arguments: [
    // (summary, earlier therapy)
    ("On 11/18/16 he reported that his pain was much improved with chiropractic care.", true),
    ("Treatment to date: activity modification and chiropractic treatment.", true),
    ("A physical exam was performed on 11-9-16 and revealed tenderness over the left lower abdomen.", false),
])
func aReferralThatStatesACourseReadsThatCoursesHistory(_ summary: String, _ prior: Bool) {
    let facts = requestFacts("Referral to chiropractor for evaluation of low back pain, twice a week for 3 weeks", summary: summary)
    #expect(facts["procedure"]?.value == .term("chiropractic"))
    #expect(facts["prior_therapy"]?.value == .bool(prior))
}

/// A record said to lack an improvement ("without documentation of objective functional
/// improvement") leaves it not documented: no symptom is said to persist.
@Test(
    arguments: [
        // (summary, conservative_care_failed; nil: not documented)
        (
            "Treatment to date has included chiropractic treatment (without documentation of objective functional improvement) and activity modifications.",
            nil
        ),
        ("She has had chiropractic care. There is no documentation of functional improvement with chiropractic care.", nil),
        // A denial stays one.
        ("She has had chiropractic care without improvement.", "true"),
        ("Chiropractic care did not improve her symptoms.", "true"),
    ] as [(String, String?)])
func aRecordSaidToLackAnImprovementTellsNoPersistence(_ summary: String, _ failed: String?) {
    let facts = requestFacts("Chiropractic 2 times a week for 3 weeks for the lumbar spine", summary: summary)
    #expect(value(facts, "conservative_care_failed") == failed)
}

/// An initialism made plural ("ESIs", "MBBs", "TPIs", "RFAs", "EMGs/NCSs") names its procedure.
@Test(
    arguments: [
        // (summary, request, fact, value)
        ("He has had two lumbar ESIs.", "Lumbar epidural steroid injection L4-5", "prior_therapy", "true"),
        ("He had MBBs at L4-5 in 2015.", "Medial branch block L4-5", "prior_therapy", "true"),
        ("She had TPIs in 2015.", "Trigger point injections to the trapezius", "prior_therapy", "true"),
        ("He had RFAs at L4-5 in 2014 and 2015.", "Radiofrequency ablation L4-5", "prior_therapy", "true"),
        ("Prior EMGs/NCSs of the legs in 2015 were normal.", "EMG of the bilateral lower extremities", "prior_study", "true"),
    ] as [(String, String, String, String?)])
func aPluralInitialismNamesItsProcedure(_ summary: String, _ request: String, _ fact: String, _ expected: String?) {
    #expect(value(requestFacts(request, summary: summary), fact) == expected)
}

/// "RFA" in a summary is the Request for Authorization unless the wording makes it the ablation:
/// a region or level beside it, or a procedure's wording near it.
@Test(
    arguments: [
        // (summary, prior therapy for a lumbar radiofrequency ablation)
        ("A progress report of 10/12/16 accompanied the RFA.", "false"),
        ("The most recent RFA is dated 11/17/16.", "false"),
        ("Per the RFA, the provider also asked for acupuncture in October 2016.", "false"),
        ("He had an RFA submitted in October 2016.", "false"),
        ("He underwent RFA in 2015 with 60% relief.", "true"),
        ("He is s/p RFA.", "true"),
        ("He had a lumbar RFA in 2015.", "true"),
        ("He had an RFA at L4-5 in 2015.", "true"),
        ("Bilateral L4-5 and L5-S1 RFA was done in 2015.", "true"),
    ] as [(String, String?)])
func anRFAIsTheRequestUnlessTheWordingMakesItTheAblation(_ summary: String, _ expected: String?) {
    #expect(value(requestFacts("Radiofrequency ablation lumbar L4-5", summary: summary), "prior_therapy") == expected)
}

/// A treatment followed by its date or year, "in", "on" or "was done" at most between, is a dated
/// entry of what was done.
@Test(
    arguments: [
        // (summary, request, fact, value)
        ("Right knee arthroscopy in 2015.", "MRI of the right knee", "prior_surgery", "true"),
        ("Right knee arthroscopy on 3/2/15.", "MRI of the right knee", "prior_surgery", "true"),
        ("Left knee arthroscopy in 2015.", "MRI of the right knee", "prior_surgery", nil),
        ("L4-5 fusion was done in 2012.", "MRI of the lumbar spine", "prior_fusion", "true"),
        ("Lumbar ESI in 2015.", "Lumbar epidural steroid injection L4-5", "prior_therapy", "true"),
        ("Lumbar ESI scheduled in 12/2016.", "Lumbar epidural steroid injection L4-5", "prior_therapy", "false"),
    ] as [(String, String, String, String?)])
func aTreatmentFollowedByItsDateIsADatedEntry(_ summary: String, _ request: String, _ fact: String, _ expected: String?) {
    let input = bareCase("Date of injury 01/05/2010. " + summary, requests: [request], decision: "12/15/2016")
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    #expect(value(facts, fact) == expected)
}

/// Therapies named together each read as their own ("chiropractic and physical therapy").
@Test(
    arguments: [
        // (summary, request, prior therapy)
        ("She has tried chiropractic and physical therapy.", "Physical therapy for the lumbar spine x 6", "true"),
        ("She has tried chiropractic and physical therapy.", "Chiropractic treatment for the lumbar spine x 6", "true"),
        ("Prior care: chiropractic and physiotherapy.", "Physical therapy for the lumbar spine x 6", "true"),
    ] as [(String, String, String?)])
func therapiesNamedTogetherEachReadAsTheirOwn(_ summary: String, _ request: String, _ expected: String?) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy") == expected)
}
