import Testing

// Engineer mood's rows for this session's labels reader (`/work/notes/cross24/table/labels.by-mood.tsv`,
// 6 must-read + 3 must-not, in mood's own voices): a course named by a label or a visit range, a table
// of two columns, abbreviated care, work in shorthand; a plan's count, another therapy's course and
// a goal are not read. On the start binary of this session (f2746f0): 3 of 6 must-read and 3 of 3
// must-not read as written.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Lumbar strain lifting a pallet on 06/02/2016. Rehab so far — Coastal PT, visits 1-8 (07/11-08/19/16): core work, lifting mechanics. Oswestry 44% at intake, 26% at the last visit. He keeps up the home program daily.",
            "Physical therapy 6 additional visits lumbar spine", "prior_sessions", "8"
        ),
        (
            "Neck pain after a rear-end collision in May 2016. Chiropractic care, 6 visits (08/01-09/09/16). Intake | D/C: NDI 38% | 18%; R rotation 45 | 70 deg; headache days/wk 5 | 1. Works full shifts at the bank.",
            "Chiropractic manipulation 6 visits cervical spine", "prior_therapy_benefit", "true"
        ),
        (
            "Axial low back pain for 9 months, worse on extension and rotation. Tx so far: PT x10 (6/16-8/16) helped a few days at a time, then back to the same; chiro x4, no change; naproxen 500 bid since 5/16 w/o much help; home stretches daily. Pain 7/10 on extension. Neuro exam normal.",
            "Lumbar facet medial branch block L4-5 bilateral", "conservative_care_failed", "true"
        ),
        (
            "Low back pain since a fall from a loading ramp in March 2016. Work: TTD 4/2-6/30/16; RTW 7/1/16 modified, 6 h/d, no lifting over 15 lb, as a parts clerk. Pain 5/10 by the end of a shift. Lumbar flexion to mid-shin.",
            "Acupuncture 6 visits lumbar spine", "returned_to_work", "true"
        ),
        (
            "Right shoulder strain reaching overhead on 07/14/2016. Status: back at work on restricted duty, no overhead reaching, 30 h/wk, since 09/12/16. Forward flexion 140 degrees with a painful arc. She ices the shoulder at night.",
            "Physical therapy 8 visits right shoulder", "work_status", "modified_duty"
        ),
        (
            "Chronic low back pain since a lifting injury in 2015. Acupuncture #1-6 (10/3-11/7/16) with a licensed acupuncturist. Before the first needling she rated the pain 7/10 and could stand 10 minutes; by the sixth visit it was 4/10 and 30 minutes. She is back to doing her own grocery shopping.",
            "Acupuncture 6 additional sessions lumbar spine", "prior_therapy_benefit", "true"
        ),
    ] as [(String, String, String, String)])
func labelsByMoodRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Neck pain with stiffness after a fall at work on 09/20/2016. No therapy to date; she has used ice and ibuprofen. Plan: PT 2x/wk x 6 wks (12 visits) for the neck, to start after authorization. Rotation 50 degrees each way.",
            "Physical therapy 12 visits cervical spine", "prior_sessions", "!12"
        ),
        (
            "Neck pain after lifting a box overhead in June 2016. Chiro x6 (8/16): neck rotation 40 -> 70 degrees, driving again. No physical therapy has been given. She now has numbness in the right thumb.",
            "Physical therapy 6 visits cervical spine", "prior_therapy_benefit", "!true"
        ),
        (
            "Right knee sprain on a roof in April 2016. Currently TTD. Goal: RTW full duty as a roofer by January. He climbs stairs one at a time.",
            "Work hardening 10 visits", "returned_to_work", "!true"
        ),
    ] as [(String, String, String, String)])
func labelsByMoodNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
