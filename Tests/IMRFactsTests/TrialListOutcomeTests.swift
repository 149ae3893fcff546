import Testing

// A list of mobility trials and their outcomes (CPMTG 2009 p. 99, Power mobility devices: not
// recommended if the functional mobility deficit can be resolved by a cane or walker, or the worker
// has sufficient upper extremity function to propel a manual wheelchair): each list item names the
// aid or the chair tried and tells its outcome after it ("- walker and crutches: not possible
// (...)", "- cane: not possible", "- manual wheelchair ..., self-propelled: could not move it 10
// feet"), so `ambulates_with_aid` and `manual_wheelchair_feasible` read false there, the failed
// outcome winning over the trial's own "self-propelled". Must not: a trial that went well, an
// impossibility of something else in another clause. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented)
        (
            "Mobility trials today:\n- walker and crutches: not possible (non-weight-bearing both feet);\n- cane: not possible;\n- manual wheelchair (18 inch, lightweight), self-propelled: could not move it 10 feet;",
            "Power wheelchair rental x 3 months", "ambulates_with_aid", "false"
        ),
        (
            "Mobility trials today:\n- walker and crutches: not possible (non-weight-bearing both feet);\n- cane: not possible;\n- manual wheelchair (18 inch, lightweight), self-propelled: could not move it 10 feet;",
            "Power wheelchair rental x 3 months", "manual_wheelchair_feasible", "false"
        ),
        ("Walker: not feasible given the wrist fracture.", "Power wheelchair rental x 3 months", "ambulates_with_aid", "false"),
        ("Trials: crutches not an option with the shoulder repair.", "Power wheelchair rental x 3 months", "ambulates_with_aid", "false"),
        (
            "Manual wheelchair trial: self-propelled, not possible with the casted wrist.", "Power wheelchair rental x 3 months",
            "manual_wheelchair_feasible", "false"
        ),
        (
            "Manual chair: unable to move it more than a few feet.", "Power wheelchair rental x 3 months", "manual_wheelchair_feasible",
            "false"
        ),
        // Must not: a trial that went well; an impossibility in another clause.
        (
            "Trials:\n- manual wheelchair, self-propelled: 150 feet in 2 minutes without rest;\n- rolling walker: 40 feet with standby assist.",
            "Power wheelchair rental x 3 months", "manual_wheelchair_feasible", "true"
        ),
        ("Uses a walker; stairs not possible.", "Power wheelchair rental x 3 months", "ambulates_with_aid", "true"),
        (
            "Manual wheelchair: propels 100 feet and a power wheelchair is not possible in the home.", "Power wheelchair rental x 3 months",
            "manual_wheelchair_feasible", "nil"
        ),
    ] as [(String, String, String, String)])
func trialListOutcomes(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
