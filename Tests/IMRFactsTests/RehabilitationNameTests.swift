import IMRFacts
import Testing

/// Physical rehabilitation told by another name (an athletic trainer's log, a team's or a clinic's
/// rehabilitation): supervised, by its weeks or its frequency, its sessions or protocol, with a
/// trainer, the strengthening of a named muscle group. Not a bare "rehabilitation" of a specialty,
/// of drugs or vocational, and not a plan.
@Test(arguments: [
    // Must read.
    (
        "- 04/25 to 06/24/2016: rehabilitation 5 days a week (range of motion, quadriceps and hamstring strengthening, bike, pool), 9 weeks.",
        true
    ),
    ("Despite 9 weeks of supervised rehabilitation he cannot return to play.", true),
    ("She did rehab with the team's trainer three times a week for a month.", true),
    ("Six weeks of rehab after the sprain, without lasting benefit.", true),
    ("He completed a course of rehabilitation in the spring.", true),
    ("Rehab sessions at the clubhouse: 14 so far.", true),
    // Must not.
    ("Seen by Dr. Park of physical medicine and rehabilitation for the back.", false),
    ("Drug rehabilitation for alcohol in 2012, sober since.", false),
    ("Vocational rehabilitation counselor assigned by the carrier.", false),
    ("Rehabilitation was recommended after the surgery.", false),
    ("Cardiac rehabilitation after his 2014 bypass.", false),
    ("No rehabilitation has been done since the injury.", false),
])
func rehabilitationByAnotherNameIsPhysicalRehabilitation(_ summary: String, _ done: Bool) {
    let facts = summaryFacts(summary, request: "Left knee arthroscopy with partial medial meniscectomy")
    #expect((value(facts, "physical_rehabilitation") == "true") == done)
}
