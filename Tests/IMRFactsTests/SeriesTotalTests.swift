import Testing

// A series' total line (thirty-third session, in this project's own voices, not a letter's): under a
// line that names the therapy, a table of the sessions written with bars and then a line that
// totals them ("Total completed: 18 sessions"), or the total line alone ("Completed: 6 visits").
// The table's rows are the series' own: they do not use up the lines read after the heading.
// Must-not rows beside them: a total granted, requested or planned, a total of another therapy, a
// plan's count, a count written onto its unit, a total of a score. Written before the mechanism:
// on the start build (fb881a2d) the must-read rows read no sessions.
private let sessionsTable = """
    | date | pain | tolerance |
    |---|---|---|
    | 09/06 | 7/10 | fair |
    | 09/13 | 6/10 | fair |
    | 09/20 | 6/10 | good |
    | 09/27 | 5/10 | good |
    | 10/04 | 4/10 | good |

    """

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other, "nil" none)
        (
            "Mr. Voss, 39, a bus driver, has PTSD after an assault on 02/2016.\nTreatment to date (individual cognitive behavioral therapy, weekly):\n"
                + sessionsTable + "Total completed: 14 sessions (a 6-session trial, then 8).\nHe drives his route again.",
            "Cognitive behavioral therapy x 6", "prior_sessions", "14"
        ),
        (
            "Mr. Voss, 39, a bus driver, has PTSD after an assault on 02/2016.\nSessions (individual cognitive behavioral therapy, weekly):\n"
                + sessionsTable + "Total completed: 14 sessions.",
            "Cognitive behavioral therapy x 6", "prior_therapy", "true"
        ),
        (
            "Ms. Lund, 52, a baker, has right shoulder pain since 05/2016.\nPhysical therapy, right shoulder:\n" + sessionsTable
                + "Total: 10 visits.",
            "Physical therapy x 6 right shoulder", "prior_sessions", "10"
        ),
        (
            "Ms. Lund, 52, a baker, has low back pain since 05/2016.\nAcupuncture flowsheet\n" + sessionsTable
                + "Total to date: eight treatments",
            "Acupuncture x 6 lumbar", "prior_sessions", "8"
        ),
        (
            "Mr. Hale, 44, a roofer, has low back pain since 06/2016.\nChiropractic care 08/2016-10/2016:\nCompleted to date: 9 visits, pain 7/10 to 4/10.",
            "Chiropractic manipulation x 6 lumbar", "prior_sessions", "9"
        ),
        (
            "Mr. Hale, 44, a roofer, has right elbow pain since 06/2016.\nOT progress note, right elbow.\nSo far: 7 visits; grip 20 to 28 kg.",
            "Occupational therapy x 4 right elbow", "physical_medicine_sessions", "7"
        ),
        // Must-not: a total granted, requested or planned; another therapy's total; a plan's count;
        // a count written onto its unit; a score's total.
        (
            "Mr. Voss, 39, a bus driver, has PTSD after an assault on 02/2016.\nCognitive behavioral therapy:\n" + sessionsTable
                + "Total requested: 6 sessions.",
            "Cognitive behavioral therapy x 6", "prior_sessions", "!6"
        ),
        (
            "Ms. Lund, 52, a baker, has right shoulder pain since 05/2016.\nPhysical therapy, right shoulder:\nTotal authorized: 12 visits.",
            "Physical therapy x 6 right shoulder", "prior_sessions", "nil"
        ),
        (
            "Ms. Lund, 52, a baker, has low back pain since 05/2016.\nPhysical therapy, lumbar:\n" + sessionsTable
                + "Total: 12 visits.\nAcupuncture has not been tried.",
            "Acupuncture x 6 lumbar", "prior_sessions", "nil"
        ),
        (
            "Mr. Hale, 44, a roofer, has low back pain since 06/2016.\nChiropractic care is recommended.\nPlan: 6 visits over 3 weeks.",
            "Chiropractic manipulation x 6 lumbar", "prior_sessions", "nil"
        ),
        (
            "Mr. Voss, 39, a bus driver, has PTSD after an assault on 02/2016.\nCognitive behavioral therapy is proposed:\nTotal planned: 6 sessions.",
            "Cognitive behavioral therapy x 6", "prior_sessions", "nil"
        ),
        (
            "Mr. Voss, 39, a bus driver, has PTSD after an assault on 02/2016.\nCognitive behavioral therapy:\nA 6-session initial trial is proposed.",
            "Cognitive behavioral therapy x 6", "prior_sessions", "nil"
        ),
        (
            "Ms. Lund, 52, a baker, has right shoulder pain since 05/2016.\nPhysical therapy, right shoulder:\n" + sessionsTable
                + "Total DASH score: 40 points.",
            "Physical therapy x 6 right shoulder", "prior_sessions", "nil"
        ),
    ])
func seriesTotalLines(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
