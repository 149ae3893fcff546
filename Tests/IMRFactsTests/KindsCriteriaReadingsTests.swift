import Testing

// The readings the thirty-fifth session's clauses of kinds' files rest on (criteria checklists
// docs/checklists/head.md, mental-illness.md and detoxification.md), in my own wording: an earlier
// course of speech therapy and its functional benefit (a further course, 8 CCR 9792.20(f)); a severe
// depression's psychotic features and a high risk of suicide (ECT); a psychiatric illness told
// beyond outpatient care (a detoxification's refractory comorbid psychiatric illness). Must-read
// rows beside must-not rows.

@Test(
    arguments: [
        // (summary, fact, expected: "true", "false", a number, "nil", or "!value" for anything but it)
        (
            "He completed 12 sessions of speech therapy with better word-finding, and he now handles phone calls at work.", "prior_therapy",
            "true"
        ),
        (
            "He completed 12 sessions of speech therapy with better word-finding, and he now handles phone calls at work.",
            "prior_sessions", "12"
        ),
        (
            "He completed 12 sessions of speech therapy with better word-finding, and he now handles phone calls at work.",
            "prior_therapy_benefit", "true"
        ),
        ("He had 12 sessions of speech therapy; his speech and his function did not improve.", "prior_therapy_benefit", "false"),
        ("He completed 12 sessions of physical therapy for the neck, with better motion.", "prior_therapy", "false"),
        ("Plan: speech therapy twice a week for 6 weeks.", "prior_therapy", "false"),
    ] as [(String, String, String)])
func speechTherapyEarlierCourseRead(_ summary: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, "Speech therapy 12 sessions", fact, expected)
}

@Test(
    arguments: [
        // (summary, fact, expected: a value or one term of a list, "!value" for anything but it)
        ("Diagnoses: major depressive disorder, severe, with psychotic features.", "diagnoses", "psychotic_disorder"),
        ("Diagnoses: major depressive disorder, severe, with psychotic features.", "diagnoses", "severe_depression"),
        ("Diagnoses: major depressive disorder, severe, without psychotic features.", "diagnoses", "!psychotic_disorder"),
        ("She attempted suicide by overdose three weeks ago.", "imminent_self_harm_risk", "true"),
        ("She has passive thoughts of death without a plan or intent.", "imminent_self_harm_risk", "!true"),
    ] as [(String, String, String)])
func electroconvulsiveTherapyIndicationsRead(_ summary: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, "Electroconvulsive therapy 6 sessions", fact, expected, anyTerm: true)
}

@Test(
    arguments: [
        // (summary, expected higher_level_of_care_needed: "true", "false" or "!true")
        ("Her depression has decompensated despite weekly psychotherapy and sertraline.", "true"),
        ("Her depression needs a higher level of care than weekly outpatient therapy.", "true"),
        ("Her depression is stable and can be managed as an outpatient.", "false"),
        ("Diagnoses: lumbar strain. She takes Norco twice a day.", "!true"),
    ] as [(String, String)])
func detoxificationRefractoryPsychiatricIllnessRead(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Detoxification program", "higher_level_of_care_needed", expected)
}
