import IMRFacts
import Testing

// A diagnostic block's relief as a number (`diagnostic_block_relief`), which the rules compare with
// the guideline's threshold (ODG: at least 70% from a medial branch block before a neurotomy): a
// percentage stated, a fraction in words, or two pain scores before and after the block. Relief
// told only as partial or some is no positive block; a block planned or of a drug tells none.

let neurotomyRequest = "Right L4-5 and L5-S1 radiofrequency neurotomy"

@Test(
    arguments: [
        // (summary, diagnostic_block_relief)
        ("Medial branch blocks at L4-5 and L5-S1 on 10/02/2016 gave 40% relief for three hours.", "40"),
        ("The diagnostic MBB reduced her pain from 8/10 to 2/10 for the duration of the anesthetic.", "75"),
        ("MBB 10/12/2016: 80% relief x 4 hours.", "80"),
        ("After the right L4-5 medial branch block the pain went from 6/10 to 3/10.", "50"),
        ("Bilateral L5-S1 facet blocks relieved about 90 percent of his axial pain for six hours.", "90"),
        ("Diagnostic medial branch blocks cut the pain by half for the afternoon.", "50"),
        ("His diary after the medial branch block: 7/10 before, 4/10 from 20 minutes to two hours after (about 40% relief).", "40"),
        // The anesthetic's strength is not the relief; a drug's relief in another clause is the drug's.
        ("The medial branch block with 1 ml of 2% lidocaine gave 80% relief for three hours.", "80"),
        ("Norco gives 60% relief; the medial branch blocks gave 30% relief.", "30"),
        // Two pain scores before and after the block, with no relief word (the first four from
        // engineers activities' and scope's cross rows).
        (
            "Medial branch blocks at L4-5 and L5-S1 on 03/02/2016: VAS 8/10 beforehand and 1/10 at 30 minutes, lasting about four hours.",
            "87.5"
        ),
        ("Bilateral L4-5 and L5-S1 medial branch blocks 09/02: VAS 8 before, VAS 1 for six hours after.", "87.5"),
        ("Following the diagnostic medial branch block her pain dropped from 7 to 2 for the duration of the anesthetic.", "71.4"),
        ("The medial branch block took her pain from 6/10 to 4/10.", "33.3"),
        ("After the right L5-S1 facet block her pain was 9/10 before and 2/10 afterward.", "77.8"),
        ("After the medial branch block her pain went from 5/10 to 7/10.", nil),
        // Not a block done, or no number.
        ("A diagnostic medial branch block is planned at L4-5.", nil),
        ("Norco gives 60% relief; medial branch blocks have not been done.", nil),
    ] as [(String, String?)])
func aBlocksReliefIsReadAsANumber(_ summary: String, _ relief: String?) {
    #expect(value(requestFacts(neurotomyRequest, summary: summary), "diagnostic_block_relief") == relief, "\(summary)")
}

@Test(
    arguments: [
        // (summary, diagnostic_block_positive): partial or some relief is no positive block.
        ("The medial branch block gave only partial relief.", "false"),
        ("She had some relief from the L4-5 facet blocks, for an hour or so.", "false"),
        ("Medial branch blocks gave mild relief of the low back pain.", "false"),
        ("The medial branch block was positive, with concordant relief.", "true"),
        ("MBB with 90% relief for the duration of the anesthetic.", "true"),
        ("The facet blocks gave no relief.", "false"),
        // Relief told only as two scores: given when the pain fell (the rules compare its size).
        ("The medial branch block took her pain from 6/10 to 4/10.", "true"),
        ("Bilateral L4-5 and L5-S1 medial branch blocks 09/02: VAS 8 before, VAS 1 for six hours after.", "true"),
        ("After the medial branch block her pain went from 5/10 to 7/10.", "false"),
    ] as [(String, String?)])
func partialReliefIsNoPositiveBlock(_ summary: String, _ positive: String?) {
    #expect(value(requestFacts(neurotomyRequest, summary: summary), "diagnostic_block_positive") == positive, "\(summary)")
}
