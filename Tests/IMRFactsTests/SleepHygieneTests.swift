import IMRCore
import IMRFacts
import Testing

/// Sleep hygiene addressed before a hypnotic (ODG Pain, Zolpidem; Mental Illness & Stress, Insomnia
/// treatment): read as the form "sleep hygiene (or CBT-I) named" through the negation every fact
/// uses, not through a list of absent phrasings. A stated absence, in any voice or word order, is
/// false; advice given, tried or reviewed is true whatever its result.
@Test(
    arguments: [
        // (sentence after "The patient has insomnia.", sleep_hygiene_addressed)
        // A stated absence: negation after the phrase, with or without its auxiliary.
        ("Sleep hygiene has not been discussed with the patient.", "false"),
        ("Sleep hygiene not addressed.", "false"),
        ("Sleep hygiene: not discussed.", "false"),
        ("Sleep hygiene education has not been attempted.", "false"),
        ("Sleep hygiene has never been tried.", "false"),
        ("Activity modification and sleep hygiene: not addressed.", "false"),
        // ...told not yet done.
        ("Sleep hygiene and stimulus control have not yet been taught or tried.", "false"),
        ("Sleep hygiene: not yet discussed.", "false"),
        ("Sleep hygiene counseling was not documented.", "false"),
        // ...and before it.
        ("There has been no sleep hygiene counselling.", "false"),
        ("No trial of sleep hygiene measures is documented.", "false"),
        ("The records do not show that sleep hygiene was ever reviewed.", "false"),
        ("There is no mention of sleep hygiene in the progress notes.", "false"),
        ("He has never been instructed in sleep hygiene.", "false"),
        ("No documentation of CBT-I or sleep hygiene.", "false"),
        ("The treating physician did not address sleep hygiene before starting Ambien.", "false"),
        // Addressed, in several voices.
        ("The provider reviewed sleep hygiene with her at this visit.", "true"),
        ("Pt counseled re: sleep hygiene; insomnia persists.", "true"),
        ("He completed cognitive behavioral therapy for insomnia last year.", "true"),
    ] as [(String, String?)])
func sleepHygieneIsReadThroughNegation(_ sentence: String, _ expected: String?) {
    let facts = requestFacts("Zolpidem 10 mg #30", summary: "The patient has insomnia. " + sentence)
    #expect(value(facts, "sleep_hygiene_addressed") == expected, "\(sentence)")
}

/// What must not read as a stated absence: a negation of something else (another sentence, a
/// denial before "and reports"), a result that did not come (sleep hygiene tried without benefit
/// is still addressed), and silence.
@Test(
    arguments: [
        ("No history of sleep apnea. Sleep hygiene was reviewed.", "true"),
        ("She denies daytime drowsiness and reports following good sleep hygiene.", "true"),
        ("He has no nightmares and has tried sleep hygiene.", "true"),
        ("She has tried sleep hygiene techniques without improvement.", "true"),
        ("Sleep hygiene was discussed and she continues to have difficulty falling asleep.", "true"),
        ("Sleep hygiene measures were reviewed, but he still wakes at 3 am.", "true"),
        ("Sleep hygiene has failed to improve his sleep.", "true"),
        ("Sleep hygiene was not helpful.", "true"),
        // "Not yet" of something else than the advice.
        ("Sleep hygiene was reviewed at the last visit; she has not yet started the trazodone.", "true"),
        ("Sleep hygiene was taught two weeks ago and she has not yet noticed a change.", "true"),
        ("Counseling on sleep hygiene was given; there is no improvement in sleep latency.", "true"),
        ("He reports insomnia due to pain.", nil),
    ] as [(String, String?)])
func sleepHygieneIsNotDeniedByOtherNegations(_ sentence: String, _ expected: String?) {
    let facts = requestFacts("Zolpidem 10 mg #30", summary: "The patient has insomnia. " + sentence)
    #expect(value(facts, "sleep_hygiene_addressed") == expected, "\(sentence)")
}

/// Known gap: sleep hygiene planned is read as addressed (declared facts read no plan); it should
/// be not documented.
@Test(arguments: ["Sleep hygiene will be discussed at the next visit."])
func sleepHygienePlannedIsAKnownGap(_ sentence: String) {
    let facts = requestFacts("Zolpidem 10 mg #30", summary: "The patient has insomnia. " + sentence)
    withKnownIssue("a planned sleep hygiene reads as addressed") {
        #expect(value(facts, "sleep_hygiene_addressed") == nil, "\(sentence)")
    }
}

/// Sleep hygiene in a question told ("unclear whether ...") is not documented: a question asserts
/// nothing (``Questions``).
@Test(arguments: ["It is unclear whether sleep hygiene was ever discussed."])
func sleepHygieneInAQuestionIsNotDocumented(_ sentence: String) {
    let facts = requestFacts("Zolpidem 10 mg #30", summary: "The patient has insomnia. " + sentence)
    #expect(value(facts, "sleep_hygiene_addressed") == nil, "\(sentence)")
}
