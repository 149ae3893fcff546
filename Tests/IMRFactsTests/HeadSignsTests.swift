import Testing

// ODG Head's signs for neuroimaging (`head_red_flags`; ODG Head, CT and MRI, as usually quoted): an
// abnormal mental status on examination, an acute post-traumatic seizure, a basilar skull fracture's
// signs, an intracranial bleed, headaches that worsen. And a deficit of the brain
// (`central_neurologic_deficit`; ODG Head, MRI: a deficit not explained by CT): aphasia, a pronator
// drift, slurred speech, upper motor neuron signs. Must not: a brief loss of consciousness, a
// complaint of confusion weeks later, a past skull fracture, a dermatomal loss, the signs told absent.
// Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("On examination she was disoriented to date and place.", "CT of the head", "head_red_flags", "true"),
        ("Battle's sign behind the left ear on arrival.", "CT of the head", "head_red_flags", "true"),
        ("A seizure after the fall, witnessed by a coworker.", "MRI of the brain", "head_red_flags", "true"),
        ("Her headaches are worsening despite rest.", "CT of the head", "head_red_flags", "true"),
        ("Alert and oriented x3, GCS 15.", "CT of the head", "head_red_flags", "false"),
        ("ED CT: no skull fracture, no intracranial hemorrhage.", "MRI of the brain", "head_red_flags", "false"),
        // Must not: a brief LOC, a later complaint of confusion, a past fracture, the spine's red flags.
        ("Brief LOC at the scene.", "CT of the head", "head_red_flags", "nil"),
        ("He reports confusion and fogginess since the accident.", "CT of the head", "head_red_flags", "nil"),
        ("History of a skull fracture in 1998.", "CT of the head", "head_red_flags", "nil"),
        ("New saddle anesthesia and urinary retention.", "CT of the head", "head_red_flags", "nil"),
        ("Anomic aphasia and a right pronator drift.", "MRI of the brain", "central_neurologic_deficit", "true"),
        ("Slurred speech noted by his wife, worse at night.", "MRI of the brain", "central_neurologic_deficit", "true"),
        ("Positive Babinski on the right.", "MRI of the brain", "central_neurologic_deficit", "true"),
        ("Language normal; no pronator drift; face symmetric.", "MRI of the brain", "central_neurologic_deficit", "false"),
        ("Denies slurred speech or facial droop.", "MRI of the brain", "central_neurologic_deficit", "false"),
        ("Babinski negative bilaterally; toes downgoing.", "MRI of the brain", "central_neurologic_deficit", "false"),
        // Must not: a root's or a nerve's deficit.
        ("Decreased sensation in the L5 dermatome, EHL 4/5.", "MRI of the brain", "central_neurologic_deficit", "nil"),
        ("Thenar weakness with a positive Tinel at the wrist.", "MRI of the brain", "central_neurologic_deficit", "nil"),
    ] as [(String, String, String, String)])
func headSigns(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
