import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A completed trial's benefit told as activities regained (prior_therapy_benefit; 8 CCR 9792.20:
// functional improvement, a clinically significant improvement in activities of daily living; MTUS
// physical medicine: further visits on documented functional improvement): an activity regained in
// the trial's sentence or the two after it, tied to the therapy or to nothing, not to a drug. Written
// before the reading, committed failing; the first row is last session's cross row. The must-not
// rows: an activity still lost, one tied to a drug, a goal before the trial, another person's.

@Test(
    arguments: [
        // (summary, request)
        (
            "After 8 PT visits she climbs the stairs to her apartment without stopping and carries her own laundry again.",
            "Physical therapy 2x4 lumbar spine"
        ),
        (
            "Since finishing six sessions of acupuncture he is back to sleeping through the night and has resumed his morning walks.",
            "Acupuncture 6 sessions, lumbar spine"
        ),
        (
            "He completed 12 chiropractic visits. He has returned to golf and now does his own yard work.",
            "Chiropractic manipulation 6 visits, lumbar spine"
        ),
        ("Following 10 sessions of aquatic therapy, she is able to walk to the mailbox again.", "Aquatic therapy 8 sessions, lumbar spine"),
        (
            "She has had 8 sessions of occupational therapy for the right hand; she is back to buttoning her own blouses and cooking.",
            "Occupational therapy 6 visits, right hand"
        ),
        (
            "PT x12 completed 10/2016. Pt now able to vacuum and do laundry without help, back to walking the dog.",
            "Physical therapy 2x3 cervical spine"
        ),
    ] as [(String, String)])
func trialBenefitToldAsActivitiesRegained(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") == "true")
}

@Test(
    arguments: [
        // (summary, request)
        ("After 8 PT visits she still cannot climb the stairs to her apartment.", "Physical therapy 2x4 lumbar spine"),
        ("Since starting Norco after her PT course she is back to gardening.", "Physical therapy 2x4 lumbar spine"),
        ("She will start PT next week; the goal is to return to gardening.", "Physical therapy 2x4 lumbar spine"),
        (
            "He completed 12 chiropractic visits. Since starting gabapentin he has returned to golf.",
            "Chiropractic manipulation 6 visits, lumbar spine"
        ),
        ("Her husband has resumed golf since her PT ended.", "Physical therapy 2x4 lumbar spine"),
    ] as [(String, String)])
func activitiesNotTheTrialsAreNoBenefit(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") != "true")
}
