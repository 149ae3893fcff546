import Testing

// A surgery done is no surgery planned (`surgical_candidate`; ``PlannedSurgeries``): a plan word
// beside a surgery the sentence tells done ("had the microdiscectomy that Dr. B. recommended",
// "underwent the fusion that was recommended", "s/p ... repair, surgery that had been recommended")
// makes the worker post-operative, not a candidate; a plan told in the past perfect is a plan of an
// earlier time. Read as written: a surgery done named before another one planned, in its sentence or
// the next ("s/p laminectomy 2019, now scheduled for a fusion", "Revision discectomy is recommended").
// Written in this engineer's words before the mechanism: on the start build (27781ea) the four
// must-not rows read a candidate.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Mr. Ito, 44, a cable installer, had the left L4-5 microdiscectomy that Dr. Brandt recommended on 02/03/2022 and the sciatica resolved. He has a residual low back ache with long drives. Incision well healed, SLR negative, strength full. Requesting therapy for core strengthening.",
            "Physical therapy 2x4 lumbar spine", "surgical_candidate", "!true"
        ),
        (
            "Ms. Moreau, 53, a cashier, is s/p right arthroscopic rotator cuff repair five months ago, surgery that had been recommended after a failed injection. She lifts to shoulder height with pain 3/10. Active elevation 150 degrees.",
            "Physical therapy x8 right shoulder", "surgical_candidate", "!true"
        ),
        (
            "Ms. Holm, 49, a dental hygienist, underwent the C5-6 anterior discectomy and fusion that was recommended for her arm weakness in 2020. Her arm strength returned. She has neck stiffness at the end of her shifts.",
            "Acupuncture x6 cervical spine", "surgical_candidate", "!true"
        ),
        (
            "Mr. Osei, 38, a line mechanic. An arthroscopy of the left knee had been recommended by another surgeon in 2020; he chose to wait, and the knee has since settled with a home program. He kneels at work with mild pain.",
            "Physical therapy x6 left knee", "surgical_candidate", "!true"
        ),
        (
            "Mr. Abbas, 60, a welder, is s/p L4-5 laminectomy 2019, with good relief for a year. Leg pain with walking has returned and films show a 6 mm slip. He is now a candidate for revision decompression and fusion, which is recommended.",
            "Lumbar fusion L4-5", "surgical_candidate", "true"
        ),
        (
            "Ms. Gray, 58, a bus driver, is status post left knee arthroscopy in 2019, and she is now scheduled for a left total knee arthroplasty next month. Pre-operative strengthening is requested.",
            "Physical therapy x6 left knee", "surgical_candidate", "true"
        ),
        (
            "Mr. Varga, 41, a mover, had an L5-S1 discectomy in 2018. A recurrent herniation is seen on the new MRI, and revision discectomy is recommended by his surgeon.",
            "Physical therapy x6 lumbar spine", "surgical_candidate", "true"
        ),
    ] as [(String, String, String, String)])
func surgeryDoneBesidePlan(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
