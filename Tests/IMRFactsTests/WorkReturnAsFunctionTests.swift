import Testing

// A return to work told as a change is functional improvement (functional_improvement; 8 CCR 9792.20(f):
// "a clinically significant improvement in activities of daily living or a reduction in work
// restrictions"): back to work after time off, back to full duty from modified, to a fuller schedule,
// scoped to the treatment as the other function readings are (the drug named with it). A status kept
// ("still works 4-hour modified days", "is working full duty") is no change, nor is a return hoped for,
// another person's, one before the injury, or one denied. Committed failing: on main 2531927 0 of 5
// must-read and 6 of 6 must-not rows read as written.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Since starting duloxetine in June she went from 4-hour modified shifts back to full 8-hour shifts at the post office.",
            "Duloxetine 30 mg #30", "functional_improvement", "true"
        ),
        (
            "He had been off work since the injury. Two months after tramadol was started he returned to work at the body shop.",
            "Tramadol 50 mg #60", "functional_improvement", "true"
        ),
        (
            "On gabapentin she is back to her regular duty as a teacher's aide.", "Gabapentin 300 mg #90", "functional_improvement",
            "true"
        ),
        (
            "Nortriptyline was started in 08/2016; in October her restrictions were lifted and she resumed full duty.",
            "Nortriptyline 25 mg #30", "functional_improvement", "true"
        ),
        (
            "PR-2: meloxicam daily since 02/2016. Went back to a full 40-hour week in April. Knee pain 3/10.", "Meloxicam 15 mg #30",
            "functional_improvement", "true"
        ),
    ] as [(String, String, String, String)])
func workReturnAsFunctionRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "She still works 4-hour modified days and still takes tramadol twice a day. Nortriptyline 25 mg at bedtime.",
            "Nortriptyline 25 mg #30", "functional_improvement", "!true"
        ),
        ("He is working full duty as a mechanic. Naproxen twice a day.", "Naproxen 550 mg #60", "functional_improvement", "!true"),
        (
            "She hopes to go back to full duty once the shoulder allows. Tramadol twice a day.", "Tramadol 50 mg #60",
            "functional_improvement", "!true"
        ),
        (
            "His wife went back to work full time, so he is alone during the day. Norco three times a day.", "Norco 10/325 #90",
            "functional_improvement", "!true"
        ),
        (
            "He returned to work at the plant in 2012, before the injury. Gabapentin three times a day.", "Gabapentin 300 mg #90",
            "functional_improvement", "!true"
        ),
        (
            "He has not returned to work since the injury. Tramadol twice a day.", "Tramadol 50 mg #60", "functional_improvement",
            "!true"
        ),
    ] as [(String, String, String, String)])
func workReturnAsFunctionNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
