import Testing

// A drug asked soon after a surgery the summary dates is for the post-operative period
// (`postoperative`): ODG's ondansetron "for post-operative use", the MTUS Opioid Treatment
// Guidelines' opioids for post-operative pain; the acute phase counted as four weeks from the
// surgery, an onset of pain. Rows in this engineer's own words, several voices (a surgeon's note, a
// nurse's call, a request form, a count of days), with must-not rows beside them: a surgery years
// before, one still to come, one denied or only weighed, one more than four weeks before the request.

@Test(
    arguments: [
        // (summary, request, decision date)
        (
            "Right carpal tunnel release 11/21/2016 under local with sedation. Seen 11/22/2016: retching since she got home and unable to keep the pain pills down.",
            "Promethazine 25 mg #12", "12/01/2016"
        ),
        (
            "POD 2 after a left knee arthroscopy with partial meniscectomy; pain 7/10 now that the block has worn off.",
            "Hydrocodone/APAP 5/325 mg #20", "12/01/2016"
        ),
        (
            "She underwent an L5-S1 microdiscectomy on 11/14/2016. At the first post-op visit on 11/18/2016 the surgeon asked for authorization of ondansetron for the nausea that began with the anesthesia.",
            "Ondansetron 4 mg #10", "12/01/2016"
        ),
        // The request's own date counts, not the review's weeks later.
        (
            "S/p right ORIF of the distal radius 11/25/16. Request for authorization dated 11/26/16: oxycodone 5 mg every 6 hours as needed.",
            "Oxycodone 5 mg #20", "01/15/2017"
        ),
        (
            "Three days out from her right shoulder arthroscopy, she is constipated on the pain medicine.", "Senna-docusate 8.6/50 mg #60",
            "12/01/2016"
        ),
        (
            "Left total knee arthroplasty performed 11/16/2016; discharged home on 11/18/2016 with a walker.",
            "Tramadol 50 mg #30", "12/01/2016"
        ),
    ] as [(String, String, String)])
func aDrugAskedSoonAfterADatedSurgeryIsPostoperative(_ summary: String, _ request: String, _ decision: String) {
    expectRequestFact(summary, request, "postoperative", "true", decision: decision)
}

@Test(
    arguments: [
        // (summary, request, decision date)
        (
            "Status post L4-5 fusion 03/2012 with persistent axial pain; nauseated by his daily opioids for months.",
            "Ondansetron 8 mg #30", "12/01/2016"
        ),
        (
            "A right shoulder arthroscopy is scheduled for 12/08/2016; the surgeon will prescribe pain medicine for afterwards.",
            "Norco 10/325 #40", "12/01/2016"
        ),
        (
            "Right carpal tunnel release 10/12/2016. Six weeks on she still takes tramadol twice a day and feels sick with each dose.",
            "Ondansetron 4 mg #30", "12/01/2016"
        ),
        (
            "The lumbar decompression requested on 11/10/2016 was non-certified on 11/17/2016. Pain is 8/10.",
            "Oxycodone 10 mg #60", "12/01/2016"
        ),
        (
            "The surgeon talked about a possible carpal tunnel release at the 11/28/2016 visit; she wants to think it over.",
            "Naproxen 550 mg #60", "12/01/2016"
        ),
        ("Lumbar laminectomy in 2015; chronic low back pain since.", "Tramadol ER 100 mg #30", "12/01/2016"),
    ] as [(String, String, String)])
func aDrugIsNotPostoperativeByAnotherTimesSurgery(_ summary: String, _ request: String, _ decision: String) {
    expectRequestFact(summary, request, "postoperative", "!true", decision: decision)
}

/// A drug the summary ties by words to a surgery still to come goes with that surgery
/// (`associated_service`, `postoperative`): named in a clause of a `postoperative_link` phrase
/// beside a surgery certified, scheduled or requested; must-not rows: the link told of a surgery
/// done, a surgery only weighed or denied, the drug not the one the request names.
@Test(
    arguments: [
        (
            "Right knee arthroscopy certified, scheduled 12/08/2016. Plan: enoxaparin 40 mg subcutaneously daily starting 12 hours after surgery for 14 days.",
            "Enoxaparin 40 mg subcutaneous daily #14", "true"
        ),
        (
            "Will give ondansetron 4 mg post-op for nausea. The L5-S1 microdiscectomy has been requested.",
            "Ondansetron 4 mg #10", "true"
        ),
        (
            "He took Norco after his 2012 lumbar fusion. A right shoulder arthroscopy is scheduled for 12/08/2016.",
            "Norco 10/325 #40", "!true"
        ),
        (
            "A right knee arthroscopy was denied by UR. Enoxaparin after surgery was planned.",
            "Enoxaparin 40 mg #14", "!true"
        ),
        (
            "A carpal tunnel release may be considered later; naproxen after the procedure if needed.",
            "Naproxen 550 mg #60", "!true"
        ),
        (
            "Right knee arthroscopy scheduled 12/08/2016; Norco for pain after surgery. Meloxicam 15 mg daily continues.",
            "Meloxicam 15 mg #30", "!true"
        ),
    ] as [(String, String, String)])
func aDrugTiedByWordsToASurgeryToComeGoesWithIt(_ summary: String, _ request: String, _ value: String) {
    expectRequestFact(summary, request, "associated_service", value, decision: "12/01/2016")
}
