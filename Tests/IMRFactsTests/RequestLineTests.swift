import Testing

// A request's duration that its own words leave out, read from the summary's request line naming
// the same item (a note's RFA section: `RequestLines`); must-not rows: a line of another item, the
// item's use in the history, a plan outside a request section, a request that states its own.
@Test(
    arguments: [
        // (summary, request, expected duration or nil)
        (
            "Rib fixation 11/01/2016; TENS helped in the hospital. RFA 11/07/2016 (Dr. Amari): TENS unit, 2-lead, post-operative rental for 3 months (11/08/2016-02/07/2017), with electrodes.",
            "TENS unit (2-lead), post-operative home rental", "90 days"
        ),
        ("Knee arthroscopy 10/12/2016. RFA 10/12/2016: cold therapy unit rental x 7 days.", "Cold therapy unit rental", "7 days"),
        // Must-not.
        ("Low back pain. RFA 11/07/2016: physical therapy 2x/week for 6 weeks; TENS unit.", "TENS unit", nil),
        ("He used a TENS unit for 3 months in 2015 with some relief.", "TENS unit rental", nil),
        ("Plan: TENS unit rental for 30 days if the pain persists.", "TENS unit rental", nil),
        ("RFA 11/07/2016: TENS unit rental for 3 months.", "TENS unit rental for 1 month", "30 days"),
    ] as [(String, String, String?)])
func aRequestsDurationIsReadFromTheSummarysRequestLine(_ summary: String, _ request: String, _ expected: String?) {
    #expect(value(requestFacts(request, summary: summary), "duration_requested") == expected, "\(summary)")
}
