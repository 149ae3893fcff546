import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// The side of the body (#10): a reading for a request of one side takes what is told of that side,
// of both, or of no side, however the side is written (before or after its region, in shorthand,
// on a study of the region).

/// A diagnosis of the other side is not one of the requested region.
@Test(arguments: [
    // (summary, request, regional diagnoses)
    ("Diagnoses: right knee medial meniscus tear.", "MRI of the left knee", ""),
    ("Diagnoses: right knee medial meniscus tear.", "MRI of the right knee", "meniscus_tear"),
    ("Diagnoses: right knee medial meniscus tear.", "MRI of the knee", "meniscus_tear"),
    ("Diagnoses: right knee medial meniscus tear.", "MRI bilateral knees", "meniscus_tear"),
    ("Diagnoses: R knee meniscus tear.", "MRI left knee", ""),
    ("Diagnoses: rt knee meniscal tear.", "MRI lt knee", ""),
    ("Diagnoses: osteoarthritis, knee, left.", "MRI of the right knee", ""),
    ("Diagnoses: osteoarthritis, knee, left.", "MRI of the left knee", "osteoarthritis"),
    ("Diagnosis: meniscus tear of the left knee.", "MRI right knee", ""),
    ("Diagnosis: meniscus tear of the knee (left).", "MRI right knee", ""),
    ("Diagnosis: tear of the medial meniscus of the knee on the left.", "MRI right knee", ""),
    ("Diagnoses: B/L knee osteoarthritis.", "MRI of the right knee", "osteoarthritis"),
    ("Diagnoses: bilat knee osteoarthritis.", "MRI of the right knee", "osteoarthritis"),
    ("Diagnoses: RLE radiculopathy.", "EMG of the left lower extremity", ""),
    ("Diagnoses: RLE radiculopathy.", "EMG of the right lower extremity", "radiculopathy"),
    ("Diagnoses: osteoarthritis of both knees.", "MRI of the left knee", "osteoarthritis"),
    ("Diagnoses: right and left knee osteoarthritis.", "MRI of the left knee", "osteoarthritis"),
    ("Diagnoses: left shoulder impingement; right wrist carpal tunnel syndrome.", "EMG of the left upper extremity", "impingement"),
    (
        "Diagnoses: left shoulder impingement; right wrist carpal tunnel syndrome.", "EMG of the right upper extremity",
        "carpal_tunnel_syndrome"
    ),
    // A study of one side tells the side of what it showed.
    ("A left knee MRI dated 12/08/16 showed chondromalacia of the patellar facets.", "MRI of the right knee", ""),
    ("An MRI of the left knee showed chondromalacia of the patella.", "MRI of the left knee", "chondromalacia"),
    // The side of one region is not the next region's.
    ("Diagnoses: knee osteoarthritis, right shoulder impingement.", "MRI of the left knee", "osteoarthritis"),
])
func aDiagnosisOfTheOtherSideIsNoneOfTheRequest(_ summary: String, _ request: String, _ expected: String) {
    #expect(value(requestFacts(request, summary: summary), "regional_diagnoses") == expected)
}

/// An earlier surgery of the other side is none of the requested region; a surgery named for its
/// condition (a rotator cuff repair) is of that condition's region.
@Test(
    arguments: [
        // (summary, request, fact, value)
        ("She underwent rotator cuff repair on the right in 2016.", "MRI of the right shoulder", "prior_surgery", "true"),
        ("She underwent rotator cuff repair on the right in 2016.", "MRI of the left shoulder", "prior_surgery", nil),
        ("She underwent a right rotator cuff repair in 2016.", "MRI of the left shoulder", "prior_surgery", nil),
        ("He is status post left knee arthroscopy.", "MRI of the right knee", "prior_surgery", nil),
        ("He is status post left knee arthroscopy.", "MRI of the left knee", "prior_surgery", "true"),
        ("He is status post left knee arthroscopy.", "MRI of the knees", "prior_surgery", "true"),
    ] as [(String, String, String, String?)])
func anEarlierSurgeryOfTheOtherSideIsNoneOfTheRequest(_ summary: String, _ request: String, _ fact: String, _ expected: String?) {
    #expect(value(requestFacts(request, summary: summary), fact) == expected)
}

/// Nerve findings of the requested limb: of its side, and of the present.
@Test(
    arguments: [
        // (summary, request, regional neuro findings)
        ("He reports numbness and tingling in the right hand.", "EMG of the left upper extremity", nil),
        ("He reports numbness and tingling in the right hand.", "EMG of the right upper extremity", "true"),
        ("He reports numbness and tingling in the right hand.", "EMG of the bilateral upper extremities", "true"),
        ("Decreased sensation in the left L5 dermatome.", "EMG/NCV of the right lower extremity", nil),
        ("Decreased sensation in the left L5 dermatome.", "EMG/NCV of the left lower extremity", "true"),
        ("Numbness of the leg, right side worse.", "EMG/NCV of the lower extremities", "true"),
        // What was and is no more.
        ("Previously had numbness in the left leg, now resolved.", "EMG/NCV of the left lower extremity", nil),
        ("History of numbness in the left leg.", "EMG/NCV of the left lower extremity", nil),
        ("Left leg tingling, which has since resolved.", "EMG/NCV of the left lower extremity", nil),
        // The words of where it is do not count toward the resolution's six words.
        ("He reported numbness in the left lower extremity, which has since resolved.", "EMG/NCV of the left lower extremity", nil),
        (
            "Numbness of the left leg after a long drive to work that day, which has since resolved.",
            "EMG/NCV of the left lower extremity", "true"
        ),
        // A region abbreviation carries its side (RLE, LUE, BLE).
        ("LBP radiating to RLE.", "EMG of the left lower extremity", nil),
        ("LBP radiating to RLE.", "EMG of the right lower extremity", "true"),
        ("Pt c/o LBP w/ RLE numbness.", "EMG/NCV of the left lower extremity", nil),
        ("Numbness and tingling in the LUE.", "EMG of the right upper extremity", nil),
        ("Numbness and tingling in the LUE.", "EMG of the left upper extremity", "true"),
        ("Paresthesias BLE.", "EMG/NCV of the left lower extremity", "true"),
        ("Decreased sensation in the BUE.", "NCV of the right upper extremity", "true"),
    ] as [(String, String, String?)])
