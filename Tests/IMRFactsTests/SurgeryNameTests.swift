import Testing

// The names a surgery of the hand, the elbow, the foot and the knee goes by in a request, and the
// diagnoses its section names apart (criteria checklists docs/checklists/limb-surgery.md and
// other-procedures.md, twenty-ninth session): a de Quervain's release and its first dorsal
// compartment, an epicondylitis surgery by the tendon origin it releases, a tarsal tunnel release
// by the nerve it frees, a manipulation under anesthesia by its initials; a lumbar fusion's pars
// defect and its instability shown (not a degenerative slip alone). Must-read rows beside
// must-not rows (an injection of the same compartment, a fracture's closed reduction, an ankle's
// other nerve, a diagnosis of the wrist that is not de Quervain's). Written in my own wording.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value or one term of a list, "!value" for not it)
        ("", "Left knee MUA", "procedure", "manipulation_under_anesthesia"),
        ("", "MUA, right shoulder", "procedure", "manipulation_under_anesthesia"),
        ("", "Knee manipulation under general anesthesia, left", "procedure", "manipulation_under_anesthesia"),
        ("", "Release of the first dorsal compartment, right wrist", "procedure", "de_quervain_release"),
        ("", "Right 1st dorsal compartment release", "procedure", "de_quervain_release"),
        ("", "DeQuervain release, left", "procedure", "de_quervain_release"),
        ("", "First dorsal compartment steroid injection, right", "procedure", "!de_quervain_release"),
        ("", "Right ECRB debridement", "procedure", "epicondylar_release"),
        ("", "Open common extensor origin release, left elbow", "procedure", "epicondylar_release"),
        ("", "Medial epicondyle debridement, right elbow", "procedure", "epicondylar_release"),
        ("", "Lateral epicondyle steroid injection", "procedure", "!epicondylar_release"),
        ("", "Posterior tibial nerve decompression, left ankle", "procedure", "tarsal_tunnel_release"),
        ("", "Release of the tarsal tunnel, right", "procedure", "tarsal_tunnel_release"),
        ("", "Peroneal nerve decompression at the fibular head", "procedure", "!tarsal_tunnel_release"),
        ("", "Closed reduction of the distal radius fracture", "procedure", "!manipulation_under_anesthesia"),
    ] as [(String, String, String, String)])
func surgeryRequestNamesRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, diagnosis term expected among the request region's, "!term" for not it)
        ("Assessment: right de Quervain's tenosynovitis.", "Right first dorsal compartment release", "de_quervain_tenosynovitis"),
        ("Diagnosis: DeQuervain tenosynovitis of the left wrist.", "Left de Quervain release", "de_quervain_tenosynovitis"),
        ("Impression: tenosynovitis of the first dorsal compartment, right.", "Right de Quervain release", "de_quervain_tenosynovitis"),
        ("Assessment: right de Quervain's tenosynovitis.", "Right first dorsal compartment release", "tendinitis"),
        ("Diagnosis: flexor tenosynovitis of the right wrist.", "Right first dorsal compartment release", "!de_quervain_tenosynovitis"),
        ("Diagnosis: right trigger thumb.", "Right first dorsal compartment release", "!de_quervain_tenosynovitis"),
        ("Assessment: chronic right lateral epicondylitis.", "Right lateral epicondylar release", "epicondylitis"),
        ("He has tennis elbow on the left.", "Left lateral epicondylar release", "epicondylitis"),
        ("Assessment: medial epicondylalgia, right elbow.", "Right medial epicondylar release", "epicondylitis"),
        ("Assessment: chronic right lateral epicondylitis.", "Right lateral epicondylar release", "tendinitis"),
        ("Diagnosis: distal biceps tendinitis, right elbow.", "Right lateral epicondylar release", "!epicondylitis"),
        ("Diagnosis: olecranon bursitis, right elbow.", "Right lateral epicondylar release", "!epicondylitis"),
        ("MRI: grade 1 isthmic spondylolisthesis at L5-S1 with bilateral pars defects.", "L5-S1 fusion", "spondylolysis"),
        ("Assessment: L5 spondylolysis, low back pain.", "L5-S1 posterior lumbar fusion", "spondylolysis"),
        ("Flexion-extension films show 6 mm of excessive motion at L4-5.", "L4-5 fusion", "instability"),
        ("Flexion-extension views show the L4-5 segment is hypermobile.", "L4-5 lumbar fusion", "instability"),
        ("Standing films: grade 1 degenerative spondylolisthesis of L4 on L5.", "L4-5 fusion", "!spondylolysis"),
        ("Flexion-extension films show no instability at L4-5; grade 1 degenerative spondylolisthesis.", "L4-5 fusion", "!instability"),
    ] as [(String, String, String)])
func surgeryDiagnosesRead(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "regional_diagnoses", expected, anyTerm: true)
}
