import IMRFacts
import Testing

// A return to work told without the word "work" (CPMTG 2009 p. 80: continue opioids "if the patient
// has returned to work"; chronic pain programs: "significant loss of ability to function
// independently"): a way back (`back on`, `returned to`, `resumed`, `works as`) to the worker's
// occupation, told by its place, tools, tasks or trade (the loading dock, the register, the route,
// the crew, the classroom), with its hours or duty (full shifts, 40 hours a week, TPD, modified).
// Not: a return denied, hoped for or planned, a job before the injury, another person's job, a
// legal status (P&S, MMI) alone.

@Test(
    arguments: [
        // (summary, returned_to_work, work_status)
        ("He has been back on the loading dock for full shifts since October.", "true", "full_duty"),
        ("Back on his delivery route 40 hours a week.", "true", "full_duty"),
        ("She returned to the classroom in August with her usual teaching load.", "true", "full_duty"),
        ("Work status: TPD; the employer accommodates a 20-lb lifting limit.", "true", "modified_duty"),
        ("Since 11/2016 she has been working the register four hours a day.", "true", "modified_duty"),
        ("The applicant is back framing houses with his old crew.", "true", "full_duty"),
        ("He went back to stocking shelves full-time in September.", "true", "full_duty"),
        ("PT note: pt resumed full shifts on the assembly line 2 weeks ago.", "true", "full_duty"),
        ("He now drives the forklift on a full schedule.", "true", "full_duty"),
        ("The employer took her back in a sedentary position at the call center.", "true", "modified_duty"),
        ("Works as a school bus driver, full time, no missed days.", "true", "full_duty"),
        ("Temporarily partially disabled; she is answering phones at the front desk 6 hrs/day.", "true", "modified_duty"),
        ("QME: he resumed his occupation as a lineman on 03/01/2016 without restrictions.", "true", "full_duty"),
    ] as [(String, String?, String?)])
func aWayBackToTheOccupationIsWork(_ summary: String, _ returned: String?, _ status: String?) {
    let facts = summaryFacts(summary)
    #expect(value(facts, "returned_to_work") == returned, "\(summary)")
    #expect(value(facts, "work_status") == status, "\(summary)")
}

@Test(
    arguments: [
        "He has not been back on the loading dock since the injury.",
        "She hopes to return to the classroom in January.",
        "He would like to go back to driving a truck.",
        "His wife went back to her job at the bakery to support the family.",
        "Permanent and stationary as of 06/01/2016; at MMI.",
        "Laid off from the warehouse in March when the plant closed.",
        "TTD; has not driven his route since the injury.",
        "He was a forklift driver for 12 years before the injury.",
        "The claimant is a 46-year-old grocery stocker.",
    ])
func aReturnDeniedHopedPastOrAnothersIsNotWork(_ summary: String) {
    let facts = summaryFacts(summary)
    #expect(value(facts, "returned_to_work") != "true", "\(summary)")
}
