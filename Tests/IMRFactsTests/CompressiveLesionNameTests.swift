import Testing

// The compressive lesions of the cervical spine as imaging reports name them (ACOEM ch. 8 p. 180:
// "clear clinical, imaging, and electrophysiologic evidence ... of the same lesion"; ODG Neck,
// Fusion, anterior cervical: the imaged lesion compressing the root, wording recalled): a
// disc-osteophyte complex, read as a disc bulge (`disc_herniation` unless its report says it reaches
// no nerve); the foramen narrowed, encroached on or compromised, a root compressed by an osteophyte
// or a spur (`spinal_stenosis`). Must not: an X-ray's osteophytes, a complex reaching no nerve, an
// encroachment denied, a joint's osteophytes. Written in this project's own words.

@Test(
    arguments: [
        // (summary, diagnosis, expected: "term" in regional_diagnoses, "!term" not in them)
        ("MRI 06/2016: a right foraminal disc-osteophyte at C5-6 compressing the exiting right C6 root.", "disc_herniation"),
        ("MRI 06/2016: a right foraminal disc-osteophyte at C5-6 compressing the exiting right C6 root.", "spinal_stenosis"),
        ("MRI: C5-6 disc osteophyte complex narrowing the right neural foramen.", "disc_herniation"),
        ("MRI: C5-6 disc-osteophyte complex indenting the thecal sac.", "disc_herniation"),
        ("MRI: right C5-6 foraminal encroachment by uncovertebral spurring.", "spinal_stenosis"),
        ("MRI: an osteophyte compressing the right C6 root at C5-6.", "spinal_stenosis"),
        ("MRI: C5-6 spondylosis with right foraminal compromise.", "spinal_stenosis"),
        ("MRI: severe right C5-6 neuroforaminal stenosis.", "spinal_stenosis"),
        // Must not: a complex reaching no nerve, an X-ray's osteophytes, an encroachment denied.
        ("MRI: small C5-6 disc osteophyte complex, no stenosis, foramina patent.", "!disc_herniation"),
        ("C-spine films: mild C5-6 disc space narrowing, small anterior osteophytes; no fx.", "!disc_herniation"),
        ("C-spine films: mild C5-6 disc space narrowing, small anterior osteophytes; no fx.", "!spinal_stenosis"),
        ("MRI: no foraminal encroachment at C5-6.", "!spinal_stenosis"),
    ] as [(String, String)])
func compressiveLesionNames(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Anterior cervical discectomy and fusion, C5-6", "regional_diagnoses", expected, anyTerm: true)
}
