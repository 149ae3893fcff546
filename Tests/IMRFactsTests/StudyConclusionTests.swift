import Testing

// A study told by its values and its conclusion (electrodiagnostic_abnormal,
// electrodiagnostic_findings; ACOEM ch. 10 and 11, surgery for the ulnar and median nerves asks a
// study that confirms the entrapment): the sentence right after the study's, on its line, opened by
// an "Impression:", "Interpretation:" or "Conclusion:" label, is the study's verdict ("... 36 m/s,
// forearm 57 m/s, with a 25% amplitude drop across the elbow. Impression: left ulnar neuropathy at
// the elbow, moderate."). The values themselves (velocities, latencies) are not read against normal
// ranges. Must not: an impression on a line of its own (the visit's assessment), one after a study
// only ordered, one after another sentence (an examination). Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented)
        (
            "EMG/NCS 03/2016: ulnar motor velocity across the elbow 38 m/s, forearm 55 m/s. Impression: left cubital tunnel syndrome.",
            "Left cubital tunnel release", "electrodiagnostic_findings", "cubital_tunnel_syndrome"
        ),
        (
            "NCS 05/2016: median distal motor latency 5.8 ms, sensory latency 4.2 ms. Interpretation: moderate right carpal tunnel syndrome.",
            "Right carpal tunnel release", "electrodiagnostic_abnormal", "true"
        ),
        (
            "Electrodiagnostic study: needle EMG with fibrillations in the L5 muscles. Conclusion: left L5 radiculopathy, active.",
            "Lumbar epidural steroid injection L5-S1", "electrodiagnostic_findings", "radiculopathy"
        ),
        (
            "EMG/NCS 01/2016: all latencies and amplitudes within normal limits. Impression: normal study.", "Left cubital tunnel release",
            "electrodiagnostic_abnormal", "false"
        ),
        // Must not: an impression on its own line, after a study only ordered, after another sentence.
        (
            "EMG/NCS 03/2016: ulnar velocity 55 m/s, normal.\nImpression: left cubital tunnel syndrome, clinical.",
            "Left cubital tunnel release", "electrodiagnostic_abnormal", "false"
        ),
        (
            "EMG/NCS was ordered. Impression: carpal tunnel syndrome.", "Right carpal tunnel release", "electrodiagnostic_findings",
            "nil"
        ),
        (
            "EMG/NCS 02/2016 normal. Exam: Tinel positive at the elbow. Impression: cubital tunnel syndrome.",
            "Left cubital tunnel release", "electrodiagnostic_abnormal", "false"
        ),
    ] as [(String, String, String, String)])
func studyConclusions(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
