import Testing

// Laboratory monitoring of a drug told lacking (`laboratory_monitoring_lacking`; CPMTG 2009 p. 70,
// NSAIDs: "periodic lab monitoring of a CBC and chemistry profile (including liver and renal function
// tests)"): no tests done or on record, in any order of the words. Must not: a disease of the liver or
// kidney denied, tests told done or ordered, a review's restatement. Written in this project's own
// words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("She takes naproxen daily. No bloodwork has been done since it was started.", "Naproxen 500 mg #60", "true"),
        (
            "Meloxicam 7.5 mg since 2015. Monitoring: no blood count, kidney or liver tests are on record.", "Meloxicam 7.5 mg #30",
            "true"
        ),
        ("He has never had blood work on the diclofenac.", "Diclofenac 75 mg #60", "true"),
        ("Labs have not been checked in the two years she has taken ibuprofen.", "Ibuprofen 800 mg #90", "true"),
        ("A CBC in 2013 was normal; no labs have been drawn since.", "Naproxen 500 mg #60", "true"),
        ("Labs: none on file. Naproxen twice a day.", "Naproxen 500 mg #60", "true"),
        // Must not: a disease denied, tests done or ordered, the review's words.
        ("She takes naproxen daily and has no liver or kidney disease.", "Naproxen 500 mg #60", "nil"),
        ("Labs 11/2016: CBC, creatinine and LFTs within normal limits. Naproxen twice a day.", "Naproxen 500 mg #60", "nil"),
        ("Kidney and liver function tests were ordered today to monitor the meloxicam.", "Meloxicam 15 mg #30", "nil"),
        ("The utilization review noted that no labs were documented. She takes naproxen.", "Naproxen 500 mg #60", "nil"),
    ] as [(String, String, String)])
func laboratoryMonitoringLacking(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "laboratory_monitoring_lacking", expected)
}
