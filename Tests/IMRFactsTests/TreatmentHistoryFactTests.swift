import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

@Test(arguments: [
    "Past treatment includes physical therapy, acupuncture and medications.",
    "Treatment to date has included physical therapy and medications.",
    "Relevant treatments have included: left hand surgery, physical therapy, work restrictions, and medications.",
    "She completed 12 sessions of physical therapy.",
    "Physical therapy notes from November were reviewed.",
    "Her pain persists despite physical therapy.",
    "The plan is to continue physical therapy twice a week.",
])
func earlierTherapyIsReadFromHistoryWording(_ summary: String) {
    #expect(
        requestFacts("Physical therapy 2 times a week for 4 weeks for the lumbar spine", summary: summary)["prior_therapy"]?.value
            == .bool(true))
}

@Test(arguments: [
    "The treatment plan included physical therapy, acupuncture and a TENS unit.",
    "The treatment plan included an MRI, physical therapy, and continuing medications.",
    "Physical therapy was recommended.",
])
func therapyOnlyPlannedIsNotEarlierTherapy(_ summary: String) {
    #expect(
        requestFacts("Physical therapy 2 times a week for 4 weeks for the lumbar spine", summary: summary)["prior_therapy"]?.value
            == .bool(false))
}

@Test func preoperativeTherapyIsNotEarlierPostoperativeTherapy() {
    let request = "Associated surgical service: physical therapy 12 visits for the left shoulder"
    let before = requestFacts(
        request, summary: "Treatment to date includes physical therapy and medications. Shoulder arthroscopy is planned.")
    #expect(before["prior_therapy"]?.value == .bool(false))
    let after = requestFacts(
        request, summary: "He has completed 8 sessions of postoperative physical therapy after the shoulder arthroscopy.")
    #expect(after["prior_therapy"]?.value == .bool(true))
}

@Test(arguments: [
    // (summary, requested region's surgery is documented)
    ("Past treatment included medications, lumbar spine surgery x2 in 2011, and anterior cervical fusion in 2014.", true),
    ("Past treatment included lumbar epidural injections and an anterior cervical fusion in 2014.", false),
    ("He is status post right knee arthroscopy in 2015 and has low back pain.", false),
])
func surgeryBelongsToTheRegionNamedNearest(_ summary: String, _ lumbar: Bool) {
    let facts = requestFacts("MRI of the lumbar spine", summary: summary)
    #expect((facts["prior_surgery"]?.value == .bool(true)) == lumbar)
}

@Test func aFusionOfAnyNamedKindIsAPriorFusion() {
    let facts = requestFacts(
        "MRI of the lumbar spine", summary: "Past treatment included an anterior cervical discectomy and fusion in 2014.")
    #expect(facts["prior_fusion"]?.value == .bool(true))
}

@Test func noEarlierStudyOfTheKindOutsideThePlanAndTheReviewIsNone() {
    let none = requestFacts(
        "MRI of the lumbar spine",
        summary:
            "X-rays of the lumbar spine dated 11-16-2016 showed mild degenerative changes. The treatment plan included an MRI of the lumbar spine."
    )
    #expect(none["prior_study"]?.value == .bool(false))
    let earlier = requestFacts(
        "MRI of the lumbar spine", summary: "An MRI of the lumbar spine dated 10/01/2016 revealed a disc protrusion.")
    #expect(earlier["prior_study"]?.value == .bool(true))
    // A study told with a verb of having it was done (`study_done`, twenty-second session: before
    // it, a study without a date or a result was read neither way); one named with no word of
    // either is still not read either way.
    #expect(requestFacts("MRI of the lumbar spine", summary: "He had an MRI of the lumbar spine.")["prior_study"]?.value == .bool(true))
    #expect(requestFacts("MRI of the lumbar spine", summary: "An MRI of the lumbar spine was sought.")["prior_study"] == nil)
}

@Test func aRequestedSurgeryMakesASurgicalCandidate() {
    #expect(requestFacts("Left shoulder arthroscopy with labral repair")["surgical_candidate"]?.value == .bool(true))
    #expect(requestFacts("MRI of the left shoulder")["surgical_candidate"] == nil)
}

@Test(arguments: [
    // Persistence stated before the treatment list.
    "She presented with continued low back pain. Treatment to date has included physical therapy and medications.",
    "Records noted ongoing headaches and neck pain. Relevant treatments have included: physical therapy, work restrictions, and medications.",
    // After it, in other words.
    "Treatments to date include activity modification and physical therapy. She complained of increasing pain.",
    "Treatment has included physical therapy. The injured worker reported not feeling any improvement to right shoulder pain.",
    "She was undergoing physical therapy, reducing pain, but temporary.",
    "The patient continues to have instability of his left shoulder despite physical therapy.",
])
func failedConservativeCareIsReadInOtherWords(_ summary: String) {
    // A request of no region reads the whole case's care (a region's request reads its own).
    #expect(requestFacts("Norco 10/325mg #60", summary: summary)["conservative_care_failed"]?.value == .bool(true))
}

