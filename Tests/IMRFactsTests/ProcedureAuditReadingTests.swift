import Testing

// Hyaluronic acid injections are "not recommended for any other indications such as chondromalacia
// patellae ... or patellofemoral arthritis, patellofemoral syndrome" (ODG Knee & Leg, criteria):
// patellofemoral_arthritis_only is true when the knee's arthritis is told only of its patellofemoral
// joint (must-read), false when a tibiofemoral compartment is told arthritic beside it or the
// arthritis spans two or three compartments, and not documented when no compartment is told or the
// patellofemoral one is told only as the worst (must-not).
@Test(
    arguments: [
        ("X-rays show severe patellofemoral osteoarthritis of the right knee.", "true"),
        ("Impression: right knee PF DJD, bone on bone at the patellofemoral joint.", "true"),
        ("MRI shows advanced arthritis of the patellofemoral joint; the menisci are intact.", "true"),
        ("Films show patellofemoral arthrosis; the medial and lateral joint spaces are well maintained.", "true"),
        ("X-rays show tricompartmental osteoarthritis, worst at the patellofemoral joint.", "false"),
        ("Severe medial compartment osteoarthritis and patellofemoral osteoarthritis on standing films.", "false"),
        ("Standing films show patellofemoral and medial compartment arthritis.", "false"),
        ("X-rays show severe osteoarthritis of the right knee with bone on bone contact.", "nil"),
        ("Severe osteoarthritis, worst in the patellofemoral compartment, on standing films.", "nil"),
        ("There is no patellofemoral arthritis; the medial compartment is narrowed.", "false"),
    ] as [(String, String)])
func patellofemoralArthritisOnlyRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 09/14/2016: the 58-year-old custodian has right knee pain since a fall at work on 02/02/2015. " + sentence
            + " She failed physical therapy and naproxen, and a cortisone injection in March helped for two weeks.",
        "Synvisc-One injection, right knee", "patellofemoral_arthritis_only", expected)
}

// A trochanteric bursitis injection is the hip's treatment: the bursitis is read among the
// requested region's diagnoses when it is the hip's or placed in no region (must-read), not when
// it is another region's (must-not: the shoulder's bursitis beside a hip injection).
@Test(
    arguments: [
        ("Examination shows tenderness over the greater trochanter; diagnosis: right greater trochanteric bursitis.", "tendinitis"),
        ("Diagnoses: bursitis; right hip pain.", "tendinitis"),
        ("Diagnoses: right shoulder subacromial bursitis; right hip osteoarthritis.", "!tendinitis"),
        ("She has bursitis of the left shoulder; X-rays of the right hip show osteoarthritis.", "!tendinitis"),
    ] as [(String, String)])
func hipInjectionBursitisRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 05/10/2016: the 61-year-old cashier fell at work on 11/03/2015. " + sentence,
        "Right hip injection", "regional_diagnoses", expected, anyTerm: true)
}

// ODG Low Back, CT: "Evaluate successful fusion if plain x-rays do not confirm fusion": for a lumbar
// CT after a fusion, the films done and the fusion told not healed are read (must-read), a fusion
// told solid is no failure, and a pseudarthrosis told only suspected is not read (must-not).
@Test(
    arguments: [
        ("Flexion-extension X-rays on 05/02/2016 show a nonunion at the L4-5 fusion.", "failed_fusion", "true"),
        ("Flexion-extension X-rays on 05/02/2016 show a nonunion at the L4-5 fusion.", "prior_radiographs", "true"),
        ("Lumbar X-rays on 05/02/2016 show the L4-5 fusion is solid.", "failed_fusion", "false"),
        ("Lumbar X-rays on 05/02/2016 were read as possible pseudarthrosis at L4-5.", "failed_fusion", "nil"),
    ] as [(String, String, String)])
func fusionComputedTomographyRead(_ sentence: String, _ fact: String, _ expected: String) {
    expectRequestFact(
        "Progress note 06/01/2016: the 49-year-old mechanic underwent an L4-5 fusion on 03/10/2015 after a lifting injury. " + sentence,
        "CT scan of the lumbar spine without contrast", fact, expected)
}

// A three-phase bone scan has "a limited role" in CRPS (ODG, Bone scan): the CRPS is read among the
// diagnoses of the limb studied (must-read), not of another region the scan does not image
// (must-not: the hand's CRPS beside a scan of the low back).
@Test(
    arguments: [
        ("Three-phase bone scan of the right hand", "Diagnosis: CRPS type I of the right hand after a crush injury.", "crps"),
        ("Three-phase bone scan", "Diagnosis: complex regional pain syndrome of the right hand.", "crps"),
        ("Bone scan of the lumbar spine", "Diagnoses: CRPS of the right hand; lumbar strain.", "!crps"),
    ] as [(String, String, String)])
func boneScanCrpsRegionRead(_ request: String, _ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 08/22/2016: the 45-year-old machinist was injured at work on 01/12/2016. " + sentence,
        request, "regional_diagnoses", expected, anyTerm: true)
}

// An ECG outside surgery needs "cardiac symptoms, known cardiac disease, or a drug with QT risk"
// (shared/reference LAB-6, [G]): a cardiac disease of the worker is read among the diagnoses
// (must-read), not one denied or a relative's (must-not).
@Test(
    arguments: [
        ("She has a history of atrial fibrillation and takes apixaban.", "cardiac_disease"),
        ("Past medical history: coronary artery disease with a stent in 2012.", "cardiac_disease"),
        ("She denies any history of heart disease.", "!cardiac_disease"),
        ("Her father had a heart attack at 60.", "!cardiac_disease"),
    ] as [(String, String)])
func electrocardiogramCardiacDiseaseRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 04/18/2016: the 57-year-old driver injured his neck at work on 10/10/2015 and takes gabapentin. " + sentence,
        "12-lead EKG", "diagnoses", expected, anyTerm: true)
}

// A carpal tunnel injection is for "mild or moderate cases of CTS" (ACOEM ch. 11 Table 11-7, as
// usually quoted): carpal_tunnel_severe is true for a syndrome told severe, thenar atrophy or thenar
// denervation on EMG (must-read); false for one told mild or moderate, or atrophy denied; not
// documented for pain told severe beside a syndrome with no severity (must-not).
@Test(
    arguments: [
        ("EMG/NCS on 06/02/2016 showed severe right carpal tunnel syndrome.", "true"),
        ("Examination shows thenar atrophy of the right hand with a positive Phalen's test.", "true"),
        ("EMG showed active denervation in the right abductor pollicis brevis.", "true"),
        ("Nerve conduction studies showed moderate median neuropathy at the wrist.", "false"),
        ("Electrodiagnostic studies confirmed mild to moderate CTS on the right.", "false"),
        ("There is no thenar atrophy; Phalen's test is positive on the right.", "false"),
        ("She reports severe pain at night; nerve studies confirmed right carpal tunnel syndrome.", "nil"),
        ("Possible thenar atrophy was noted by the prior examiner.", "nil"),
    ] as [(String, String)])
func carpalTunnelSeverityRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 08/10/2016: the 52-year-old assembler has right hand numbness since 01/05/2016. " + sentence
            + " Night splinting for 10 weeks and ibuprofen did not help.",
        "Right carpal tunnel corticosteroid injection", "carpal_tunnel_severe", expected)
}

// Vestibular testing is "an option for persistent dizziness or imbalance after head injury ... not
// for routine screening" (ODG Head, [G] IMG-HD-5): the request is recognised by its test's names
// (must-read) and not by vestibular therapy (must-not); dizziness told now is read (must-read), and a
// dizziness denied or told resolved is false, one only in doubt not read (must-not).
@Test(
    arguments: [
        ("Videonystagmography (VNG) with caloric testing", "vestibular_testing"),
        ("ENG", "vestibular_testing"),
        ("Vestibular function testing, one study", "vestibular_testing"),
        ("Vestibular rehabilitation therapy x6", "!vestibular_testing"),
    ] as [(String, String)])
func vestibularTestingRequestRead(_ request: String, _ expected: String) {
    expectRequestFact(
        "Progress note 09/20/2016: the 41-year-old roofer struck his head in a fall on 07/02/2016 (concussion).",
        request, "procedure", expected, anyTerm: true)
}

@Test(
    arguments: [
        ("He still has dizziness when he turns his head and loses his balance on stairs.", "true"),
        ("She reports episodes of vertigo with the room spinning when she lies down.", "true"),
        ("He denies dizziness or vertigo since the first week.", "false"),
        ("The dizziness has resolved; headaches continue twice a week.", "false"),
        ("Possible vertigo was mentioned by the emergency physician.", "nil"),
        ("He has neck pain and headaches after the fall.", "nil"),
    ] as [(String, String)])
func dizzinessAfterHeadInjuryRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 09/20/2016: the 41-year-old roofer was diagnosed with a concussion after a fall on 07/02/2016. " + sentence,
        "Videonystagmography", "vestibular_symptoms", expected)
}

// An elbow MRI's indications are "all with plain films non-diagnostic" (ODG Elbow, [G] IMG-EL-2):
// the elbow's films done are read (must-read), none named is false, and the wrist's films are not
// the elbow's (must-not).
@Test(
    arguments: [
        ("X-rays of the right elbow on 04/02/2016 were unremarkable.", "true"),
        ("Elbow radiographs showed no fracture or loose body.", "true"),
        ("No imaging has been done.", "false"),
        ("X-rays of the right wrist on 04/02/2016 were unremarkable.", "false"),
    ] as [(String, String)])
func elbowPlainFilmsRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 06/15/2016: the 38-year-old electrician has medial right elbow pain since pulling a cable on 02/10/2016; "
            + "valgus stress is painful and a collateral ligament tear is suspected. Therapy for 8 weeks and a brace did not help. "
            + sentence,
        "MRI of the right elbow", "prior_radiographs", expected)
}

// Sympathetic blocks: "For diagnostic testing, use three blocks over a 3-14 day period" (CPMTG
// p. 57): the count a request asks is read (must-read), and a block named alone, or a count of the
// levels, is no count of blocks (must-not).
@Test(
    arguments: [
        ("Lumbar sympathetic block x5, left", "5"),
        ("Series of three stellate ganglion blocks, right", "3"),
        ("Left lumbar sympathetic block", "nil"),
        ("Two-level lumbar sympathetic block, left", "nil"),
    ] as [(String, String)])
func sympatheticBlockCountRead(_ request: String, _ expected: String) {
    expectRequestFact(
        "Progress note 07/12/2016: the 39-year-old packer has CRPS of the left foot after a crush injury on 11/02/2015; she attends physical therapy twice a week.",
        request, "injections_requested", expected)
}
