import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A drug's functional benefit as a form (CPMTG 2009 "On-going management", p. 78, and the 2016
// Opioid guideline: continue when the worker "has returned to work" or "has improved functioning"):
// a capacity gained with the drug (more with it than without, since it began, back at work), set;
// a capacity told the same as before, relief alone, a worker still off work, and a goal, not set.

/// The summary every row follows: the requested drug, taken for two years.
private let takenFor = "She has taken Norco 10/325 mg three times a day for two years. "

/// Whether the summary documents the drug's functional benefit as the opioid rule reads it
/// (`returned_to_work` or `functional_improvement`).
private func benefit(_ sentence: String) -> (read: Bool, facts: String) {
    let facts = requestFacts("Norco 10/325 mg #90", summary: takenFor + sentence)
    let read = facts["returned_to_work"]?.value == .bool(true) || facts["functional_improvement"]?.value == .bool(true)
    let values = ["returned_to_work", "functional_improvement"].map { "\($0) \(value(facts, $0) ?? "-")" }
    return (read, values.joined(separator: ", "))
}

@Test(
    arguments: [
        "She is able to walk 30 minutes with Norco versus 10 minutes without it.",
        "He has been back at his regular job as a welder since July.",
        "Since starting Norco she can vacuum and cook again.",
        "Her sitting tolerance went from 15 to 45 minutes on Norco.",
        "Norco lets her care for her grandchildren during the day.",
        "She returned to full duty in September and works 40 hours a week.",
        "PR-2: ADLs improved w/ meds, walks 1 mi daily.",
        "Without Norco she cannot get out of bed in the morning.",
        "She walks two blocks without her medications and a mile with them.",
        "She has been working modified duty six hours a day since August.",
        "Function: able to stand 40 min with Norco vs 15 min without.",
        "With the medication she does her own grocery shopping, which she could not do before.",
        "The nurse case manager notes she resumed her usual job in the spring and has missed no shifts.",
    ])
func aCapacityGainedWithTheDrugIsItsBenefit(_ sentence: String) {
    let read = benefit(sentence)
    #expect(read.read, "not read: \(sentence) (\(read.facts))")
}

@Test(
    arguments: [
        "She says it takes the edge off; her walking, chores and sleep are the same as at her last visits.",
        "He remains off work on temporary total disability.",
        "Her daily activities are unchanged since the last visit.",
        "Asked what the medication lets her do, she says it helps the pain; her activities are no different than a month ago.",
        "The goal is to return her to full duty.",
        "Functional goals were set (walking 30 minutes, lifting 25 pounds, return to full duty).",
        "She hopes to walk her dog again once the pain is better.",
        "Her function has not changed since Norco was started.",
        "Walking tolerance, sitting and housework remain the same as before the medication.",
        "She walks about two blocks with or without Norco.",
        "Her sitting tolerance is 20 minutes with and without the medication.",
    ])
func sameFunctionReliefAloneOrAGoalIsNoBenefit(_ sentence: String) {
    let read = benefit(sentence)
    #expect(!read.read, "read: \(sentence) (\(read.facts))")
}
