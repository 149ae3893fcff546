import Testing

// Voices of the epidural injection's criteria (CPMTG 2009 p. 46: "radiculopathy must be documented
// by physical examination and corroborated by imaging studies"): a tension test told to bring on the
// limb's radiating pain (`nerve_tension_signs`), a disc herniation named without "disc" or spelled
// "disk" (`regional_diagnoses`). Must-not rows beside: the back's pain alone, a test told negative,
// an abdominal herniation, a computer disk.

@Test(
    arguments: [
        (
            "Straight leg raising reproduces her left leg pain at 50 degrees.", "L5-S1 transforaminal ESI, left", "nerve_tension_signs",
            "true"
        ),
        ("SLR elicits radiating pain into the left calf.", "L5-S1 transforaminal ESI, left", "nerve_tension_signs", "true"),
        ("Spurling maneuver recreates the right arm paresthesias.", "C5-6 interlaminar ESI", "nerve_tension_signs", "true"),
        ("Slump positive on the left; EHL 4/5.", "L5-S1 transforaminal ESI, left", "nerve_tension_signs", "true"),
        ("SLR reproduces low back pain only.", "L5-S1 transforaminal ESI, left", "nerve_tension_signs", "!true"),
        ("Straight leg raise causes back pain but no leg pain.", "L5-S1 transforaminal ESI, left", "nerve_tension_signs", "!true"),
        ("Negative slump; SLR negative bilaterally.", "L5-S1 transforaminal ESI, left", "nerve_tension_signs", "false"),
        (
            "MRI shows an L5-S1 herniation abutting the left S1 root.", "L5-S1 transforaminal ESI, left", "regional_diagnoses",
            "disc_herniation"
        ),
        ("MRI 3/2016: L4-5 disk extrusion to the left.", "L5-S1 transforaminal ESI, left", "regional_diagnoses", "disc_herniation"),
        ("Degenerative disk disease at L4-5 and L5-S1.", "Lumbar MRI", "regional_diagnoses", "degenerative_disc_disease"),
        (
            "Umbilical herniation repaired in 2012; low back pain since the fall.", "L5-S1 transforaminal ESI, left", "regional_diagnoses",
            "!disc_herniation"
        ),
        (
            "Outside images on a disk were reviewed; low back pain since the fall.", "L5-S1 transforaminal ESI, left", "regional_diagnoses",
            "!disc_herniation"
        ),
    ] as [(String, String, String, String)])
func procedureCriteriaVoicesRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: fact == "regional_diagnoses")
}
