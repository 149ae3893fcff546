import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

/// Negation reaches the phrase it belongs to, not the next item of a list: "spasms, range of
/// motion within normal limits" documents spasm.
@Test(
    arguments: [
        // (summary, fact, value)
        ("Exam of the low back noted moderate tenderness and spasms, range of motion within normal limits.", "spasm", true),
        ("Paravertebral muscle spasm, lumbar flexion normal, and 5/5 strength.", "spasm", true),
        ("The cervical exam showed guarding and spasm, with motion full and sensation intact.", "spasm", true),
        ("Paraspinal spasm, negative.", "spasm", false),
        ("There was no tenderness, spasm or guarding.", "spasm", false),
        ("Spasm was not noted on examination.", "spasm", false),
        ("Lumbar spasm: none.", "spasm", false),
    ] as [(String, String, Bool)])
func aNegationEndsAtTheNextFindingOfAList(_ summary: String, _ fact: String, _ value: Bool) {
    #expect(summaryFacts(summary)[fact]?.value == .bool(value))
}
