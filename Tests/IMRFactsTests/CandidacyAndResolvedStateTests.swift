import IMRFacts
import Testing

// A candidacy for a named procedure that is no surgery is no surgical candidacy: "candidate for" and
// the procedure right after it ("Candidate for an SCS trial: ... after two operations"), the surgery
// of the sentence told only as history. A surgery the candidacy names, or one joined to its procedure
// by "or"/"and", is planned. Rows in this engineer's own words (the first follows batch 23's shape).
@Test(
    arguments: [
        // (summary, surgical_candidate)
        ("Candidate for an SCS trial: predominantly right leg neuropathic pain after two operations.", "!true"),
        ("Pt is a good candidate for a spinal cord stimulator trial following 2 prior lumbar surgeries.", "!true"),
        ("In my opinion she is a candidate for a trial of spinal cord stimulation, her two operations having failed.", "!true"),
        // ...and a surgery the candidacy reaches.
        ("He is a candidate for revision fusion surgery at L4-5.", "true"),
        ("Candidate for an SCS trial or a revision fusion; he will decide after the trial.", "true"),
        ("Candidate for L5-S1 decompression after failed epidural injections.", "true"),
        ("Candidate for surgery; an SCS trial was discussed as well.", "true"),
    ] as [(String, String)])
func aCandidacyForAProcedureThatIsNoSurgery(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Spinal cord stimulator trial", "surgical_candidate", expected)
}

// A sign an earlier visit found and a later dated visit finds absent is the later visit's: the
// latest dated finding of the same sign governs ("Ambulates with a marked limp" at the triage, "gait
// now normal, no limp" at the recheck). An entry dated by its month and day only ("08/23: ...") is
// of the year of the dated text before it, when not after the date the request is judged at. A sign
// found again later, or found only later, stands.
@Test(
    arguments: [
        // (summary, impaired_gait)
        ("Nurse triage 08/09/2016: ambulates with a marked limp, holds the wall. Hinged brace. 08/23: gait now normal, no limp.", "false"),
        ("03/02/2016 ER: antalgic gait, on crutches. 03/20/2016 follow-up: walks without a limp, gait normal.", "false"),
        ("Initial visit 05/01/2016: she limps on the right. Re-examined 05/29/2016: normal gait.", "false"),
        // ...and a sign found again, or only at the later visit.
        ("Follow-up 03/20/2016: gait normal. 04/15/2016: antalgic gait again after a fall on the stairs.", "true"),
        ("ER 03/02/2016: gait normal. 03/20/2016: walks with a limp, the knee swollen.", "true"),
        ("Triage 08/09/2016: ambulates with a marked limp. 08/23: range improved, pain 4/10; still limping.", "true"),
        ("08/01/2016: no limp before the fall. 08/15/2016: antalgic gait.", "true"),
    ] as [(String, String)])
func aSignALaterVisitFindsAbsentIsTheLaterVisits(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Single-point cane", "impaired_gait", expected, decision: "12/01/2016")
}

// A sign named as the contingency care is kept for is not found: "in case", "in the event", "lest"
// at most three words before it in its clause ("a cane to keep at home in case the knee gives way,
// though it has not"). A sign told as it happened, with the care kept in case it comes again, stands.
@Test(
    arguments: [
        // (summary, request, fact, value)
        (
            "Plan: single-point cane, right hand, to keep at home in case the knee gives way, though it has not.", "Single-point cane",
            "mechanical_signs", "nil"
        ),
        (
            "Plan: single-point cane, right hand, to keep at home in case the knee gives way, though it has not.", "Single-point cane",
            "impaired_gait", "!true"
        ),
        ("Hinged brace for use in the event the knee buckles on the stairs.", "Hinged knee brace", "mechanical_signs", "nil"),
        // ...and the sign told as it happened.
        ("The knee gave way twice on the stairs; a cane in case it happens again.", "Single-point cane", "mechanical_signs", "true"),
        ("Locking and catching of the right knee; brace in case of further episodes.", "Hinged knee brace", "mechanical_signs", "true"),
        ("Buckling of the left knee at work; she keeps a cane in the car in case.", "Single-point cane", "impaired_gait", "true"),
        ("Positive McMurray; in case surgery is delayed, a hinged brace.", "Hinged knee brace", "mechanical_signs", "true"),
    ] as [(String, String, String, String)])
func aSignNamedAsAContingencyIsNotFound(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// A diagnosis whose criteria are told unmet around it is not made: "criteria for X not met / were
// not fulfilled / unmet", the criteria named before it ("DSM-5 criteria for posttraumatic stress
// disorder not met"), or "fails to meet / falls short of ... criteria for X". Criteria told met, or
// another thing's criteria told unmet, leave it standing.
@Test(
    arguments: [
        // (summary, the diagnosis not made)
        ("DSM-5 criteria for posttraumatic stress disorder not met: no intrusive memories or flashbacks.", "ptsd"),
        ("The Budapest criteria for CRPS were not fulfilled at today's visit.", "crps"),
        ("She fails to meet the DSM-5 criteria for major depressive disorder; adjustment disorder.", "depression"),
    ] as [(String, String)])
func aDiagnosisWhoseCriteriaAreToldUnmetIsNotMade(_ summary: String, _ diagnosis: String) {
    #expect(!summaryDiagnoses(summary).contains(diagnosis), "\(summary)")
}

@Test(
    arguments: [
        // (summary, the diagnosis made)
        ("DSM-5 criteria for PTSD met: intrusive memories, avoidance and hyperarousal.", "ptsd"),
        ("She meets criteria for major depressive disorder; work goals not met.", "depression"),
        ("Budapest criteria for CRPS are met, and the criteria for a stimulator trial are not met.", "crps"),
        ("PTSD diagnosed by the QME; criteria for a functional restoration program not met.", "ptsd"),
    ] as [(String, String)])
func aDiagnosisWhoseCriteriaAreMetIsMade(_ summary: String, _ diagnosis: String) {
    #expect(summaryDiagnoses(summary).contains(diagnosis), "\(summary)")
}

// A partial tear of the Achilles tendon is no rupture: a partial or incomplete qualifier right before
// the tear ("acute partial tear of the right Achilles tendon", "partially torn R Achilles"), or the
// whole lesion denied beside it ("..., no complete rupture"). A complete rupture, a ruptured tendon,
// and a partial word that qualifies something else stay a rupture.
@Test(
    arguments: [
        // (summary, regional_diagnoses term)
        ("Acute partial tear of the right Achilles tendon, mid-substance, 3 days old; no complete rupture.", "!achilles_rupture"),
        ("US: partially torn R Achilles, fibres in continuity.", "!achilles_rupture"),
        ("Achilles tendon tear at the mid-substance, no complete rupture on dynamic ultrasound.", "!achilles_rupture"),
        ("Incomplete rupture of the left Achilles tendon by MRI.", "!achilles_rupture"),
        // ...and a rupture.
        ("Complete rupture of the right Achilles tendon, Thompson test positive.", "achilles_rupture"),
        ("Ruptured right Achilles tendon with a palpable gap; partial weight bearing in a boot.", "achilles_rupture"),
        ("He tore his right Achilles tendon at work; complete rupture on ultrasound.", "achilles_rupture"),
        ("The partial tear progressed to a complete rupture of the Achilles tendon.", "achilles_rupture"),
        ("Partial relief with a boot; Achilles tendon rupture confirmed on MRI.", "achilles_rupture"),
    ] as [(String, String)])
func aPartialTearIsNoRupture(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Right Achilles tendon repair, open", "regional_diagnoses", expected, anyTerm: true)
}
