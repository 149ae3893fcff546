import Testing

// The antidepressant trials told failed (`failed_antidepressant_trials`; ODG Mental Illness &
// Stress, ECT: failure of medication trials; TMS: failure of at least three trials of two classes),
// in a crisis team's list, a psychiatrist's dictation, an adviser's narrative, a terse pharmacy
// line. Must-not rows beside them (more): a trial ongoing or not yet at its dose, one stopped for
// its cost, a drug of another class (augmentation with aripiprazole, lithium), a failure of other
// care, a plan, the review's words, a benefit.
@Test(
    arguments: [
        // (summary, expected count or nil)
        (
            "Treatment history: sertraline to 200 mg 12 weeks (no response); venlafaxine XR to 225 mg 10 weeks (no response); "
                + "venlafaxine augmented with aripiprazole 5 mg 8 weeks (no response); bupropion added 6 weeks (no response).", "3"
        ),
        (
            "He has failed adequate trials of sertraline 200 mg x 10 weeks, venlafaxine 225 mg x 8 weeks and augmentation with aripiprazole.",
            "2"
        ),
        ("Zoloft was not tolerated because of nausea. Lexapro 20 mg for three months without benefit.", "2"),
        ("Per her psychiatrist she has failed three antidepressants since 2015.", "3"),
        ("Meds tried: fluoxetine - no improvement; duloxetine - ineffective.", "2"),
        ("The worker did not respond to citalopram, given for two months at full dose.", "1"),
        ("Prior trials: Paxil x 8 wks, no response.", "1"),
        // Must-not.
        ("Sertraline 50 mg started 12/2016, 3 weeks at the starting dose, not yet increased; no other antidepressant ever.", nil),
        ("Currently on venlafaxine 150 mg, no response so far.", nil),
        ("Trintellix failed: the insurance would not cover it.", nil),
        ("Aripiprazole augmentation was ineffective.", nil),
        ("Lithium was added without benefit.", nil),
        ("He failed physical therapy and is now on duloxetine 60 mg.", nil),
        ("Gabapentin failed for the neuropathic pain; sertraline 100 mg helps his mood.", nil),
        ("Plan: start sertraline; if no response in 6 weeks, switch to venlafaxine.", nil),
        ("No antidepressant has been tried.", nil),
        ("Sertraline 100 mg daily with good response.", nil),
        ("He has failed two courses of physical therapy and three epidural injections.", nil),
    ] as [(String, String?)])
func theAntidepressantTrialsToldFailedAreCounted(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Electroconvulsive therapy, up to 12 treatments", summary: "Major depressive disorder since 2015. " + summary)
    #expect(value(facts, "failed_antidepressant_trials") == expected, "\(summary)")
}
