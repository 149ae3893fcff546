import IMRFacts
import Testing

// `level_agreement`: the root a radicular finding names (a dermatome, a myotome, a reflex, an EMG)
// against the roots the lesion's disc level compresses: the level the request names, else the
// levels of the summary's imaging. In the neck the exiting root (C5-6: C6); low in the back the
// exiting or the traversing root (L4-5: L4 or L5; L5-S1: L5 or S1). Not documented when either
// side names no level.

private let history = "A 44-year-old warehouse worker has had pain into the leg since lifting a pallet on 02/03/2015."

@Test(
    arguments: [
        // Must read: the finding's root is one the level compresses.
        ("L4-5 microdiscectomy", "MRI 05/2015: L4-5 left paracentral protrusion. Exam: numbness in the left L5 dermatome.", true),
        (
            "Lumbar laminectomy",
            "MRI showed a right foraminal disc extrusion at L4-L5. Decreased sensation in the L4 distribution on the right.", true
        ),
        ("Microdiscectomy L5-S1", "Exam: right ankle reflex absent, SLR positive on the right at 40 degrees.", true),
        ("Lumbar decompression", "EMG 04/2015 showed a chronic left S1 radiculopathy. The MRI shows L5/S1 disc herniation.", true),
        ("ACDF C5-6", "Weakness of the right wrist extensors 4/5, Spurling positive on the right. EMG: right C6 radiculopathy.", true),
        ("ACDF C7-T1", "Numbness in the left C8 dermatome, into the ring and little fingers.", true),
        ("Lumbar laminectomy L3-L5", "Decreased sensation in the right L5 dermatome.", true),
        // Must read false: the findings name another root than the level compresses.
        ("L3-4 microdiscectomy", "Absent left Achilles reflex, decreased sensation in the left S1 distribution.", false),
        (
            "Anterior cervical discectomy and fusion C5-6", "Sensation decreased in the right C7 dermatome; EMG: right C7 radiculopathy.",
            false
        ),
        ("Lumbar microdiscectomy", "MRI of the lumbar spine: disc protrusion at L2-3. EMG shows right L5 radiculopathy.", false),
        ("L4-5 laminectomy", "Weak EHL 4/5 on the left. Right C6 dermatomal numbness.", true),
        // A level dictated with a space ("C5 6"), and with a slash.
        ("Anterior cervical fusion C5 6", "EMG: right C6 radiculopathy, biceps and wrist extensors.", true),
        (
            "Anterior cervical discectomy and fusion",
            "MRI cervical spine: at C5 6 a right foraminal disc osteophyte complex with severe stenosis. EMG: right C7 radiculopathy.",
            false
        ),
        ("Lumbar decompression L4/5 and L5/S1", "Numbness in the left S1 dermatome.", true),
        // Must not read: no level on one side, a root of the imaging itself, a root denied or doubted,
        // a root with no word of a finding, a normal reflex, another part of the spine.
        ("Lumbar microdiscectomy", "Numbness in the left L5 dermatome, positive straight leg raise.", nil),
        ("L4-5 microdiscectomy", "Positive straight leg raise on the left, decreased sensation of the left foot.", nil),
        (
            "L3-4 microdiscectomy", "MRI shows a disc extrusion at L3-4 compressing the traversing L4 root and abutting the S1 nerve root.",
            nil
        ),
        ("L3-4 microdiscectomy", "There is no S1 radiculopathy on the EMG.", nil),
        ("L3-4 microdiscectomy", "EMG to rule out S1 radiculopathy.", nil),
        ("L3-4 microdiscectomy", "Achilles reflexes 2+ and symmetric.", nil),
        ("L3-4 microdiscectomy", "She had an S1 vertebral body fracture as a child.", nil),
        ("L4-5 microdiscectomy", "EMG of the arm showed a left C6 radiculopathy.", nil),
        // No level: a number after a root that is no next vertebra, a measure, a score.
        ("Lumbar microdiscectomy", "MRI: L5 4 mm anterolisthesis. Numbness in the left S1 dermatome.", nil),
        ("Lumbar microdiscectomy", "MRI: disc bulge at L4 5 mm. Numbness in the left S1 dermatome.", nil),
        ("Lumbar microdiscectomy", "MRI: synovial cyst beside L4 5 cm from the skin. Numbness in the left S1 dermatome.", nil),
        ("Cervical fusion", "MRI: C5 6/10 pain noted on the intake form, disc protrusion. EMG: right C7 radiculopathy.", nil),
    ] as [(String, String, Bool?)])
func theFindingsRootAgainstTheLesionsLevel(_ request: String, _ summary: String, _ agrees: Bool?) {
    let facts = requestFacts(request, summary: history + " " + summary)
    #expect(value(facts, "level_agreement") == agrees.map { "\($0)" }, "\(request) | \(summary)")
}
