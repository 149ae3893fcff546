import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Engineer injections' rows for the surgery family (cross23/table/surgery.by-injections.tsv, 8
// must-read and 4 must-not, written in their own voices): a surgery as an entry or an interval, a
// consult that finds no surgery indicated, a surgery deferred, a question that asserts nothing, a
// pain generator left unclear. Each summary is read bare (no header: the reference date is the
// summary's latest). Row S09 (a QME's question beside a request for the knee replacement itself)
// is not here: the request for a surgery makes the worker a surgical candidate by itself
// (``TreatmentHistoryFacts``), whatever the summary asks.

@Test(
    arguments: [
        // (summary, request, fact, value)
        (
            "Right knee follow-up 11/15/2016. S/P R TKA 10/4/16, staples out, incision clean and dry. Flexion 0-95 degrees with a mild extension lag. She walks with a front-wheeled walker at home. Plan: start outpatient PT twice a week for six weeks; RFA sent today 11/15/2016.",
            "Post-operative physical therapy 2x6 right knee", "time_since_surgery", "42 days"
        ),
        (
            "Procedure: L4-5 microdiscectomy, 06/2016. At the 07/20/2016 visit he reported the leg pain was gone and the back ached only with sitting. Incision well healed. Lumbar flexion limited to fingertips at the knee. Requesting a course of post-op therapy for core stabilization.",
            "Post-op physical therapy lumbar spine x 12 visits", "surgery_status", "done"
        ),
        (
            "Dr. Ames of spine surgery saw him on 08/25/2016. On review of the films she found no compressive lesion and told him no surgery was indicated, and none is planned. He continues home stretching and ibuprofen. The treating physician now asks for a repeat lumbar MRI.",
            "MRI lumbar spine without contrast", "surgical_candidate", "false"
        ),
        (
            "PT re-evaluation, POD #42 after ORIF of the right bimalleolar ankle fracture. Weight bearing as tolerated in a boot since last week. Dorsiflexion 5 degrees, plantarflexion 30 degrees. Gait is antalgic with a shortened stance on the right.",
            "Physical therapy right ankle 2 times a week for 4 weeks", "time_since_surgery", "42 days"
        ),
        (
            "Her history is notable for a left L5-S1 laminectomy (2012), after which she was well for three years. Since the spring the left buttock and calf pain has returned. She sits no longer than 20 minutes.",
            "Left L5-S1 transforaminal epidural steroid injection", "prior_surgery", "true"
        ),
        (
            "He has axial low back pain without leg symptoms. The pain generator remains unclear to me: facet versus discogenic. Extension and rotation both aggravate it, and the MRI shows mild facet arthropathy with a dark L5-S1 disc. I would like to sort this out with diagnostic blocks.",
            "Lumbar medial branch block L4-5 L5-S1 bilateral", "diagnosis_uncertain", "true"
        ),
        (
            "An MRI of the lumbar spine on 03/14/2016 was read as an L4-5 central protrusion without stenosis. She has had no new injury since then. The legs are neurologically intact on today's exam. The doctor asks for another MRI because the pain persists.",
            "MRI lumbar spine", "prior_study", "true"
        ),
        (
            "The right shoulder arthroscopy with rotator cuff repair was approved by the carrier on 09/12/2016 and is set for 10/03/2016. She has hypertension, controlled on lisinopril. The surgeon asks for a pre-op history and physical with an internist.",
            "Pre-operative medical clearance", "surgery_status", "authorized"
        ),
    ] as [(String, String, String, String)])
func injectionsRowsRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: true)
}

@Test(
    arguments: [
        // (summary, request, fact, the value it must not read)
        (
            "Seen by Dr. Kell (orthopedics) on 09/01/2016 for the right shoulder; she recommended an arthroscopic decompression. The surgery was done on 10/20/2016. At today's visit on 12/01/2016 passive elevation is 150 degrees. The RFA for therapy is dated 12/01/2016; the utilization review is dated 12/08/2016.",
            "Post-operative physical therapy right shoulder 12 sessions", "time_since_surgery", "91 days"
        ),
        (
            "The right knee arthroscopy was deferred until after she finishes her pregnancy; she is due in March. Meanwhile she uses a hinged brace and does quad sets at home. The surgeon's office asks that a cold therapy unit be authorized for use after the operation.",
            "Post-operative cold therapy unit rental, right knee", "surgery_status", "done"
        ),
        (
            "Nurse case manager note. The adjuster asks: is a cervical fusion being considered? The treating physician replied by phone that the worker declines any surgery and wants injections only. She reports arm pain at 6/10 and numbness of the thumb.",
            "Cervical epidural steroid injection C5-6", "surgical_candidate", "true"
        ),
    ] as [(String, String, String, String)])
func injectionsRowsNotRead(_ summary: String, _ request: String, _ fact: String, _ unread: String) {
    expectRequestFact(summary, request, fact, "!" + unread, anyTerm: true)
}
