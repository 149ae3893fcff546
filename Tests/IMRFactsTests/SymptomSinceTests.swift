import Testing

// A symptom told lasting by its start (conservative_care_failed; ODG Ankle & Foot, fusion after
// failed conservative care; ACOEM ch. 10; as `symptom_duration` reads "for ten months"): a symptom
// with its start after "since" in its clause, no treatment named between, at least
// `symptom_duration_limit` days before the reference date ("left ankle pain with every step since
// 2015", "pain since 03/14/2016", "since the spring of 2015"), persists; with care given in the
// history it is care failed. Must not: a start weeks ago, a symptom denied, care since a date, a
// symptom treated since a date. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Seen 07/14/2016. Left ankle pain with every step since 2015, now 7/10 after 15 minutes of walking.\nWhat has been tried (12 months):\n- an ankle brace worn daily from 07/2015;\n- naproxen 500 mg twice a day.",
            "Left ankle arthrodesis", "conservative_care_failed", "true"
        ),
        (
            "Seen 11/20/2016. Neck and right arm pain since 03/14/2016. Treatment to date: PT 12 visits (04-06/2016), naproxen 500 mg bid.",
            "Cervical epidural steroid injection C5-6", "conservative_care_failed", "true"
        ),
        (
            "Seen 04/07/2016. Right wrist pain since 06/2015.\nWhat has been tried:\n- a wrist splint at night;\n- therapy 8 visits.",
            "Right wrist arthroscopy", "conservative_care_failed", "true"
        ),
        (
            "Seen 07/14/2016. Left knee pain since the spring of 2015. Treatment to date: physical therapy 12 visits and a brace.",
            "Left knee arthroscopy", "conservative_care_failed", "true"
        ),
        // Must not: weeks, denied, care since a date, treated since a date.
        (
            "Seen 07/14/2016. Ankle pain since 06/20/2016. Treatment to date: a brace for two weeks.", "Left ankle arthrodesis",
            "conservative_care_failed", "!true"
        ),
        (
            "Seen 07/14/2016. No ankle pain since 2015. Treatment to date: a brace.", "Left ankle arthrodesis", "conservative_care_failed",
            "!true"
        ),
        (
            "Seen 07/14/2016. Treatment to date: a brace worn since 2015 for the ankle pain.", "Left ankle arthrodesis",
            "conservative_care_failed", "!true"
        ),
        (
            "Seen 07/14/2016. Ankle pain treated with physical therapy since 2015.", "Left ankle arthrodesis", "conservative_care_failed",
            "!true"
        ),
    ] as [(String, String, String, String)])
func symptomSince(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
