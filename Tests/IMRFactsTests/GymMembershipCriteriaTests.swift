import Testing

// A gym or pool membership's criteria (ODG Low Back and Knee & Leg, Gym memberships: "a documented
// home exercise program with periodic assessment and revision has not been effective and there is
// a need for equipment. Plus, treatment needs to be monitored and administered by medical
// professionals"): the home program revised (home_program_revised), found wanting
// (home_program_ineffective), the equipment it needs (equipment_needed) and the membership's
// supervision (exercise_medically_supervised). New facts, each read from cue data; the rows are
// written in my own wording, must-read beside must-not (a program handed out once, one that
// helps, no equipment needed, a past supervised therapy, living on one's own).

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented)
        (
            "After discharge from therapy he was taught a home exercise program, which his physiatrist has checked and advanced at each monthly visit.",
            "Gym membership, 6 months", "home_program_revised", "true"
        ),
        ("Her HEP has been updated twice by the PT since August.", "Health club membership", "home_program_revised", "true"),
        ("The home program was reviewed on 10/14 and new band exercises were added.", "Gym membership", "home_program_revised", "true"),
        (
            "He was given a printed home exercise sheet at discharge and it has never been changed or reviewed since.", "Gym membership",
            "home_program_revised", "false"
        ),
        ("He was given a home exercise program in May.", "Gym membership", "home_program_revised", "nil"),
        (
            "She has been doing the home exercises daily for four months, but her progress has plateaued.", "Gym membership",
            "home_program_ineffective", "true"
        ),
        (
            "The home exercise program alone has not been enough to restore his lifting tolerance.", "Gym membership, 3 months",
            "home_program_ineffective", "true"
        ),
        (
            "Despite faithful home exercise her quadriceps strength is unchanged since August.", "Gym membership",
            "home_program_ineffective", "true"
        ),
        (
            "He is improving with his home exercise program and walks two miles a day.", "Gym membership", "home_program_ineffective",
            "false"
        ),
        ("She continues her home exercise program.", "Gym membership", "home_program_ineffective", "nil"),
        (
            "The therapist states she cannot progress without resistance machines, which she has no room for at home.", "Pool membership",
            "equipment_needed", "true"
        ),
        ("He requires access to a heated pool for non-weight-bearing exercise.", "Pool membership, 3 months", "equipment_needed", "true"),
        (
            "No special equipment is required for his exercises, which can be done with a towel and a chair.", "Gym membership",
            "equipment_needed", "false"
        ),
        ("The gym has weight machines and a pool.", "Gym membership", "equipment_needed", "nil"),
        (
            "The requested program is supervised by a physical therapist who will send progress notes to the physician.",
            "Gym membership, 12 weeks", "exercise_medically_supervised", "true"
        ),
        (
            "The membership is at a hospital-based medical fitness center, where a physical therapist monitors each session.",
            "Fitness center membership", "exercise_medically_supervised", "true"
        ),
        (
            "He would use the gym on his own in the evenings; there is no supervision by a therapist.", "Gym membership",
            "exercise_medically_supervised", "false"
        ),
        ("The membership would be unsupervised.", "Gym membership", "exercise_medically_supervised", "false"),
        ("He completed 12 supervised physical therapy visits in the spring.", "Gym membership", "exercise_medically_supervised", "nil"),
        ("She lives on her own in a second-floor apartment.", "Gym membership", "exercise_medically_supervised", "nil"),
        (
            "Medically supervised fitness center membership requested by the treating physician.", "Fitness center membership, 3 months",
            "procedure", "gym_membership"
        ),
    ] as [(String, String, String, String)])
func gymMembershipCriteriaRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
