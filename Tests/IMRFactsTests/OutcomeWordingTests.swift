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

/// A pain change written as two scores: with and without, from one to the other, or joined by
/// `to` or an arrow. The lower second score is relief (for the drug whose words hold it); the same
/// score with and without is none; a rise says nothing of relief.
@Test(
    arguments: [
        // (summary after the opening, pain_improved, pain_relief_percent)
        ("Pain 7 → 3 with Norco.", true, 57.1),
        // With the medications in general: the relief of a drug taken already (Norco).
        ("Pain 7->3/10 with meds.", true, 57.1),
        // The noun the bare pair leaves out is the drug the sentence before names (Norco).
        ("VAS 8/10 without, 4/10 with.", true, 50),
        ("Norco brings pain from 8/10 down to 4/10.", true, 50),
        ("Norco reduces his pain from 8 to 4.", true, 50),
        ("Pain is 6/10 with and 6/10 without Norco.", false, 0),
        ("Pain increased from 4/10 to 8/10 after lifting.", nil, nil),
    ] as [(String, Bool?, Double?)])
func aPainChangeWrittenAsScores(_ summary: String, _ improved: Bool?, _ percent: Double?) {
    let facts = requestFacts("Norco 10/325 mg #90", summary: takesNorco + summary)
    #expect(facts["pain_improved"]?.value == improved.map(FactValue.bool))
    #expect(facts["pain_relief_percent"]?.value == percent.map(FactValue.number))
}

/// Another drug's pain change is not the requested drug's; a change after a procedure is relief
/// for a request that is not a drug.
@Test func aPainChangeBelongsToItsDrug() {
    let gabapentin = requestFacts("Gabapentin 300 mg #90", summary: "She takes gabapentin and Norco. Pain 8 → 4 with Norco.")
    #expect(gabapentin["pain_improved"] == nil)
    #expect(gabapentin["pain_relief_percent"] == nil)
    let injection = requestFacts("MRI of the lumbar spine", summary: "Pain 7 → 3 after the epidural injection.")
    #expect(injection["pain_improved"]?.value == .bool(true))
}