@Test(arguments: [
    // Only planned.
    "He has persistent low back pain. The treatment plan included physical therapy and a home exercise program.",
    // After a surgery: post-operative care, not conservative care.
    "She is status post carpal tunnel release and wears a splint. She has persistent numbness.",
    // A name holding an improvement word says nothing of the symptoms.
    "Past treatment includes physical therapy. The patient was not at maximal medical improvement.",
])
func careNotGivenOrNotConservativeIsNotFailedConservativeCare(_ summary: String) {
    #expect(summaryFacts(summary)["conservative_care_failed"] == nil)
}

/// Earlier therapy told in other reviewers' words: received, attended, attempted, a count of notes
/// or visits written after the unit, "in spite of".
@Test(
    arguments: [
        // (summary, prior_therapy, prior_sessions)
        ("Physical therapy progress notes x 12 were submitted for review.", true, 12),
        ("PT notes x12 were reviewed.", true, 12),
        ("She has attended 18 PT visits to date.", true, 18),
        ("He has received physical therapy for the low back.", true, nil),
        ("She has been going to physical therapy twice weekly since March.", true, nil),
        ("Physical therapy was attempted without lasting relief.", true, nil),
        ("Pain continues in spite of physical therapy and medications.", true, nil),
        // Care that failed or brought no change was given; "despite" reaches it across a duration.
        ("Failed conservative tx incl PT, meds.", true, nil),
        ("No relief with PT and NSAIDs.", true, nil),
        ("Pain has not responded to physical therapy.", true, nil),
        ("Pain refractory to PT, chiro and meds.", true, nil),
        ("LBP persists despite 6 weeks of PT.", true, nil),
        ("Pain persists despite a course of physical therapy.", true, nil),
        ("Symptoms continue in spite of 12 sessions of PT.", true, 12),
        ("She continues to work despite pain. Physical therapy is recommended.", false, nil),
        ("The treatment plan is physical therapy x 12 visits.", false, nil),
        ("Physical therapy 12 visits was requested.", false, nil),
        // A treatment-to-date list tells sessions done without a word of its own.
        ("Treatment to date: activity modification and six physical therapy visits.", true, 6),
        ("Treatment to date has included rest; medications and 8 PT sessions, without benefit.", true, 8),
        // A measurement is not a count of the unit that follows it in another phrase ("additional"
        // therapy was given before, how many times is not said).
        ("Hip abduction was 20 degrees, the treatment plan included additional physical therapy.", true, nil),
        ("Flexion was 20° abnormal the treatment plan included additional physical therapy.", true, nil),
    ] as [(String, Bool, Int?)])
func earlierTherapyIsReadInOtherReviewersWords(_ summary: String, _ prior: Bool, _ sessions: Int?) {
    let facts = requestFacts("Physical therapy 2 times a week for 4 weeks for the lumbar spine", summary: summary)
    #expect(facts["prior_therapy"]?.value == .bool(prior))
    #expect(facts["prior_sessions"]?.value == sessions.map { .number(Double($0)) })
}

/// A count belongs to the therapy its unit is named with: in a list of several therapies, the
/// sessions of acupuncture or chiropractic are not those of the requested therapy.
@Test(
    arguments: [
        // (request, summary, prior_sessions)
        (
            "Physical therapy x 6",
            "Treatments to date include at least six (6) acupuncture treatments, at least twelve (12) physical therapy sessions.",
            12
        ),
        ("Physical therapy x 6", "She has completed 8 chiropractic visits and 10 sessions of physical therapy.", 10),
        ("Physical therapy x 6", "He had 6 acupuncture sessions and 12 PT visits.", 12),
        ("Physical therapy x 6", "She has had 24 visits of chiropractic care and some physical therapy.", nil),
        ("Acupuncture x 6", "Treatment has included 12 physical therapy sessions and 6 acupuncture treatments.", 6),
        ("Acupuncture x 6", "He completed 12 sessions of PT and 6 sessions of acupuncture.", 6),
        ("Chiropractic treatment x 6", "Prior care included 18 chiropractic visits, 12 PT sessions and 6 acupuncture treatments.", 18),
        // A count of no therapy named beside its unit still counts for the therapy of the sentence.
        ("Physical therapy x 6", "He has completed 12 sessions to date of physical therapy.", 12),
    ] as [(String, String, Int?)])
