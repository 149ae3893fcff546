import Testing

// The readings of the request kinds the thirty-second session gave rule files of their own
// (docs/kinds-inventory.md; criteria checklists docs/checklists/head.md and
// venous-thrombosis.md), in my own wording: vestibular rehabilitation and speech therapy named as
// requests, a worker's vestibular complaints, a speech or language disorder, and an anticoagulant
// read with the surgery it goes with. Must-read rows beside must-not rows.

@Test(
    arguments: [
        // (request, expected procedure, "!term" for not it)
        ("Vestibular rehabilitation therapy 2x4", "vestibular_rehabilitation"),
        ("VRT twice weekly x 4 weeks", "vestibular_rehabilitation"),
        ("Vestibular PT rehabilitation, 8 visits", "vestibular_rehabilitation"),
        ("Canalith repositioning (Epley maneuver), 3 sessions", "vestibular_rehabilitation"),
        ("Physical therapy for the neck, 6 visits", "!vestibular_rehabilitation"),
        ("Balance training with PT, 6 visits", "!vestibular_rehabilitation"),
        ("Speech therapy 12 sessions", "speech_therapy"),
        ("Speech-language pathology evaluation and treatment x 10", "speech_therapy"),
        ("SLP sessions 2x/week for 6 weeks", "speech_therapy"),
        ("Physical therapy 12 sessions", "!speech_therapy"),
    ] as [(String, String)])
func headKindsNamedAsRequests(_ request: String, _ expected: String) {
    expectRequestFact("", request, "procedure", expected)
}

@Test(
    arguments: [
        // (summary, expected vestibular_symptoms: "true", "false" or "nil")
        ("Since the fall he has had dizziness when he turns his head.", "true"),
        ("She reports episodic vertigo and nausea since the concussion.", "true"),
        ("He has balance problems and veers to the left when walking in the dark.", "true"),
        ("Diagnoses: BPPV, right; post-concussion syndrome.", "true"),
        ("She describes a loss of balance when she looks up at shelves.", "true"),
        ("He denies dizziness.", "false"),
        ("No vertigo, no headache, no visual change.", "false"),
        ("Balance is normal; Romberg negative.", "false"),
        ("Gait is antalgic, favoring the right knee.", "nil"),
        ("Muscle imbalance of the scapular stabilizers was noted.", "nil"),
        ("Her sister has vertigo and is treated for it.", "nil"),
    ] as [(String, String)])
func vestibularComplaintsRead(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Vestibular rehabilitation therapy 2x4", "vestibular_symptoms", expected)
}

@Test(
    arguments: [
        // (summary, one term expected among the diagnoses, "!term" for not it)
        ("Diagnoses: traumatic brain injury with expressive aphasia.", "speech_language_disorder"),
        ("Since the injury he has dysarthria and word-finding difficulties.", "speech_language_disorder"),
        ("Assessment: cognitive-communication deficits after a concussion.", "speech_language_disorder"),
        ("He has apraxia of speech following the head injury.", "speech_language_disorder"),
        ("His speech is slurred after taking the cyclobenzaprine at night.", "!speech_language_disorder"),
        ("Speech is fluent and clear; no word-finding pauses noted by the examiner.", "!speech_language_disorder"),
        ("Diagnoses: cervical strain, lumbar strain.", "!speech_language_disorder"),
    ] as [(String, String)])
func speechOrLanguageDisorderRead(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Speech therapy 12 sessions", "diagnoses", expected, anyTerm: true)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value or one term of a list, "!term" for not it)
        ("", "Xarelto 10 mg #30", "drug_classes", "anticoagulant"),
        ("", "Lovenox 40 mg subcutaneous daily x 14 days", "drug_classes", "anticoagulant"),
        ("", "Eliquis 2.5 mg #60", "drug_classes", "anticoagulant"),
        ("", "Plavix 75 mg #30", "drug_classes", "!anticoagulant"),
        ("She underwent a right total knee arthroplasty on 09/01/2016.", "Xarelto 10 mg #30", "index_surgery", "knee_arthroplasty"),
        ("She underwent a right total knee arthroplasty on 09/01/2016.", "Xarelto 10 mg #30", "surgery_status", "done"),
        (
            "A left total hip arthroplasty was certified and is scheduled for 11/02/2016.", "Lovenox 40 mg #14", "index_surgery",
            "hip_arthroplasty"
        ),
        ("Diagnoses: lumbar strain; no surgery is planned.", "Xarelto 10 mg #30", "index_surgery", "nil"),
    ] as [(String, String, String, String)])
func anticoagulantReadWithItsSurgery(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: true)
}
