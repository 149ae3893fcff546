import Testing

// A surgery the worker would consider an option (surgery_considered; ACOEM ch. 12 p. 303: imaging
// for patients "who do not respond to treatment and who would consider surgery an option"): a
// surgery named in a condition told as a prospect ("if the MRI confirms ..., a microdiscectomy"),
// in a condition opened by "should", or among options weighed ("the options: ... or a
// decompression", "a decision between more therapy and a repair"). Not a surgery done, denied in
// its condition, an alternative not chosen, a question, an unticked box, or a condition that names
// none. Rows in my own wording; on main 944caff no row's fact existed.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented)
        (
            "If the MRI confirms a recurrent disc herniation at L5-S1, he would like to proceed with a microdiscectomy.",
            "MRI lumbar spine", "surgery_considered", "true"
        ),
        (
            "Should the study show a nerve root compressed at L4-5, we will refer him to a spine surgeon.",
            "MRI lumbar spine without contrast", "surgery_considered", "true"
        ),
        (
            "We discussed the options: a second epidural injection or a lumbar decompression.", "MRI lumbar spine", "surgery_considered",
            "true"
        ),
        (
            "She would consider surgery if the scan shows a lesion that explains her leg pain.", "MRI of the lumbar spine",
            "surgery_considered", "true"
        ),
        ("If the leg weakness progresses, a lumbar fusion could be considered.", "Lumbar MRI", "surgery_considered", "true"),
        ("He had a lumbar fusion in 2012 and did well until this injury.", "MRI lumbar spine", "surgery_considered", "nil"),
        ("If she does not want surgery, we will continue her physical therapy.", "MRI lumbar spine", "surgery_considered", "nil"),
        ("A lumbar brace was chosen rather than surgery.", "MRI lumbar spine", "surgery_considered", "nil"),
        ("Is a lumbar fusion being considered at this time?", "MRI lumbar spine", "surgery_considered", "nil"),
        ("If the pain flares, she takes an extra ibuprofen and rests for a day.", "MRI lumbar spine", "surgery_considered", "nil"),
        ("Referrals: [ ] spine surgery  [x] pain management", "MRI lumbar spine", "surgery_considered", "nil"),
        ("If he is not a surgical candidate, a pain management referral will be made.", "MRI lumbar spine", "surgery_considered", "nil"),
        ("If the MRI is unremarkable, she will return to full duty.", "MRI lumbar spine", "surgery_considered", "nil"),
        (
            "She faces a decision between more therapy and an arthroscopic repair of the meniscus.", "MRI right knee", "surgery_considered",
            "true"
        ),
    ] as [(String, String, String, String)])
func surgeryConsideredRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
