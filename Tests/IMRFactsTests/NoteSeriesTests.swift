import Testing

// Facts a note's series tells by its structure (twenty-ninth session, in this project's own voices,
// not a letter's): a therapy note's own visit number, a count line of the series after the line
// that names the therapy, a log of numbered sessions. Must-not rows beside them: the plan's visits
// still to come, a follow-up in weeks, a frequency, a count of another therapy's series. Written
// before the mechanism: on the start build (913007d1) the must-read rows read no sessions.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other, "nil" none)
        (
            "Ms. Serra, 36, a cashier, has left shoulder pain since 02/2016.\nPT daily note 05/17/2016 (Visit 9 of 12)\nS: sleeping better, sore reaching up.\nO: flexion 150.\nP: 3 remaining visits.",
            "Physical therapy x 6 left shoulder", "prior_sessions", "9"
        ),
        (
            "Ms. Serra, 36, a cashier, has left shoulder pain since 02/2016.\nPT daily note 05/17/2016 (Visit 9 of 12)\nS: sleeping better, sore reaching up.\nP: 3 remaining visits.",
            "Physical therapy x 6 left shoulder", "physical_medicine_sessions", "9"
        ),
        (
            "Mr. Abe, 35, a mechanic, has low back pain since 08/2016. Physical therapy visit #4 on 10/03/2016: tolerated core work, pain 5/10.",
            "Physical therapy 2x4 lumbar", "prior_sessions", "4"
        ),
        (
            "Mr. Abe, 35, a mechanic, has low back pain since 08/2016. Chiropractic progress note 10/03/2016 (tx #3). S: stiff in the mornings. O: L4-5 fixation. P: 2x/wk.",
            "Chiropractic manipulation x 6 lumbar", "prior_sessions", "3"
        ),
        (
            "Mr. Ibarra, 33, a landscaper, has low back pain since 04/2016.\nChiropractic progress note 06/21/2016\nTotal sessions to date: 2\nToday: lumbar adjustment, soft tissue work.\nPlan: 4 more sessions, then reassess.",
            "Chiropractic manipulation x 4 lumbar", "prior_sessions", "2"
        ),
        (
            "Mr. Ibarra, 33, a landscaper, has low back pain since 04/2016.\nPhysical therapy progress note 06/21/2016\nVisits to date: 8\nLifting 20 lb floor to waist.\nPlan: 4 more visits.",
            "Physical therapy x 4 lumbar", "physical_medicine_sessions", "8"
        ),
        (
            "Ms. Chu, 58, a typist, has neck pain since 2015.\nAcupuncture log:\n09/01/2016 - session 1, pain 7/10\n09/08/2016 - session 2, pain 6/10\n09/15/2016 - session 3, pain 5/10\nShe turns her head to drive more easily.",
            "Acupuncture x 6 neck", "prior_sessions", "3"
        ),
        (
            "Ms. Chu, 58, a typist, has neck pain since 2015.\nAcupuncture log:\n09/01/2016 - session 1, pain 7/10\n09/08/2016 - session 2, pain 6/10\nShe turns her head to drive more easily.",
            "Acupuncture x 6 neck", "prior_therapy", "true"
        ),
        // Must-not: the plan's visits to come, a follow-up in weeks, a frequency, another
        // therapy's series.
        (
            "Mr. Abe, 35, a mechanic, has right shoulder pain since 08/2016. PT note 10/03/2016: S: 5/10. O: flexion 130. P: 4 more visits, then home program.",
            "Physical therapy x 8 right shoulder", "prior_sessions", "!4"
        ),
        (
            "Mr. Abe, 35, a mechanic, has right shoulder pain since 08/2016. Plan: start PT, sessions 2 times a week; follow-up visit 2 weeks.",
            "Physical therapy x 8 right shoulder", "prior_sessions", "nil"
        ),
        (
            "Mr. Abe, 35, a mechanic, has low back pain since 08/2016.\nAcupuncture note 10/03/2016\nTotal sessions to date: 5\nPlan: chiropractic care to start next week.",
            "Chiropractic manipulation x 6 lumbar", "prior_sessions", "nil"
        ),
    ])
func therapyNoteSeriesCounts(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// A form's one-letter answers beside a header's names: a person's initial before a name and a
// credential ("Referring: N. Abadi, MD") is no answer "N" to the label before it; a form's real
// answers still are, each of its own item only ("Tobacco: Y (half a pack a day)  Drugs: N": the
// "N" is the drugs', not the tobacco's).
@Test(
    arguments: [
        (
            "Ms. Dunn, 49, a clerk, has low back pain since 2014.\nSmoker: N\nDiabetes: N\nGrade 1 spondylolisthesis at L4-5 with motion on flexion-extension films.",
            "Lumbar fusion L4-5", "smoker", "false"
        ),
        (
            "Ms. Dunn, 49, a clerk, has low back pain since 2014. Smoker: N. Lives with her son. Grade 1 spondylolisthesis at L4-5.",
            "Lumbar fusion L4-5", "smoker", "false"
        ),
        (
            "Spine consult 03/02/2016.\nReferring: N. Abadi, MD\nPCP: Y. Torres, DO\nMs. Dunn, 49, a clerk, has low back pain since 2014.\nSocial: Alcohol: N  Tobacco: Y (half a pack a day)  Drugs: N\nGrade 1 spondylolisthesis at L4-5.",
            "Lumbar fusion L4-5", "smoker", "true"
        ),
        (
            "Mr. Pike, 51, a driver, has low back pain since 2015.\nPhysical therapy: N. Osei, DPT; completed 12 visits in 2016.\nFlexion 45 degrees.",
            "Physical therapy x 8 lumbar", "prior_therapy", "true"
        ),
        (
            "Mr. Pike, 51, a driver, has low back pain since 2015.\nPhysical therapy - N. Osei DPT, 12 visits completed 06/2016.\nFlexion 45 degrees.",
            "Physical therapy x 8 lumbar", "prior_sessions", "12"
        ),
        // Must-not: an answer followed by another label or a sentence is still an answer.
        (
            "Ms. Dunn, 49, a clerk, has low back pain since 2014. Smoker: N. Alcohol: N. Grade 1 spondylolisthesis at L4-5.",
            "Lumbar fusion L4-5", "smoker", "!true"
        ),
        (
            "Mr. Pike, 51, a driver, has low back pain since 2015. Home exercises - N. Walks 20 minutes a day.",
            "Physical therapy x 8 lumbar", "home_exercise_program", "!true"
        ),
    ])
func formAnswersBesideNames(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
