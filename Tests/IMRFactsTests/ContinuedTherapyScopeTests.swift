import IMRFacts
import Testing

// Care to come is not care given: a plan, an order to a therapist ("Please evaluate and treat:",
// "Orders:") or a referral names the requested therapy to come, and a `treatment_continued`
// phrase in the same sentence continues only what it governs (the treatment named right after
// it, else right before it): another therapy continued beside the plan
// ("alongside continued physical therapy", "and continued home stretching") or a symptom
// ("ongoing pain") says nothing of the requested therapy (prior_therapy).
@Test(
    arguments: [
        // (request, summary, prior_therapy)
        // ...another therapy or a home programme continued beside the planned one.
        (
            "Trigger point injections x3, trapezius",
            "Plan: trigger point injections, 3 points (1% lidocaine 1 mL each), in one session, with stretching right after and continued home stretching; reassess in 2 weeks.",
            "false"
        ),
        (
            "Cognitive behavioral therapy 4 visits",
            "Plan: refer for cognitive behavioral therapy, an initial trial of 4 visits over 2 weeks with a pain psychologist, alongside continued physical therapy; reassess function after the trial.",
            "false"
        ),
        (
            "Cognitive behavioral therapy 4 visits",
            "We recommend a course of cognitive behavioral therapy, 4 sessions, and ongoing chiropractic care.", "false"
        ),
        ("Acupuncture 6 sessions, lumbar", "Plan: acupuncture 6 sessions and continued physical therapy.", "false"),
        // ...further sessions the plan itself foresees.
        (
            "Cognitive behavioral therapy 4 visits",
            "Plan: referral to a psychologist for cognitive behavioral therapy, an initial 4 sessions over 2 weeks, with reassessment of function and mood before any further sessions.",
            "false"
        ),
        // ...a symptom, not a treatment, goes on.
        ("Acupuncture 6 sessions, lumbar", "Plan: acupuncture 6 sessions for ongoing low back pain.", "false"),
        // ...an order to the therapist, in a slip's words or a note's label.
        (
            "Physical therapy 8 visits, right wrist",
            "Please evaluate and treat: postoperative hand therapy 2x/week x 4 weeks (7 visits), tendon gliding, scar management.",
            "false"
        ),
        ("Physical therapy 8 visits, lumbar", "Orders: physical therapy 2x/week x 4 weeks, lumbar stabilization.", "false"),
        ("Physical therapy 8 visits, lumbar", "Eval and treat: PT lumbar spine 2x4.", "false"),
        // ...and the requested therapy itself continued, before or after its name, or by its count.
        ("Physical therapy 8 visits, lumbar", "Plan: continue physical therapy 2x/week for 4 weeks.", "true"),
        ("Physical therapy 8 visits, lumbar", "Plan: physical therapy continues 2x/week for 4 more weeks.", "true"),
        ("Physical therapy 8 visits, lumbar", "Plan: additional physical therapy, 8 visits.", "true"),
        ("Physical therapy 8 visits, lumbar", "Plan: PT to continue.", "true"),
        ("Acupuncture 6 sessions, lumbar", "Plan: continue acupuncture and physical therapy.", "true"),
        ("Physical therapy 8 visits, lumbar", "Orders: continue physical therapy 2x/week x 4 weeks.", "true"),
        // ...or told done beside the order.
        (
            "Physical therapy 8 visits, lumbar",
            "Please evaluate and treat: physical therapy 2x/week x 4 weeks; 6 visits completed so far with benefit.", "true"
        ),
    ] as [(String, String, String)])
func careToComeIsNotCareGiven(_ request: String, _ summary: String, _ expected: String) {
    expectRequestFact(summary, request, "prior_therapy", expected)
}

// The sessions an order or a plan counts are to come; sessions told done beside it are given
// (prior_sessions).
@Test(
    arguments: [
        // (request, summary, prior_sessions)
        (
            "Physical therapy 8 visits, right wrist",
            "Please evaluate and treat: postoperative hand therapy 2x/week x 4 weeks (7 visits), tendon gliding, scar management.",
            "nil"
        ),
        ("Physical therapy 8 visits, lumbar", "Orders: physical therapy 8 visits, 2x/week x 4 weeks.", "nil"),
        (
            "Physical therapy 8 visits, lumbar",
            "Please evaluate and treat: physical therapy 2x/week x 4 weeks; 6 visits completed so far with benefit.", "6"
        ),
        (
            "Physical therapy 8 visits, lumbar",
            "She completed 12 visits of physical therapy in 2016. Orders: physical therapy 2x/week x 4 weeks.", "12"
        ),
    ] as [(String, String, String)])
func sessionsOrderedAreNotSessionsGiven(_ request: String, _ summary: String, _ expected: String) {
    expectRequestFact(summary, request, "prior_sessions", expected)
}
