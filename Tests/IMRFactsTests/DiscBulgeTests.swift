import IMRFacts
import Testing

// A disc bulge is read as a disc herniation (the imaging that corroborates a radiculopathy) unless
// its report says it reaches no nerve: "no nerve root contact", "without neural compromise", "does
// not contact the root", "foramina patent". A bulge that contacts, abuts or compresses a root, or
// narrows its foramen, is; a protrusion, extrusion or herniation is whatever the report adds.

@Test(
    arguments: [
        // (summary, disc_herniation read)
        (
            "MRI L-spine 07/2016: mild disc bulges L3-4 & L4-5, no stenosis, no neural foraminal narrowing, no nerve root contact.",
            false
        ),
        ("Lumbar MRI showed a 2 mm diffuse disc bulge at L4-5 without neural compromise.", false),
        ("The MRI demonstrates a bulging disc at L5-S1, which does not contact the traversing nerve roots.", false),
        ("Cervical MRI: broad-based disc bulge C5-6 with no foraminal stenosis and no root impingement.", false),
        ("There is a small disc bulge at L3-4 that does not touch the exiting L3 nerve root.", false),
        ("Imaging showed bulging discs at L4-5 and L5-S1 without impingement of the nerve roots.", false),
        ("MRI 05/2016 - L4/5 disc bulge, neural foramina patent, no nerve root displacement.", false),
        // A bulge that reaches a root; a herniation, protrusion or extrusion.
        ("MRI showed an L4-5 disc bulge contacting the left L5 nerve root.", true),
        ("A 4 mm disc bulge at L5-S1 abuts the right S1 root in the lateral recess.", true),
        ("Lumbar MRI: disc bulge at L4-5 with moderate left foraminal narrowing and compression of the exiting L4 root.", true),
        ("MRI showed a left paracentral disc protrusion at L5-S1 with no nerve root contact.", true),
        ("L4-5 disc extrusion compressing the traversing L5 nerve root.", true),
        ("Diagnoses: lumbar disc herniation L4-5 with radiculopathy.", true),
        ("MRI: L5-S1 herniated disc, no stenosis.", true),
        ("Broad-based bulging disc at C5-6 impinging on the right C6 root.", true),
        ("Diagnosis: L4-5 disc bulge.", true),
    ] as [(String, Bool)])
func aBulgeThatReachesNoRootIsNoHerniation(_ summary: String, _ herniation: Bool) {
    #expect(summaryDiagnoses(summary).contains("disc_herniation") == herniation, "\(summary)")
}
