import Testing

// A focal deficit is one reflex or side against the others. One low grade given alike to every
// reflex named and told symmetric, with no side named, is a generalised grade, no deficit; a grade
// that differs from another, or a side named, stays a deficit. Rows in this engineer's own words.
@Test(
    arguments: [
        // (summary, value): a low grade alike and symmetric.
        ("REFLEXES: KNEES 1+, ANKLES 1+ SYMMETRIC.", "nil"),
        ("Knee and ankle jerks 1+ and equal.", "nil"),
        ("Biceps, triceps and brachioradialis reflexes 1+, symmetric.", "!true"),
        ("Patellar 1+ and Achilles 1+, equal side to side.", "nil"),
        // ...and a grade against another, or a side named.
        ("Reflexes: knees 2+, ankles 1+, symmetric.", "true"),
        ("Right ankle jerk 1+, left 2+.", "true"),
        ("Achilles 1+ on the right, otherwise reflexes symmetric.", "true"),
        ("Reflexes symmetric at the knees; left Achilles 1+.", "true"),
        ("Right patellar reflex 1+, ankles 1+, asymmetric.", "true"),
        ("Ankle reflexes 1+ bilaterally, knees 2+ and symmetric.", "true"),
    ] as [(String, String)])
func aLowGradeAlikeAndSymmetricIsNoDeficit(_ summary: String, _ value: String) {
    expectRequestFact(summary, "Lumbar MRI", "neurologic_deficit", value)
}

// A red flag suspected is a red flag (ACOEM ch. 12 pp. 303-304: "red flags (suspected cauda equina,
// tumour, infection, fracture, progressive neuro deficit)"): a spinal fracture not excluded, suspected
// or not ruled out is one, a fracture named by the spine's region too; one excluded, ruled out,
// unlikely, healed or of the past, or of a limb, is none (excluded, ruled out or judged unlikely:
// stated absent, false).
@Test(
    arguments: [
        // (summary, value): suspected.
        ("Assessment: neck injury: cervical fracture or ligament injury not excluded by the NEXUS criteria.", "true"),
        ("A lumbar fracture is suspected.", "true"),
        ("A compression fracture is suspected.", "true"),
        ("Thoracic spine fracture cannot be ruled out after the fall.", "true"),
        ("Infection cannot be ruled out.", "true"),
        // ...and none.
        ("Compression fracture, healed.", "nil"),
        ("Compression fracture was ruled out by CT.", "false"),
        ("No cervical fracture on CT.", "false"),
        ("Remote history of a lumbar fracture.", "nil"),
        ("Lumbar fracture is unlikely.", "false"),
        ("Fracture of the right wrist is suspected.", "nil"),
    ] as [(String, String)])
func aRedFlagSuspectedIsARedFlag(_ summary: String, _ value: String) {
    expectRequestFact(summary, "X-ray cervical spine", "red_flags", value)
}

// A count after a ceiling ("stays within 20 visits", "capped at 20 visits") is a limit, not sessions
// done; a count that opens a parenthesis before a word of sessions done ("(8 done + 6 = 14)") is
// the sessions done. A count done before a ceiling word, or a parenthesis of no done word, is read
// as before. Rows in this engineer's own words.
@Test(
    arguments: [
        // (summary, value): a ceiling, and sessions done told in a parenthesis.
        ("Plan and request: add 6 sessions of CBT over 6 weeks, inside the plan, so that the total stays within 20 visits.", "nil"),
        ("She has had CBT, and the total is capped at 20 visits by the psychologist.", "nil"),
        ("Plan and request: add 6 sessions of CBT over 6 weeks, so that the total stays within 20 visits (8 done + 6 = 14).", "8"),
        ("CBT continues (18 done + 6 = 24 in all).", "18"),
        ("She attended CBT sessions; the count so far (9 completed) is on the log.", "9"),
        // ...and the count done as before.
        ("She completed 12 sessions of CBT within 8 weeks.", "12"),
        ("She had 8 sessions of CBT, up to the 10 visits allowed for the trial.", "8"),
        ("She completed 10 visits of CBT, the most within one trial.", "10"),
        ("She had CBT: 10 visits within the last 3 months.", "10"),
        ("CBT: the plan is 6 sessions (2 per week).", "nil"),
    ] as [(String, String)])
func aCeilingIsNoCountOfSessionsDone(_ summary: String, _ value: String) {
    expectRequestFact(summary, "Psychotherapy x6 sessions", "prior_sessions", value)
}
