import Testing

// A manual wheelchair tried and failed, told in its own words (manual_wheelchair_feasible; CPMTG
// 2009 p. 99, Power mobility devices: not recommended "if the functional mobility deficit can be
// sufficiently resolved by ... a manual wheelchair", or if the worker "has sufficient upper
// extremity function to propel a manual wheelchair"): pushed with one arm only, given up after a
// few feet or for the arms' pain or weakness, too weak to push, pushed by someone else, a chair
// not safe for the worker. Rows in my own wording; must-not beside must-read (walking a few feet
// with a walker, a transfer to the chair, a grocery cart pushed by a spouse).

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented)
        (
            "In a manual wheelchair he can push only with his left arm and veers to one side.", "Power wheelchair",
            "manual_wheelchair_feasible", "false"
        ),
        (
            "She tried the clinic's manual wheelchair and stopped with shoulder pain after about 20 feet.", "Power wheelchair rental",
            "manual_wheelchair_feasible", "false"
        ),
        ("He is too weak in both arms to propel a manual chair across the carpet.", "Power scooter", "manual_wheelchair_feasible", "false"),
        (
            "His wife has to push him from room to room; he cannot move the manual wheelchair himself.", "Power wheelchair",
            "manual_wheelchair_feasible", "false"
        ),
        (
            "A manual wheelchair is not safe for her because of the wrist fusion and the shoulder tear.", "Power wheelchair",
            "manual_wheelchair_feasible", "false"
        ),
        (
            "With the loaner manual wheelchair he managed only 15 feet before his arms gave out.", "Power wheelchair",
            "manual_wheelchair_feasible", "false"
        ),
        (
            "He propels his manual wheelchair independently around the house and the yard.", "Power wheelchair",
            "manual_wheelchair_feasible", "true"
        ),
        (
            "She uses a manual wheelchair for long distances and walks short distances with a cane.", "Power scooter",
            "manual_wheelchair_feasible", "true"
        ),
        ("He walks only a few feet with the walker before resting.", "Power wheelchair", "manual_wheelchair_feasible", "nil"),
        ("Her shoulder pain is worse with overhead reaching.", "Power wheelchair", "manual_wheelchair_feasible", "nil"),
        ("He cannot move from the bed to the wheelchair without help.", "Power wheelchair", "manual_wheelchair_feasible", "nil"),
        ("His wife has to push the grocery cart when they shop.", "Power scooter", "manual_wheelchair_feasible", "nil"),
    ] as [(String, String, String, String)])
func manualWheelchairTriedAndFailedRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