func nerveFindingsOfTheRequestedLimbAreOfItsSideAndOfThePresent(_ summary: String, _ request: String, _ expected: String?) {
    #expect(value(requestFacts(request, summary: summary), "regional_neuro_findings") == expected)
}

/// "Pt"/"pt" not in capitals is the patient: what the patient reports is a complaint, not an
/// examination finding; "PT" is still physical therapy.
@Test(
    arguments: [
        // (summary, neurologic deficit)
        ("Pt reports weakness in the right leg.", nil),
        ("pt reports weakness of the left hand.", nil),
        ("Exam: weakness of the left EHL 4/5.", "true"),
    ] as [(String, String?)])
func aPatientWrittenPtReportsAComplaint(_ summary: String, _ expected: String?) {
    #expect(value(summaryFacts(summary), "neurologic_deficit") == expected)
}

@Test func capitalPTIsStillPhysicalTherapy() {
    let facts = requestFacts("Physical therapy 2 times a week for 4 weeks for the lumbar spine", summary: "Pt completed 6 sessions of PT.")
    #expect(value(facts, "prior_therapy") == "true")
}

/// The head of a list governs its items: a plan's list is planned though one item continues.
@Test(
    arguments: [
        // (summary, conservative care given)
        ("The plan was MRI of both knees, physiotherapy for both knees, continued medications as prescribed, and follow-up.", "false"),
        ("The plan was physiotherapy, continued medications as prescribed.", "false"),
        ("He has had acupuncture, physical therapy and chiropractic care.", "true"),
    ] as [(String, String?)])
func theHeadOfAListGovernsItsItems(_ summary: String, _ expected: String?) {
    #expect(value(requestFacts("MRI of the right knee", summary: summary), "conservative_care_given") == expected)
}

/// A request's side written in shorthand: a region abbreviation that carries it, a side letter
/// before its region or procedure, a side after its region; a region's initial is no side.
@Test(
    arguments: [
        // (request, side)
        ("EMG RLE", "right"),
        ("EMG/NCV of the LLE", "left"),
        ("NCV BUE", "bilateral"),
        ("EMG/NCS BLE", "bilateral"),
        ("EMG/NCV RUE and LUE", "bilateral"),
        ("MRI L knee", "left"),
        ("X-ray R wrist", "right"),
        ("PT x 12 R shoulder", "right"),
        ("cortisone injection R knee x1", "right"),
        ("R TKA", "right"),
        ("MRI knee, right", "right"),
        ("MRI of the knee (left)", "left"),
        ("EMG bilat upper extremities", "bilateral"),
        ("EMG B/L LE", "bilateral"),
        ("MRI L-spine", nil),
        ("MRI L spine", nil),
        ("MRI C-spine", nil),
        ("MRI knee", nil),
    ] as [(String, String?)])
func aRequestsSideInShorthand(_ request: String, _ expected: String?) {
    #expect(value(requestFacts(request, summary: "Knee pain."), "side") == expected)
}

/// An earlier study of the other side is no earlier study of the requested one; a study dated by
/// a year alone was done.
@Test(
    arguments: [
        // (summary, request, prior study)
        ("He had an MRI of the left knee on 3/2/2015 which showed a meniscal tear.", "MRI right knee", "false"),
        ("He had an MRI of the left knee on 3/2/2015 which showed a meniscal tear.", "MRI left knee", "true"),
        ("He had an MRI of the left knee on 3/2/2015 which showed a meniscal tear.", "MRI of both knees", "true"),
        ("An MRI dated 12/08/2016 of the left knee indicated chondromalacia of the patella.", "MRI right knee", "false"),
        ("MRI 12/8/16 L knee - chondromalacia patella.", "MRI R knee", "false"),
        ("Left knee MRI (12/08/2016): chondromalacia of the patella.", "MRI of the right knee", "false"),
        ("An MRI of the right knee on 3/2/2015 showed a meniscal tear.", "MRI right knee", "true"),
        ("Rt knee MRI 2014 - meniscal tear.", "MRI right knee", "true"),
        ("EMG/NCS of the LUE in 2015 was normal.", "EMG/NCS RUE", "false"),
        ("EMG/NCS of the LUE in 2015 was normal.", "EMG/NCS LUE", "true"),
        // A year alone dates a study.
        ("Seen 11/1/2016 for knee pain. MRIs were obtained in 2015.", "MRI right knee", "true"),
        ("Seen 11/1/2016 for knee pain. He had a 2015 MRI of the right knee.", "MRI right knee", "true"),
        ("Seen 11/1/2016 for knee pain. Right knee MRI in 2014.", "MRI of the right knee", "true"),
    ] as [(String, String, String?)])
func anEarlierStudyOfTheOtherSideIsNoneOfTheRequest(_ summary: String, _ request: String, _ expected: String?) {
    #expect(value(requestFacts(request, summary: summary), "prior_study") == expected)
}
