import Testing

// A device's home trial and its outcomes (device_home_trial, device_trial_pain,
// device_trial_function, device_trial_medication; CPMTG pp. 114-120: a one-month home-based trial,
// with "evidence of increased functional improvement, less reported pain and evidence of medication
// reduction" before a purchase). Office sessions during therapy visits are no home trial, and a trial
// only planned is none. New facts: nothing read them on the previous landing's binary (must-read 0 of 6; the must-not rows pass there as not documented).

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "She completed a 30-day home trial of a TENS unit in October: pain 7/10 before and 4/10 after; she now walks 30 minutes, up from 10, and stopped her bedtime tramadol.",
            "TENS unit purchase", "device_home_trial", "true"
        ),
        (
            "She completed a 30-day home trial of a TENS unit in October: pain 7/10 before and 4/10 after; she now walks 30 minutes, up from 10, and stopped her bedtime tramadol.",
            "TENS unit purchase", "device_trial_pain", "true"
        ),
        (
            "She completed a 30-day home trial of a TENS unit in October: pain 7/10 before and 4/10 after; she now walks 30 minutes, up from 10, and stopped her bedtime tramadol.",
            "TENS unit purchase", "device_trial_function", "true"
        ),
        (
            "She completed a 30-day home trial of a TENS unit in October: pain 7/10 before and 4/10 after; she now walks 30 minutes, up from 10, and stopped her bedtime tramadol.",
            "TENS unit purchase", "device_trial_medication", "true"
        ),
        (
            "Interferential unit, one-month home rental (09/2016): used daily after work; he went back to full duty and cut his ibuprofen from three tablets a day to one.",
            "Interferential unit purchase", "device_home_trial", "true"
        ),
        (
            "Interferential unit, one-month home rental (09/2016): used daily after work; he went back to full duty and cut his ibuprofen from three tablets a day to one.",
            "Interferential unit purchase", "device_trial_medication", "true"
        ),
        (
            "H-wave trial at home x 30 days: logs show use twice daily, pain from 6/10 to 3/10, sitting tolerance from 20 to 45 minutes.",
            "H-wave device purchase", "device_home_trial", "true"
        ),
        (
            "H-wave trial at home x 30 days: logs show use twice daily, pain from 6/10 to 3/10, sitting tolerance from 20 to 45 minutes.",
            "H-wave device purchase", "device_trial_pain", "true"
        ),
        (
            "H-wave trial at home x 30 days: logs show use twice daily, pain from 6/10 to 3/10, sitting tolerance from 20 to 45 minutes.",
            "H-wave device purchase", "device_trial_function", "true"
        ),
        (
            "The rented TENS unit was used at home for a month with no change in her pain, 7/10 before and 7/10 after.",
            "TENS unit purchase", "device_home_trial", "true"
        ),
        (
            "The rented TENS unit was used at home for a month with no change in her pain, 7/10 before and 7/10 after.",
            "TENS unit purchase", "device_trial_pain", "false"
        ),
        (
            "Home TENS trial in August: Oswestry 46% at the start, 30% at the end of the month.", "TENS unit purchase", "device_home_trial",
            "true"
        ),
        (
            "Home TENS trial in August: Oswestry 46% at the start, 30% at the end of the month.", "TENS unit purchase",
            "device_trial_function", "true"
        ),
        (
            "After the 30-day home trial of the interferential unit she stopped taking cyclobenzaprine and vacuums her house again.",
            "Interferential unit purchase", "device_home_trial", "true"
        ),
        (
            "After the 30-day home trial of the interferential unit she stopped taking cyclobenzaprine and vacuums her house again.",
            "Interferential unit purchase", "device_trial_medication", "true"
        ),
    ] as [(String, String, String, String)])
func deviceTrialRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "In the office, interferential current was applied at six visits with her exercises: pain 6/10 to 3/10 for the rest of the day.",
            "Interferential unit purchase", "device_home_trial", "!true"
        ),
        (
            "In the office, interferential current was applied at six visits with her exercises: pain 6/10 to 3/10 for the rest of the day.",
            "Interferential unit purchase", "device_trial_pain", "nil"
        ),
        (
            "TENS was used during physical therapy visits, with relief for a few hours. She has not had a home trial of a unit.",
            "TENS unit purchase", "device_home_trial", "!true"
        ),
        (
            "TENS was used during physical therapy visits, with relief for a few hours. She has not had a home trial of a unit.",
            "TENS unit purchase", "device_trial_pain", "nil"
        ),
        (
            "A 30-day home trial of a TENS unit is planned; she will log her pain and her medication.", "TENS unit 30-day rental",
            "device_home_trial", "!true"
        ),
        (
            "A 30-day home trial of a TENS unit is planned; she will log her pain and her medication.", "TENS unit 30-day rental",
            "device_trial_pain", "nil"
        ),
    ] as [(String, String, String, String)])
func deviceTrialNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// An activity regained in the clause of a drug stopped is read as the drug's, not the trial's: the
// function of this row is not read (its home trial and its medication are, above).
@Test func deviceTrialActivityBesideADrugStoppedIsAKnownGap() {
    let summary =
        "After the 30-day home trial of the interferential unit she stopped taking cyclobenzaprine and vacuums her house again."
    withKnownIssue("an activity regained beside a drug stopped is not read as the trial's function") {
        #expect(value(requestFacts("Interferential unit purchase", summary: summary), "device_trial_function") == "true")
    }
}
