import IMRFacts
import Testing

/// Surgery weighed, chosen or turned down in the words of a treating surgeon or a UR nurse
/// (`plan` in time.cues; `declines`/`refused` in `negation_before`).
@Suite struct SurgicalCandidateWordingTests {
    @Test(
        arguments: [
            // (summary, surgical_candidate)
            ("Surgery is being considered.", "true"),
            ("A lumbar decompression is under consideration.", "true"),
            ("The patient wishes to proceed with surgery.", "true"),
            ("He is interested in surgical intervention.", "true"),
            ("Surgery has been recommended.", "true"),
            ("He declines surgery.", "false"),
            ("She refused surgical intervention.", "false"),
            ("No surgery is contemplated.", "false"),
            ("He is not a surgical candidate.", "false"),
            // Surgery done before is no candidacy.
            ("She underwent an L4-5 microdiscectomy in 2014.", nil),
        ] as [(String, String?)])
    func surgeryWeighedOrTurnedDown(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "surgical_candidate") == expected)
    }

    @Test(
        arguments: [
            // (summary, prior_therapy): "considered" alone does not make a judgement of care a plan.
            ("She had 12 sessions of PT, which were considered helpful.", "true"),
            ("PT has been completed; she declined further PT.", "true"),
        ] as [(String, String?)])
    func careGivenStaysGiven(_ summary: String, _ expected: String?) {
        #expect(value(requestFacts("Physical therapy 2x4 lumbar spine", summary: summary), "prior_therapy") == expected)
    }
}
