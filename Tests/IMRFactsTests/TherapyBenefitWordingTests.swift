import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Earlier sessions of the requested therapy and their benefit as clinicians write them (#10): the
// bare word for the therapy, other inflections of the change, prospects that are no judgement.

/// A summary names the therapy once and then writes the bare word: for a physical or occupational
/// therapy request, "with therapy", "therapy has helped", "the therapist notes" are that therapy.
@Test(arguments: [
    // (summary, earlier therapy, its benefit)
    ("Records indicate significant improvement in pain and functioning since surgery and with therapy.", true, "true"),
    ("He reports that therapy helped him walk farther and return to work.", true, "true"),
    ("Therapy has helped with his range of motion and strength.", true, "true"),
    ("He is improving with therapy, with better range of motion.", true, "true"),
    ("He has made progress in therapy with increased range of motion.", true, "true"),
    ("The therapist notes improved range of motion and strength.", true, "true"),
    ("He has had therapy which improved his range of motion.", true, "true"),
    ("He had therapy which did not help.", true, "false"),
    ("Therapy sessions gave only temporary relief.", true, "false"),
    // Another kind named right before the bare word: a drug, a device, the regimen.
    ("He is on opioid therapy with improved function.", false, nil),
    ("Continue current therapy, which has improved his function.", false, nil),
    ("TENS therapy helped his function.", false, nil),
    ("Norco therapy has improved his function.", false, nil),
    ("Cold therapy helped with his range of motion.", false, nil),
    // Denied or a prospect.
    ("He has had no therapy.", false, nil),
    ("Therapy would improve his function.", false, nil),
])
func theBareWordIsTheRequestedTherapy(_ summary: String, _ prior: Bool, _ benefit: String?) {
    for request in ["Physical therapy 2 times a week for 6 weeks for the lumbar spine", "Occupational therapy x 8 for the right hand"] {
        let facts = requestFacts(request, summary: summary)
        #expect(facts["prior_therapy"]?.value == .bool(prior), "\(request)")
        #expect(value(facts, "prior_therapy_benefit") == benefit, "\(request)")
    }
}

/// The bare word names no therapy of another kind: for a chiropractic or acupuncture request,
/// "therapy helped" is not that treatment.
@Test(arguments: [
    "Therapy has helped with his range of motion and strength.",
    "Records indicate significant improvement in function with therapy.",
])
func theBareWordIsNoOtherKindOfTreatment(_ summary: String) {
    for request in ["Chiropractic treatment 2 times a week for 3 weeks", "Acupuncture 6 sessions for the lumbar spine"] {
        let facts = requestFacts(request, summary: summary)
        #expect(facts["prior_therapy"]?.value == .bool(false), "\(request)")
        #expect(facts["prior_therapy_benefit"] == nil, "\(request)")
    }
}

/// The change in other inflections and verbs, functional or not: a benefit counts when functional
/// (8 CCR 9792.20); a benefit too small, short or absent counts whatever it names.
@Test(arguments: [
    // (summary, benefit)
    ("She improved functionally after 8 sessions of physical therapy.", "true"),
    ("His function improved after PT.", "true"),
    ("PT x12 helped decrease pain and increase function.", "true"),
    ("Physical therapy helps him stay at work.", "true"),
    ("Physical therapy has been beneficial, allowing him to return to full duty.", "true"),
    ("He reports 50% improvement in function with PT.", "true"),
    ("With physical therapy, her activities of daily living improved.", "true"),
    ("Physical therapy improved her self care.", "true"),
    ("PT gave only temporary relief.", "false"),
    ("He failed to improve with physical therapy.", "false"),
    ("Physical therapy failed to help his function.", "false"),
    ("His function was unchanged after physical therapy.", "false"),
    ("She completed 12 PT visits with no significant functional gains.", "false"),
    // A relief of a day is a benefit too short (``CareResults``: at most 30 days), read since the
    // twenty-second session as the course's result when nothing else tells one.
    ("Physical therapy relieved his pain for a day.", "false"),
])
func theChangeInOtherWords(_ summary: String, _ benefit: String?) {
    let facts = requestFacts("Physical therapy 2 times a week for 6 weeks for the lumbar spine", summary: summary)
    #expect(facts["prior_therapy"]?.value == .bool(true))
    #expect(value(facts, "prior_therapy_benefit") == benefit)
}

/// A benefit the therapy would, should or is expected to bring is a prospect: neither the benefit
/// nor a therapy given.
@Test(arguments: [
    "PT would improve his function.",
    "Physical therapy would be helpful to improve function.",
    "He is expected to benefit functionally from therapy.",
    "The plan is PT, which should help his function.",
    "Physical therapy may improve her activities of daily living.",
])
func aBenefitToComeIsNoJudgement(_ summary: String) {
    let facts = requestFacts("Physical therapy 2 times a week for 6 weeks for the lumbar spine", summary: summary)
    #expect(facts["prior_therapy"]?.value == .bool(false))
    #expect(facts["prior_therapy_benefit"] == nil)
}

/// A negation before a change and its link ("no improvement with", "no relief from", "did not
/// respond to") denies the change, not the treatment after the link: that treatment was given,
/// without benefit. A negation of the treatment itself still denies it.
@Test(arguments: [
    // (summary, conservative care given, physical rehabilitation)
    ("There was no improvement with 12 sessions of PT.", true, true),
    ("He did not improve with physical therapy.", true, true),
    ("He got no relief from physical therapy.", true, true),
    ("No significant relief with physical therapy or chiropractic care.", true, true),
    ("His pain did not change despite physical therapy.", true, true),
    ("He had no benefit from acupuncture.", true, nil),
    ("He has not responded to chiropractic care.", true, nil),
    ("He has not had physical therapy.", false, false),
    ("No physical therapy has been tried.", false, false),
])
func aNegatedChangeIsNotANegatedTreatment(_ summary: String, _ given: Bool, _ rehabilitation: Bool?) {
    let facts = requestFacts("EMG of the left upper extremity", summary: summary)
    #expect((facts["conservative_care_given"]?.value == .bool(true)) == given)
    #expect(facts["physical_rehabilitation"]?.value == rehabilitation.map(FactValue.bool))
}

/// The same for the requested therapy: given, with no benefit, and a count of the sessions that
/// a judged therapy names ("no improvement with 12 sessions of PT").
@Test(arguments: [
    // (summary, sessions)
    ("There was no improvement with 12 sessions of PT.", "12"),
    ("He did not improve with physical therapy.", nil),
    ("He got no functional improvement from twelve physical therapy visits.", "12"),
    ("Physical therapy (12 sessions) did not help.", "12"),
])
func aTherapyWithoutBenefitWasGiven(_ summary: String, _ sessions: String?) {
    let facts = requestFacts("Physical therapy 2 times a week for 6 weeks for the lumbar spine", summary: summary)
    #expect(facts["prior_therapy"]?.value == .bool(true))
    #expect(value(facts, "prior_therapy_benefit") == "false")
    #expect(value(facts, "prior_sessions") == sessions)
}

/// Counts of completed sessions in other orders, inflections and abbreviations.
@Test(arguments: [
    "He has had 12 PT visits.",
    "He completed PT x12.",
    "He has completed twelve sessions of physical therapy.",
    "He has had PT x 12 visits.",
    "He completed 12 visits of PT.",
    "PT: 12 sessions completed.",
    "S/p 12 sessions of PT.",
    "He had 6 acupuncture sessions and 12 PT sessions.",
    "He has received 12 treatments of physical therapy.",
])
func completedSessionsInOtherWords(_ summary: String) {
    let facts = requestFacts("Physical therapy 2 times a week for 6 weeks for the lumbar spine", summary: summary)
    #expect(value(facts, "prior_sessions") == "12")
}
