import IMRFacts
import Testing

// Motivation to change (CPMTG 2009 pp. 31-32, chronic pain programs, criterion 5: "the patient
// exhibits motivation to change, and is willing to forgo secondary gains, including disability
// payments to effect this change"): the worker's own will (wants, is willing, eager, ready,
// determined) turned to a change (a return to work, fewer medications, taking part, giving up
// disability payments) sets `motivated_to_change`; a refusal of that change, or waiting on a
// settlement, denies it, and a contradiction denies it whatever motivation is stated; another
// person's wish, a program's goal or a lawyer's advice is not the worker's motivation.

private let request = "Functional restoration program 80 hours"

private func motivated(_ summary: String) -> String? {
    value(summaryFacts(summary, request: request), "motivated_to_change")
}

@Test(
    arguments: [
        "She says she wants to get back to work, even at a lighter job.",
        "He is eager to taper off his opioids and return to his trade.",
        "The patient expresses a strong desire to return to his job and is willing to give up his disability payments.",
        "She is committed to the program and has agreed to reduce her medication use.",
        "He states he is ready to do whatever it takes to get back to his job.",
        "Psych eval: good candidate, wants to be more active and less dependent on medication.",
        "She would like to come off the tramadol and go back to cleaning houses.",
        "He is determined to return to full duty.",
        "The applicant looks forward to returning to his job and is not seeking further disability benefits.",
        "She agrees to forgo her temporary disability payments while in the program.",
        "He is keen to improve his function and learn to manage his pain himself.",
        "She wants to get off her medications and get back to a normal life.",
    ])
func theWorkersWillToChangeIsMotivation(_ summary: String) {
    #expect(motivated(summary) == "true", "not read: \(summary) (\(motivated(summary) ?? "-"))")
}

@Test(
    arguments: [
        "She has no intention of returning to any kind of work and is waiting for her case to settle.",
        "He does not want to reduce his medications and is awaiting a settlement.",
        "He says he is motivated, but he is waiting for his case to settle before making any changes.",
        "She is not interested in returning to work.",
        "He refuses to taper his medications.",
        "She is unwilling to give up her disability payments.",
    ])
func aRefusalOrASettlementAwaitedDeniesMotivation(_ summary: String) {
    #expect(motivated(summary) == "false", "not denied: \(summary) (\(motivated(summary) ?? "-"))")
}

@Test(
    arguments: [
        "His employer wants him back at work as soon as possible.",
        "The goal of the program is to return her to work.",
        "Her attorney advised her not to return to work until the case settles.",
        "Her husband is eager for her to get back to work.",
    ])
func anotherPersonsWishOrAGoalIsNoMotivation(_ summary: String) {
    #expect(motivated(summary) != "true", "read: \(summary)")
}
