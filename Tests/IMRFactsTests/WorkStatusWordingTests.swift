import IMRFacts
import Testing

/// The worker back at his or her own job, named as the job rather than as "work", and the way back
/// denied (`work`, outcomes.cues).
@Suite struct WorkStatusWordingTests {
    @Test(
        arguments: [
            // (summary, returned_to_work, work_status)
            ("He has been able to go back to his regular welding job since July 2016.", "true", "full_duty"),
            ("She returned to her usual job in May.", "true", "full_duty"),
            ("He went back to his job as a mechanic.", "true", "full_duty"),
            ("He is unable to go back to his regular job.", "false", "not_working"),
            ("She could not go back to her job as a cashier.", "false", "not_working"),
            // A goal is no status.
            ("His goal is to return to his regular job.", nil, nil),
        ] as [(String, String?, String?)])
    func theWorkersOwnJob(_ summary: String, _ returned: String?, _ status: String?) {
        let facts = summaryFacts(summary)
        #expect(value(facts, "returned_to_work") == returned)
        #expect(value(facts, "work_status") == status)
    }
}
