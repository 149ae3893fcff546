import IMRFacts
import Testing

// A bone or a joint named by its structure is of the region that holds it (`regions.lexicon`): the
// shafts of the long bones of the leg and thigh are of the lower limb ("right tibia", "tib/fib",
// "femur"), the humerus's of the arm, the radius's and ulna's of the forearm; a bone's end or a
// joint's part is of its joint (the fibular head and a femoral condyle of the knee, the distal
// fibula and the talus of the ankle, the distal humerus of the elbow, the acetabulum of the hip).
// Not a bone: the adjective alone before a nerve, a vessel, a tendon's muscle or a test ("tibial
// nerve", "femoral artery", "radial nerve", "femoral nerve stretch"), and the radius as a distance
// ("within a 20-mile radius"): the radius is read with its shaft, its fracture or the ulna. The
// structure decides between two regions: the radial head is the elbow's, the distal radius the
// wrist's, the femoral neck the hip's, the tibial plateau the knee's.

@Test(
    arguments: [
        // (request, body_regions; nil: not documented)
        ("Non-invasive bone growth stimulator, right tibia, purchase", "lower_extremity"),
        ("PEMF stimulator for nonunion of the tibial shaft", "lower_extremity"),
        ("Bone stim R tib/fib fx", "lower_extremity"),
        ("ORIF left femur fracture", "lower_extremity"),
        ("Physical therapy 2x6 for the left humerus fracture", "upper_extremity"),
        ("Splint for a right radius fracture", "forearm"),
        ("X-ray of the left talus", "ankle"),
        ("MRI of the medial femoral condyle, right", "knee"),
        ("Injection at the fibular head", "knee"),
        ("CT of the distal fibula", "ankle"),
        ("Removal of hardware, distal humerus", "elbow"),
        ("MRI of the scapholunate ligament", "wrist"),
        ("CT of the acetabulum", "hip"),
        ("Cast for Lisfranc injury", "foot"),
    ] as [(String, String?)])
func aBoneOrJointNamedByItsStructureIsOfItsRegion(_ request: String, _ regions: String?) {
    #expect(value(requestFacts(request), "body_regions") == regions, "\(request)")
}

@Test(
    arguments: [
        // (request, body_regions; nil: not documented)
        ("EMG/NCS of the tibial nerve", nil),
        ("Posterior tibial nerve block", nil),
        ("Femoral nerve block", nil),
        ("Femoral artery duplex ultrasound", nil),
        ("Radial nerve block", nil),
        ("Superficial radial nerve release", nil),
        ("Lateral femoral cutaneous nerve block", nil),
        ("Transportation within a 20-mile radius", nil),
        ("Home health aide for femoral catheter care", nil),
        // The structure decides the joint: not the bone's shaft.
        ("ORIF right radial head fracture", "elbow"),
        ("Physical therapy for the left radius head fracture", "elbow"),
        ("Splint for distal radius fracture", "wrist"),
        ("MRI of the femoral neck", "hip"),
        ("Brace for a tibial plateau fracture", "knee"),
        ("CT of the head of the fibula", "knee"),
    ] as [(String, String?)])
func aBonesAdjectiveAloneOrADistanceIsNoBone(_ request: String, _ regions: String?) {
    #expect(value(requestFacts(request), "body_regions") == regions, "\(request)")
}

@Test(
    arguments: [
        // (summary, request, regional_diagnoses; nil: not documented)
        // A fracture placed at a bone is that region's: a knee brace reads a fibular head's fracture,
        // a wrist splint does not read a tibia's (before, placed nowhere, or at the "head").
        ("Fracture of the right fibular head.", "Knee brace", "fracture"),
        ("Closed right tibial shaft fracture, nailed 10/21/2014.", "Wrist splint", ""),
        ("Closed right tibial shaft fracture, nailed 10/21/2014.", "Bone growth stimulator, right lower leg", "fracture"),
        ("Nondisplaced fracture of the left talus.", "Ankle brace", "fracture"),
        ("Nondisplaced fracture of the left talus.", "Wrist splint", ""),
        // A nerve's study names no bone: the wrist's fracture stays the wrist's.
        ("EMG: prolonged tibial nerve F-waves. Diagnosis: fracture of the left wrist.", "Knee brace", ""),
    ] as [(String, String, String?)])
func aDiagnosisPlacedAtABoneIsOfItsRegion(_ summary: String, _ request: String, _ diagnoses: String?) {
    #expect(value(requestFacts(request, summary: summary), "regional_diagnoses") == diagnoses, "\(summary) / \(request)")
}
