import IMRFacts
import Testing

// A negation inside a time clause of a list of what the worker did ("left the bed when not asleep in
// 20 minutes, kept screens out of the bedroom") is its own: a verb of a measure kept after the comma
// (`clause_verbs`: "kept", "avoided", "stopped", "took") opens the next item, which the negation
// does not reach. A measure denied in its own clause stays denied. Rows in this engineer's own words
// (the first follows batch 25's shape).
@Test(
    arguments: [
        // (summary, sleep_hygiene_addressed)
        ("She left the bed when not asleep in 20 minutes, kept screens out of the bedroom.", "true"),
        ("She gets up when not sleepy after 20 minutes, kept a fixed bedtime.", "true"),
        ("No naps during the day, avoided caffeine after noon.", "true"),
        ("Did not nap, stopped coffee after lunch.", "true"),
        // ...and a measure denied in its own clause.
        ("She has not kept a sleep routine or a fixed bedtime.", "false"),
        ("Sleep hygiene has not been discussed, and no sleep routine is kept.", "false"),
    ] as [(String, String)])
func aNegationInATimeClauseIsItsOwn(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Trazodone 50 mg #30", "sleep_hygiene_addressed", expected)
}
