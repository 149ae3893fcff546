import IMRFacts
import Testing

/// Visits, refills and the length of a course as prescribers write them on a request for
/// authorization: frequency × course in any of its shorthand forms, a count after its label, a
/// frequency that is not a duration.
struct RequestFrequencyTests {
    static let rows: [RequestCase] = [
        // Frequency × course.
        .init(request: "PT 2x/week x 6 weeks", fact: "visits_requested", value: .number(12)),
        .init(request: "PT 2/wk x 4 wks", fact: "visits_requested", value: .number(8)),
        .init(request: "Acupuncture 2 visits per week for 4 wks", fact: "visits_requested", value: .number(8)),
        .init(request: "Physical therapy 2 x week x 6 weeks", fact: "visits_requested", value: .number(12)),
        .init(request: "PT 2x a week for 4 weeks (8)", fact: "visits_requested", value: .number(8)),
        .init(request: "Chiropractic 1 time per week for 6 weeks", fact: "visits_requested", value: .number(6)),
        .init(request: "PT 3x/week for a month", fact: "visits_requested", value: .number(12)),
        .init(request: "Psychotherapy twice a month for 3 months", fact: "visits_requested", value: .number(6)),
        .init(request: "Aquatic therapy three times weekly for four weeks", fact: "visits_requested", value: .number(12)),
        // An explicit count wins over the frequency; a count after its label.
        .init(request: "Chiropractic 2 times per week for 3 weeks, 6 visits", fact: "visits_requested", value: .number(6)),
        .init(request: "Additional PT sessions: 12", fact: "visits_requested", value: .number(12)),
        .init(request: "Acupuncture 6 sessions 2x/wk", fact: "visits_requested", value: .number(6)),
        .init(request: "PT x6 to the lumbar spine", fact: "visits_requested", value: .number(6)),
        .init(request: "Physical therapy 3 x 4", fact: "visits_requested", value: .number(12)),
        // A frequency is not a duration: the course is.
        .init(request: "PT 2/wk x 4 wks", fact: "duration_requested", value: .days(28)),
        .init(request: "TENS unit 30 day rental", fact: "duration_requested", value: .days(30)),
        // Days a week are a frequency, not a duration; hours a day times days a week are hours of care.
        .init(request: "Home health care 4 hours per day, 4 days per week for 3 months", fact: "duration_requested", value: .days(90)),
        .init(request: "Home health care 4 hours per day, 4 days per week for 3 months", fact: "visits_per_week", value: .number(4)),
        .init(request: "Home health care 4 hours per day, 4 days per week for 3 months", fact: "hours_per_week", value: .number(16)),
        .init(request: "Home health aide 4 hours a day 5 days a week", fact: "duration_requested", value: nil),
        .init(request: "Home health aide 8 hours a day, 7 days a week x 6 weeks", fact: "duration_requested", value: .days(42)),
        .init(request: "Home aide 6 hours per day, 5 times a week for 4 weeks", fact: "hours_per_week", value: .number(30)),
        .init(request: "Home health aide 8 hrs/day x 30 days", fact: "hours_per_week", value: .number(56)),
        .init(request: "Home health 20 hours per week for 8 weeks", fact: "hours_per_week", value: .number(20)),
        .init(request: "Physical therapy 3 days a week for 4 weeks", fact: "visits_requested", value: .number(12)),
        .init(request: "Holter monitor for 24 hours", fact: "hours_per_week", value: nil),
        // Refills: before or after their word, not a supply.
        .init(request: "Norco 10/325 #60, refills: 2", fact: "refills", value: .number(2)),
        .init(request: "Norco 10/325 #60 RF x2", fact: "refills", value: .number(2)),
        .init(request: "Tramadol 50mg #60, 1 refill, 30 day supply", fact: "refills", value: .number(1)),
        .init(request: "Norco 10/325 #60, refills: 2", fact: "quantity", value: .number(60)),
    ]

    @Test(arguments: rows)
    func readsTheRequest(_ example: RequestCase) {
        #expect(requestFacts(example.request)[example.fact]?.value == example.value)
    }
}
