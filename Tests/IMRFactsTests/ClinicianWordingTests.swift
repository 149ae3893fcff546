import IMRFacts
import Testing

/// Examination findings and diagnoses as other reviewers write them: dictated shorthand ("+SLR on
/// the L", "motor 5-/5 EHL", "Neuro exam WNL"), a limb's test or reflex placing its finding, the
/// worker's complaint apart from the examination, and a diagnosis excluded or left in doubt.
@Suite struct ClinicianWordingTests {
    @Test(
        arguments: [
            // (summary, request, regional_neuro_findings): a root test, a reflex or a part of the
            // limb names the limb the finding is in.
            ("Exam: +SLR on the L at 40 deg.", "MRI of the lumbar spine", "true"),
            ("Achilles reflex absent on the right.", "MRI of the lumbar spine", "true"),
            ("Sensory exam revealed hypoesthesia over the left lateral calf.", "MRI of the lumbar spine", "true"),
            ("Decreased sensation over the anterior thigh.", "MRI of the lumbar spine", "true"),
            ("Spurling's positive on the R.", "MRI of the cervical spine", "true"),
            ("PE: SLR neg B/L.", "MRI of the lumbar spine", "false"),
            // A leg's finding is not the arm's.
            ("Exam: +SLR on the L at 40 deg.", "MRI of the cervical spine", nil),
        ] as [(String, String, String?)])
    func aLimbsTestOrReflexPlacesItsFinding(_ summary: String, _ request: String, _ expected: String?) {
        #expect(value(summaryFacts(summary, request: request), "regional_neuro_findings") == expected)
    }

    @Test(
        arguments: [
            // (summary, neurologic_deficit): a grade just below normal is a weakness.
            ("O: TTP lumbar paraspinals, ROM decreased, motor 5-/5 EHL on the L.", "true"),
            ("Motor 5/5 throughout.", "false"),
            // The examination told normal in shorthand.
            ("Neuro exam WNL.", "false"),
            ("Neurologic examination within normal limits.", "false"),
            // The worker's complaint is no examination finding.
            ("He complains his left leg feels weak.", nil),
            ("IW states weakness in the L leg.", nil),
            ("Weakness was subjective only.", nil),
            ("Left leg weakness noted on exam.", "true"),
        ] as [(String, String?)])
    func aDeficitIsReadFromShorthandAndNotFromTheComplaint(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "neurologic_deficit") == expected)
    }

    @Test(
        arguments: [
            // (summary, radicular_signs): pain that does not radiate states their absence.
            ("Low back pain, non-radiating.", "false"),
            ("Axial LBP, nonradicular.", "false"),
            ("LBP w/o radiation to LEs.", "false"),
            ("Numbness and tingling down the R leg.", "true"),
            // A test's verdict before what it excluded.
            ("EMG ruled out radiculopathy.", "false"),
            ("The EMG excluded a lumbar radiculopathy.", "false"),
        ] as [(String, String?)])
    func radicularSignsAreReadInOtherWords(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "radicular_signs") == expected)
    }

    @Test(
        arguments: [
            // (summary, diagnoses): excluded or in doubt after it, no diagnosis.
            ("EMG ruled out radiculopathy.", []),
            ("Radiculopathy is unlikely given the normal EMG.", []),
            ("Lumbar radiculopathy was questioned; EMG was negative.", []),
            ("Dx: lumbar radiculopathy (questionable).", []),
            ("He is being treated for lumbar strain; fracture was excluded on x-ray.", ["lumbar_strain"]),
            ("Dx: LBP; L4-5 HNP; DDD L-spine.", ["degenerative_disc_disease", "disc_herniation", "lumbar_strain"]),
        ] as [(String, [String])])
    func aDiagnosisExcludedOrInDoubtIsNone(_ summary: String, _ expected: [String]) {
        #expect(summaryDiagnoses(summary) == expected)
    }
}
