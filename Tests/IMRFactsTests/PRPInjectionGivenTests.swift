import Testing

// A platelet-rich plasma injection given before (`prp_injection_given`; ODG Elbow, Platelet-rich
// plasma, as usually quoted: "Recommended single injection"): one told had, received, undergone,
// prior, previous or s/p; false when none is told given. Must not: a PRP offered, declined or planned,
// a steroid injection given. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("She had a PRP injection to the right elbow in 03/2016.", "PRP injection, right elbow", "prp_injection_given", "true"),
        ("Previous platelet-rich plasma injection gave two months of relief.", "PRP injection, left elbow", "prp_injection_given", "true"),
        ("He is s/p PRP to the common extensor origin, 02/2016.", "PRP injection, right elbow", "prp_injection_given", "true"),
        ("Since the PRP in May the pain has returned.", "PRP injection, right elbow", "prp_injection_given", "true"),
        ("No prior PRP injection.", "PRP injection, right elbow", "prp_injection_given", "false"),
        ("She has never had PRP or any other injection.", "PRP injection, right elbow", "prp_injection_given", "false"),
        // Must not: offered, declined, planned, or another injection given.
        (
            "PRP declined by the carrier; a second steroid injection gave three weeks of relief.", "PRP injection, right elbow",
            "prp_injection_given", "nil"
        ),
        ("He had been offered PRP last year.", "PRP injection, right elbow", "prp_injection_given", "nil"),
        ("Plan: one PRP injection under ultrasound, then eccentric exercise.", "PRP injection, right elbow", "prp_injection_given", "nil"),
        ("She had a cortisone injection to the lateral epicondyle in 2015.", "PRP injection, right elbow", "prp_injection_given", "nil"),
    ] as [(String, String, String, String)])
func prpInjectionGiven(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
