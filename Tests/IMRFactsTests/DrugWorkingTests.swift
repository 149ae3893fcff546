import IMRFacts
import Testing

/// A drug said to work, or not, is its pain benefit, not the worker's work status
/// (`drug_working`, outcomes.cues): "Norco is not working" says Norco gives no relief.
@Suite struct DrugWorkingTests {
    @Test(
        arguments: [
            // (summary, pain_improved of the requested Norco, work_status)
            ("She takes Norco. Norco is not working.", "false", nil),
            ("She takes Norco. Norco no longer works.", "false", nil),
            ("She takes Norco. Norco has stopped working.", "false", nil),
            ("She takes Norco. The Norco is not working as well.", "false", nil),
            ("She takes Norco; it is not working anymore.", "false", nil),
            ("She takes Norco. Norco doesn't work.", "false", nil),
            ("She takes Norco. Norco is working.", "true", nil),
            ("She takes Norco. Her medications are working.", "true", nil),
            ("She takes Norco 10/325 mg, which is working well.", "true", nil),
            // The worker's work ...
            ("She takes Norco. She is not working.", nil, "not_working"),
            ("She takes Norco and is not working.", nil, "not_working"),
            ("She takes Norco but is not working.", nil, "not_working"),
            // ... another drug's working, and a benefit in the past, say nothing of Norco's.
            ("She takes Norco. Gabapentin is not working.", nil, nil),
            ("She takes Norco. Norco used to work.", nil, nil),
        ] as [(String, String?, String?)])
    func aDrugsWorkingIsItsRelief(_ summary: String, _ relief: String?, _ work: String?) {
        let facts = requestFacts("Norco 10/325mg #90", summary: summary)
        #expect(value(facts, "pain_improved") == relief)
        #expect(value(facts, "work_status") == work)
    }

    @Test(
        arguments: [
            // (summary, pain_improved of the case): the current treatment's relief.
            ("She takes Norco. Norco is not working.", "false"),
            ("Her medications are working.", "true"),
            ("She is not working.", nil),
        ] as [(String, String?)])
    func theCaseReadsItToo(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "pain_improved") == expected)
    }
}
