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
            // A limb's burning (dysesthesia), not the back's or the bladder's.
            ("Burning pain in the left foot.", "true"),
            ("Her right leg burns at night.", "true"),
            ("His left leg feels like it is on fire.", "true"),
            ("Burning with urination.", nil),
            ("Burning low back pain.", nil),
            ("No burning in the legs.", "false"),
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

    @Test(
        arguments: [
            // (summary, conservative_care_failed): care told unsuccessful, or the worker no better with it.
            ("Physical therapy was unsuccessful.", "true"),
            ("She did not get better with therapy.", "true"),
            ("No better with chiropractic care.", "true"),
            ("Conservative measures have been exhausted.", "true"),
        ] as [(String, String?)])
    func conservativeCareFailedInOtherWords(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "conservative_care_failed") == expected)
    }

    @Test(
        arguments: [
            // (summary, red_flags): ACOEM's progressive neurologic deficit, named by the deficit.
            ("Progressive weakness of the left leg.", "true"),
            ("Progressive numbness in both feet.", "true"),
            ("No progressive weakness.", "false"),
        ] as [(String, String?)])
    func aProgressiveDeficitIsARedFlag(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "red_flags") == expected)
    }

    @Test(
        arguments: [
            // (summary, request, prior_therapy_benefit): a gain told by what the worker can do now.
            ("After 6 sessions of acupuncture she is now able to sit for 45 minutes, up from 15.", "Acupuncture x6", "true"),
            ("Therapy has decreased her pain from 8/10 to 5/10 and she can now walk a mile.", "Physical therapy 2x4 lumbar spine", "true"),
            ("PT may help improve function.", "Physical therapy 2x4 lumbar spine", nil),
            ("PT gave only temporary relief.", "Physical therapy 2x4 lumbar spine", "false"),
        ] as [(String, String, String?)])
    func aTherapysGainToldByWhatTheWorkerCanDoNow(_ summary: String, _ request: String, _ expected: String?) {
        #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") == expected)
    }

    @Test(
        arguments: [
            // (summary, already_using): a drug started at this visit is new; one started long ago is taken.
            ("She was started on Lyrica today.", "false"),
            ("Gabapentin was started at this visit.", "false"),
            ("She has been on Lyrica since 2014.", "true"),
        ] as [(String, String?)])
    func aDrugStartedTodayIsNew(_ summary: String, _ expected: String?) {
        let request = summary.contains("Gabapentin") ? "Gabapentin 300mg #90" : "Lyrica 75mg #60"
        #expect(value(requestFacts(request, summary: summary), "already_using") == expected)
    }
}
