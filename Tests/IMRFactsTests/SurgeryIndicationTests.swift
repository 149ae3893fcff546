import Testing

// What a surgery section asks of the case, read in other words than the corpus uses: the diagnostic
// injection test ODG asks before an acromioplasty (ODG Shoulder, Surgery for impingement syndrome,
// criterion 3: "temporary relief of pain with anesthetic injection"), read as injection_test_relief
// (a new declared fact). Must-read rows (relief told however briefly, an injection test told
// positive) beside must-not rows (an injection of another region, an injection only planned, a
// relief told of no injection) and the injection told without relief.
@Test(
    arguments: [
        ("The subacromial injection on 05/02/2016 gave about three weeks of relief.", "true"),
        ("She had good temporary relief from the subacromial steroid injection in June.", "true"),
        ("A diagnostic subacromial injection with lidocaine relieved his pain for several hours.", "true"),
        ("Neer injection test positive at the last visit.", "true"),
        ("The shoulder injection did not help at all.", "false"),
        ("He had no relief from the subacromial cortisone injection.", "false"),
        ("A lumbar epidural injection gave two weeks of relief.", "nil"),
        ("A subacromial injection is planned for the next visit.", "nil"),
        ("Ice and rest give her some relief at night.", "nil"),
    ] as [(String, String)])
func shoulderInjectionTestReliefRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "The 47-year-old worker injured the right shoulder on 01/05/2016; MRI shows subacromial impingement. " + sentence,
        "Right shoulder arthroscopy with subacromial decompression", "injection_test_relief", expected)
}
