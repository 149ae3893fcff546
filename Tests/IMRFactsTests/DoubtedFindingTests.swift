import IMRFacts
import Testing

/// Findings a clinician leaves in doubt ("possible weakness", "r/o radiculopathy", "McMurray
/// equivocal") are not documented findings, while the same findings stated, denied or named as
/// the purpose of a test stay as they were (`finding_doubt`, `FindingDoubt`).
@Suite struct DoubtedFindingTests {
    @Test(
        arguments: [
            // (summary, radicular_signs): a doubt before or right after the sign.
            ("Exam limited by guarding; possible decreased sensation in the L5 dermatome.", nil),
            ("Questionable weakness of the left EHL.", nil),
            // A sign stated stays, with a doubt elsewhere in the sentence.
            ("Positive straight leg raise on the left at 45 degrees.", "true"),
            ("Positive straight leg raise on the left; possible disc herniation.", "true"),
            // A denial stays a denial.
            ("Straight leg raise negative bilaterally.", "false"),
        ] as [(String, String?)])
    func aDoubtedRadicularSignIsNotDocumented(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "radicular_signs") == expected)
    }

    @Test(
        arguments: [
            // (summary, neurologic_deficit): a motor, sensory or reflex finding in doubt.
            ("Possible weakness of the left EHL.", nil),
            ("Questionable decreased reflex at the left ankle.", nil),
            ("Questionable weakness of ankle dorsiflexion.", nil),
            ("Equivocal decreased sensation L5.", nil),
            ("Sensation possibly diminished over the lateral calf.", nil),
            // Stated, measured or denied.
            ("Weakness 4/5 left ankle dorsiflexion.", "true"),
            ("Diminished left Achilles reflex.", "true"),
            ("DTRs 1+ at the left ankle, 2+ on the right.", "true"),
            ("Decreased sensation in the L5 dermatome; possible disc herniation at L4-5.", "true"),
            ("EMG to evaluate the weakness of the left leg.", "true"),
            ("Sensation intact to light touch.", "false"),
        ] as [(String, String?)])
    func aDoubtedDeficitIsNotDocumented(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "neurologic_deficit") == expected)
    }

    @Test(
        arguments: [
            // (summary, request, regional_neuro_findings)
            ("Possible numbness of the left leg.", "MRI of the lumbar spine", nil),
            ("Numbness of the left leg.", "MRI of the lumbar spine", "true"),
            ("R/o weakness of the right arm.", "MRI of the cervical spine", nil),
        ] as [(String, String, String?)])
    func aDoubtedFindingIsInNoRegion(_ summary: String, _ request: String, _ expected: String?) {
        #expect(value(summaryFacts(summary, request: request), "regional_neuro_findings") == expected)
    }

    @Test(
        arguments: [
            // (summary, mechanical_signs)
            ("Possible meniscal tear; McMurray equivocal.", nil),
            ("Questionable effusion of the right knee.", nil),
            ("Positive McMurray's test medially.", "true"),
            ("Mild effusion of the right knee.", "true"),
            ("No effusion. McMurray negative.", "false"),
        ] as [(String, String?)])
    func aDoubtedMechanicalSignIsNotDocumented(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary, request: "MRI of the right knee"), "mechanical_signs") == expected)
    }
}
