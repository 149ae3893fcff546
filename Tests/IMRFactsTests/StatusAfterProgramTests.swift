import Testing

// A work status agreed, expected or planned for after a programme ("will go back to full duty after
// he finishes the conditioning program", "Return to full duty is expected when the program is
// complete"), or named as a goal ("Return-to-work goals: regular duty ..."), is no status now: the
// status told beside it, or none, is. Read as written: a return done after a programme that ended
// ("went back to full duty on 10/03/2016"). Written before the mechanism: on the start build
// (61ce66a) 4 of the 5 must-read rows fail; the 2 must-not rows pass.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "He remains on light duty with no lifting over 15 lb. His supervisor agreed he will go back to full duty after he finishes the conditioning program.",
            "Work conditioning 10 visits", "work_status", "modified_duty"
        ),
        (
            "She is working four-hour shifts at the packing table. Return to full duty is expected when the program is complete.",
            "Work hardening 80 hours", "work_status", "!full_duty"
        ),
        (
            "Off work since 05/2016 on temporary total disability. He should resume regular duty by the end of the six-week program.",
            "Functional restoration program 2 weeks", "work_status", "not_working"
        ),
        (
            "Not working since the injury. Employer letter: her job is held, and she is to return to it full time at the end of the program.",
            "Work hardening 80 hours", "returned_to_work", "!true"
        ),
        (
            "He has been off work since the lift injury in June. Return-to-work goals: regular duty as a warehouse lead, 10-hour shifts.",
            "Work conditioning 12 visits", "work_status", "not_working"
        ),
        (
            "He finished the work hardening program on 09/30/2016 and went back to full duty on 10/03/2016.",
            "Physical therapy 6 visits lumbar", "work_status", "full_duty"
        ),
        (
            "She has worked full duty since the end of the program in August.",
            "Chiropractic 6 visits", "work_status", "full_duty"
        ),
    ] as [(String, String, String, String)])
func statusAfterAProgramIsNotNow(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
