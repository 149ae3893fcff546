import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Personal care needed, activity by activity (personal_care_needed; CPMTG 2016 pp. 89-90, Home
// health services: personal care, "bowel and bladder care, feeding, bathing, dressing and transfer";
// CPMTG 2009 p. 51: homemaker services alone are no medical treatment): a word of need, a grade of
// assistance or an inability governing the activities after it in its clause, independence per
// activity, a need denied. Written before the reading, committed failing; one row (the feet under
// the precautions) is in the shape of a vignette's sentence, the rest this family's own. Must-not:
// homemaker chores only, another person's need, a goal, a need denied.

private let homeHealthRequest = "Home health aide 2 hours a day for 3 weeks"

@Test(
    arguments: [
        "Discharge status: needs moderate assistance for bathing and toileting; independent with feeding.",
        "She cannot get her socks on under the hip precautions and needs her husband's help with lower body dressing.",
        "OT note: min assist sit to stand, contact guard for toilet transfers, supervision for showering.",
        "He has been dependent on his wife for bathing and getting dressed since the fusion.",
        "Unable to bathe or dress himself since the fall; he feeds himself.",
        "Cannot reach her feet under the precautions and needs help with shoes, socks and washing her lower legs; independent with upper body dressing.",
        "Functional status: bathing - maximal assistance; dressing - moderate assistance; toileting - independent.",
        "Per the home health nurse he requires help with bowel and bladder care, and his wife does the wound care.",
    ])
func personalCareNeededActivityByActivity(_ summary: String) {
    #expect(value(requestFacts(homeHealthRequest, summary: summary), "personal_care_needed") == "true")
}

@Test(
    arguments: [
        "Independent with bathing, dressing and toileting; needs help only with grocery shopping and laundry.",
        "She is unable to return to work and walks with a cane; she bathes and dresses without help.",
        "He does not need assistance with bathing or dressing.",
    ])
func independentInPersonalCare(_ summary: String) {
    #expect(value(requestFacts(homeHealthRequest, summary: summary), "personal_care_needed") == "false")
}

@Test(
    arguments: [
        "Her daughter needs help with bathing the grandchildren; the worker herself is independent in self-care.",
        "Goal: independent with dressing and bathing in four weeks. She needs help with housekeeping and shopping.",
    ])
func noPersonalCareNeedOfAnotherOrAGoal(_ summary: String) {
    #expect(value(requestFacts(homeHealthRequest, summary: summary), "personal_care_needed") != "true")
}

// Help with the activity a bathroom item serves, told apart from help with another activity
// (toileting_help_needed, bathing_help_needed; ODG Knee & Leg, Durable medical equipment: a raised
// toilet seat or a commode for a limitation in toileting, a shower chair or a tub transfer bench for
// one in bathing). In this engineer's words: a need of one activity and independence of the other,
// in prose and in a graded table (must-read both ways); help with dressing or with transfers not
// told of the toilet or the tub, a goal, another person's need (must-not: neither fact true).
@Test(
    arguments: [
        ("Functional status: bathing - maximal assistance; dressing - moderate assistance; toileting - independent.", "false", "true"),
        ("OT: contact guard for toilet transfers; independent with bathing and showering.", "true", "false"),
        ("He needs help with toilet transfers at night and with tub transfers.", "true", "true"),
        (
            "ADL assessment (FIM scale: 1 = total assist ... 7 = independent)\n Activity | Score\n Toilet transfer | 6\n Tub transfer | 4\n Lower body dressing | 5",
            "false", "true"
        ),
        ("She needs help with socks, shoes and lower body dressing under the hip precautions.", "nil", "nil"),
        ("Minimal assistance for bed to chair transfers; he walks 150 feet with a walker.", "nil", "nil"),
        ("Goal: independent with toileting and bathing in four weeks.", "nil", "nil"),
        ("Her mother needs help with bathing; the worker lives with her.", "nil", "nil"),
    ] as [(String, String, String)])
func helpNeededWithTheItemsActivity(_ summary: String, _ toileting: String, _ bathing: String) {
    expectRequestFact(summary, "Raised toilet seat", "toileting_help_needed", toileting)
    expectRequestFact(summary, "Tub transfer bench", "bathing_help_needed", bathing)
}
