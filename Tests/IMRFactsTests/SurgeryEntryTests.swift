import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A surgery named as a heading or a list entry is a surgery done, with its kind and date
// ("Right total knee arthroplasty (Dr. X, 10/04/2016).", "S/P R TKA 10/4/16", "Procedure: L4-5
// microdiscectomy, 06/2016", "POD #42 after ORIF"), for index_surgery, prior_surgery,
// time_since_surgery and surgery_status (Postsurgical Treatment Guidelines, 8 CCR 9792.24.3: each
// surgery's course and period, counted from the surgery). A consult is no surgery: a surgeon's
// consult date, a scheduling date, a UR date are no surgery date, and a surgery declined, put off or
// only weighed is not done; "no surgery indicated" makes no surgical candidate. Written in this
// project's own words before the reading. Each row is judged at 12/01/2016, the header's decision date.

@Test(
    arguments: [
        // (summary, request, fact, value)
        (
            "Right total knee arthroplasty (Dr. Nguyen, 10/04/2016). She walks with a single-point cane and flexes to 95 degrees. Quadriceps lag is 10 degrees. Plan: outpatient therapy to restore motion.",
            "Physical therapy 12 visits right knee", "time_since_surgery", "58 days"
        ),
        (
            "S/P R TKA 10/4/16. ROM 5-100, incision healed. Using FWW in the community. Pain 4/10.", "Post-op PT 2x6 right knee",
            "time_since_surgery", "58 days"
        ),
        (
            "Procedure: L4-5 microdiscectomy, 06/2016. The left leg pain resolved after surgery; low back pain is 3/10. He sits for 30 minutes. Core strengthening has not been started.",
            "Physical therapy 8 visits lumbar spine", "time_since_surgery", "183 days"
        ),
        (
            "POD #42 after ORIF of the left ankle. Non-weight bearing ended last week and she is in a boot. Ankle dorsiflexion is 0 degrees. Swelling is mild.",
            "Physical therapy 12 visits left ankle", "time_since_surgery", "42 days"
        ),
        (
            "Surgical history: 1. Left carpal tunnel release, 08/15/2016. 2. Appendectomy, 1998. Grip is 20 pounds on the left and 55 on the right. Scar is tender.",
            "Occupational therapy 6 visits left wrist", "time_since_surgery", "108 days"
        ),
        (
            "Left shoulder arthroscopic rotator cuff repair - 09/12/2016 - Dr. Ames. Out of the sling since late October. Passive elevation is 120 degrees. She cannot reach overhead.",
            "Post-op physical therapy left shoulder 12 visits", "time_since_surgery", "80 days"
        ),
        (
            "Right ACL reconstruction with hamstring autograft on 7/18/16 (Dr. Osei). The quadriceps lag has resolved and he jogs in a straight line. Single-leg hop is 70% of the other side.",
            "Physical therapy 8 visits right knee", "time_since_surgery", "136 days"
        ),
        (
            "He is 9 weeks post right L5-S1 laminectomy. Leg pain is gone; the back is stiff in the mornings. He walks twenty minutes. Lifting is limited to ten pounds.",
            "Physical therapy 8 visits lumbar spine", "time_since_surgery", "63 days"
        ),
        (
            "Op note: right TKA, 11/18/2016, Dr. Lee. Discharged home on day 2 with a walker. Flexion is 70 degrees. The surgeon asks for a CPM at home.",
            "Post-op continuous passive motion machine rental 21 days right knee", "surgery_status", "done"
        ),
        (
            "Right total knee arthroplasty (Dr. Nguyen, 10/04/2016). She walks with a single-point cane and flexes to 95 degrees. Quadriceps lag is 10 degrees.",
            "Physical therapy 12 visits right knee", "index_surgery", "knee_arthroplasty"
        ),
        (
            "S/P R TKA 10/4/16. A warm effusion has persisted for three weeks. Aspiration grew no organisms.",
            "MRI right knee without contrast", "prior_surgery", "true"
        ),
        (
            "Procedure: L4-5 microdiscectomy, 06/2016. The left leg pain came back in October. Straight leg raise is positive on the left.",
            "Lumbar epidural steroid injection L4-5", "prior_surgery", "true"
        ),
        (
            "Right TKA 11/18/2016 (Dr. Lee). Discharged home on day 2 with a walker. She had a DVT after a hip fracture in 2011.",
            "Intermittent pneumatic compression device rental 14 days, post-op right knee", "index_surgery", "knee_arthroplasty"
        ),
        (
            "Procedure: L4-5 microdiscectomy, 06/2016. The left leg pain resolved after surgery; low back pain is 3/10. Core strengthening has not been started.",
            "Physical therapy 8 visits lumbar spine", "index_surgery", "decompression"
        ),
    ] as [(String, String, String, String)])
