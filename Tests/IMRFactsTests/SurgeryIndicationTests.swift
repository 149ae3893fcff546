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

// Failed back surgery syndrome's stimulator needs "primarily lower extremity radicular pain" (CPMTG
// p. 106): the radiation told by its path into a limb is read as radiculopathy_suspected beside the
// word "radiating"; a pain denied its path, and a limb's own pain, are not.
@Test(
    arguments: [
        ("Since the fusion he has burning pain down the right leg to the foot, worse than the back pain.", "true"),
        ("The pain shoots into the left leg below the knee when she stands.", "true"),
        ("Her neck pain travels down the arm to the fingers.", "true"),
        ("He denies pain down the legs; the pain stays in the low back.", "false"),
        ("His knee pain is worse going down stairs.", "nil"),
        ("She has aching pain in both legs after long shifts on concrete.", "nil"),
    ] as [(String, String)])
func radiationToldByItsPathRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "The 51-year-old worker injured the low back on 03/03/2013 and had an L4-5 fusion in 2014. " + sentence,
        "Spinal cord stimulator trial", "radiculopathy_suspected", expected)
}

// The acromioplasty's subjective findings (ODG Shoulder, Surgery for impingement syndrome, criterion
// 2: "Pain at night"), read as night_pain: the night's pain told in a clinician's words (must-read),
// told denied or slept through (false), and a night not about pain (must-not).
@Test(
    arguments: [
        ("The shoulder pain wakes her at night when she rolls onto it.", "true"),
        ("He reports night pain and cannot sleep on the right shoulder.", "true"),
        ("She is awakened by pain two or three times a night.", "true"),
        ("He denies night pain; the pain comes with overhead work.", "false"),
        ("She sleeps through the night without trouble.", "false"),
        ("He works the night shift at a distribution center.", "nil"),
    ] as [(String, String)])
func nightPainRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "The 47-year-old worker injured the right shoulder on 01/05/2016; MRI shows subacromial impingement. " + sentence,
        "Right shoulder arthroscopy with subacromial decompression", "night_pain", expected)
}
