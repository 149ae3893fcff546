import Testing

/// An electrodiagnostic study stated normal beside its name, in a sentence that also names the
/// clinical diagnosis ("cubital tunnel syndrome, clinical, with a normal NCS/EMG"), is a normal
/// study: the condition is what it was done for, not its finding. Must-not rows: a sentence that
/// tells what the study showed, a study stated abnormal, a normal result not beside the study.
@Test(
    arguments: [
        // (summary, electrodiagnostic_abnormal)
        ("Assessment: right cubital tunnel syndrome, clinical, with a normal NCS/EMG.", "false"),
        ("Impression: ulnar neuropathy at the elbow on exam; EMG/NCS negative.", "false"),
        ("Cubital tunnel syndrome; the NCS and EMG were both within normal limits.", "false"),
        ("Diagnosis: left ulnar nerve entrapment at the elbow, electrodiagnostic testing unremarkable.", "false"),
        ("Carpal tunnel syndrome by history and exam, normal EMG.", "false"),
        // Must not: what the study showed, a study abnormal, a normal result about something else.
        ("EMG/NCS showed right cubital tunnel syndrome; normal nerve conduction of the median nerve.", "true"),
        ("NCS/EMG revealed moderate left cubital tunnel syndrome.", "true"),
        ("Cubital tunnel syndrome confirmed by an abnormal NCS.", "true"),
        ("Left cubital tunnel syndrome on NCS/EMG; normal cervical spine MRI.", "true"),
    ] as [(String, String)])
func aStudyStatedNormalBesideItsNameIsNormal(_ summary: String, _ abnormal: String) {
    expectRequestFact(summary, "Left cubital tunnel release", "electrodiagnostic_abnormal", abnormal)
}
