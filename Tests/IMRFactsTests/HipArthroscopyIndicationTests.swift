import Testing

// The hip arthroscopy's other indications as usually quoted (ODG Hip & Pelvis, Arthroscopy: loose
// bodies, chondral lesions): a loose body named is `loose_body`, a chondral lesion `chondral_defect`.
// Must not: loose bodies denied, a loose hardware's screw. Written in this project's own words.
@Test(
    arguments: [
        ("MR arthrogram of the right hip: two intra-articular loose bodies in the fovea.", "loose_body"),
        ("CT: an osteochondral loose body in the anterior recess of the hip.", "loose_body"),
        ("MRI: a focal chondral defect of the femoral head.", "chondral_defect"),
        // Must not: loose bodies denied, loose hardware.
        ("MRI of the hip: no loose bodies; labrum intact.", "!loose_body"),
        ("Films show a loose screw of the old fixation.", "!loose_body"),
    ] as [(String, String)])
func hipArthroscopyIndicationsRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Orthopaedic note 07/12/2016: a 41-year-old installer with right hip pain after a fall from a ladder on 01/05/2016. " + sentence,
        "Right hip arthroscopy", "regional_diagnoses", expected, anyTerm: true)
}
