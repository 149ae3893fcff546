import IMRFacts
import Testing

/// The worker asking for early refills is aberrant behaviour of the history, not a sentence about
/// the request under review (`review_qualifier`, time.cues).
@Suite struct AberrantBehaviorWordingTests {
    @Test(
        arguments: [
            // (summary, aberrant_behavior)
            ("He requested early refills.", "true"),
            ("She has requested early refills of Norco twice.", "true"),
            ("There were repeated requests for early refills.", "true"),
            ("She asked for an early refill last month.", "true"),
            ("He is requesting early refills.", "true"),
            ("He denies requesting early refills.", "false"),
            ("No early refill requests.", "false"),
            // The request under review is still a review sentence.
            ("The request for Norco was non-certified.", nil),
        ] as [(String, String?)])
    func earlyRefillsAskedForAreAberrant(_ summary: String, _ expected: String?) {
        #expect(value(requestFacts("Norco 10/325mg #90", summary: summary), "aberrant_behavior") == expected)
    }

    @Test func theDrugOfSuchASentenceIsTaken() {
        let facts = requestFacts("Norco 10/325mg #90", summary: "She has requested early refills of Norco twice.")
        #expect(value(facts, "already_using") == "true")
    }

    @Test(
        arguments: [
            // (summary, aberrant_behavior): a result affirmed after a denied one is found.
            ("A urine drug screen was negative for oxycodone and positive for methamphetamine.", "true"),
            ("UDS negative for opioids, positive for cocaine.", "true"),
            ("UDS was negative for illicit drugs.", "false"),
            ("The urine drug screen was negative for cocaine and methamphetamine.", "false"),
        ] as [(String, String?)])
    func aResultAffirmedAfterADeniedOne(_ summary: String, _ expected: String?) {
        #expect(value(requestFacts("Percocet 5/325 #120", summary: summary), "aberrant_behavior") == expected)
    }
}
