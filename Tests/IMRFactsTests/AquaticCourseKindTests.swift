import Testing

// A course scoped to its therapy's kind (prior_therapy, prior_sessions, prior_therapy_benefit; CPMTG
// p. 22: aquatic therapy is an alternative to land-based physical therapy where reduced weight
// bearing is desirable). An aquatic request reads aquatic sessions and their benefit; a land-based
// course is another therapy (its visits still count toward physical medicine's total,
// physical_medicine_sessions), while a physical therapy course takes in pool visits. A course whose
// benefit is told was given; one told without change has no benefit. Committed failing: 3 of 6
// must-read and 0 of 3 must-not read on the previous landing's binary.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "He completed 6 pool therapy sessions in August, and his walking tolerance went from 5 to 15 minutes.",
            "Aquatic therapy 6 additional sessions", "prior_therapy", "true"
        ),
        (
            "He completed 6 pool therapy sessions in August, and his walking tolerance went from 5 to 15 minutes.",
            "Aquatic therapy 6 additional sessions", "prior_sessions", "6"
        ),
        (
            "He completed 6 pool therapy sessions in August, and his walking tolerance went from 5 to 15 minutes.",
            "Aquatic therapy 6 additional sessions", "prior_therapy_benefit", "true"
        ),
        ("Aquatic therapy x8 (09/2016): able to climb stairs again; Oswestry 48% now 36%.", "Aquatic therapy 2x4", "prior_therapy", "true"),
        (
            "Aquatic therapy x8 (09/2016): able to climb stairs again; Oswestry 48% now 36%.", "Aquatic therapy 2x4",
            "prior_therapy_benefit", "true"
        ),
        (
            "She had eight sessions of hydrotherapy last spring without any change in her knee pain or her walking.",
            "Aquatic therapy 8 sessions", "prior_therapy", "true"
        ),
        (
            "She had eight sessions of hydrotherapy last spring without any change in her knee pain or her walking.",
            "Aquatic therapy 8 sessions", "prior_therapy_benefit", "false"
        ),
        (
            "Eight pool therapy visits were completed in June, and she now walks a mile.", "Physical therapy 6 visits, lumbar spine",
            "prior_therapy", "true"
        ),
        (
            "She completed 12 physical therapy visits, then 4 aquatic therapy sessions with less knee pain on stairs.",
            "Aquatic therapy 6 sessions", "prior_therapy", "true"
        ),
        (
            "She completed 12 physical therapy visits, then 4 aquatic therapy sessions with less knee pain on stairs.",
            "Aquatic therapy 6 sessions", "prior_sessions", "4"
        ),
        (
            "She completed 12 physical therapy visits, then 4 aquatic therapy sessions with less knee pain on stairs.",
            "Aquatic therapy 6 sessions", "physical_medicine_sessions", "16"
        ),
        (
            "Water therapy twice a week for four weeks (8 visits) was completed; he can now stand for 30 minutes.",
            "Aquatic therapy 8 visits", "prior_therapy", "true"
        ),
        (
            "Water therapy twice a week for four weeks (8 visits) was completed; he can now stand for 30 minutes.",
            "Aquatic therapy 8 visits", "prior_sessions", "8"
        ),
    ] as [(String, String, String, String)])
func aquaticCourseRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Land-based therapy was stopped after two sessions because the treadmill increased the knee pain. He has had no aquatic therapy.",
            "Aquatic therapy 8 sessions", "prior_therapy", "!true"
        ),
        (
            "She completed 12 physical therapy visits in 2015 and walks farther since.", "Aquatic therapy 8 sessions", "prior_therapy",
            "!true"
        ),
        (
            "She completed 12 physical therapy visits in 2015 and walks farther since.", "Aquatic therapy 8 sessions",
            "prior_therapy_benefit", "nil"
        ),
        (
            "She completed 12 physical therapy visits in 2015 and walks farther since.", "Aquatic therapy 8 sessions",
            "physical_medicine_sessions", "12"
        ),
        (
            "Physical therapy, 18 visits, gave no lasting benefit; aquatic therapy is now asked for because of her weight.",
            "Aquatic therapy 2 times a week for 6 weeks", "prior_therapy", "!true"
        ),
        (
            "Physical therapy, 18 visits, gave no lasting benefit; aquatic therapy is now asked for because of her weight.",
            "Aquatic therapy 2 times a week for 6 weeks", "prior_therapy_benefit", "nil"
        ),
    ] as [(String, String, String, String)])
func aquaticCourseNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
