import IMRFacts
import Testing

// Therapy done (prior_therapy, prior_sessions) is not:
// - an evaluation, assessment, screening, consultation or intake for the therapy or program (an
//   entry evaluation is a functional restoration program's criterion, not a program done);
// - sessions of another service counted in its sentence ("four counseling sessions" are not days
//   of a program);
// - therapy planned: the plan's course ("Plan: PT twice a week for three weeks (6 visits)") is the
//   request, not its history, unless the sentence says sessions were done.

let programRequest = "Functional restoration program, 80 hours over 2 weeks"
let therapyRequest = "Physical therapy 2x4 lumbar spine"
let postoperativeRequest = "Post-operative physical therapy, right knee, 6 visits"

@Test(
    arguments: [
        // (summary, request, prior_therapy)
        // An evaluation, assessment, screening, consultation or intake: not the therapy given.
        (
            "An interdisciplinary evaluation on 11/15/2016 measured her baseline function and found moderate depression, since treated with sertraline and four counseling sessions.",
            programRequest, "false"
        ),
        (
            "She was screened for the functional restoration program on 10/03/2016 and found to be a good candidate.", programRequest,
            "false"
        ),
        ("FRP intake assessment 11/02/2016: sitting tolerance 20 minutes, lifting 10 pounds.", programRequest, "false"),
        (
            "A multidisciplinary assessment for a functional restoration program was done on 11/15/2016 with baseline testing.",
            programRequest, "false"
        ),
        ("He was evaluated for the HELP program in October and is motivated to return to work.", programRequest, "false"),
        ("Initial physical therapy evaluation on 09/14/2016 found lumbar flexion of 40 degrees.", therapyRequest, "false"),
        ("PT eval 12/01/2016: antalgic gait, flexion 30 deg, no treatment yet.", therapyRequest, "false"),
        ("A consultation with physical therapy on 10/02/2016 recommended a home program first.", therapyRequest, "false"),
        ("She was referred for a physical therapy assessment, done on 11/01/2016.", therapyRequest, "false"),
        // The therapy given, with or after its evaluation.
        ("She had a physical therapy evaluation and 12 sessions of treatment in 2016.", therapyRequest, "true"),
        ("PT eval and treat x 8 visits were completed in October.", therapyRequest, "true"),
        ("He completed 4 weeks of a functional restoration program in 2015.", programRequest, "true"),
        ("After an intake evaluation she attended a functional restoration program for two weeks in 2015.", programRequest, "true"),
        ("Following the physical therapy evaluation she attended six visits of therapy with some gain.", therapyRequest, "true"),
    ] as [(String, String, String?)])
func anEvaluationOfAnyTherapyIsNotTheTherapyGiven(_ summary: String, _ request: String, _ prior: String?) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy") == prior, "\(summary)")
}

@Test(
    arguments: [
        // (summary, request, prior_sessions)
        ("Her depression was treated with sertraline and four counseling sessions after the program evaluation.", programRequest, nil),
        ("She has had 6 psychology sessions and a functional restoration program screening.", programRequest, nil),
        ("He attended six counseling sessions; PT x 12 visits was completed in 2016.", therapyRequest, "12"),
        ("She completed 12 sessions of physical therapy in 2016.", therapyRequest, "12"),
    ] as [(String, String, String?)])
func sessionsOfAnotherServiceAreNotTheRequestedOnes(_ summary: String, _ request: String, _ sessions: String?) {
    #expect(value(requestFacts(request, summary: summary), "prior_sessions") == sessions, "\(summary)")
}

@Test(
    arguments: [
        // (summary, request, prior_therapy true?)
        // Therapy planned: the plan's course is not therapy done.
        (
            "Plan: post-operative physical therapy twice a week for three weeks (6 visits), then reassess and progress to a home program.",
            postoperativeRequest, false
        ),
        ("Will start post-op PT 2x/week x 4 weeks (8 visits) once the portals heal.", postoperativeRequest, false),
        ("Recommend 12 sessions of post-operative physical therapy to the right knee.", postoperativeRequest, false),
        ("She is scheduled to begin post-op PT, 6 visits, next Monday.", postoperativeRequest, false),
        ("The surgeon ordered post-operative physical therapy three times weekly for 4 weeks.", postoperativeRequest, false),
        ("P: post-op PT 2x6 and a home exercise program.", postoperativeRequest, false),
        ("She is to attend 8 visits of post-operative therapy over four weeks.", postoperativeRequest, false),
        ("She has had no physical therapy since surgery; post-op PT 2x3 is planned.", postoperativeRequest, false),
        ("Physical therapy 2 times a week for 4 weeks (8 visits) is requested for the lumbar spine.", therapyRequest, false),
        // A course planned: "course" tells no course done.
        ("A course of 6 acupuncture visits is planned.", "Acupuncture x6 lumbar spine", false),
        ("A course of physical therapy, 8 visits, is recommended for the lumbar spine.", therapyRequest, false),
        ("The plan includes a 4-week course of PT at 2 visits a week.", therapyRequest, false),
        ("He was given a referral for a course of chiropractic care, 6 visits.", "Chiropractic x6 lumbar spine", false),
        ("Recommend a short course of acupuncture (six sessions).", "Acupuncture x6 lumbar spine", false),
        ("A course of post-operative therapy will begin once the sutures are out.", postoperativeRequest, false),
        // Therapy done, in a sentence of the plan or not.
        ("She completed a course of 12 PT visits in 2015.", therapyRequest, true),
        ("A course of six acupuncture treatments was completed in June with less pain.", "Acupuncture x6 lumbar spine", true),
        ("He had a course of physical therapy in 2016 without benefit.", therapyRequest, true),
        ("After a course of 8 chiropractic visits his pain improved; 6 more are requested.", "Chiropractic x6 lumbar spine", true),
        ("She has completed 6 post-op PT visits with flexion now 110 degrees.", postoperativeRequest, true),
        ("Post-operative physical therapy x 8 visits was completed in November; plan a home program.", postoperativeRequest, true),
        ("Post-op PT: 6 visits done, motion improving; plan 6 more visits.", postoperativeRequest, true),
        ("Plan: continue post-op physical therapy; she has attended 6 of 12 visits.", postoperativeRequest, true),
        ("She attended 8 physical therapy visits in October with some relief; plan 8 more.", therapyRequest, true),
    ] as [(String, String, Bool)])
func plannedTherapyIsNotTherapyDone(_ summary: String, _ request: String, _ prior: Bool) {
    #expect((value(requestFacts(request, summary: summary), "prior_therapy") == "true") == prior, "\(summary)")
}
