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
            // (summary, radiculopathy_suspected): pain that does not radiate states its absence.
            ("Low back pain, non-radiating.", "false"),
            ("Axial LBP, nonradicular.", "false"),
            ("LBP w/o radiation to LEs.", "false"),
            ("Radiating pain down the right leg to the foot.", "true"),
            ("Assessment: r/o lumbar radiculopathy.", "true"),
            // A test's verdict before what it excluded.
            ("EMG ruled out radiculopathy.", "false"),
            ("The EMG excluded a lumbar radiculopathy.", "false"),
        ] as [(String, String?)])
    func aSuspectedRadiculopathyIsReadInOtherWords(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "radiculopathy_suspected") == expected)
    }

    @Test(
        arguments: [
            // (summary, radicular_signs): a symptom the worker tells, a limb's numbness or burning,
            // is no sign on examination (CPMTG 2009 p. 46: "documented by physical examination").
            ("Numbness and tingling down the R leg.", nil),
            ("Burning pain in the left foot.", nil),
            ("His left leg feels like it is on fire.", nil),
            ("Low back pain, non-radiating.", nil),
            ("Exam: decreased sensation in the left L5 dermatome.", "true"),
        ] as [(String, String?)])
    func aSymptomIsNoRadicularSign(_ summary: String, _ expected: String?) {
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

    @Test(
        arguments: [
            // (summary, pain_improved for Norco): relief, or its loss, in a prescriber's words.
            ("Norco takes the edge off.", "true"),
            ("Norco provides adequate analgesia.", "true"),
            ("Pain is manageable with Norco.", "true"),
            ("She takes Norco, which has lost its effectiveness.", "false"),
            ("She takes Norco. It is no longer effective.", "false"),
            // A state of the pain, or a work status, is no relief.
            ("She takes Norco. Pain is tolerable.", nil),
            ("She takes Norco. He is not working.", nil),
        ] as [(String, String?)])
    func reliefInAPrescribersWords(_ summary: String, _ expected: String?) {
        #expect(value(requestFacts("Norco 10/325mg #90", summary: summary), "pain_improved") == expected)
    }

    @Test(
        arguments: [
            // (summary, aberrant_behavior): the behaviour named.
            ("Urine drug screen positive for methamphetamine.", "true"),
            ("He admits taking more than prescribed and ran out early.", "true"),
            ("UDS positive for non-prescribed oxycodone.", "true"),
            ("No aberrant behaviors; UDS consistent; CURES reviewed.", "false"),
        ] as [(String, String?)])
    func aberrantBehaviourNamed(_ summary: String, _ expected: String?) {
        #expect(value(requestFacts("Norco 10/325mg #90", summary: summary), "aberrant_behavior") == expected)
    }

    @Test(
        arguments: [
            // (summary, diagnoses): a worry is no diagnosis; a nerve named at its tunnel is the tunnel syndrome.
            ("Concern for meniscal tear.", []),
            ("Worrisome for a scaphoid fracture.", []),
            ("NCS showed moderate median neuropathy at the wrist.", ["carpal_tunnel_syndrome"]),
        ] as [(String, [String])])
    func aWorryIsNoDiagnosis(_ summary: String, _ expected: [String]) {
        #expect(summaryDiagnoses(summary) == expected)
    }

    @Test(
        arguments: [
            // (summary, request, fact, value)
            ("She does not want surgery.", "MRI of the lumbar spine", "surgical_candidate", "false"),
            ("She is post-op from a right total knee arthroplasty.", "Physical therapy 2x4 right knee", "prior_surgery", "true"),
            // A surgery whose name implies its region, on the requested side or not.
            ("She is s/p right TKA.", "Physical therapy 2x4 right knee", "prior_surgery", "true"),
            ("Prior ACL reconstruction in 2012.", "MRI of the right knee", "prior_surgery", "true"),
            ("He is s/p left TKA.", "Physical therapy 2x4 right knee", "prior_surgery", nil),
            ("She underwent L1 kyphoplasty in 2015.", "MRI of the lumbar spine", "prior_surgery", "true"),
        ] as [(String, String, String, String?)])
    func surgeryInShorthandAndWishes(_ summary: String, _ request: String, _ fact: String, _ expected: String?) {
        #expect(value(requestFacts(request, summary: summary), fact) == expected)
    }

    @Test(
        arguments: [
            // (summary, acute_exacerbation): a new worsening told as an event, not a provocation.
            ("Acute on chronic low back pain.", "true"),
            ("Her pain worsened significantly after lifting a box at home.", "true"),
            ("She re-injured her back at home.", "true"),
            ("Pain is worse with sitting.", nil),
        ] as [(String, String?)])
    func aFlareInOtherWords(_ summary: String, _ expected: String?) {
        #expect(value(requestFacts("Physical therapy 2x4 lumbar spine", summary: summary), "acute_exacerbation") == expected)
    }
}