func surgeryNamedAsAnEntryIsDone(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, decision: "12/01/2016", anyTerm: true)
}

@Test(
    arguments: [
        // (summary, request, fact, value)
        (
            "Dr. Ruiz (spine surgery) saw him on 08/25/2016: no surgery indicated, and none planned. He continues a home exercise program. Lumbar flexion is 50 degrees.",
            "Physical therapy 8 visits lumbar spine", "surgical_candidate", "false"
        ),
        (
            "Spine surgery consultation 07/12/2016: not a surgical candidate; continue conservative care. Neck pain is 5/10. Rotation is 60 degrees each way.",
            "Physical therapy 8 visits cervical spine", "surgical_candidate", "false"
        ),
    ] as [(String, String, String, String)])
func consultReadsNoCandidate(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, decision: "12/01/2016", anyTerm: true)
}

@Test(
    arguments: [
        // (summary, request, fact, the value it must not read)
        (
            "Dr. Ruiz (spine surgery) saw him on 08/25/2016: no surgery indicated, and none planned. He continues a home exercise program. Lumbar flexion is 50 degrees.",
            "Physical therapy 8 visits lumbar spine", "time_since_surgery", "98 days"
        ),
        (
            "Dr. Ruiz (spine surgery) saw him on 08/25/2016: no surgery indicated, and none planned. He continues a home exercise program. Lumbar flexion is 50 degrees.",
            "Physical therapy 8 visits lumbar spine", "prior_surgery", "true"
        ),
        (
            "Orthopedic consultation with Dr. Fell on 09/30/2016 for the right knee. He would consider an arthroscopy if the effusion persists. She is doing quadriceps sets at home.",
            "Physical therapy 6 visits right knee", "time_since_surgery", "62 days"
        ),
        (
            "On 10/10/2016 the left carpal tunnel release was scheduled for 12/15/2016. Night numbness persists. Phalen test is positive.",
            "Post-op occupational therapy 8 visits left wrist", "surgery_status", "done"
        ),
        (
            "The right shoulder arthroscopy was put off in October until her A1c is under 8. She keeps up pendulum exercises. Forward flexion is 110 degrees.",
            "Post-op physical therapy right shoulder 12 visits", "surgery_status", "done"
        ),
        (
            "UR of 10/28/2016 certified a left knee arthroscopy; it has not been scheduled. He walks without a limp. McMurray is positive.",
            "Post-op physical therapy left knee 12 visits", "time_since_surgery", "34 days"
        ),
        (
            "She declined the L5-S1 fusion Dr. Park offered her on 09/01/2016. She prefers to keep up her walking program. Back pain is 6/10.",
            "Physical therapy 8 visits lumbar spine", "prior_surgery", "true"
        ),
        (
            "Right total hip arthroplasty: surgeon's consult 11/02/2016, would consider it after weight loss. She walks with a cane. Groin pain is 7/10.",
            "Front-wheeled walker for use after right total hip arthroplasty", "surgery_status", "done"
        ),
    ] as [(String, String, String, String)])
func consultIsNoSurgeryDone(_ summary: String, _ request: String, _ fact: String, _ unread: String) {
    expectRequestFact(summary, request, fact, "!" + unread, decision: "12/01/2016", anyTerm: true)
}
