import Testing

// Clinical signs of a peripheral nerve of the leg or foot (leg_nerve_signs; ODG Low Back and Ankle &
// Foot: nerve conduction studies for a suspected peripheral neuropathy or entrapment, with the
// clinical findings the study is to confirm): a positive Tinel's sign over the tibial nerve at the
// tarsal tunnel or the peroneal nerve at the fibular head, a positive provocative test of the tibial
// nerve, sensory findings in a named leg nerve's distribution; false when the sign over the nerve is
// stated negative. An arm nerve's sign, a symptom alone, a diagnosis in doubt or a test planned is no
// sign. Written in this project's own words, before the cue data.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Tinel's sign is positive over the left tarsal tunnel, with tingling into the sole.", "NCS left lower extremity",
            "leg_nerve_signs", "true"
        ),
        ("Exam: positive Tinel behind the medial malleolus on the right.", "Nerve conduction study right leg", "leg_nerve_signs", "true"),
        (
            "Percussion test: Tinel at the fibular neck is positive, reproducing numbness over the dorsum of the foot.",
            "NCV left lower extremity", "leg_nerve_signs", "true"
        ),
        ("The triple compression test is positive at the right ankle.", "NCS right lower extremity", "leg_nerve_signs", "true"),
        (
            "Sensation is diminished in the superficial peroneal nerve distribution of the left foot.", "NCS left lower extremity",
            "leg_nerve_signs", "true"
        ),
        (
            "Holding the ankle in dorsiflexion and eversion brings on her burning within a minute.", "NCS right lower extremity",
            "leg_nerve_signs", "true"
        ),
        ("Hypoesthesia in the sural distribution, right lateral foot.", "NCV right lower extremity", "leg_nerve_signs", "true"),
        // Stated negative over the leg nerve.
        ("Tinel's sign is negative at both tarsal tunnels.", "NCS bilateral lower extremities", "leg_nerve_signs", "false"),
        (
            "Negative Tinel over the peroneal nerve at the fibular head; strength 5/5.", "NCS left lower extremity", "leg_nerve_signs",
            "false"
        ),
        // Must not: an arm nerve's sign, a symptom alone, a diagnosis in doubt, a test planned.
        (
            "Tinel's sign is positive at the right carpal tunnel and at the cubital tunnel.", "NCS right lower extremity",
            "leg_nerve_signs", "nil"
        ),
        (
            "He describes burning in the sole of the foot at night, worse after long shifts.", "NCS right lower extremity",
            "leg_nerve_signs", "nil"
        ),
        (
            "Assessment: foot pain; rule out tarsal tunnel syndrome versus plantar fasciitis.", "NCS right lower extremity",
            "leg_nerve_signs", "nil"
        ),
        ("Plan: repeat the Tinel test over the tarsal tunnel at the next visit.", "NCS right lower extremity", "leg_nerve_signs", "nil"),
    ] as [(String, String, String, String)])
func legNerveSigns(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
