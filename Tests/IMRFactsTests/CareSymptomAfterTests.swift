import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Conservative care's result told by the complaint left after the care listed, not named as a
// failure (conservative_care_failed; ACOEM and ODG ask care tried and failed before a procedure). Two
// shapes, written in the project's own words before the reading:
// - a joint's giving way told as still present after the care ("Still giving way in the brace.",
//   "the knee still gives way on stairs"): a `giving_way` phrase after a remaining word;
// - the pain's level told as the last part of the sentence that lists the care ("Care since 2015:
//   12 PT visits, a daily home program, naproxen; pain 7-8/10").
// Must-not rows: the complaint gone or denied, a level mild, before the care, marked as the baseline,
// followed by a lower one or told good, care only planned, no care in the sentence, a giving way only
// feared.

@Test(
    arguments: [
        // (summary, request)
        (
            "Care: a lace-up brace since 07/2015; physical therapy 16 visits and again 10 visits; a home program daily. Still giving way in the brace.",
            "Right ankle lateral ligament reconstruction"
        ),
        (
            "After 12 PT visits and a hinged brace the knee still gives way on stairs.",
            "Right knee anterior cruciate ligament reconstruction"
        ),
        (
            "She finished physical therapy in March and wears an ankle brace; the ankle continues to give out on uneven ground.",
            "Left ankle lateral ligament reconstruction"
        ),
        (
            "Twelve PT visits, a knee sleeve and ibuprofen; the knee remains unstable on pivoting.",
            "Right knee anterior cruciate ligament reconstruction"
        ),
        (
            "Care since 2015: 12 PT visits, a daily home program, naproxen, 6 chiropractic visits; pain 7-8/10.",
            "Lumbar radiofrequency neurotomy L4-5 and L5-S1"
        ),
        ("Treatment to date: physical therapy x 12, home exercises, ibuprofen; low back pain 8/10.", "MRI of the lumbar spine"),
        ("She completed 8 chiropractic visits and takes naproxen; pain 6/10 at rest.", "MRI of the lumbar spine"),
        ("PT 12 visits, HEP, NSAIDs; LBP 7/10.", "MRI of the lumbar spine"),
        ("Tx: acupuncture x6, meloxicam; neck pain 7/10 with turning.", "MRI of the cervical spine"),
    ] as [(String, String)])
func careSymptomAfterReadsFailure(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "conservative_care_failed") == "true")
}

@Test(
    arguments: [
        // (summary, request)
        ("After 12 PT visits and a hinged brace the knee no longer gives way.", "Right knee anterior cruciate ligament reconstruction"),
        ("Still wearing the brace after 16 PT visits; no giving way since May.", "Right ankle lateral ligament reconstruction"),
        (
            "PT x12 and a brace; he still uses the brace on ladders in case the ankle gives way.",
            "Right ankle lateral ligament reconstruction"
        ),
        ("Care since 2015: 12 PT visits, naproxen, 6 chiropractic visits; pain 2/10.", "MRI of the lumbar spine"),
        ("Care since 2015: 12 PT visits and naproxen; baseline pain 7/10.", "MRI of the lumbar spine"),
        ("Care since 2015: 12 PT visits and naproxen; pain 2-8/10.", "MRI of the lumbar spine"),
        ("Pain 7/10; 12 PT visits and naproxen to start next week.", "MRI of the lumbar spine"),
        ("12 PT visits and naproxen; pain 7/10 before them, 2/10 now.", "MRI of the lumbar spine"),
        ("Care since 2015: 12 PT visits and naproxen; pain 6/10, much improved.", "MRI of the lumbar spine"),
        ("Plan: 12 PT visits and naproxen; pain 7/10.", "MRI of the lumbar spine"),
        ("She lifts 40 lb boxes at work; pain 7/10.", "MRI of the lumbar spine"),
    ] as [(String, String)])
func careSymptomAfterNotReadAsFailure(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "conservative_care_failed") != "true")
}
