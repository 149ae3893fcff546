import Testing

// A labelled heading alone on its line carries its section over the list's item lines under it
// (``NoteSection/sections(of:dates:cues:)``): a line that opens with a bullet, an item's number or a
// check box goes on with the heading's section, as the heading's own line does. "Care to date:" over
// "[X] Injection: ..." tells the injection given (prior_therapy; a letter's summary keeps such lines
// since its line breaks are kept). An item under another heading ("Plan:", "Orders today:"), an
// unticked box's item and a sentence on a line of its own are not carried. Rows in this engineer's
// words; on main 0dfeabf9 both must-read rows read false.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Care to date:\n[X] Physical therapy: 12 visits, scapular strengthening.\n[X] Injection: one subacromial corticosteroid injection, triamcinolone 40 mg.\n[ ] Surgery consult",
            "Subacromial corticosteroid injection, right shoulder", "prior_therapy", "true"
        ),
        (
            "Care to date:\n- Physical therapy: 12 visits, scapular strengthening.\n- Injection: one subacromial corticosteroid injection, triamcinolone 40 mg.",
            "Subacromial corticosteroid injection, right shoulder", "prior_therapy", "true"
        ),
    ] as [(String, String, String, String)])
func itemLinesCarryTheirHeadingsSection(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Care to date: home exercise only.\nPlan:\n- subacromial corticosteroid injection, right shoulder\n- recheck in 4 weeks",
            "Subacromial corticosteroid injection, right shoulder", "prior_therapy", "!true"
        ),
        (
            "Care to date: home exercise.\nOrders today:\n- subacromial corticosteroid injection, triamcinolone 40 mg\n- follow up in 4 weeks",
            "Subacromial corticosteroid injection, right shoulder", "prior_therapy", "!true"
        ),
        (
            "Prior care:\n[ ] Injection\n[X] Physical therapy: 8 visits\nPlan: subacromial corticosteroid injection.",
            "Subacromial corticosteroid injection, right shoulder", "prior_therapy", "!true"
        ),
        (
            "Care to date:\n[X] Physical therapy: 12 visits.\nShe would like a subacromial corticosteroid injection.",
            "Subacromial corticosteroid injection, right shoulder", "prior_therapy", "!true"
        ),
    ] as [(String, String, String, String)])
func itemLinesUnderAnotherHeadingAreNotCarried(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
