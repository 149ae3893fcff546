import IMRFacts
import Testing

// A drug another tapered the worker off is not taken: a verb of the taper in the past, the worker as
// its object, then "off" and the drug ("her psychiatrist tapered her off clonazepam", "we weaned the
// patient off oxycodone"). A taper to come, under way or only tried names its verb in another form and
// leaves the drug taken; "off" of anything else stops no drug. Rows in this engineer's own words (the
// first follows batch 22's shape).
@Test(
    arguments: [
        // (summary, term): the drug tapered off is no drug taken.
        ("Sertraline daily from her psychiatrist, who tapered her off clonazepam in 03/2016. Naproxen bid.", "!clonazepam"),
        ("Dr. Lee weaned him off oxycodone last year; naproxen 550 mg bid.", "!oxycodone_ir"),
        ("We took the patient off Norco in June, and she takes naproxen.", "!hydrocodone_apap"),
        // ...and the drug still taken.
        ("Her psychiatrist will taper her off clonazepam next month; she takes naproxen.", "clonazepam"),
        ("Dr. Lee is weaning him off oxycodone; naproxen 550 mg bid.", "oxycodone_ir"),
        ("She tried to taper him off oxycodone, but he could not manage it; naproxen bid.", "oxycodone_ir"),
        ("The surgeon took her off work in June, and she takes Norco daily.", "hydrocodone_apap"),
        ("We weaned her off the walker, and Norco 10/325 bid still helps.", "hydrocodone_apap"),
    ] as [(String, String)])
func aDrugAnotherTaperedTheWorkerOffIsNotTaken(_ summary: String, _ term: String) {
    expectRequestFact(summary, "Naproxen 550 mg #60", "medications", term, anyTerm: true)
}

// A sign or condition judged improbable right after its name is set aside, not present: "unlikely",
// "doubtful", "improbable", "not favored" within four words after it, in its clause ("Sleep apnea seems
// unlikely on history and exam": sleep_study_indication false). A judgment of something else later in
// the sentence, or past a `;`, leaves the sign standing. Rows in this engineer's own words (the first
// follows batch 22's shape).
@Test(
    arguments: [
        // (summary, sleep_study_indication)
        ("Sleep apnea seems unlikely on history and exam.", "false"),
        ("OSA doubtful: no snoring, neck 34 cm.", "false"),
        ("Sleep-disordered breathing improbable: BMI 22, no snoring.", "false"),
        ("Obstructive sleep apnea not favoured; she is slim and does not snore.", "false"),
        // ...and the sign standing.
        ("Sleep apnea is likely: her husband has watched her stop breathing at night.", "true"),
        ("She dozes off at work most afternoons, and keeping her job seems unlikely.", "true"),
        ("Witnessed apneas; a cure without treatment is unlikely.", "true"),
        ("Daytime sleepiness makes a safe return to driving doubtful.", "true"),
    ] as [(String, String)])
func aSignJudgedImprobableIsSetAside(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Polysomnography, in-laboratory, 1 night", "sleep_study_indication", expected)
}

// A diagnosis the writer weighed and set aside is not made: named after the writer's own "I
// considered" or "we considered", or followed by its criteria told unmet ("CRPS: Budapest criteria
// not met"). Another's judgment ("she is considered to have CRPS"), criteria of something else, and a
// treatment considered leave the diagnosis standing. Rows in this engineer's own words (the first
// follows batch 22's shape).
@Test(
    arguments: [
        // (summary, the diagnosis not made)
        ("I considered complex regional pain syndrome, but the Budapest criteria are not met.", "crps"),
        ("Complex regional pain syndrome: Budapest criteria not met, no edema or color change.", "crps"),
        ("We considered a lumbar radiculopathy, but the reflexes and strength are normal.", "radiculopathy"),
    ] as [(String, String)])
func aDiagnosisWeighedAndSetAsideIsNotMade(_ summary: String, _ diagnosis: String) {
    #expect(!summaryDiagnoses(summary).contains(diagnosis), "\(summary)")
}

@Test(
    arguments: [
        // (summary, the diagnosis made)
        ("She is considered to have complex regional pain syndrome by her treating physician.", "crps"),
        ("Lumbar radiculopathy confirmed by EMG, and the criteria for a fusion are not met.", "radiculopathy"),
        ("Carpal tunnel syndrome; I considered an injection, but she declined it.", "carpal_tunnel_syndrome"),
        ("CRPS type I: the Budapest criteria are met.", "crps"),
    ] as [(String, String)])
func aDiagnosisAnotherJudgesOrThatStandsIsMade(_ summary: String, _ diagnosis: String) {
    #expect(summaryDiagnoses(summary).contains(diagnosis), "\(summary)")
}

// A sign or condition excluded by a test named after it is absent: "excluded by", "excluded on",
// "excluded with" within four words after it ("Occult scaphoid fracture excluded by CT"). Not
// excluded, or another thing excluded later in the sentence or past a `;`, leaves it standing. Rows
// in this engineer's own words.
@Test(
    arguments: [
        // (summary, request, fact, value)
        ("Occult scaphoid fracture excluded by CT on 05/02.", "MRI wrist", "scaphoid_fracture_suspected", "false"),
        ("Red flags excluded on MRI; no saddle anesthesia.", "MRI lumbar spine", "red_flags", "false"),
        ("Infection excluded with labs and a normal ESR.", "MRI lumbar spine", "red_flags", "false"),
        // ...and the sign standing.
        ("Suspected scaphoid fracture, not yet excluded on CT.", "MRI wrist", "scaphoid_fracture_suspected", "true"),
        ("Red flags not excluded by the films.", "MRI lumbar spine", "red_flags", "true"),
        ("Tumor suspected; a fracture was excluded by the films.", "MRI lumbar spine", "red_flags", "true"),
        (
            "Scaphoid fracture suspected at the snuffbox; a radial styloid fracture was excluded by CT.", "MRI wrist",
            "scaphoid_fracture_suspected", "true"
        ),
    ] as [(String, String, String, String)])
func aSignExcludedByATestIsAbsent(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
