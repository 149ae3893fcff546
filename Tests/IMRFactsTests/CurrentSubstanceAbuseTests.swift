import Testing

// A substance use disorder current now (`substance_abuse_current`; ODG Pain, Spinal cord stimulators:
// psychological clearance with no current evidence of substance abuse; CPMTG p. 101): its words told of
// the present; denied, sober or in remission, false. Must not: one told only as past, one to be ruled
// out. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Psychological evaluation: active alcohol use disorder, drinking 8-10 beers a day.", "Spinal cord stimulator trial",
            "substance_abuse_current", "true"
        ),
        ("He admits to ongoing methamphetamine use on weekends.", "Spinal cord stimulator trial", "substance_abuse_current", "true"),
        ("Alcohol use disorder, severe; drinks daily.", "Spinal cord stimulator trial", "substance_abuse_current", "true"),
        ("No substance abuse; she does not drink.", "Spinal cord stimulator trial", "substance_abuse_current", "false"),
        (
            "Opioid use disorder, in sustained remission on buprenorphine.", "Spinal cord stimulator trial", "substance_abuse_current",
            "false"
        ),
        // Must not: past only, in doubt.
        ("History of alcohol abuse, sober since 2009.", "Spinal cord stimulator trial", "substance_abuse_current", "!true"),
        ("Remote history of cocaine use in his twenties.", "Spinal cord stimulator trial", "substance_abuse_current", "nil"),
        ("Rule out alcohol use disorder.", "Spinal cord stimulator trial", "substance_abuse_current", "nil"),
    ] as [(String, String, String, String)])
func currentSubstanceAbuse(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
