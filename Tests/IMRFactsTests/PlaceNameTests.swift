import Testing

// A clinic's, practice's, programme's or department's name names a place, not a finding
// (`diagnoses`): a diagnosis whose words stand in a name closed by a `place_name_heads` word, with
// only capitalised words, joiners, "&" or "-" between, or the head right after it in small letters;
// or a head opening the name before "of"/"for". Must not: the diagnosis told apart from the name
// (a comma, a semicolon, a sentence between), a name holding no diagnosis beside a diagnosis.
// Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, diagnosis, read)
        ("Seen 11/03/2016 - Foothill Arthritis & Hand Clinic. Right wrist sprain.", "Paraffin wax bath", "osteoarthritis", false),
        ("RHEUMATOLOGY CONSULTATION - Coast Arthritis & Rheumatology Medical Group. Neck strain.", "Cervical MRI", "osteoarthritis", false),
        ("BAYVIEW NEUROLOGY - HEADACHE CENTER. Neck strain after a fall.", "Cervical MRI", "headache", false),
        ("Seen 10/02/2016 at the Pacific Spinal Cord Injury Clinic. Lumbar strain.", "Lumbar MRI", "spinal_cord_injury", false),
        ("Seen 10/02/2016 in the fracture clinic. Knee sprain.", "Knee MRI", "fracture", false),
        ("Department of Rheumatology and Arthritis, 10/02/2016. Neck strain.", "Cervical MRI", "osteoarthritis", false),
        ("COAST NEUROLOGY ASSOCIATES - HEADACHE CLINIC FOLLOW-UP. Lumbar strain.", "Lumbar MRI", "headache", false),
        // Must read: the diagnosis told apart from the name.
        ("Foothill Hand Clinic, 11/03/2016. Osteoarthritis of both hands.", "Paraffin wax bath", "osteoarthritis", true),
        ("Diagnosis: knee osteoarthritis, Hand Clinic follow-up in 3 months.", "Knee MRI", "osteoarthritis", true),
        ("Knee osteoarthritis; seen at the clinic today.", "Knee MRI", "osteoarthritis", true),
        ("Headache Clinic note. Assessment: migraine headache, daily.", "Sumatriptan 50 mg #9", "headache", true),
        ("Seen at Valley Spine Center. Lumbar spinal stenosis at L4-5.", "Lumbar MRI", "spinal_stenosis", true),
    ] as [(String, String, String, Bool)])
func placeName(_ summary: String, _ request: String, _ diagnosis: String, _ read: Bool) {
    expectRequestFact(summary, request, "diagnoses", read ? diagnosis : "!" + diagnosis, anyTerm: true)
}
