import Testing

// The therapy a day the worker takes part in or tolerates, in minutes (daily_therapy_tolerance),
// for an intensive inpatient rehabilitation program (about 3 hours of therapy a day, 5 days a week):
// sessions times their length, a frequency a day, a limit stated. Must-not: the program's own
// hours, sessions counted without a time, an activity's tolerance that is no therapy. New fact:
// nothing read it on the previous landing's binary.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "On 11/02 and 11/03 he completed two 90-minute therapy sessions a day.",
            "Acute inpatient rehabilitation facility admission, 10 days", "daily_therapy_tolerance", "180"
        ),
        (
            "She tolerates 3 hours of physical and occupational therapy daily without fatigue.",
            "Acute inpatient rehabilitation facility admission, 10 days", "daily_therapy_tolerance", "180"
        ),
        (
            "He managed about 20 minutes of therapy at a time, twice a day, before dizziness stopped him.",
            "Acute inpatient rehabilitation facility admission, 10 days", "daily_therapy_tolerance", "40"
        ),
        (
            "PT notes: she participated in 60-minute sessions three times a day this week.",
            "Acute inpatient rehabilitation facility admission, 10 days", "daily_therapy_tolerance", "180"
        ),
        (
            "Since Monday he has completed 45 minutes of therapy twice daily.",
            "Acute inpatient rehabilitation facility admission, 10 days", "daily_therapy_tolerance", "90"
        ),
        (
            "Therapy tolerance: she is unable to tolerate more than 30 minutes of therapy a day.",
            "Acute inpatient rehabilitation facility admission, 10 days", "daily_therapy_tolerance", "30"
        ),
    ] as [(String, String, String, String)])
func dailyTherapyRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "The facility's program is 3 hours of therapy a day, at least 5 days a week.",
            "Acute inpatient rehabilitation facility admission, 10 days", "daily_therapy_tolerance", "nil"
        ),
        (
            "He completed 12 physical therapy sessions in 2015.", "Acute inpatient rehabilitation facility admission, 10 days",
            "daily_therapy_tolerance", "nil"
        ),
        (
            "She tolerated sitting for 30 minutes and walks 30 minutes twice a day at home.",
            "Acute inpatient rehabilitation facility admission, 10 days", "daily_therapy_tolerance", "nil"
        ),
    ] as [(String, String, String, String)])
func dailyTherapyNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
