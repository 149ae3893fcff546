import Testing

// The signs ODG names for a sleep study beside insomnia (`sleep_study_indication`; ODG Pain and Mental
// Illness & Stress, Polysomnography): daytime sleepiness or dozing, an Epworth score over 10, headaches
// on waking, witnessed apneas or gasping, sleep apnea named or suspected. Must not: snoring alone, a
// normal Epworth score, a drug's drowsiness, a headache of the afternoon. Written in this project's own
// words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "He falls asleep at red lights and in meetings; Epworth Sleepiness Scale 15.", "Polysomnography", "sleep_study_indication",
            "true"
        ),
        ("His wife has seen him stop breathing in his sleep and gasp for air.", "Polysomnography", "sleep_study_indication", "true"),
        ("Assessment: possible obstructive sleep apnea.", "Sleep study", "sleep_study_indication", "true"),
        ("She wakes most days with a dull headache that clears by noon.", "Sleep study", "sleep_study_indication", "true"),
        ("ESS 13/24.", "Sleep study", "sleep_study_indication", "true"),
        ("Denies daytime sleepiness.", "Sleep study", "sleep_study_indication", "false"),
        // Must not: snoring alone, a normal score, a drug's drowsiness, another headache.
        ("He snores loudly, per his wife.", "Sleep study", "sleep_study_indication", "nil"),
        ("Epworth 5; sleeps 4 hours a night because of pain.", "Sleep study", "sleep_study_indication", "nil"),
        ("Epworth 5, down from 14 before the CPAP.", "Sleep study", "sleep_study_indication", "nil"),
        ("Norco makes him a bit drowsy in the evening.", "Sleep study", "sleep_study_indication", "nil"),
        ("Headache frequency 3 a week, mostly in the afternoon.", "Sleep study", "sleep_study_indication", "nil"),
    ] as [(String, String, String, String)])
func sleepStudyIndication(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
