import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Benefit, function, pain change and work as reviewers write them in other words (#10): this
// suite's own phrasing of the kinds the lead's and history's probes found missing, never a
// held-out set's.

/// The opening of every drug row: the requested drug is taken already.
private let takesNorco = "He has used Norco for a year. "

/// Function bettered in other words: a tolerance raised, an activity done longer, a capacity gained.
@Test(
    arguments: [
        // (summary after the opening, functional_improvement)
        ("Sitting tolerance improved from 15 to 45 minutes.", true),
        ("He reports increased walking tolerance with the medication.", true),
        ("He is now able to vacuum and do laundry.", true),
        ("Norco lets him do light chores and walk the dog.", true),
        ("The ability to sit and drive increased with the medication.", true),
        ("With the medication she can walk longer.", true),
    ] as [(String, Bool)])
func functionBetteredInOtherWords(_ summary: String, _ value: Bool) {
    #expect(requestFacts("Norco 10/325 mg #90", summary: takesNorco + summary)["functional_improvement"]?.value == .bool(value))
}

/// A contraction split at its apostrophe negates as its full form does ("didn't help").
@Test(
    arguments: [
        ("Norco didn't help.", "pain_improved", false),
        ("Norco hasn't helped her pain.", "pain_improved", false),
        ("He hasn't worked since the injury.", "returned_to_work", false),
        ("He has not worked since the injury.", "returned_to_work", false),
    ] as [(String, String, Bool)])
func aContractionNegatesAsItsFullForm(_ summary: String, _ fact: String, _ value: Bool) {
    #expect(requestFacts("Norco 10/325 mg #90", summary: takesNorco + summary)[fact]?.value == .bool(value))
}

/// A therapy "was not helpful" was given without benefit: the post-negation denies the outcome
/// word after it, not the therapy before it; small gains are no benefit.
@Test(
    arguments: [
        // (summary, prior_therapy_benefit)
        ("Physical therapy was not helpful for his function.", false),
        ("PT was not beneficial.", false),
        ("Physical therapy was not at all helpful.", false),
        ("S/p 12 PT visits with minimal gains.", false),
        ("He had 8 sessions of physical therapy which increased his range of motion.", true),
    ] as [(String, Bool)])
func aTherapyWithoutBenefitWasGiven(_ summary: String, _ benefit: Bool) {
    let facts = requestFacts("Physical therapy x 6 for the lumbar spine", summary: summary)
    #expect(facts["prior_therapy"]?.value == .bool(true))
    #expect(facts["prior_therapy_benefit"]?.value == .bool(benefit))
}

/// Symptoms that stay as they were after conservative care: it failed.
@Test(arguments: [
    "Symptoms unchanged with PT.",
    "Pain remains 7/10 after PT, chiropractic and NSAIDs.",
    "Treatment to date has included physical therapy and medications. Her neck pain remained unchanged.",
])
func symptomsThatStayAfterCareMeanItFailed(_ summary: String) {
    #expect(requestFacts("MRI of the cervical spine", summary: summary)["conservative_care_failed"]?.value == .bool(true))
}
