import IMRFacts
import Testing

/// A "without" belongs to the complaint before it: a comma before a new complaint (a side or a
/// region: `complaint_openers`) ends its reach (`attached_negation`, negation.cues), while a
/// list after it, and a "no" or "denies" that governs a list, are still denied.
@Suite struct RegionalNeuroFindingsWordingTests {
    @Test(
        arguments: [
            // (summary, regional_neuro_findings of a lumbar request)
            ("Neck pain without radicular symptoms, low back pain radiating to the left leg.", "true"),
            ("Neck pain w/o radiation, low back pain radiating to the right leg.", "true"),
            ("Neck pain without radiation, left leg numbness.", "true"),
            ("Low back pain radiating to the left leg; neck pain without radiation.", "true"),
            // The list after a "without", and a denial that governs a list, are still denied.
            ("Low back pain without radiation, numbness, tingling or weakness in the legs.", "false"),
            ("She denies neck pain, low back pain radiating to the left leg.", "false"),
            ("Low back pain without radiation to the legs.", "false"),
        ] as [(String, String?)])
    func withoutEndsAtANewComplaint(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "regional_neuro_findings") == expected)
    }
}
