import IMRFacts
import Testing

// A diagnosis hedged or excluded is not diagnosed (diagnoses, regional_diagnoses): "less likely",
// "unlikely", "doubt", "not favored", a differential's list, a disc bulge touching but not
// compressing a root. One that stands is read: "consistent with", "confirmed", a diagnosis a later
// clause does not doubt. Written in the project's own words; the first row of the first table
// follows a vignette's shape (batch 5), the bulge row another's (batch 6).

@Test(
    arguments: [
        // (summary, a diagnosis not read)
        ("Assessment: left cubital tunnel syndrome, two weeks of symptoms; cervical radiculopathy less likely.", "radiculopathy"),
        ("The lumbar MRI of 09/2016 shows a small L4-5 disc bulge touching, but not compressing, the left L5 root.", "disc_herniation"),
        ("I doubt complex regional pain syndrome; there is no swelling, color change or allodynia.", "crps"),
        ("The differential includes sacroiliac joint dysfunction and lumbar radiculopathy.", "radiculopathy"),
        ("Lumbar radiculopathy is not favored, since the pain stops at the buttock.", "radiculopathy"),
        ("Carpal tunnel syndrome felt to be less likely than a cervical source of the numbness.", "carpal_tunnel_syndrome"),
        ("Impression: less likely lumbar radiculopathy; mechanical low back pain.", "radiculopathy"),
    ] as [(String, String)])
func doubtedDiagnosisNotRead(_ summary: String, _ diagnosis: String) {
    #expect(!summaryDiagnoses(summary).contains(diagnosis), "\(summary)")
}

@Test(
    arguments: [
        // (summary, a diagnosis read)
        ("EMG/NCS consistent with left C6 radiculopathy.", "radiculopathy"),
        (
            "Right carpal tunnel syndrome, confirmed by nerve conduction studies; cubital tunnel syndrome unlikely.",
            "carpal_tunnel_syndrome"
        ),
        ("Assessment: lumbar radiculopathy. Facet-mediated pain less likely.", "radiculopathy"),
        (
            "The differential included facet arthropathy, but the MRI confirmed an L5-S1 disc herniation compressing the S1 root.",
            "disc_herniation"
        ),
        ("A 4 mm disc bulge at L5-S1 abuts the right S1 root in the lateral recess.", "disc_herniation"),
        ("Cervical radiculopathy, most likely at C6, given the dermatomal numbness.", "radiculopathy"),
    ] as [(String, String)])
func standingDiagnosisRead(_ summary: String, _ diagnosis: String) {
    #expect(summaryDiagnoses(summary).contains(diagnosis), "\(summary)")
}

// A suspicion told after the diagnosis leaves it in doubt, as one told before it does ("suspected
// TFCC tear", "r/o meniscal tear", "possible labral tear"): "TFCC tear suspected", "(probable)",
// "presumptive", "to be confirmed". Near misses: the diagnosis confirmed, another condition
// suspected in its own clause, a suspicion told of the next diagnosis in a list.
@Test(
    arguments: [
        // (summary, diagnosis, read)
        ("Impression: TFCC tear suspected.", "tfcc_tear", false),
        ("Assessment: right wrist TFCC tear, clinically suspected, MR arthrogram to confirm.", "tfcc_tear", false),
        ("Assessment: medial meniscal tear (probable).", "meniscus_tear", false),
        ("Diagnosis: complex regional pain syndrome, presumptive.", "crps", false),
        ("Assessment: labral tear, yet to be confirmed by arthrogram.", "labral_tear", false),
        ("Impression: suspected TFCC tear.", "tfcc_tear", false),
        ("Impression: r/o meniscal tear.", "meniscus_tear", false),
        ("Impression: possible labral tear.", "labral_tear", false),
        // ...near misses.
        ("Assessment: TFCC tear, confirmed on MR arthrogram 05/2016.", "tfcc_tear", true),
        ("Assessment: TFCC tear; a scaphoid fracture is also suspected.", "tfcc_tear", true),
        ("Assessment: medial meniscal tear seen on MRI 03/2016.", "meniscus_tear", true),
        ("Assessment: medial meniscal tear, lateral meniscal tear suspected.", "meniscus_tear", true),
    ] as [(String, String, Bool)])
func aSuspicionToldAfterIsNoDiagnosis(_ summary: String, _ diagnosis: String, _ read: Bool) {
    #expect(summaryDiagnoses(summary).contains(diagnosis) == read, "\(summary)")
}
