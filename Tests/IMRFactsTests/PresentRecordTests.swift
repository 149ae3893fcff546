import IMRFacts
import Testing

/// Findings read for the present record, as other reviewers write them: a red flag told as past,
/// found or treated by a surgery, or denied later is none today; homebound as CMS defines it; a
/// region word that a count makes a measure is no part of the body.
@Suite struct PresentRecordTests {
    @Test(
        arguments: [
            // (summary, red_flags): a current red flag, in a diagnosis list, a code or a complaint.
            ("Dx: L1 compression fracture.", "true"),
            ("Diagnosis: wedge compression fracture of T11-T12 vertebra.", "true"),
            ("Dx: T12 compression deformity.", "true"),
            ("Pt reports new urinary incontinence.", "true"),
            // A suspicion is what a red flag names; a history of cancer stays one.
            ("The treatment plan includes a MRI to rule out compression fracture at T10.", "true"),
            ("Hx of prostate cancer.", "true"),
            ("He had a fever last week.", "true"),
            // Past, healed or resolved.
            ("She sustained an L2 burst fx in 2010, healed.", nil),
            ("Remote history of osteomyelitis.", nil),
            ("X-rays showed an old L1 compression fracture.", nil),
            // Found or treated by a surgery: the condition that surgery treated.
            (
                "The physician documented that an operative report dated August 13, 2015 found an L1-L2 herniated nucleus pulposus with cauda equina compression.",
                nil
            ),
            ("Operative findings: severe cauda equina compression at L4-5 which was decompressed.", nil),
            ("He underwent emergent L4-5 decompression in 2015 for cauda equina syndrome.", nil),
            ("Status post decompression for cauda equina syndrome.", nil),
            // Told earlier, denied in a later sentence: the latest statement is the current one.
            (
                "The colon injury was discovered when he had persistent fevers and a CT scan showed an abscess. He denied nausea, fever, chills or headaches.",
                "false"
            ),
            ("Denies bowel/bladder dysfunction, saddle anesthesia, fever, chills, or weight loss.", "false"),
        ] as [(String, String?)])
    func aRedFlagIsReadForThePresentRecord(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "red_flags") == expected)
    }

    @Test(
        arguments: [
            // (summary, radiculopathy_suspected): a finding told of the time before a surgery, in its part
            // of the sentence, is no finding of the present record.
            ("Prior to surgery she had radiating leg pain; she now has only axial back pain.", nil),
            ("Preoperatively he had sciatica.", nil),
            ("Prior to surgery she had back pain; she now has pain radiating to the left leg.", "true"),
            ("The radiating leg pain has improved but persists.", "true"),
        ] as [(String, String?)])
    func aFindingBeforeASurgeryIsNoneOfThePresentRecord(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "radiculopathy_suspected") == expected)
    }

    @Test(
        arguments: [
            // (summary, homebound): CMS's definition, in the words reviewers use.
            ("The patient is wheelchair bound.", "true"),
            ("She is wheelchair-bound since the amputation.", "true"),
            ("He is confined to a wheelchair.", "true"),
            ("Pt is housebound.", "true"),
            ("Pt is bedridden.", "true"),
            ("He is non-ambulatory.", "true"),
            ("She is unable to leave the house without assistance.", "true"),
            ("He cannot leave his home without the help of his wife.", "true"),
            ("He requires a walker and assistance to leave the home.", "true"),
            ("Leaving home requires a considerable and taxing effort.", "true"),
            // Its absence: not homebound, or leaving home unaided.
            ("The patient is not homebound and drives himself to appointments.", "false"),
            ("He is able to leave the home independently.", "false"),
            ("He ambulates independently in the community.", "false"),
            // Walking at home, a device alone: neither.
            ("The patient started walking in the home around 250 feet as exercise.", nil),
            ("He ambulates with a walker.", nil),
        ] as [(String, String?)])
    func homeboundIsReadAsCMSDefinesIt(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary, request: "Home health aide 4 hours per day, 3 days per week"), "homebound") == expected)
    }

    @Test(
        arguments: [
            // (summary, request, regional_diagnoses): "feet" after a count is a measure, so the
            // sentence's diagnosis is placed in no region and reads for the knee.
            ("The patient is 5 feet 6 inches tall and has osteoarthritis.", "MRI of the left knee", "osteoarthritis"),
            ("She walks two hundred feet before stopping; osteoarthritis was diagnosed.", "MRI of the left knee", "osteoarthritis"),
            ("He can walk a few feet and has osteoarthritis.", "MRI of the left knee", "osteoarthritis"),
            // The body part: no count, or one foot.
            ("He has osteoarthritis of both feet.", "MRI of the left knee", ""),
            ("He has numbness in one foot and osteoarthritis.", "MRI of the left knee", ""),
        ])
    func aRegionWordAfterACountIsAMeasure(_ summary: String, _ request: String, _ expected: String) {
        #expect(value(summaryFacts(summary, request: request), "regional_diagnoses") == expected)
    }
}
