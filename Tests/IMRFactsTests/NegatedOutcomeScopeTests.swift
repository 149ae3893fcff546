import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A negation of an outcome does not reach the treatment that failed to bring it (``NegationDetector``:
// a change word and the link to what brought it, `negated_changes` and `change_links`): "not improved
// by 4 weeks of sleep hygiene", "no better on a sleep routine", "no relief from naproxen", "not
// relieved by gabapentin" tell the treatment given and its result denied. Sleep hygiene told by its
// measures (a fixed wake time, no caffeine late, no screens in the bedroom) is sleep hygiene
// addressed (ODG Pain, "Insomnia treatment": "sleep hygiene" is the behavioural measures). Not: a
// negation that reaches the treatment itself ("no trial of sleep hygiene", "has not tried NSAIDs").

/// A row: the summary, the request, the fact and its value (for a must-not row, the value not read).
struct NegatedOutcomeRow: CustomTestStringConvertible, Sendable {
    var summary: String
    var request: String
    var fact: String
    var expected: String
    var testDescription: String { "\(fact) \(expected): \(summary)" }
}

@Suite struct NegatedOutcomeScopeTests {
    @Test(
        arguments: [
            NegatedOutcomeRow(
                summary:
                    "He sleeps four hours a night because of shoulder pain. For six weeks he has kept a fixed wake time, stopped coffee after noon and kept the television out of the bedroom, without better sleep. Mood is fair. Trial of zolpidem at bedtime requested.",
                request: "Zolpidem 10 mg #30", fact: "sleep_hygiene_addressed", expected: "true")
        ])
    func anotherEngineersRowsAreRead(_ row: NegatedOutcomeRow) {
        expectRequestFact(row.summary, row.request, row.fact, row.expected)
    }

    @Test(
        arguments: [
            NegatedOutcomeRow(
                summary: "Her insomnia was not improved by 4 weeks of sleep hygiene. She wakes at 2 am with hip pain.",
                request: "Zolpidem 5mg #30", fact: "sleep_hygiene_addressed", expected: "true"),
            NegatedOutcomeRow(
                summary: "Sleep has been no better on a strict sleep hygiene routine since October; she averages five hours.",
                request: "Eszopiclone 2mg #30", fact: "sleep_hygiene_addressed", expected: "true"),
            NegatedOutcomeRow(
                summary: "He was not helped by sleep hygiene counseling in August and still lies awake until 3.",
                request: "Zolpidem 10mg #30", fact: "sleep_hygiene_addressed", expected: "true"),
            NegatedOutcomeRow(
                summary:
                    "Insomnia since the injury. Keeps the same bedtime and wake time, no screens in bed, no caffeine after lunch; still sleeps poorly.",
                request: "Trazodone 50mg #30", fact: "sleep_hygiene_addressed", expected: "true"),
            NegatedOutcomeRow(
                summary: "The burning in her feet was not relieved by gabapentin 600 mg three times a day for three months.",
                request: "Lyrica 75mg #60", fact: "first_line_failed", expected: "true"),
            NegatedOutcomeRow(
                summary: "Her neck was not improved by twelve sessions of physical therapy in 2015. She works full duty.",
                request: "Physical therapy 2x4 cervical spine", fact: "prior_therapy", expected: "true"),
        ])
    func theTreatmentBeforeADeniedOutcomeIsGiven(_ row: NegatedOutcomeRow) {
        expectRequestFact(row.summary, row.request, row.fact, row.expected)
    }

    @Test(
        arguments: [
            NegatedOutcomeRow(
                summary: "Her sleep has not improved on its own, and no trial of sleep hygiene has been made.",
                request: "Zolpidem 10mg #30", fact: "sleep_hygiene_addressed", expected: "true"),
            NegatedOutcomeRow(
                summary:
                    "She falls asleep on the couch with the television on and wakes at 3 am most nights. Nobody has gone over sleep habits with her yet. Pain 7/10 in the low back. Lunesta at bedtime is requested.",
                request: "Eszopiclone 2 mg #30", fact: "sleep_hygiene_addressed", expected: "true"),
            NegatedOutcomeRow(
                summary: "No improvement with time alone; physical therapy has not been tried for the neck.",
                request: "Physical therapy 2x4 cervical spine", fact: "prior_therapy", expected: "true"),
            NegatedOutcomeRow(
                summary: "The pain is no better, and she has not tried gabapentin or any antidepressant.",
                request: "Lyrica 75mg #60", fact: "first_line_failed", expected: "true"),
        ])
    func aNegationOfTheTreatmentStillDeniesIt(_ row: NegatedOutcomeRow) {
        expectRequestFact(row.summary, row.request, row.fact, "!" + row.expected)
    }
}
