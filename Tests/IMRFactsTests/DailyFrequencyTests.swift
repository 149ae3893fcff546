import IMRFacts
import Testing

/// A daily frequency of a service is seven visits a week, however written ("daily for 6 days",
/// "daily x 6", "qd x6", "every day", "once a day", "1x/day"); "daily" before another word
/// ("daily home exercises", "activities of daily living") and a count of days alone ("30 day
/// rental") are no frequency, and a stated weekly frequency wins.
@Test(arguments: [
    // Must read: 7 a week.
    RequestCase(request: "Acupuncture, lumbar, 6 sessions, daily for 6 days", fact: "visits_per_week", value: .number(7)),
    RequestCase(request: "acupuncture daily x 6", fact: "visits_per_week", value: .number(7)),
    RequestCase(request: "PT qd x6 visits", fact: "visits_per_week", value: .number(7)),
    RequestCase(request: "Physical therapy every day for 2 weeks", fact: "visits_per_week", value: .number(7)),
    RequestCase(request: "Chiropractic treatment once a day, 5 visits", fact: "visits_per_week", value: .number(7)),
    RequestCase(request: "Acupuncture 1x/day x 6 days", fact: "visits_per_week", value: .number(7)),
    RequestCase(request: "Six acupuncture treatments, daily", fact: "visits_per_week", value: .number(7)),
    // Must not.
    RequestCase(request: "Physical therapy 2x/week x 6 weeks with daily home exercises", fact: "visits_per_week", value: .number(2)),
    RequestCase(request: "Physical therapy, 6 visits, with a daily home program", fact: "visits_per_week", value: nil),
    RequestCase(request: "Occupational therapy for activities of daily living x 6", fact: "visits_per_week", value: nil),
    RequestCase(request: "TENS unit 30 day rental", fact: "visits_per_week", value: nil),
    RequestCase(request: "Acupuncture 6 sessions over 6 days", fact: "visits_per_week", value: nil),
    RequestCase(request: "Meloxicam 15 mg daily #30", fact: "visits_per_week", value: nil),
    RequestCase(request: "Acupuncture 3 times per week, daily stretching at home", fact: "visits_per_week", value: .number(3)),
])
func aDailyFrequencyIsSevenAWeek(_ example: RequestCase) {
    #expect(requestFacts(example.request)[example.fact]?.value == example.value)
}
