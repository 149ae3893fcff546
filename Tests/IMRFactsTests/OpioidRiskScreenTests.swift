import Testing

// A screen of the risk of opioid misuse before an opioid trial (`opioid_risk_screened`; MTUS Opioid
// Treatment Guidelines 2016, 3.3.1): a named instrument or a risk assessment told done; told not
// done, false. Must not: a psychological evaluation, a history of addiction denied. Written in this
// project's own words.

@Test(
    arguments: [
        // (summary, request, expected: a value, "nil" for not documented, "!value" for any other)
        ("Opioid Risk Tool score 2 (low risk) on 10/3/2016.", "Norco 5/325 mg #30", "true"),
        ("SOAPP-R completed at intake: 12, below the cutoff.", "Tramadol 50 mg #60", "true"),
        ("She was screened for the risk of addiction before the trial was offered.", "Percocet 5/325 mg #40", "true"),
        ("ORT: 3, low risk.", "Norco 5/325 mg #30", "true"),
        ("No opioid risk assessment has been done.", "Norco 5/325 mg #30", "false"),
        ("ORT not done.", "Norco 5/325 mg #30", "false"),
        ("SOAPP was not completed at intake.", "Tramadol 50 mg #60", "false"),
        // Must not: another evaluation, a history denied.
        ("A psychological evaluation found no barriers to treatment.", "Norco 5/325 mg #30", "nil"),
        ("He denies any history of addiction or substance abuse.", "Norco 5/325 mg #30", "nil"),
        ("Plan: orthopedic follow-up in four weeks.", "Norco 5/325 mg #30", "nil"),
    ] as [(String, String, String)])
func opioidRiskScreen(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "opioid_risk_screened", expected)
}
