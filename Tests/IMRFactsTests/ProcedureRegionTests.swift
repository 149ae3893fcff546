import IMRFacts
import Testing

// A request that names no body region is of the region its procedure implies: the surgery's own
// (`procedure_region`: a knee arthroplasty is of the knee), else the region of the condition it is
// named for (`surgery_diagnosis`, `diagnosis_region`: a carpal tunnel release is of the wrist, and of
// the hand where its symptoms are; a rotator cuff repair of the shoulder). A region the request names is its region; a procedure done
// on many parts of the body (an arthroscopy, physical therapy) implies none.

@Test(
    arguments: [
        // (request, body_regions; nil: not documented)
        ("Right carpal tunnel release", "hand,wrist"),
        ("Left CTR", "hand,wrist"),
        ("Endoscopic carpal tunnel release, right", "hand,wrist"),
        ("Open carpal tunnel decompression left", "hand,wrist"),
        ("Right cubital tunnel release", "elbow"),
        ("Left total knee arthroplasty", "knee"),
        ("Right trigger finger release", "hand"),
        ("Rotator cuff repair, left", "shoulder"),
        ("Arthroscopic meniscal repair, right", "knee"),
        ("De Quervain release right", "wrist"),
        ("Post-operative physical therapy x8 after right carpal tunnel release", "hand,wrist"),
        ("Plantar fascia release, left", "foot"),
        // A region named is the request's; a procedure of many regions implies none.
        ("Carpal tunnel release, right hand", "hand"),
        ("Right knee arthroscopy with partial meniscectomy", "knee"),
        ("Lumbar fusion L4-5", "lumbar_spine"),
        ("Arthroscopy", nil),
        ("Physical therapy 2x4", nil),
        ("Surgery", nil),
    ] as [(String, String?)])
func aRequestIsOfTheRegionItsProcedureImplies(_ request: String, _ regions: String?) {
    #expect(value(requestFacts(request), "body_regions") == regions, "\(request)")
}

@Test(
    arguments: [
        // (summary, regional_neuro_findings)
        ("Positive Tinel and Phalen at the right wrist, with numbness of the thumb and index finger.", "true"),
        ("She reports numbness and tingling in the right hand at night; Phalen test is positive.", "true"),
        // ("Tinel is negative at the wrists" is read as a finding: "at" after a post-negation is an
        // outcome's word, `negated_outcomes`; a gap of the negation data, noted for hygiene.)
        ("No numbness or tingling in either hand; sensation intact at the wrists.", "false"),
    ] as [(String, String?)])
func aCarpalTunnelReleaseReadsTheHandsFindings(_ summary: String, _ findings: String?) {
    #expect(value(requestFacts("Right carpal tunnel release", summary: summary), "regional_neuro_findings") == findings, "\(summary)")
}
