import IMRFacts
import Testing

// Conservative care foreseen, authorized or under a condition is a plan, not care given
// (`conservative_care_given`): a need foreseen ("she may need ... daily PT afterwards") or an
// authorization named ("PT authorization 10/2016"; `treatment_planned`), and care in a part of
// the sentence that a condition opens ("if PT continues daily", `mood_conditionals`), as a consent
// note, a surgeon's letter or a terse plan writes them. Must-read rows beside them: care told done
// ("has done PT"), under way or continued, a need foreseen in another part of the sentence.
@Test(
    arguments: [
        // (summary, conservative_care_given)
        ("She has done PT 3 times a week for 9 weeks; she may need a brace later.", "true"),
        ("He attended 12 physical therapy visits, and a TENS unit helped.", "true"),
        ("Physical therapy 8 visits completed in May.", "true"),
        ("Continues his home exercise program daily.", "true"),
        ("If the knee stiffens again he knows what to do; he had 20 PT visits last year.", "true"),
        ("He completed the 12 PT visits of his authorization of 10/2016.", "true"),
        // Must-not.
        ("Risks discussed: infection, stiffness; she may need a nerve block catheter and daily PT afterwards.", "false"),
        ("He might require physical therapy after the procedure.", "false"),
        ("Expected benefit: flexion toward 110 degrees, if PT continues daily for 2 weeks after.", "false"),
        ("Unless physical therapy is started soon, stiffness will worsen.", nil),
        ("The surgeon wrote that he may need chiropractic care.", "false"),
        ("Physical therapy was authorized but has not started.", "false"),
        ("[Attachments] PR-2 10/21/2016; PT authorization 10/2016; MRI and EMG reports.", "false"),
    ] as [(String, String?)])
func careForeseenOrUnderAConditionIsAPlan(_ summary: String, _ given: String?) {
    let facts = requestFacts("Left knee arthroscopy", summary: summary)
    #expect(value(facts, "conservative_care_given") == given, "\(summary)")
}
