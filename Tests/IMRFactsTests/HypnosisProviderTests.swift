import Testing

// The hypnosis provider's credential (`hypnosis_provider_credentialed`; ODG Mental Illness & Stress,
// Hypnosis, as usually quoted: "credentialed health care professionals, who are properly trained in
// the clinical use of hypnosis"): a health care license or training in clinical hypnosis told; false
// when either is denied or the provider is a lay, stage or unlicensed hypnotist (a stated lack wins
// over a credential named beside it). Must not: a profession named or absent without the provider's
// credential, a hypnosis named without its provider. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Hypnosis by Dr. Ames, a licensed psychologist certified in clinical hypnosis.", "Hypnotherapy x4",
            "hypnosis_provider_credentialed", "true"
        ),
        (
            "The therapist, an LCSW, completed training in clinical hypnosis in 2014.", "Hypnotherapy 6 sessions",
            "hypnosis_provider_credentialed", "true"
        ),
        (
            "She is a licensed clinical social worker who uses hypnosis for trauma.", "Hypnosis, 4 visits",
            "hypnosis_provider_credentialed", "true"
        ),
        (
            "Provider: member of the American Society of Clinical Hypnosis.", "Clinical hypnosis x6", "hypnosis_provider_credentialed",
            "true"
        ),
        ("The hypnotist holds no health care license.", "Hypnotherapy x4", "hypnosis_provider_credentialed", "false"),
        (
            "He is a licensed psychologist but is not trained in clinical hypnosis.", "Hypnotherapy x4", "hypnosis_provider_credentialed",
            "false"
        ),
        ("Sessions with a lay hypnotist at a wellness studio.", "Hypnotherapy x6", "hypnosis_provider_credentialed", "false"),
        ("The provider is an unlicensed hypnotherapist.", "Hypnosis 4 sessions", "hypnosis_provider_credentialed", "false"),
        ("The hypnotist is not credentialed in any health care field.", "Hypnosis 4 sessions", "hypnosis_provider_credentialed", "false"),
        // Must not: a profession alone, present or absent, or hypnosis without its provider.
        (
            "Follow-up with her psychiatrist; no psychologist is available locally.", "Hypnotherapy x4", "hypnosis_provider_credentialed",
            "nil"
        ),
        ("Hypnosis has helped her sleep and nightmares.", "Hypnotherapy x4", "hypnosis_provider_credentialed", "nil"),
        ("She saw a stage show with a hypnotist years ago.", "Hypnotherapy x4", "hypnosis_provider_credentialed", "nil"),
    ] as [(String, String, String, String)])
func hypnosisProviderCredentialed(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
