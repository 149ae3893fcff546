import IMRFacts
import Testing

// A work status a plan sets for later is no status now: a later step of a plan right before it in
// a sentence of the plan (`work_plan_steps` in a `Plan:` or `Recommendation:` section: "...,
// then full duty"), or a status told expected right before it (`work_expected`: "expected return
// to full duty in 10-12 weeks"). A status told as a step of the history ("2 weeks off then modified
// duty") is the one reached, and a plan's status with no step before it is the one set now
// ("Plan: modified duty, no lifting over 20 lb"). Rows in this engineer's own words (the first
// follows batch 27's shape).
@Test(
    arguments: [
        // (summary, work_status)
        ("Recommendation: work conditioning, 10 visits over 4 weeks, to close the gap in the grid, then full duty.", "nil"),
        ("Plan: PT twice a week for 4 weeks, then regular duty.", "nil"),
        ("Plan: right bunionectomy next month; expected return to full duty 10-12 weeks.", "nil"),
        ("Anticipated return to modified duty in 4 weeks.", "nil"),
        ("Recommendations: finish the home program, thereafter full duty.", "nil"),
        // ...and the status reached, or set now.
        (
            "Care since injury (7 weeks): PT 9 visits, naproxen 500 BID, 2 weeks off then modified duty (no lifting > 20 lb).",
            "modified_duty"
        ),
        ("Plan: modified duty, no lifting over 20 lb; PT twice a week.", "modified_duty"),
        ("He returned to full duty as expected on 09/01/2016.", "full_duty"),
        ("Off work 2 weeks, then light duty since 07/15.", "modified_duty"),
    ] as [(String, String)])
func aStatusAPlanSetsForLaterIsNoneNow(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Work conditioning, 10 visits", "work_status", expected)
}

// A surgery offered to the worker, who has not chosen it, is only weighed (`surgery_considered`:
// "offered"), and so is each procedure of the operation it names: procedures joined by
// `operation_joiners` words only ("an arthroscopic debridement with subacromial decompression
// offered") share the status word nearest to either. A surgery done, or one offered and declined,
// keeps its own status. Rows in this engineer's own words (the first follows batch 27's shape).
@Test(
    arguments: [
        // (summary, surgery_status)
        (
            "Orthopaedic consultation (09/2016): an arthroscopic debridement with subacromial decompression offered; he is considering it.",
            "nil"
        ),
        ("A right shoulder arthroscopy was offered in 09/2016; he has not decided.", "nil"),
        ("Dr. Lee offered a subacromial decompression and distal clavicle excision on 09/12/2016.", "nil"),
        // ...and a surgery done, or offered and declined.
        ("Right shoulder arthroscopy with subacromial decompression on 09/12/2016.", "done"),
        ("A subacromial decompression was offered in 09/2016 and he declined it.", "denied"),
    ] as [(String, String)])
func anOperationOfferedIsOnlyWeighed(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Post-operative physical therapy, right shoulder, 12 visits", "surgery_status", expected)
}
