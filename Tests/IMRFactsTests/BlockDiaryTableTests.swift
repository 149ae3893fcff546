import Testing

// A diagnostic block's pain diary kept as a table whose pain column holds bare scores (``PainDiaries``):
// a header naming the pain column ("pain (0-10)", "VAS", "NRS") and rows whose first cell is the time
// before the block or an entry's time after it, the score in that column without "/10". The relief is
// the share of the pain before that the best entry took away (ODG's threshold is the rule's). Written
// in this project's own words before the mechanism; on main 025d9af0 the must-read rows read no relief.
// Must-not: a table with no pain column, rows that are visits rather than times after the block, a pain
// column holding words, and a diary whose pain rose (no relief).

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Axial low back pain since 2015, no leg symptoms. Diagnostic medial branch blocks 09/06/2016 at L4-5 and L5-S1, lidocaine 0.5 mL at each.\nNurse's calls:\n| after the block | pain (0-10) | activity tried |\n| before | 8 | - |\n| 30 minutes | 1 | bent to touch the knees |\n| 1 hour | 1 | sat 40 minutes |\n| 4 hours | 6 | pain returning |",
            "Lumbar radiofrequency neurotomy L4-5 and L5-S1", "diagnostic_block_relief", "87.5"
        ),
        (
            "Right-sided neck pain after a rear-end collision, no arm symptoms. Right C5-6 medial branch block 10/11/2016 with bupivacaine.\nTime\tVAS\tComment\nPre\t7\tsitting\n30 min\t2\tturned the head\n2 hr\t3\tdrove\n6 hr\t6\tback to usual",
            "Cervical radiofrequency neurotomy C5-6 right", "diagnostic_block_relief", "71.4"
        ),
        (
            "Left low back pain worse standing. Left L4-5 and L5-S1 medial branch blocks on 10/20/2016.\nPost-block log\nTime          NRS   Notes\nBaseline      9     standing hurts\n15 minutes    2     stood 20 minutes\n1 hour        1     walked the hallway\n5 hours       8     wore off",
            "Radiofrequency ablation L4-5 and L5-S1 left", "diagnostic_block_positive", "true"
        ),
        (
            "Axial neck pain. Bilateral C4-5 medial branch blocks 08/02/2016.\n| time | pain score | comment |\n| pre-block | 6 | - |\n| 1 hour | 3 | - |\n| 3 hours | 4 | - |",
            "Cervical radiofrequency neurotomy C4-5 bilateral", "diagnostic_block_relief", "50"
        ),
        // Must-not: no pain column; visits, not times after it; words in the pain column; the pain rose.
        (
            "Axial low back pain. Bilateral L4-5 medial branch blocks 09/01/2016.\n| after the block | activity tried |\n| before | could not bend |\n| 30 minutes | bent to the knees |\n| 2 hours | sat 40 minutes |",
            "Lumbar radiofrequency neurotomy L4-5", "diagnostic_block_relief", "!75"
        ),
        (
            "Axial low back pain. Bilateral L4-5 medial branch blocks 09/01/2016.\n| visit | pain (0-10) | care |\n| 03/2016 | 8 | PT |\n| 06/2016 | 7 | naproxen |\n| 08/2016 | 7 | chiropractic |",
            "Lumbar radiofrequency neurotomy L4-5", "diagnostic_block_relief", "!12.5"
        ),
        (
            "Axial low back pain. Bilateral L4-5 medial branch blocks 09/01/2016.\n| after the block | pain | activity |\n| before | severe | - |\n| 30 minutes | mild | walked |\n| 2 hours | moderate | sat |",
            "Lumbar radiofrequency neurotomy L4-5", "diagnostic_block_positive", "!true"
        ),
        (
            "Axial low back pain. Right L5-S1 medial branch block 09/01/2016.\n| after the block | pain (0-10) | activity |\n| before | 5 | - |\n| 30 minutes | 6 | walked |\n| 2 hours | 7 | sat |",
            "Lumbar radiofrequency neurotomy L5-S1 right", "diagnostic_block_positive", "!true"
        ),
    ])
func blockDiaryTableFacts(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
