import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Conservative care's result told by a value, not named (conservative_care_failed; CPMTG and ACOEM:
// conservative care fails before injections, surgery or a program): the care listed, then the pain
// left at a stated level with no symptom named beside the number ("...naproxen and a back brace;
// still 7/10"), or the pain back at a level ("pain is back at 6/10", "has come back up to 7/10").
// Written in the project's own words (PR-2, terse note, e-mail, questions answered) before the
// reading. The must-not rows: a level reached after the care that is mild or fell, a result told
// good in its sentence, a level under a condition or before care only planned, "back" as the body
// region or as work resumed.

@Test(
    arguments: [
        // (summary, request)
        ("PT x12, HEP and meloxicam since March; still 7/10 and on modified duty.", "MRI of the lumbar spine"),
        ("Eight chiropractic visits, a lumbar support and ibuprofen: still at 6/10.", "MRI of the lumbar spine"),
        (
            "She completed 10 sessions of physical therapy and a home program in May. Pain is back at 6/10; she is on restricted duty.",
            "Right shoulder arthroscopic subacromial decompression"
        ),
        (
            "Six weeks of therapy and naproxen helped for a while, but the pain is back up to 7/10.",
            "Lumbar epidural steroid injection L4-5"
        ),
        ("After 12 acupuncture visits her neck pain has crept back to 8/10.", "MRI of the cervical spine"),
        ("Hand therapy x6, a night splint and diclofenac gel; remains at 6/10 most nights.", "Right carpal tunnel release"),
        ("Twelve PT visits and gabapentin; symptoms back to 7/10 within a month of discharge.", "Lumbar epidural steroid injection L5-S1"),
        (
            "Since 09/2015: activity modification, a home program and diclofenac. The knee pain has come back to 6/10.",
            "Right knee arthroscopy with partial medial meniscectomy"
        ),
        ("Tx to date: PT x 16, HEP, Naprosyn. Still 8/10, still on light duty.", "MRI of the lumbar spine"),
        ("Physical therapy 3 times a week for 6 weeks and tramadol; she remains 7/10 at the end of the day.", "MRI of the lumbar spine"),
    ] as [(String, String)])
func careLevelAfterReadsFailure(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "conservative_care_failed") == "true")
}

@Test(
    arguments: [
        // (summary, request)
        ("After 12 PT visits and naproxen her pain fell from 8/10 to 2/10.", "MRI of the lumbar spine"),
        ("PT x12 and HEP; still 2/10 with activity, working full duty.", "MRI of the lumbar spine"),
        ("Twelve PT visits and ibuprofen; still 5/10 but much improved, sleeping through the night.", "MRI of the lumbar spine"),
        ("S/p PT x12 and a home program; back at work full duty, pain 1/10.", "MRI of the lumbar spine"),
        ("Therapy x12 and naproxen: the pain in her low back at 6/10 is now well controlled.", "MRI of the lumbar spine"),
        ("If her pain is still 7/10 after the 6 visits, an injection will be considered.", "Lumbar epidural steroid injection L4-5"),
        ("Plan: start PT x8 next week and a home program. Still 7/10.", "MRI of the lumbar spine"),
        ("Naproxen and 12 PT visits; the pain came back to 1/10 only after heavy lifting.", "MRI of the lumbar spine"),
        ("PT x10 and a lumbar brace; she is back at 6 hours a day of modified duty and her pain is gone.", "MRI of the lumbar spine"),
    ] as [(String, String)])
func careLevelAfterNotReadAsFailure(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "conservative_care_failed") != "true")
}
