import Testing

// A surgery told for later is no surgical candidacy now (surgical_candidate; ACOEM ch. 9 p. 209-211 and
// ch. 12 p. 305-307: a surgical consultation or candidacy for a lesion now). A medical-legal
// evaluator's future medical care allows for a surgery that may come ("Future medical care: ... and
// to consider arthroscopic repair"), and a condition told by an inverted "should" inside a clause
// ("... a repair should he fail to progress", "a release may be considered should the numbness
// persist") asserts nothing, as one opening its clause does. A surgery recommended now is still read,
// in a sentence after the future care, and a modal "should" ("he should have the repair") is no
// condition.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Right shoulder pain since 2019. He is at maximum medical improvement. Future medical care: physical therapy for flares, one injection a year, and to consider arthroscopic repair.",
            "Physical therapy x8 right shoulder", "surgical_candidate", "!true"
        ),
        (
            "Low back pain since a 2018 fall. Per the agreed medical evaluator, future medical treatment should include a spine surgery consultation and a lumbar decompression if his leg symptoms progress.",
            "Physical therapy x6 lumbar spine", "surgical_candidate", "!true"
        ),
        (
            "Right wrist pain and numbness since 2020. The QME's provision for future medical care includes a carpal tunnel release.",
            "Occupational therapy x6 right wrist", "surgical_candidate", "!true"
        ),
        (
            "Right wrist pain and numbness since 2020. Future medical treatment recommended by the QME: orthopedic follow-up and a possible right carpal tunnel release.",
            "Occupational therapy x6 right wrist", "surgical_candidate", "!true"
        ),
        (
            "Neck pain since a 2017 rear-end collision at work. Future medical care: allow for a C5-6 anterior cervical fusion, as recommended by the spine surgeon in 2019.",
            "Physical therapy x6 cervical spine", "surgical_candidate", "!true"
        ),
        (
            "Right shoulder pain since 2019. Therapy for flares, and a rotator cuff repair should he fail to progress.",
            "Physical therapy x8 right shoulder", "surgical_candidate", "!true"
        ),
        (
            "Left knee pain since a 2021 fall. A partial meniscectomy would be considered should the locking return.",
            "Physical therapy x6 left knee", "surgical_candidate", "!true"
        ),
        // Must-read: a surgery recommended now.
        (
            "Right shoulder pain since 2019. Dr. Ames recommends a right shoulder arthroscopy with rotator cuff repair, scheduled for 07/12/2021.",
            "Physical therapy x8 right shoulder", "surgical_candidate", "true"
        ),
        (
            "Right shoulder pain since 2019. The AME's future medical care was reviewed. The surgeon now recommends a rotator cuff repair, and he wishes to proceed.",
            "Physical therapy x8 right shoulder", "surgical_candidate", "true"
        ),
        (
            "Left knee pain since a 2021 fall. The surgeon recommends a partial meniscectomy, and she should have it before the end of the month.",
            "Physical therapy x6 left knee", "surgical_candidate", "true"
        ),
    ])
func aSurgeryForLaterIsNoCandidacyNow(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
