import Testing

// The readings of the surgical request kinds the thirty-third session named in the lexicon
// (docs/kinds-inventory.md; criteria checklists docs/checklists/limb-surgery.md and
// spine-surgery.md), in my own wording: each surgery named as a request, beside rows that must not
// read it (a neighbouring surgery, a word the name shares). Must-read rows beside must-not rows.

@Test(
    arguments: [
        // (request, expected procedure, "!term" for not it)
        ("Arthroscopic TFCC repair, right wrist", "tfcc_repair"),
        ("Triangular fibrocartilage complex debridement left wrist", "tfcc_repair"),
        ("Right thumb CMC arthroplasty with LRTI", "cmc_arthroplasty"),
        ("Trapeziectomy, left thumb", "cmc_arthroplasty"),
        ("Total knee arthroplasty, left", "!cmc_arthroplasty"),
        ("Partial palmar fasciectomy for Dupuytren's contracture, ring finger", "dupuytren_release"),
        ("Percutaneous needle aponeurotomy, right small finger", "dupuytren_release"),
        ("Arthroscopic lateral release, right knee", "lateral_retinacular_release"),
        ("Lateral epicondyle release, right elbow", "!lateral_retinacular_release"),
        ("Left knee arthroscopy with microfracture", "microfracture"),
        ("Microfracture of the medial femoral condyle, right knee", "microfracture"),
        ("Right high tibial osteotomy", "osteotomy"),
        ("Modified Brostrom procedure, left ankle", "ankle_ligament_reconstruction"),
        ("Lateral ankle ligament reconstruction, right", "ankle_ligament_reconstruction"),
        ("ACL reconstruction, right knee", "!ankle_ligament_reconstruction"),
        ("Left bunionectomy", "bunionectomy"),
        ("Hallux valgus correction, right foot", "bunionectomy"),
        ("X-STOP interspinous spacer L4-5", "interspinous_spacer"),
        ("Interspinous process decompression L3-4", "interspinous_spacer"),
        ("Lumbar laminectomy and decompression L4-5", "!interspinous_spacer"),
        ("Left sacroiliac joint fusion, minimally invasive", "sacroiliac_fusion"),
        ("SI joint arthrodesis, right", "sacroiliac_fusion"),
        ("Left sacroiliac joint fusion, minimally invasive", "!fusion"),
        ("Posterior lumbar fusion L5-S1", "!sacroiliac_fusion"),
        ("Right SI joint injection", "!sacroiliac_fusion"),
    ] as [(String, String)])
func surgeryKindsNamed(_ request: String, _ expected: String) {
    expectRequestFact("", request, "procedures", expected, anyTerm: true)
}

// The diagnoses their criteria read, told in a summary (must read) and denied (must not).
@Test(
    arguments: [
        // (summary, expected term among the diagnoses, "!term" for not it)
        ("X-rays show a broken pedicle screw at L5. He has pain over the hardware.", "symptomatic_hardware"),
        ("The hardware is intact without loosening. The fracture has healed.", "!symptomatic_hardware"),
        ("MRI of the right knee: a full-thickness chondral defect of the medial femoral condyle.", "chondral_defect"),
        ("MRI: lateral patellar tilt with maltracking.", "patellar_malalignment"),
        ("Exam: a painful bunion of the left great toe.", "hallux_valgus"),
        ("She ruptured her left Achilles tendon stepping off a curb; Thompson test positive.", "achilles_rupture"),
        ("Achilles tendinitis, no rupture on ultrasound.", "!achilles_rupture"),
        ("Ultrasound: partial Achilles tendon tear, fibres in continuity.", "achilles_partial_tear"),
        ("Ultrasound: partial Achilles tendon tear, fibres in continuity.", "!achilles_rupture"),
        ("Incomplete Achilles tendon rupture after a jump; Thompson test negative.", "!achilles_rupture"),
        ("He tore his right Achilles tendon playing basketball; palpable gap.", "achilles_rupture"),
        ("CT: a disruption of the right sacroiliac joint after the fall from the roof.", "sacroiliac_joint_disruption"),
        ("Pelvic ring injury with SI joint diastasis in 2015.", "sacroiliac_joint_disruption"),
        ("No widening or disruption of either sacroiliac joint.", "!sacroiliac_joint_disruption"),
        ("CT: malunion of the distal fibula fracture.", "malunion"),
    ] as [(String, String)])
func surgeryKindDiagnoses(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Surgery", "diagnoses", expected, anyTerm: true)
}
