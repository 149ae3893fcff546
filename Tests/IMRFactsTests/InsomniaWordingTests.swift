import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Insomnia told, not named (`insomnia`, ODG "Insomnia treatment"): sleep that is slow to come or
// broken, in a physician's, a nurse's or a reviewer's words.

@Test(
    arguments: [
        // (summary, insomnia)
        ("Since surgery she takes more than two hours to fall asleep and wakes four or five times a night from shoulder pain.", true),
        ("He takes over an hour to fall asleep.", true),
        ("She wakes 3-4 times per night because of pain.", true),
        ("Pt is awakened by pain most nights.", true),
        ("He reports frequent nocturnal awakenings due to back pain.", true),
        ("She sleeps only 3 hours a night.", true),
        ("He is unable to fall asleep without medication.", true),
        ("Sleep is non-restorative.", true),
        // Denied: a stated absence.
        ("She denies difficulty falling asleep and does not wake at night.", false),
        ("He denies being awakened by pain.", false),
        // Not insomnia: a night's ordinary sleep, a planned assessment.
        ("She sleeps 7 hours a night.", nil),
        ("She falls asleep easily.", nil),
    ] as [(String, Bool?)])
func insomniaToldNotNamed(_ summary: String, _ insomnia: Bool?) {
    #expect(summaryFacts(summary)["insomnia"]?.value == insomnia.map(FactValue.bool))
}
