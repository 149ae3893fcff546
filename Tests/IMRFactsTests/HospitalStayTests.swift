import Testing

// A hospital stay's days (`hospital_stay_days`; the skilled nursing facility's "hospitalized for at
// least three days"), in this project's own voices: dates of admission and discharge, a count of
// days or nights, a span of dates, a length-of-stay label. Must-not rows beside them (as many): an
// office visit's dates, a surgery's date alone, an admission to a practice, a time counted from an
// admission, a stay denied, a nursing facility's stay, a planned admission, a bed rented for days,
// a discharge from therapy, a frequency. Written before the mechanism (no such fact on fb881a2d).
private let history = "Ms. Okafor, 71, a school cook, slipped on a wet floor on 09/12/2016 and broke her left hip. "

@Test(
    arguments: [
        // (summary after `history`, expected days or nil)
        ("She underwent a hemiarthroplasty; admitted 09/12/2016, discharged 09/15/2016 to her daughter's home.", "3"),
        ("Admitted via the ED on 09/12/2016.\nDischarged 09/16/2016 with a walker and home health.", "4"),
        ("Post-op she had an uneventful 3-day stay.", "3"),
        ("Inpatient 9/12 to 9/14 for the fixation.", "2"),
        ("She was kept two nights in the hospital and went home.", "2"),
        ("Hospitalized x 5 days for the hip and a urinary infection.", "5"),
        ("Hospital course (LOS 4 days): pain controlled with oral medication.", "4"),
        // Must-not.
        ("She was seen at the clinic on 09/20/2016 and on 10/04/2016.", nil),
        ("Left hip hemiarthroplasty 09/13/2016.", nil),
        ("She was admitted to the practice on 10/03/2016 and discharged from care on 11/30/2016.", nil),
        ("She was admitted 2 days after the fall.", nil),
        ("She was never hospitalized; the ED sent her home the same day.", nil),
        ("She then spent 12 days in a skilled nursing facility.", nil),
        ("Plan: admit for 2 days of observation if the pain worsens.", nil),
        ("A hospital bed for 30 days is requested.", nil),
        ("Discharged from physical therapy on 11/20/2016 after 12 visits.", nil),
        ("Aide visits 3 days a week since her admission.", nil),
        ("Surgeon's plan: hemiarthroplasty; 2-3 day inpatient stay; then home.", nil),
        ("Admitted 09/12/2016; discharge expected 09/19/2016, pending placement.", nil),
    ] as [(String, String?)])
func hospitalStayDays(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Skilled nursing facility x 14 days", summary: history + summary)
    #expect(value(facts, "hospital_stay_days") == expected, "\(summary)")
}
