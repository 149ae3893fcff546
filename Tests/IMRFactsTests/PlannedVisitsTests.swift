import IMRFacts
import Testing

// Visits planned, proposed, requested or still to start are not sessions given: a count in a part
// of the sentence that a plan word earlier in it governs ("Plan: ...; an initial trial of 6 visits
// over 2 weeks"), with no done word between or in the count's part, is no prior session. A count
// told done ("completed 6 visits", "has had 6 sessions", "6 of 6 visits attended") stays one.
@Test(
    arguments: [
        // (summary, prior_sessions)
        // ...planned: a plan label, then the trial in a part of its own (the sentence's ceiling "total" elsewhere).
        (
            "Plan: spinal manipulation with exercise; an initial trial of 6 visits over 2 weeks (3 a week), then re-examine; the total within 18 visits.",
            "nil"
        ),
        // ...recommended, in a narrative voice.
        (
            "The chiropractor recommended manipulation, an initial 6 visits at 3 a week, the total to stay within 18 visits.",
            "nil"
        ),
        // ...requested, terse.
        ("Chiropractic requested: 6 visits, 3x/wk x 2 wks, total 18 max.", "nil"),
        // ...to start, dictated.
        ("We will start chiropractic care next week, six visits over two weeks, total not to exceed eighteen.", "nil"),
        // ...and done.
        ("He completed 6 visits of chiropractic manipulation in 2015.", "6"),
        ("He has had 6 sessions of chiropractic manipulation, with relief.", "6"),
        ("Chiropractic manipulation: 6 of 6 visits attended.", "6"),
        ("Plan: continue chiropractic; he has completed 6 visits so far.", "6"),
    ] as [(String, String)])
func visitsPlannedAreNoSessionsGiven(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Chiropractic manipulation 6 visits", "prior_sessions", expected)
}
