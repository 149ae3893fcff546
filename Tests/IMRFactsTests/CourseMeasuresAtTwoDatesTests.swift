import Testing

// A course's benefit as measures at two dates (prior_therapy_benefit; 8 CCR 9792.20(f) and CPMTG 2009
// pp. 98-99: further visits on objective functional improvement): a table of two columns whose values
// are scores over their own scale ("initial / today: LEFS: 18/80 / 47/80"), two dated values of one
// measure in two clauses ("Oswestry 62% in 08/2016; 38% on 11/28/2016") or in two sentences of the
// course ("At the initial evaluation the Oswestry was 62%. ... At the re-evaluation on 11/01/2016 the
// Oswestry was 38%"), each ordered by its dates or its times, and its direction and size (worse, or
// better by less than the change that counts, is no benefit). Must-not: two sides, a goal, a drug's
// change, one value alone, two values of no known time, two knees.
// Committed failing: on the start binary of this session (c6916b0) 2 of 10 must-read and 6 of 6
// must-not rows read as written.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "PT progress note after 10 visits, initial / today: LEFS: 18/80 / 47/80.", "Physical therapy right knee x6",
            "prior_therapy_benefit", "true"
        ),
        (
            "After 8 physical therapy visits: LEFS 22/80 at intake, 51/80 at discharge.", "Physical therapy left knee x6",
            "prior_therapy_benefit", "true"
        ),
        (
            "After 8 physical therapy visits: LEFS 51/80 at intake, 40/80 at discharge.", "Physical therapy left knee x6",
            "prior_therapy_benefit", "false"
        ),
        (
            "He has had 12 chiropractic visits since August. Oswestry 62% in 08/2016; 38% on 11/28/2016. He still has morning stiffness.",
            "Chiropractic 6 additional visits", "prior_therapy_benefit", "true"
        ),
        (
            "He has had 12 chiropractic visits since August. Oswestry 38% on 08/15/2016; 52% on 11/28/2016.",
            "Chiropractic 6 additional visits", "prior_therapy_benefit", "false"
        ),
        (
            "She began physical therapy on 09/06/2016. At the initial evaluation the Oswestry was 62%. She completed 10 visits. At the re-evaluation on 11/01/2016 the Oswestry was 38%.",
            "Physical therapy lumbar spine x6", "prior_therapy_benefit", "true"
        ),
        (
            "Acupuncture, 6 sessions, 09/2016 to 10/2016. NDI on 09/07/2016: 40%. Today, after the sixth session, her NDI is 22%.",
            "Acupuncture 6 additional sessions", "prior_therapy_benefit", "true"
        ),
        (
            "QME re-examination. Chiropractic treatment, twelve visits, was given between the two examinations. On 03/02/2016 cervical rotation was 40 degrees to the left; today, 11/15/2016, cervical rotation is 45 degrees to the left.",
            "Chiropractic 6 visits cervical spine", "prior_therapy_benefit", "false"
        ),
        (
            "Occupational therapy x10 was completed. Grip (R): 14 kg at the first visit, 26 kg today.",
            "Occupational therapy right hand x6",
            "prior_therapy_benefit", "true"
        ),
        (
            "Summary of 8 PT visits. Measure (initial / current): Oswestry 46% / 28%; sitting tolerance 15 / 45 minutes.",
            "Physical therapy lumbar spine x6", "prior_therapy_benefit", "true"
        ),
    ] as [(String, String, String, String)])
func courseMeasuresRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "She completed 6 therapy visits. Grip 18 kg on the right and 30 kg on the left.", "Physical therapy right hand x6",
            "prior_therapy_benefit", "!true"
        ),
        (
            "She completed 12 PT visits. Goal: flexion from 78 to 150 degrees.", "Physical therapy right shoulder x8",
            "prior_therapy_benefit", "!true"
        ),
        (
            "She completed 8 PT visits in 2015. On Norco her walking tolerance went from 10 to 40 minutes.",
            "Physical therapy lumbar spine x6",
            "prior_therapy_benefit", "!true"
        ),
        (
            "She completed 8 PT visits. LEFS today is 47/80.", "Physical therapy left knee x6", "prior_therapy_benefit",
            "!true"
        ),
        (
            "She completed 8 PT visits. The Oswestry was 30%. In another note the Oswestry was 48%.", "Physical therapy lumbar spine x6",
            "prior_therapy_benefit", "!false"
        ),
        (
            "He completed 10 PT visits for the right knee. Right knee flexion is 95 degrees; left knee flexion is 130 degrees.",
            "Physical therapy right knee x6", "prior_therapy_benefit", "!true"
        ),
    ] as [(String, String, String, String)])
func courseMeasuresNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
