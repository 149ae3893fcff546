import Testing

// The frequency of a requested service told in the summary's request line, not in the request
// (`visits_per_week`, `hours_per_week`; MTUS 2016 Home health services: the request states the
// services with an estimate of their frequency and duration): the line's part from the service's
// name, through the services the request names with it, to another item or the line's end, read
// as the request's own words are. In an SNF's discharge summary, a case manager's RFA, a terse
// line. Must-not rows beside them: another service's frequency, a past one, the physician's visits,
// a line of the review, a plan outside a request section, and the request's own frequency first.
@Test(
    arguments: [
        // (request, summary, visits_per_week, hours_per_week)
        (
            "Home health services (skilled nursing, PT/OT and an aide) for 4 weeks",
            "Discharged home 09/09/2016.\nRFA 09/09/2016: home health services: skilled nursing 3x/week x 4 weeks, PT/OT 2-3x/week x 4 weeks, "
                + "aide 2 h/day 5 days/week x 4 weeks.", "3", "10"
        ),
        (
            "Home health care for 6 weeks",
            "Seen 10/02/2016 after the ankle ORIF.\nRequest for authorization: home health care, RN visits 2 times per week for wound care "
                + "and dressing changes.", "2", nil
        ),
        (
            "Home health aide x 30 days",
            "Ms. Ortega cannot bathe or dress alone since the fusion.\nRFA: home health aide 4 hours a day, 5 days a week, for bathing, "
                + "dressing and transfers.", "5", "20"
        ),
        (
            "In-home care, 8 weeks", "Homebound after the bilateral TKA.\nRFA 11/01/2016 - in-home care 3 times a week.", "3", nil
        ),
        // Must-not: another service's frequency in the line.
        (
            "Home health aide for 4 weeks",
            "Homebound after the hip fracture.\nRFA 10/01/2016: home health aide for bathing; physical therapy 3x/week x 4 weeks.", nil,
            nil
        ),
        (
            "Home health aide for 4 weeks",
            "Homebound after the hip fracture.\nRFA 10/01/2016: physical therapy 3x/week x 4 weeks; home health aide for bathing.", nil,
            nil
        ),
        // Must-not: a past frequency, the physician's visits, a plan outside a request section.
        (
            "Home health services x 4 weeks",
            "SNF course: PT and OT daily; wound VAC changes 3 times a week.\nShe will follow up with me every 2 weeks.", nil, nil
        ),
        (
            "Home health services x 4 weeks",
            "She had home health 3 times a week after her first surgery in 2014.\nRFA 09/09/2016: home health services, 4 weeks.", nil,
            nil
        ),
        // Must-not: the review's line.
        ("Home health services x 4 weeks", "UR non-certified home health 3x/week on 09/26/2016.", nil, nil),
        // Must-not: the request's own frequency comes first.
        (
            "Home health aide 3 days a week x 4 weeks", "RFA: home health aide 5 days a week for bathing.", "3", nil
        ),
    ] as [(String, String, String?, String?)])
func aServicesFrequencyToldInItsRequestLineIsRead(_ request: String, _ summary: String, _ visits: String?, _ hours: String?) {
    let facts = requestFacts(request, summary: summary)
    #expect(value(facts, "visits_per_week") == visits, "\(summary)")
    #expect(value(facts, "hours_per_week") == hours, "\(summary)")
}
