import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// An earlier study of the requested kind and region (prior_study), told in any shape: a dated
// report heading, a study told with a time of the past ("an MRI in March showed"), a film from
// elsewhere reviewed today, X-rays at the ER, an EMG/NCS done last year, a row of an imaging list, a
// "repeat" study. ACOEM chapters 8, 12 and 13 and ODG: a repeat study only on a significant change
// in symptoms or findings. Not done: a study ordered, pending, planned, denied or declined; another
// region's; another kind (X-rays for an MRI request); "no imaging to date".
//
// The rows marked so were written by engineer injections (cross22/table/surgery.by-injections.tsv);
// the rest in this project's own words, one in a vignette's shape (batch 6, marked).

/// The facts of one request of a bare summary, judged at `decided` (the header's decision date).
private func studyFacts(_ summary: String, _ request: String, decided: String = "12/01/2016") -> FactSet {
    let input = bareCase(summary, requests: [request], decision: decided)
    return extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
}

@Test(
    arguments: [
        // (summary, request)
        // Engineer injections' rows.
        (
            "MRI LUMBAR SPINE WITHOUT CONTRAST, 04/11/2016: L4-5 broad-based disc protrusion with moderate left lateral recess narrowing; L5-S1 mild facet arthropathy.",
            "Repeat MRI lumbar spine without contrast"
        ),
        (
            "She brought an outside MRI of the neck on disc; I reviewed the films myself and agree with the radiologist about the C5-6 osteophyte complex.",
            "MRI cervical spine"
        ),
        (
            "The lumbar MRI in March showed a right paracentral extrusion at L5-S1 contacting the traversing S1 root.",
            "MRI of the lumbar spine"
        ),
        (
            "X-rays of the right knee taken at the ER the day of the fall were read as showing no fracture, a small joint effusion only.",
            "X-ray right knee 3 views"
        ),
        (
            "Electrodiagnostic testing of both upper extremities was performed last year by Dr. Anand and showed mild bilateral median neuropathy at the wrist, no cervical radiculopathy.",
            "EMG/NCV bilateral upper extremities"
        ),
        (
            "Imaging: | Date | Study | Impression | / | 02/09/2016 | MRI R shoulder | full-thickness supraspinatus tear, 1.2 cm retraction |",
            "MRI right shoulder without contrast"
        ),
        (
            "Records reviewed include a CT scan of the lumbar spine dated 7/22/15, which demonstrates a solid L4-5 fusion mass.",
            "CT lumbar spine"
        ),
        (
            "He had an MRI of the left shoulder done at an imaging center in Fresno after the injury; the report describes a labral tear.",
            "MRI left shoulder"
        ),
        // This project's own rows.
        // A vignette's shape (batch 6): a dated report line with the ordering clinic in brackets.
        (
            "MRI R knee 10/25/16 (outside facility, 1.5T, ordered by urgent care): horizontal tear post horn medial meniscus, ligaments intact, small effusion.",
            "MRI right knee without contrast"
        ),
        (
            "She brought an outside lumbar MRI on disc from a community imaging center, which I reviewed today: mild L5-S1 foraminal narrowing.",
            "MRI of the lumbar spine without contrast"
        ),
        (
            "X-rays of the right wrist taken in the emergency department on the day of injury were negative for fracture.",
            "X-ray right wrist 3 views"
        ),
        (
            "EMG/NCS of both upper extremities last year: moderate right carpal tunnel syndrome, no cervical radiculopathy.",
            "EMG/NCS bilateral upper extremities"
        ),
        (
            "He had a CT of the neck at the trauma center after the crash; no fracture was seen.",
            "CT of the cervical spine without contrast"
        ),
        (
            "Per the radiology report of 08/02/2016, the MRI of the left shoulder demonstrates a full-thickness supraspinatus tear.",
            "MRI left shoulder without contrast"
        ),
        (
            "Imaging - MRI C-spine 06/14/2016 - C5-6 disc osteophyte complex, mild foraminal stenosis bilaterally.",
            "MRI of the cervical spine without contrast"
        ),
        (
            "An MRI in March showed a small disc protrusion at L4-5 without nerve root compression.",
            "MRI of the lumbar spine without contrast"
        ),
        ("Plan: repeat MRI of the lumbar spine to compare with the earlier study.", "MRI of the lumbar spine without contrast"),
    ] as [(String, String)])
func priorStudyInAnyShape(_ summary: String, _ request: String) {
    #expect(value(studyFacts(summary, request), "prior_study") == "true")
}

@Test(
    arguments: [
        // (summary, request)
        // Engineer injections' rows.
        (
            "An MRI of the lumbar spine was ordered at the last visit and is still awaiting authorization; he has had no imaging of the back.",
            "MRI lumbar spine"
        ),
        (
            "She had an MRI of the cervical spine in 2015 that showed a C6-7 protrusion. Her low back pain began after the current fall.",
            "MRI lumbar spine"
        ),
        (
            "Lumbar spine X-rays of 05/03/2016 showed disc space narrowing at L5-S1 and no instability on flexion and extension views.",
            "MRI lumbar spine without contrast"
        ),
        (
            "An EMG of the legs was recommended by the prior physician, but the patient declined the needle study and it was never done.",
            "EMG bilateral lower extremities"
        ),
        // This project's own rows.
        ("An MRI of the lumbar spine was ordered on 10/12/2016 and is pending authorization.", "MRI of the lumbar spine without contrast"),
        ("She declined the knee MRI offered in September because of claustrophobia.", "MRI right knee without contrast"),
        ("MRI of the cervical spine in 2015 showed a C5-6 disc bulge.", "MRI of the lumbar spine without contrast"),
        ("X-rays of the lumbar spine on 10/02/2016 showed mild spondylosis.", "MRI of the lumbar spine without contrast"),
        ("No imaging to date.", "MRI of the right shoulder without contrast"),
        ("The shoulder MRI requested in August was non-certified by utilization review.", "MRI of the right shoulder without contrast"),
        ("Plan: EMG/NCS of the left leg in two weeks; review the results at the next visit.", "EMG/NCS left lower extremity"),
        ("MRI of the left knee on 09/14/2016 showed a medial meniscus tear.", "MRI right knee without contrast"),
    ] as [(String, String)])
func noPriorStudy(_ summary: String, _ request: String) {
    #expect(value(studyFacts(summary, request), "prior_study") != "true")
}
