import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

@Test(arguments: [
    "Current pain was rated 10 out of 10.",
    "Pain levels were rated 2-5 out of 10 on a visual analog scale.",
    "She complained of left knee pain rated as 10 of 10.",
    "He rates his pain as seven out of ten.",
    "Pain is 6/10 today.",
    "The VAS score was 7.",
    "His pain level of 6 limits his walking.",
    "Pain was 4 on a scale of 0 to 10.",
    "Chiropractic care decreased his pain from 8 to 4.",
])
func painScoresAreReadInEveryNotation(_ summary: String) {
    #expect(summaryFacts(summary)["pain_scores"]?.value == .bool(true))
}

@Test(arguments: [
    "He completed 3 of 10 sessions of physical therapy.",
    "Low back pain for 2 weeks.",
    "The pain started 3 months ago after a fall.",
    "She attended 6 out of 12 visits.",
])
func countsThatAreNotPainScoresAreNot(_ summary: String) {
    #expect(summaryFacts(summary)["pain_scores"] == nil)
}

@Test func painFromOneScoreToAnotherIsWithAndWithoutTreatment() {
    let facts = summaryFacts("Her medications decrease her pain from 8 out of 10 to 4 out of 10.")
    #expect(facts["pain_with_without_medication"]?.value == .bool(true))
    // One score in "6/10" is not two.
    #expect(summaryFacts("Her medications help; pain is rated 6/10.")["pain_with_without_medication"] == nil)
}

@Test(
    arguments: [
        // (summary, neurologic_deficit)
        ("The injured worker complained of limited back motion and weakness in the leg.", nil),
        ("She reports numbness and subjective weakness of the right hand.", nil),
        ("He complains of back pain; examination revealed weakness of the left EHL.", true),
        ("Left foot muscle strength is 5 out of 5 in dorsiflexion and plantar flexion.", false),
        ("Strength was 4 out of 5 in the right quadriceps.", true),
        ("Motor strength is 4/5 in the left hip flexors.", true),
        ("He attended 4 out of 5 scheduled visits.", nil),
        ("Examination of the bilateral wrists revealed positive Tinel's, mildly weak grip, and Finkelstein's on the right.", true),
        ("On exam there was no abnormal findings.", false),
    ] as [(String, Bool?)])
func aNeurologicDeficitIsAnExaminationFindingNotAComplaint(_ summary: String, _ deficit: Bool?) {
    #expect(summaryFacts(summary)["neurologic_deficit"]?.value == deficit.map(FactValue.bool))
}

@Test(arguments: [
    ("The injured worker is currently working with modification.", "modified_duty"),
    ("He returned to work with restrictions.", "modified_duty"),
    ("She is currently working full duty.", "full_duty"),
    (
        "The IW has not returned to work. Relevant treatments have included physical therapy, work restrictions, and medications.",
        "not_working"
    ),
])
func workWithModificationsIsModifiedDuty(_ summary: String, _ status: String) {
    #expect(summaryFacts(summary)["work_status"]?.value == .term(status))
}

/// A goal, a wish or a plan to return to work tells no work status; a stated status still does.
@Test(
    arguments: [
        // (summary, work status)
        ("He is highly motivated to return to work.", nil),
        ("The goal is to return to work.", nil),
        ("She would like to return to work as a cashier.", nil),
        ("Pt hopes to go back to work soon.", nil),
        ("He plans to return to modified duty next month.", nil),
        ("Goals: improve function and return to work.", nil),
        ("He is unable to return to work.", "not_working"),
        ("He has returned to work full duty.", "full_duty"),
        ("He remains off work; he is motivated to return to work.", "not_working"),
    ] as [(String, String?)])
func aGoalToReturnToWorkTellsNoStatus(_ summary: String, _ status: String?) {
    #expect(value(summaryFacts(summary), "work_status") == status)
}

/// Work status in other words; being permanent and stationary (at maximal medical improvement)
/// tells none.
@Test(
    arguments: [
        // (summary, work status)
        ("He is no longer working.", "not_working"),
        ("He stopped working in 2015.", "not_working"),
        ("Currently not employed.", "not_working"),
        ("He was laid off after the injury.", "not_working"),
        ("He is back at work.", "full_duty"),
        ("He is permanent and stationary.", nil),
        ("She was declared permanent and stationary and remains off work.", "not_working"),
        ("He is permanent and stationary and working with restrictions.", "modified_duty"),
    ] as [(String, String?)])
func workStatusIsReadInOtherWords(_ summary: String, _ status: String?) {
    #expect(value(summaryFacts(summary), "work_status") == status)
}
