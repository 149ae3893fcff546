import Testing

// Work conditioning's criterion (2) (CPMTG 2009 pp. 125-126: "an adequate trial of physical or
// occupational therapy with improvement followed by plateau, but not likely to benefit from
// continued physical or occupational therapy"), read as therapy_plateau (a declared cue fact): the
// therapy's gains told levelled off in several voices (must-read); the worker told still gaining
// from therapy (false); a plateau of pain or of a drug, another person's, therapy merely ended, a
// plateau hoped for (must-not).
@Test(
    arguments: [
        ("After 18 PT visits his lifting improved to 25 lb and then plateaued.", "true"),
        ("The therapist reports she has reached a plateau in occupational therapy.", "true"),
        ("Functional gains have plateaued over the last four visits.", "true"),
        ("He has obtained maximum benefit from physical therapy.", "true"),
        ("He continues to make gains in physical therapy, lifting 5 lb more each week.", "false"),
        ("She is still making progress in therapy and her tolerance is improving.", "false"),
        ("His pain has plateaued at 5/10 on the current medications.", "nil"),
        ("He completed 12 sessions of physical therapy in August.", "nil"),
        ("His coworker plateaued in therapy and went on to a program.", "nil"),
    ] as [(String, String)])
func therapyPlateauRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 11/02/2016: a 38-year-old warehouse selector injured the low back lifting a case on 04/11/2016; he is off work. "
            + sentence,
        "Work hardening program, 10 sessions", "therapy_plateau", expected)
}
