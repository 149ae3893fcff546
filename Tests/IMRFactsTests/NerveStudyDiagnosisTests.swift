import IMRFacts
import Testing

// A study of a limb's nerves (EMG, NCS) tests the spinal roots that reach the limb: its regional
// diagnoses are the limb's and those of the spine whose roots reach it (a lumbar disc herniation
// for an EMG of the legs, a cervical one for the arms), not another spine's; a study of no nerves
// (an MRI of the knee, physical therapy) reads its own region only.

@Test(
    arguments: [
        // (summary, request, diagnosis, read among the request's regional diagnoses)
        ("MRI shows an L5-S1 disc extrusion compressing the left S1 root.", "EMG bilateral lower extremities", "disc_herniation", true),
        ("L4-5 herniated disc with right foraminal narrowing.", "EMG right lower extremity", "disc_herniation", true),
        ("Diagnosis: lumbar spinal stenosis with neurogenic claudication.", "NCV/EMG of both legs", "spinal_stenosis", true),
        ("MRI L-spine: broad-based L4-5 protrusion abutting the traversing L5 root.", "EMG left leg", "disc_herniation", true),
        ("Lumbar HNP L5-S1.", "EMG/NCS lower extremities", "disc_herniation", true),
        ("Cervical MRI: C5-6 disc herniation compressing the right C6 root.", "EMG right upper extremity", "disc_herniation", true),
        ("Left C6-7 foraminal stenosis of the cervical spine.", "EMG/NCS left upper extremity", "spinal_stenosis", true),
        ("Cervical spondylosis with a C5-6 disc protrusion.", "EMG bilateral upper extremities", "disc_herniation", true),
        ("MRI: large L4-5 extrusion compressing the left L5 nerve root.", "NCS/EMG left lower extremity", "disc_herniation", true),
        ("Diagnoses: lumbar disc displacement; lumbar radiculopathy.", "EMG lower extremities", "disc_herniation", true),
        ("He has an L3-4 herniated nucleus pulposus of the lumbar spine on MRI.", "EMG of the right leg", "disc_herniation", true),
        ("Cervical disc herniation at C6-7 on MRI 10/2016.", "EMG/NCV upper extremities", "disc_herniation", true),
        // Another spine's roots, a study of no nerves, a bulge that reaches no root.
        ("MRI shows a lumbar L4-5 disc herniation.", "EMG upper extremities", "disc_herniation", false),
        ("Cervical C5-6 disc herniation.", "EMG lower extremities", "disc_herniation", false),
        ("Lumbar L4-5 disc herniation.", "MRI of the right knee", "disc_herniation", false),
        ("Lumbar disc herniation L5-S1.", "Physical therapy right knee x6", "disc_herniation", false),
        ("Cervical stenosis C5-6.", "EMG lower extremities", "spinal_stenosis", false),
        ("Lumbar L4-5 disc bulge with no nerve root contact.", "EMG lower extremities", "disc_herniation", false),
    ] as [(String, String, String, Bool)])
func aNerveStudyReadsTheDiagnosesOfTheRootsThatReachItsLimb(_ summary: String, _ request: String, _ diagnosis: String, _ read: Bool) {
    let regional = value(requestFacts(request, summary: summary), "regional_diagnoses") ?? ""
    #expect(regional.split(separator: ",").contains(Substring(diagnosis)) == read, "\(summary) | \(request): \(regional)")
}
