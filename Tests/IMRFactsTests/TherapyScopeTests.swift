import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Which therapy, which region, which time (#10): earlier therapy read for the request's region,
// after the injury, and outside what the review restates; a negation that does not cross into the
// next clause.

/// A coordinator and "that" open another clause: the negation before them does not reach it.
@Test(
    arguments: [
        // (summary, earlier injections of the requested kind)
        (
            "She reported that the cortisone injections had not relieved her knee symptoms and that Synvisc injections had helped her.",
            "true"
        ),
        ("She stated that Synvisc injections were not helpful and that she wishes to try another series.", "true"),
        ("She has not had Synvisc injections.", "false"),
    ] as [(String, String?)])
func aNegationDoesNotReachAClauseOpenedAfterACoordinator(_ summary: String, _ expected: String?) {
    #expect(value(requestFacts("Synvisc injection right knee", summary: summary), "prior_therapy") == expected)
}

/// Therapy told in the review's sentence before the review's own predicate was given.
@Test(
    arguments: [
        // (summary, earlier therapy, sessions)
        ("She completed six sessions of PT and 12 more were requested.", "true", "6"),
        ("The patient has attended 8 physical therapy visits, and additional visits were requested.", "true", "8"),
        ("A request for authorization was submitted for physical therapy 2x6.", "false", nil),
        (
            "A Request for Authorization was noted for physical therapy, 2x3, for pain relief; home exercise program and therapies as tolerated.",
            "false", nil
        ),
    ] as [(String, String, String?)])
func therapyToldBeforeTheReviewsPredicateWasGiven(_ summary: String, _ therapy: String, _ sessions: String?) {
    let facts = requestFacts("Physical therapy 2 times a week for 6 weeks for the lumbar spine", summary: summary)
    #expect(value(facts, "prior_therapy") == therapy)
    #expect(value(facts, "prior_sessions") == sessions)
}

/// Therapy of another region, another side, or dated before the injury is not the requested
/// therapy's history.
@Test(
    arguments: [
        // (summary, request, earlier therapy)
        ("She had physical therapy for the neck.", "Physical therapy 2x6 for the lumbar spine", "false"),
        ("She had physical therapy for the neck.", "Physical therapy 2x6 for the cervical spine", "true"),
        ("She had physical therapy to the cervical and lumbar spine.", "Physical therapy 2x6 for the lumbar spine", "true"),
        ("He completed 12 sessions of PT.", "Physical therapy 2x6 for the lumbar spine", "true"),
        ("He had PT for the right shoulder.", "Physical therapy 2x6 for the left shoulder", "false"),
        ("He had PT for the shoulders.", "Physical therapy 2x6 for the left shoulder", "true"),
        (
            "She was injured on 03/15/2016. She had physical therapy for the neck in 2014.", "Physical therapy 2x6 for the cervical spine",
            "false"
        ),
        (
            "She was injured on 03/15/2016. She had physical therapy for the neck in 2016.", "Physical therapy 2x6 for the cervical spine",
            "true"
        ),
        ("Hand therapy noted that the right arm pain is improving.", "Physical therapy 2x6 for the right elbow", "true"),
        ("He has had shoulder therapy which improved his range of motion.", "Physical therapy 2x6 for the lumbar spine", "false"),
        ("He has had shoulder therapy which improved his range of motion.", "Physical therapy 2x6 for the shoulder", "true"),
        // A region of another item of the list is not the therapy's.
        (
            "Treatments have included left hand surgery, physical therapy and medications.", "Physical therapy 2x6 for the lumbar spine",
            "true"
        ),
        (
            "Hip abduction was 20 degrees, the treatment plan included additional physical therapy.",
            "Physical therapy 2x6 for the lumbar spine", "true"
        ),
    ] as [(String, String, String)])
func therapyOfAnotherRegionSideOrInjuryIsNoneOfTheRequests(_ summary: String, _ request: String, _ expected: String) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy") == expected)
}

/// Aquatic and land-based physical therapy (CPMTG p. 22, aquatic therapy: "an alternative to
/// land-based physical therapy ... For recommendations on the number of supervised visits, see
/// Physical medicine"): a physical therapy request reads the pool course's sessions and benefit;
/// since the twenty-second session an aquatic request reads only aquatic courses (a land-based
/// course is no trial of it; both still make one total, `physical_medicine_sessions`).
/// Chiropractic and occupational therapy stay their own kinds.
@Test(
    arguments: [
        // (summary, request, earlier therapy, sessions, benefit)
        ("He completed 12 sessions of physical therapy.", "Aquatic therapy 2x4 for the lumbar spine", "false", nil, nil),
        (
            "He completed 12 sessions of physical therapy with improved function and walking tolerance.",
            "Aquatic therapy 2x4 for the lumbar spine", "false", nil, nil
        ),
        (
            "He completed 12 sessions of physical therapy, which was not helpful.", "Aquatic therapy 2x4 for the lumbar spine",
            "false", nil, nil
        ),
        ("She has attended 8 aquatic therapy visits.", "Physical therapy 2x6 for the lumbar spine", "true", "8", nil),
        (
            "She has attended 8 aquatic therapy visits with improved function and mobility.", "Physical therapy 2x6 for the lumbar spine",
            "true", "8", "true"
        ),
        (
            "She had 8 sessions of pool therapy, which did not help.", "Physical therapy 2x6 for the lumbar spine", "true", "8",
            "false"
        ),
        ("He completed 12 chiropractic visits.", "Aquatic therapy 2x4 for the lumbar spine", "false", nil, nil),
        ("She has attended 8 aquatic therapy visits.", "Occupational therapy 2x6 for the right hand", "false", nil, nil),
    ] as [(String, String, String, String?, String?)])
func aquaticAndLandTherapyCourses(
    _ summary: String, _ request: String, _ therapy: String, _ sessions: String?, _ benefit: String?
) {
    let facts = requestFacts(request, summary: summary)
    #expect(value(facts, "prior_therapy") == therapy)
    #expect(value(facts, "prior_sessions") == sessions)
    #expect(value(facts, "prior_therapy_benefit") == benefit)
}
