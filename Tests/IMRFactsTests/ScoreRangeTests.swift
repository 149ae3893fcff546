import Testing

// Pain told by ranges (a form's "average with the medication 3-4, without it (missed doses) 7-8"):
// a range of two scores joined by a hyphen is read as its upper end, the worse pain, with its scale
// or without it (``CaseText/isScoreRangeUpperEnd(_:)``), so `pain_with_without_medication` reads the
// pair and `pain_relief_percent` compares the upper ends (3-4 against 7-8: 50). Must not: a scale
// ("0-10"), a date ("3-4-2016"), a count of something else ("3-4 times a day", "3-4 blocks"), ranges
// worse with the drug, ranges at two visits with no dose named. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented)
        (
            "[x] Pain (NRS): worst 8, average with the medication 3-4, without it (missed doses) 7-8; relief begins 30 minutes after a dose.",
            "Hydrocodone/APAP 10/325 mg #90", "pain_with_without_medication", "true"
        ),
        ("Pain with Norco 4-5, without it 8-9.", "Norco 10/325 mg #60", "pain_relief_percent", "44.4"),
        ("Back pain 3-4 on the tramadol, 7-8 off it.", "Tramadol 50 mg #60", "pain_relief_percent", "50"),
        ("Back pain 3-4/10 on the tramadol, 7-8/10 off it.", "Tramadol 50 mg #60", "pain_relief_percent", "50"),
        ("Without her medications her pain is 8-9; with them 4-5.", "Tramadol 50 mg #60", "pain_with_without_medication", "true"),
        ("Pain scores: with meds 2-3, without meds 6-7.", "Tramadol 50 mg #60", "pain_with_without_medication", "true"),
        ("Pain with the tramadol 2-4, without it 6-9.", "Tramadol 50 mg #60", "pain_relief_percent", "55.6"),
        ("VAS 7-8 without and 3-4 with the tramadol.", "Tramadol 50 mg #60", "pain_relief_percent", "50"),
        // Must not: a scale, a count of another thing, a date, worse with the drug, two visits.
        ("Pain (0-10): 7 today; she takes the medication 1-2 times a day.", "Tramadol 50 mg #60", "pain_with_without_medication", "nil"),
        ("Pain without the tramadol 0-10, with it 4.", "Tramadol 50 mg #60", "pain_with_without_medication", "nil"),
        ("Pain with the medication 4-5, without it 3-4.", "Tramadol 50 mg #60", "pain_with_without_medication", "nil"),
        ("Seen 3-4-2016 without the medication; pain 7, with it 4-5/2016.", "Tramadol 50 mg #60", "pain_with_without_medication", "nil"),
        ("Pain with the tramadol 3-4 times a day, without it 8.", "Tramadol 50 mg #60", "pain_with_without_medication", "nil"),
        (
            "She walks 3-4 blocks with the medication and 1-2 without it; pain 6/10.", "Tramadol 50 mg #60",
            "pain_with_without_medication", "nil"
        ),
        ("Pain 7-8 in June and 3-4 today after physical therapy.", "Tramadol 50 mg #60", "pain_with_without_medication", "nil"),
    ] as [(String, String, String, String)])
func scoreRanges(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
