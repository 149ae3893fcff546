import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Motivation read from refusal and disinterest (motivated_to_change false; CPMTG 2009 pp. 31-32,
// chronic pain programs, criterion 5: "the patient exhibits motivation to change, and is willing to
// forgo secondary gains"): a will scanted ("little interest in changing"), a future denied by the
// worker ("he will not reduce his hydrocodone"), a refusal after another person named in a subordinate
// clause ("only because her lawyer insisted, ..., no intention of going back"), the claim as his
// concern ("focused on the outcome of his claim", "preoccupied with his case"). Written in the
// project's own words before the reading, committed failing; one row is batch 4's wording (marked).
// The must-not rows: another person's refusal, interest not scanted, a subordinate clause of an
// employer, a future denied of the pain, "little" before a symptom.

@Test(
    arguments: [
        // (summary, request)
        (
            "She attends only because her lawyer insisted, expects nothing from the program, and has no intention of going back to any job.",
            "Functional restoration program, 10 days"
        ),
        (
            "Motivation: he says he is attending only because his attorney advised it, does not expect the program to change anything, will not reduce his hydrocodone, and has no intention of returning to any kind of job while his case is open.",
            "Functional restoration program, 10 days"
        ),
        ("She shows little interest in changing how she manages her pain.", "Functional restoration program, 10 days"),
        (
            "He has minimal interest in returning to work and is focused on the outcome of his claim.",
            "Functional restoration program, 10 days"
        ),
        ("The claimant's attorney advised him to attend; he will not reduce his hydrocodone.", "Functional restoration program, 10 days"),
        ("His wife reports that he shows limited interest in the program.", "Functional restoration program, 10 days"),
        (
            "Psych intake: pt is preoccupied with the outcome of his case and will not consider cutting back his opioids.",
            "Functional restoration program, 10 days"
        ),
        (
            "Because the adjuster insisted, she came to the evaluation, but she has no wish to return to her job.",
            "Functional restoration program, 10 days"
        ),
    ] as [(String, String)])
func motivationReadFromRefusal(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "motivated_to_change") == "false")
}

@Test(
    arguments: [
        // (summary, request)
        ("His employer has no intention of taking him back, but he is eager to return to work.", "Functional restoration program, 10 days"),
        ("She has a strong interest in returning to work.", "Functional restoration program, 10 days"),
        (
            "Because his employer requires it, he attends every session and wants to return to full duty.",
            "Functional restoration program, 10 days"
        ),
        ("The pain will not change with rest; he is willing to participate in the program.", "Functional restoration program, 10 days"),
        ("He has little pain in the morning and is motivated to return to work.", "Functional restoration program, 10 days"),
    ] as [(String, String)])
func motivationNotDeniedByOthersOrSymptoms(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "motivated_to_change") == "true")
}
