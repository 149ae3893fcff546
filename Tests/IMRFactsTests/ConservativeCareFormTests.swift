import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Conservative care failed read as a form, not as phrases: care tried (any conservative treatment,
// in a list, a clause, a heading or a "despite" construction), then its result in the same or the
// next sentence (no or little change, not improved, still or remaining symptoms or inability,
// worsened, returned), about the complaint of the request. Written in the project's own words
// (PR-2, UR nurse, terse note, narrative reviewer) before the reading; four rows reuse a vignette's
// wording (marked).

@Test(
    arguments: [
        // (summary, request, conservative_care_failed)
        (
            "Prior treatment: chiropractic x 6, cyclobenzaprine and home stretching. No appreciable change in her neck pain.",
            "Cervical epidural steroid injection C6-7", true
        ),
        (
            "Treatment so far has consisted of acupuncture and meloxicam without any meaningful change in his low back pain.",
            "MRI of the lumbar spine", true
        ),
        (
            "He has worked light duty since March and did a course of physical therapy; his right knee pain has not gotten any better.",
            "Right knee arthroscopy with partial medial meniscectomy", true
        ),
        (
            "Conservative care has included naproxen, a knee brace and 6 PT sessions, with only brief relief.",
            "Right knee arthroscopy with partial medial meniscectomy", true
        ),
        (
            "Despite eight weeks of a wrist splint and two courses of NSAIDs, she still wakes at night with numbness in the right hand.",
            "Right carpal tunnel release", true
        ),
        (
            "Tried: ibuprofen, gabapentin, TENS, HEP. Result: minimal change.",
            "Lumbar epidural steroid injection L5-S1", true
        ),
        (
            "She has been off work and uses a TENS unit and tramadol. She remains unable to lift her grandchild because of the back pain.",
            "MRI of the lumbar spine", true
        ),
        (
            "Physiotherapy, rest and diclofenac gel were ineffective for the lateral elbow pain.",
            "MRI of the right elbow", true
        ),
        (
            "Claimant completed 6 of 6 acupuncture visits with no functional change; continues to report neck pain 6/10.",
            "MRI of the cervical spine", true
        ),
        (
            "Home exercise and modified duty for three months did not change his shoulder symptoms.",
            "MRI of the right shoulder", true
        ),
        (
            "In spite of a lumbar brace, Mobic and a course of aquatic therapy, the leg symptoms have worsened.",
            "Lumbar epidural steroid injection L5-S1", true
        ),
        (
            "Eight sessions of physical therapy and meloxicam made no difference to her knee pain.",
            "Right knee arthroscopy with partial medial meniscectomy", true
        ),
        (
            "A right carpal tunnel steroid injection in August gave relief for about three weeks, and the numbness has since returned.",
            "Right carpal tunnel release", true
        ),
        (
            "Naproxen and a lumbar support were tried over the summer. Her back pain is no better and she cannot sit through a work shift.",
            "MRI of the lumbar spine", true
        ),
        // Vignette wording (batch 2).
        (
            "Tx to date: PT x 8 (June-Aug), ibuprofen 800 TID x 6 wks, Medrol Dosepak 09/2016 - no lasting change in leg sx.",
            "Lumbar epidural steroid injection L5-S1", true
        ),
        (
            "He finished 8 physical therapy visits, uses ibuprofen and has been on restricted duty since August without change.",
            "Right knee arthroscopy with partial medial meniscectomy", true
        ),
        (
            "She completed physical therapy and a course of naproxen with little change in the leg symptoms.",
            "EMG of the bilateral lower extremities", true
        ),
        (
            "Despite 24 physical therapy visits and two years of medications, she remains unable to stand more than 15 minutes.",
            "Functional restoration program", true
        ),
        // Must not: a good result, a planned trial with a conditional result, another problem's
        // result, care not given, a change of something other than the complaint, a crush
        // injury's fevers.
        (
            "He completed 8 sessions of physical therapy and two months of naproxen with good relief of the back pain.",
            "MRI of the lumbar spine", nil
        ),
        (
            "Plan: start physical therapy twice weekly; if there is no change in four weeks, consider an epidural injection.",
            "MRI of the lumbar spine", nil
        ),
        (
            "She will try acupuncture and a topical NSAID. If the pain does not improve, an MRI will be considered.",
            "MRI of the cervical spine", nil
        ),
        (
            "After six chiropractic visits her neck pain improved from 7/10 to 3/10 and she returned to full duty.",
            "MRI of the cervical spine", nil
        ),
        (
            "Physical therapy helped the back pain. There has been no change in her medications.",
            "MRI of the lumbar spine", nil
        ),
        (
            "PT x 6 with improvement in lumbar ROM and pain down to 3/10; no change in work status.",
            "MRI of the lumbar spine", nil
        ),
        (
            "He has had no physical therapy, no injections and no chiropractic care for the neck.",
            "MRI of the cervical spine", nil
        ),
        (
            "Gabapentin was stopped for dizziness and he still takes ibuprofen on occasion.",
            "MRI of the lumbar spine", nil
        ),
        (
            "He was managed nonoperatively in the ICU for a crush injury of the pelvis and had persistent fevers for a week.",
            "Functional restoration program", nil
        ),
        (
            "She completed physical therapy for the right knee, which resolved the knee pain. She has ongoing low back pain.",
            "Right knee arthroscopy with partial medial meniscectomy", nil
        ),
    ] as [(String, String, Bool?)])
func conservativeCareFailedReadAsCareAndItsResult(_ summary: String, _ request: String, _ failed: Bool?) {
    #expect(requestFacts(request, summary: summary)["conservative_care_failed"]?.value == failed.map(FactValue.bool))
}
