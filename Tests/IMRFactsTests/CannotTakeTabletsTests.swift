import Testing

// A worker who cannot take tablets or capsules (`cannot_take_tablets`), the one reason a compounded
// oral suspension is given over the tablet (RX-SUSP-1): a swallowing trouble of any cause, a feeding
// tube. Must not: swallowing told normal, a dysphagia denied, a drug named alone. Written in this
// project's own words.

@Test(
    arguments: [
        // (summary, request, expected: a value, "nil" for not documented, "!value" for any other)
        ("Since the C5-6 fusion she has dysphagia and chokes on pills.", "Fanatrex 25 mg/ml oral suspension 420 ml", "true"),
        ("He has a PEG tube after the crush injury to his face.", "Synapryn 10 mg/ml oral suspension 500 ml", "true"),
        ("She cannot swallow tablets since the jaw fracture was wired.", "Tabradol 1 mg/ml oral suspension 250 ml", "true"),
        ("Reports difficulty swallowing large capsules.", "Fanatrex 25 mg/ml oral suspension 420 ml", "true"),
        ("No dysphagia. Neck supple, trachea midline.", "Fanatrex 25 mg/ml oral suspension 420 ml", "false"),
        ("He swallows pills without difficulty.", "Synapryn 10 mg/ml oral suspension 500 ml", "false"),
        // Must not: nothing told of swallowing, another person's trouble.
        ("Her mother has had trouble swallowing since her stroke.", "Fanatrex 25 mg/ml oral suspension 420 ml", "nil"),
        ("She takes Fanatrex daily and reports less burning in the foot.", "Fanatrex 25 mg/ml oral suspension 420 ml", "nil"),
        ("The pills were changed to a liquid by the pharmacy.", "Fanatrex 25 mg/ml oral suspension 420 ml", "nil"),
    ] as [(String, String, String)])
func cannotTakeTablets(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "cannot_take_tablets", expected)
}
