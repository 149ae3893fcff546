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

    @Test(
        arguments: [
            // (summary, surgical_candidate): care named as not surgery, in a sentence of the plan,
            // is no candidacy (`nonsurgical`, therapy.cues) ...
            ("Non-surgical candidate.", "false"),
            ("She is a nonsurgical candidate.", "false"),
            ("He is a non-operative candidate at this time.", "false"),
            ("Non-operative management is recommended.", "false"),
            ("Plan: continue nonoperative care.", "false"),
            // ... while a surgery planned beside it still is one ...
            ("Surgery is recommended after failed nonoperative treatment.", "true"),
            // ... and the care itself plans nothing ("non-specific" is no "non-surgical").
            ("She has failed non-surgical treatment.", nil),
            ("Non-specific low back pain.", nil),
        ] as [(String, String?)])
    func careNamedAsNotSurgeryIsNoCandidacy(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "surgical_candidate") == expected)
    }

    @Test(
        arguments: [
            // (summary, conservative_care_given, conservative_care_failed): non-surgical care is
            // conservative care (`abbreviations`: "non-surgical" for "conservative").
            ("She has failed non-surgical treatment.", "true", "true"),
            ("Continue non-surgical care.", "true", nil),
            ("Nonoperative management has failed.", "true", "true"),
            ("Despite nonsurgical care, the pain persists.", "true", "true"),
        ] as [(String, String?, String?)])
    func nonSurgicalCareIsConservativeCare(_ summary: String, _ given: String?, _ failed: String?) {
        let facts = summaryFacts(summary)
        #expect(value(facts, "conservative_care_given") == given)
        #expect(value(facts, "conservative_care_failed") == failed)
    }

    @Test(
        arguments: [
            // (summary, prior_surgery of the lumbar spine): the surgery word of "non-surgical" names no surgery.
            ("She had non-surgical treatment of the lumbar spine in 2015.", nil),
            ("Past history included nonsurgical management of the low back.", nil),
            ("She underwent an L4-5 fusion in 2014.", "true"),
            ("She had surgical treatment of the lumbar spine in 2015.", "true"),
        ] as [(String, String?)])
    func nonSurgicalCareIsNoSurgery(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "prior_surgery") == expected)
    }
}
