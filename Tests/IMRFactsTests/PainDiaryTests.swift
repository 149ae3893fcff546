import Testing

// A pain diary kept after a diagnostic block (``PainDiaries``): the pain before it and entries of
// the pain at times after it, in one sentence, in a dictated note, or in a table's rows, give the
// block's relief. Written in this project's own words before the mechanism: on the start build
// (432a631) the three must-read rows read no relief (or a negative block), the must-not rows held.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Spine procedure follow-up 11/02/2016. Ms. Kaur, 49, a packer, has axial left low back pain since 2015 with no leg symptoms. Left L4-5 and L5-S1 medial branch blocks with bupivacaine on 10/20/2016. Pain before the injection 8/10. Her log afterward: 20 minutes 1/10, 2 hours 1/10, 4 hours 3/10, 8 hours 7/10, next day 8/10. Facet loading painful on the left.",
            "Radiofrequency ablation L4-5 and L5-S1 left", "diagnostic_block_relief", "87.5"
        ),
        (
            "Mr. Akande, 56, a bus driver, has right-sided neck pain since a rear-end collision in 2014, worse with rotation, no arm symptoms. Right C5-6 medial branch block 10/11/2016 (lidocaine 0.5 mL).\nPain diary:\nTime | Pain\nBaseline | 10/10\n15 min | 3/10\n1 hr | 2/10\n2 hr | 2/10\n4 hr | 6/10\nExam: tender over the right C5-6 facet.",
            "Cervical radiofrequency neurotomy C5-6 right", "diagnostic_block_relief", "80"
        ),
        (
            "Dictated note period 61 year old machinist with right low back pain for two years period right L5 S1 medial branch block on October 4 period pre block pain 7 out of 10 period diary after the block colon 30 minutes 1 out of 10 comma 2 hours 1 out of 10 comma 5 hours 4 out of 10 period",
            "Radiofrequency ablation L5-S1 right", "diagnostic_block_positive", "true"
        ),
        // Must-not: scores with no diary (no time before them), a diary with no relief.
        (
            "Ms. Ito, 53, has axial low back pain. Bilateral L4-5 medial branch blocks were done on 10/05/2016; she did not keep a pain diary and could not say how much it helped. Her pain is 8/10 most days and 2/10 when lying flat for an hour. Pain 6/10 at 3 pm in clinic today.",
            "Radiofrequency ablation L4-5 bilateral", "diagnostic_block_relief", "!75"
        ),
        (
            "Mr. Bose, 58, right low back pain. Right L4-5 medial branch block 09/30/2016. Pain before 7/10; diary: 30 minutes 7/10, 1 hour 7/10, 3 hours 8/10. No change in his walking.",
            "Radiofrequency ablation L4-5 right", "diagnostic_block_positive", "!true"
        ),
    ])
func painDiaryFacts(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
