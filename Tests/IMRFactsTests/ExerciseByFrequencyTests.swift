import Testing

// An exercise programme told by its frequency or its place rather than named (ACOEM ch. 9, a
// subacromial injection after a few weeks of exercise and NSAIDs; CPMTG p. 46, exercise): "exercises
// at the clinic three times a week (7 sessions) and at home daily", "three weeks of daily exercise
// and naproxen", "he exercises daily" are a programme done (`conservative_care_given`,
// `physical_rehabilitation`: `exercise_by_frequency`). Must not: an exercise denied, one only
// planned (given false). Known limit: one only advised ("advised to exercise daily") reads given, as
// any care "advised" does (the care's timing reader has no advice word). Written in this project's
// own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented)
        (
            "05/06 to 05/20: exercises at the clinic three times a week (7 sessions) and at home daily; log signed each day.",
            "Right subacromial corticosteroid injection", "conservative_care_given", "true"
        ),
        (
            "Three weeks of daily exercise and naproxen; elevation pain still limits his work.",
            "Right subacromial corticosteroid injection",
            "conservative_care_given", "true"
        ),
        (
            "He exercises daily with bands for the shoulder.", "Right subacromial corticosteroid injection", "physical_rehabilitation",
            "true"
        ),
        (
            "Shoulder exercises 5 times a week with the trainer since May.", "Right subacromial corticosteroid injection",
            "conservative_care_given", "true"
        ),
        // Must not: denied, planned.
        ("No exercise program; smokes daily.", "Right subacromial corticosteroid injection", "conservative_care_given", "nil"),
        (
            "Plan: exercises at the clinic three times a week for 4 weeks.", "Right subacromial corticosteroid injection",
            "conservative_care_given", "false"
        ),
    ] as [(String, String, String, String)])
func exerciseByFrequency(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
