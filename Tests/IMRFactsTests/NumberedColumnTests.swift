import Testing

// A benefit told by a flowsheet's measures whose columns are headed by a visit's or a week's number
// ("| measure | session 1 | session 6 |", "Visit 1 | Visit 10", "Week 0 | Week 6"): the lowest number's
// column is the time before, the highest's the time after (``MeasureChanges``, `measure_column_series`);
// a timed test and the WOMAC are better lower (`measure_lower_percent`). Written in this project's own
// words before the mechanism; on main the must-read rows read no benefit. Must-not: changes below the
// least that counts, a timed test that got slower, a single numbered column beside a goal.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Aquatic therapy flowsheet 09/14/2016. Ms. Varga, 61, a school custodian, has bilateral knee osteoarthritis and a BMI of 41. Aquatic therapy sessions 1-8 (08/15-09/12/2016) in a warm pool:\n| measure | session 1 | session 8 |\n| six-minute walk | 200 m | 290 m |\n| WOMAC function | 48 | 35 |\nShe now shops with a cart.",
            "Aquatic therapy, 4 visits", "prior_therapy_benefit", "true"
        ),
        (
            "PT re-evaluation 10/03/2016. Mr. Ostrowski, 57, a meter reader, has right knee osteoarthritis and has had 10 physical therapy visits since 08/2016.\n| test | visit 1 | visit 10 |\n| five times sit to stand | 24 s | 15 s |\n| knee flexion | 100 deg | 104 deg |",
            "Physical therapy right knee, 6 visits", "prior_therapy_benefit", "true"
        ),
        (
            "Physical therapy progress note 11/07/2016. Ms. Eze, 49, a hotel housekeeper, has left hip osteoarthritis and has attended 12 visits of physical therapy.\nMeasure            Week 0      Week 6\nTimed up and go    18 s        11 s\nWOMAC function     44          40",
            "Physical therapy left hip, 6 additional visits", "prior_therapy_benefit", "true"
        ),
        // Must-not: changes below the least that counts; a timed test slower; one numbered column only.
        (
            "Aquatic therapy flowsheet 09/14/2016. Ms. Varga, 61, a school custodian, has bilateral knee osteoarthritis and a BMI of 41. Aquatic therapy sessions 1-6 (08/15-09/05/2016) in a warm pool:\n| measure | session 1 | session 6 |\n| five times sit to stand | 22 s | 21 s |\n| WOMAC function | 52 | 48 |",
            "Aquatic therapy, 4 visits", "prior_therapy_benefit", "!true"
        ),
        (
            "PT re-evaluation 10/03/2016. Mr. Ostrowski, 57, a meter reader, has right knee osteoarthritis and has had 10 physical therapy visits since 08/2016.\n| test | visit 1 | visit 10 |\n| five times sit to stand | 16 s | 24 s |",
            "Physical therapy right knee, 6 visits", "prior_therapy_benefit", "!true"
        ),
        (
            "PT re-evaluation 10/03/2016. Mr. Ostrowski, 57, a meter reader, has right knee osteoarthritis and has had 10 physical therapy visits since 08/2016.\n| test | visit 10 | goal |\n| five times sit to stand | 15 s | 12 s |\n| six-minute walk | 300 m | 400 m |",
            "Physical therapy right knee, 6 visits", "prior_therapy_benefit", "!true"
        ),
    ])
func numberedColumnFacts(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
