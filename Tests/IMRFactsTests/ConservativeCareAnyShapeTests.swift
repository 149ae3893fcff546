import Testing

// Conservative care tried and failed, told in any shape (conservative_care_failed; ACOEM ch. 12 p.
// 303: imaging "in patients who do not respond to treatment"; pp. 305-307: surgery after failed
// conservative care; ODG lumbar fusion: all physical medicine and manual therapy completed; EMG after
// 3-4 weeks of conservative therapy). The first table is engineer medication's (written for this form
// before the reading, /work/notes/cross22/table/results.by-medication.tsv), counted apart; the second is
// results' own, in other voices: a brief relief with its amount between ("about ten days of partial
// relief"), a partitive denial ("none of that has changed the tingling"), a relief that wore off, a
// verdict followed by the care it denies. Must-not: care that helped and still helps, care declined,
// another region's care, a course under way and improving, a dose wearing off, a result under a
// condition. Committed failing: on the previous landing's binary medication's rows read 6 of 8 and 4 of
// 4, results' own 2 of 8 and 6 of 6 (rows read by the tests' merged request facts).

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Spine surgery consultation: she has had 18 sessions of physical therapy, a home exercise program, meloxicam and then diclofenac, and a lumbar epidural in June; the leg pain is unchanged and she still cannot sit through a 30-minute drive.",
            "MRI lumbar spine without contrast", "conservative_care_failed", "true"
        ),
        (
            "Treatment to date (per QME): physical therapy x12 - no lasting benefit; chiropractic x6 - temporary relief only; naproxen - stopped for dyspepsia, pain no better; TENS - not helpful.",
            "Lumbar epidural steroid injection L4-5", "conservative_care_failed", "true"
        ),
        (
            "After six weeks of supervised therapy and a daily home program his neck and right arm pain remain at 7/10, with no change in the numbness of the thumb.",
            "MRI cervical spine", "conservative_care_failed", "true"
        ),
        (
            "\"I did everything they asked, the stretches, the pills, the therapy, and I'm no better than the day I got hurt,\" she told me.",
            "Right L5-S1 microdiscectomy", "conservative_care_failed", "true"
        ),
        (
            "The subacromial injection in March gave about two weeks of relief before the pain returned at the same level; eight physical therapy visits since have not restored overhead reach.",
            "Right shoulder arthroscopy with subacromial decompression", "conservative_care_failed", "true"
        ),
        (
            "UR nurse summary: activity modification, ibuprofen, a knee brace and a course of physical therapy have been tried over four months; the knee still locks and gives way on stairs.",
            "Left knee arthroscopic partial medial meniscectomy", "conservative_care_failed", "true"
        ),
        (
            "Case manager: in spite of wrist splinting at night, two months of anti-inflammatories and a cortisone injection, the tingling in her right fingers wakes her every night.",
            "Right carpal tunnel release", "conservative_care_failed", "true"
        ),
    ] as [(String, String, String, String)])
func careFailedByMedicationRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "She has had six physical therapy visits for the low back and reports she is walking farther and her pain is down from 7/10 to 4/10; therapy continues.",
            "MRI lumbar spine", "conservative_care_failed", "!true"
        ),
        (
            "Physical therapy twice a week for six weeks has been ordered and is to start next Monday; she has had no treatment for the back yet.",
            "MRI lumbar spine", "conservative_care_failed", "!true"
        ),
        (
            "Twelve visits of therapy for the right shoulder did not help, and the shoulder is now scheduled for surgery; the low back pain began last week and has not been treated.",
            "MRI lumbar spine", "conservative_care_failed", "!true"
        ),
        (
            "The anti-inflammatory and the home exercises have settled the neck pain; she returned to full duty on 10/03/2016 and has no arm symptoms.",
            "MRI cervical spine", "conservative_care_failed", "!true"
        ),
    ] as [(String, String, String, String)])
func careFailedByMedicationNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Care so far: 12 physical therapy visits and two L5-S1 epidurals, each giving about ten days of partial relief; meloxicam was stopped for reflux.",
            "Left L5-S1 microdiscectomy", "conservative_care_failed", "true"
        ),
        (
            "He did eight weeks of therapy, a home program and ibuprofen. None of that has changed the tingling in his hand.",
            "EMG/NCS of the right upper extremity", "conservative_care_failed", "true"
        ),
        (
            "Chiropractic x10 in the summer helped at first, but the relief wore off within a week of each visit.",
            "MRI of the cervical spine", "conservative_care_failed", "true"
        ),
        (
            "PR-2: s/p acupuncture x6 and TENS; benefit faded within days, LBP 7/10.", "Lumbar epidural steroid injection L4-5",
            "conservative_care_failed", "true"
        ),
        (
            "QME: the worker underwent physiotherapy twice weekly from March to May 2016 and took naproxen throughout; none of these measures relieved the radiating arm pain.",
            "Cervical epidural steroid injection C6-7", "conservative_care_failed", "true"
        ),
        (
            "Her words: \"The therapy helped for a day or two each time and then it wore off.\"", "MRI of the lumbar spine",
            "conservative_care_failed", "true"
        ),
        (
            "Nothing has helped the neck pain: not the 12 therapy visits, not the cyclobenzaprine, not the home traction.",
            "MRI of the cervical spine", "conservative_care_failed", "true"
        ),
        (
            "Nurse case manager: the home exercise program and two months of diclofenac gave a few weeks of modest relief, and the knee now locks again on stairs.",
            "Left knee arthroscopic partial medial meniscectomy", "conservative_care_failed", "true"
        ),
    ] as [(String, String, String, String)])
func careFailedAnyShapeRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Twelve sessions of physical therapy relieved most of the back pain, and the relief has not worn off; she walks two miles a day.",
            "MRI of the lumbar spine", "conservative_care_failed", "!true"
        ),
        (
            "She was offered physical therapy and a home program but declined both; she has taken ibuprofen for two days.",
            "MRI of the lumbar spine", "conservative_care_failed", "!true"
        ),
        (
            "Acupuncture for the left knee gave about a week of relief each time and then wore off; the neck pain began last month and has not been treated.",
            "MRI of the cervical spine", "conservative_care_failed", "!true"
        ),
        (
            "He is in week three of a six-week therapy course; the leg pain is easing and he sits longer each week.",
            "MRI of the lumbar spine", "conservative_care_failed", "!true"
        ),
        (
            "Norco 10/325 helps for about four hours and then wears off; she takes it three times a day.", "MRI of the lumbar spine",
            "conservative_care_failed", "!true"
        ),
        (
            "Physical therapy is to start next week; if the relief fades, an epidural will be considered.", "MRI of the lumbar spine",
            "conservative_care_failed", "!true"
        ),
    ] as [(String, String, String, String)])
func careFailedAnyShapeNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// Engineer medication's eighth must-read row, not read: a result told as a measure not bettered
// after the care and an equality with an earlier time ("as bad as at the start"). Reading every
// measure change not bettered as a persisting complaint was tried and dropped (it read two values of
// one sentence as a change in three corpus letters; docs/facts.md).
@Test func careResultAsAMeasureNotBetteredIsAKnownGap() {
    let summary =
        "Chiropractic discharge note: twelve visits completed; the patient reports the low back pain is as bad as at the start and the Oswestry is 44% now against 42% at intake."
    withKnownIssue("a measure not bettered after care is not read as its result") {
        #expect(value(requestFacts("MRI lumbar spine", summary: summary), "conservative_care_failed") == "true")
    }
}
