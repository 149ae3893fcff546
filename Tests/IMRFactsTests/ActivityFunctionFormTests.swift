import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Function told as activities (CPMTG 2009 "On-going management", p. 78: the 4 A's ask for
// activities of daily living; 8 CCR 9792.20: functional improvement is "a clinically significant
// improvement in activities of daily living"): an activity of the domain's lists (ADLs, IADLs,
// mobility and tolerances, leisure and social) told regained ("is back to", "has resumed",
// "again"), or told as a capacity the treatment gives ("with the medication she manages ..."),
// sets the drug's `functional_improvement`; a capacity lost, a goal, a past before the injury,
// another person's activity, another treatment's result, a capacity alone, not.

/// The summary every row follows: the requested drug, taken for two years.
private let takenFor = "She has taken Norco 10/325 mg three times a day for two years. "

/// The request-level `functional_improvement` of the drug after `sentence`.
private func function(_ sentence: String) -> String? {
    value(requestFacts("Norco 10/325 mg #90", summary: takenFor + sentence), "functional_improvement")
}

@Test(
    arguments: [
        "Since she started Norco she is back to walking her dog twice a day and does her own grocery shopping.",
        "PR-2: on Norco pt has resumed yard work and can mow the lawn again.",
        "With the medication she manages her own bathing and dressing and drives herself to church on Sundays.",
        "S: back to golf, 9 holes on weekends; cooking dinner again.",
        "QME: with his current medication the applicant is able to carry groceries up two flights of stairs.",
        "He has taken up fishing again and goes to the gym three times a week.",
        "Since the Norco was started she no longer needs help getting dressed.",
        "Her husband reports she is cleaning the house and doing the laundry again.",
        "Norco has let her get back to sleeping through the night and walking a mile each morning.",
        "Function on meds: independent in ADLs, tolerates sitting through a two-hour church service.",
        "The applicant reports that, thanks to the Norco, he can play catch with his grandson again.",
        "Since the Norco was started she has been gardening and climbing the stairs to her apartment without stopping.",
        "Nurse case manager: on the current dose she shops, cooks and does laundry for the household without assistance.",
        "Response on Norco: back to kneeling and mopping without extra breaks.",
    ])
func anActivityRegainedOrGivenIsFunction(_ sentence: String) {
    #expect(function(sentence) == "true", "not read: \(sentence) (\(function(sentence) ?? "-"))")
}

@Test(
    arguments: [
        "She is unable to do yard work or carry groceries.",
        "She hopes to get back to golf once her pain settles.",
        "Before the injury he hiked, fished and played softball every weekend.",
        "Her husband is back to doing all of the cooking and shopping for her.",
        "She has not resumed swimming or gardening since the injury.",
        "She can walk 10 minutes and sit for 20 minutes.",
        "The plan is for her to resume swimming after the next visit.",
        "Despite the Norco she can no longer kneel in the garden or climb a ladder.",
    ])
func anActivityLostHopedPastOrAnothersIsNoFunction(_ sentence: String) {
    #expect(function(sentence) != "true", "read: \(sentence)")
}

/// Another treatment's result is not the drug's: the capacity belongs to the therapy named.
@Test func anotherTreatmentsActivityIsNotTheDrugs() {
    let sentence = "Since the physical therapy she is back to walking a mile."
    #expect(function(sentence) != "true", "read for the drug: \(sentence)")
}

/// A capacity lost despite the drug denies its benefit.
@Test func anActivityLostDespiteTheDrugDeniesIt() {
    let sentence = "Despite the Norco she can no longer kneel in the garden or climb a ladder."
    #expect(function(sentence) == "false", "not denied: \(sentence) (\(function(sentence) ?? "-"))")
}