func aSessionCountBelongsToTheTherapyNamedWithIt(_ request: String, _ summary: String, _ sessions: Int?) {
    #expect(requestFacts(request, summary: summary)["prior_sessions"]?.value == sessions.map { .number(Double($0)) })
}

@Test(arguments: [
    ("She has received physical therapy with minimal benefit.", false),
    ("Physical therapy gave only temporary relief.", false),
    ("Physical therapy improved her walking tolerance.", true),
])
func aBenefitTooSmallIsNoBenefitOfEarlierTherapy(_ summary: String, _ benefit: Bool) {
    let facts = requestFacts("Physical therapy 2 times a week for 4 weeks for the lumbar spine", summary: summary)
    #expect(facts["prior_therapy_benefit"]?.value == .bool(benefit))
}

@Test(arguments: [
    "Pain continues in spite of physical therapy and medications.",
    "Conservative measures including PT have failed.",
    "She did not respond to a course of chiropractic care and NSAIDs.",
    "Conservative treatment with physical therapy has not helped.",
])
func failedConservativeCareIsReadInOtherReviewersWords(_ summary: String) {
    #expect(summaryFacts(summary)["conservative_care_failed"]?.value == .bool(true))
}

/// Physical rehabilitation done, under way or planned: a rehabilitation stay, exercise therapy by
/// other names, and therapy the request names (a plan of it).
@Test(
    arguments: [
        ("The injured worker was admitted to rehabilitation for daily medical management.", true),
        ("He was transferred to an inpatient rehab unit after the fusion.", true),
        ("She attends aquatic therapy twice a week.", true),
        ("He completed a work hardening program in 2015.", true),
        ("She was seen by a hand therapist for splinting and exercises.", true),
        ("The request for authorization requested physical therapy 2x4, a CT scan of the head and naproxen.", true),
        ("Utilization review modified the request for 12 physical therapy visits to 6 visits.", true),
        ("He has not had physical therapy.", false),
        ("Vocational rehabilitation was offered.", nil),
        ("He has low back pain.", nil),
    ] as [(String, Bool?)])
func physicalRehabilitationIsReadInOtherWords(_ summary: String, _ value: Bool?) {
    #expect(summaryFacts(summary)["physical_rehabilitation"]?.value == value.map { .bool($0) })
}

/// A study of the nerves tests a limb and the spinal roots that reach it: an earlier EMG/NCS that
/// found or ruled out a cervical radiculopathy is a study of the arms, not of another region; an
/// image of the neck is not one of the shoulder.
@Test(
    arguments: [
        // (request, summary, prior_study)
        (
            "EMG/NCS of the bilateral upper extremities",
            "EDS 11/30/16: c/w mod b/l CTS; neg for ulnar neuropathy; no EMG evidence of acute cervical radiculopathy.", true
        ),
        ("EMG of the right hand", "EMG/NCS of the cervical spine and arms in 2015 was normal.", true),
        ("NCS of the left upper extremity", "An EMG in 2014 showed chronic C6 radiculopathy of the neck.", true),
        (
            "EMG/NCS of the bilateral lower extremities", "EMG/NCV dated 2/1/2016 revealed a left L5 radiculopathy in the lumbar spine.",
            true
        ),
        ("EMG/NCS of the bilateral upper extremities", "EMG/NCS of the lower extremities in 2015 showed L5 radiculopathy.", false),
        ("MRI of the right shoulder", "MRI of the cervical spine showed a C5-6 disc protrusion.", false),
    ] as [(String, String, Bool)])
func aNerveStudyTestsTheRootsThatReachItsLimb(_ request: String, _ summary: String, _ prior: Bool) {
    #expect(requestFacts(request, summary: summary)["prior_study"]?.value == .bool(prior))
}

/// Surgery planned or considered, and surgery said not to be: a surgery with a plan word denied
/// outside the review is none planned; a surgery requested keeps the worker a candidate.
@Test(
    arguments: [
        // (summary, request, surgical candidate)
        ("He is a surgical candidate.", "MRI of the lumbar spine", "true"),
        ("He is not a surgical candidate.", "MRI of the lumbar spine", "false"),
        ("He is not a candidate for surgery.", "MRI of the lumbar spine", "false"),
        ("Surgery is not recommended at this time.", "MRI of the lumbar spine", "false"),
        ("UR noted he is not a surgical candidate.", "MRI of the lumbar spine", nil),
        ("He is not a surgical candidate.", "L4-5 laminectomy", "true"),
    ] as [(String, String, String?)])
func aSurgeryDeniedWithAPlanWordIsNoneConsidered(_ summary: String, _ request: String, _ expected: String?) {
    #expect(value(requestFacts(request, summary: summary), "surgical_candidate") == expected)
}
