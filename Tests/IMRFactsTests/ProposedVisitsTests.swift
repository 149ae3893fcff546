import IMRFacts
import Testing

// Visits proposed or intended are not sessions given (`prior_sessions`, `prior_therapy`; the
// `treatment_planned` words): a plan told by "proposed", "proposal", "we propose" or "intend" governs
// the count after it as "Plan:" does ("Proposed addition: ... an initial trial of 4 sessions over 2
// weeks"). A count told done beside the word ("completed 6 visits, as her PTP had proposed") stays
// one.
@Test(
    arguments: [
        // (summary, prior_sessions)
        ("Proposed addition: chiropractic manipulation with exercise, an initial trial of 6 visits over 2 weeks, then re-examine.", "nil"),
        ("Proposal: chiropractic manipulation, 6 visits over 2 weeks.", "nil"),
        ("We propose chiropractic manipulation, six visits over two weeks, then a home program.", "nil"),
        ("I intend a short trial of chiropractic manipulation, 6 visits over 2 weeks.", "nil"),
        ("She completed 6 visits of chiropractic manipulation in May, as her PTP had proposed.", "6"),
    ] as [(String, String)])
func visitsProposedAreNoSessionsGiven(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Chiropractic manipulation 6 visits", "prior_sessions", expected)
}
