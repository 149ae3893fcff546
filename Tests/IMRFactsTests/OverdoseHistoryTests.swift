import Testing

// An overdose the worker had (`overdose_history`; ODG Pain, Naloxone; MTUS Opioid Treatment Guidelines
// 2016: a history of overdose is a risk naloxone is prescribed for): an overdose told as an event of the
// past, the verb, a stay or treatment for one, naloxone given to revive the worker. Must not: the risk
// of one discussed, its prevention or the teaching about it, one imagined. Written in this project's own
// words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "He had an accidental overdose on oxycodone in 2014 and was revived by EMS.", "Narcan 4 mg nasal spray #2", "overdose_history",
            "true"
        ),
        ("History of opioid overdose requiring an ICU stay (2015).", "Narcan 4 mg nasal spray #2", "overdose_history", "true"),
        ("In March she overdosed on her husband's methadone.", "Narcan 4 mg nasal spray #2", "overdose_history", "true"),
        (
            "He was taken to the emergency room for a hydrocodone overdose last year.", "Narcan 4 mg nasal spray #2", "overdose_history",
            "true"
        ),
        (
            "His wife found him unresponsive and he was revived with intranasal naloxone.", "Narcan 4 mg nasal spray #2",
            "overdose_history", "true"
        ),
        ("No history of overdose.", "Narcan 4 mg nasal spray #2", "overdose_history", "false"),
        ("He denies any prior overdose or suicide attempt.", "Narcan 4 mg nasal spray #2", "overdose_history", "false"),
        // Must not: the risk, its teaching, one imagined.
        ("Naloxone is prescribed to reverse an overdose should one occur.", "Narcan 4 mg nasal spray #2", "overdose_history", "nil"),
        (
            "Overdose risk and the signs of an overdose were reviewed with his wife.", "Narcan 4 mg nasal spray #2", "overdose_history",
            "nil"
        ),
        ("At 90 mg MED his risk of overdose is increased.", "Narcan 4 mg nasal spray #2", "overdose_history", "nil"),
        ("If he has an overdose, his wife will give the naloxone.", "Narcan 4 mg nasal spray #2", "overdose_history", "nil"),
    ] as [(String, String, String, String)])
func overdoseHistory(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
