import IMRFacts
import Testing

/// The trial of an intrathecal drug-delivery system told by the drug it gave ("a trial of
/// intrathecal morphine", "continuous intrathecal morphine by an externalized catheter, 3 days:
/// average pain 8/10 before, 3/10 during the trial") is the earlier trial of the system requested
/// (`prior_therapy`, and its relief); oral morphine, a pump's refill or a trial only planned is not.
@Test(arguments: [
    // Must read a trial done.
    (
        "5. Trial results (continuous intrathecal morphine by an externalized catheter, 3 days, 11/30-12/03/2015): average pain 8/10 before, 3/10 during the trial (about 60% less); walked the corridor 6 laps versus 1 lap before.",
        true
    ),
    ("Intrathecal morphine trial 11/30/2015 to 12/03/2015: pain 8/10 before, 3/10 during.", true),
    ("A trial of intrathecal morphine in October 2015 gave about 60% relief for three days.", true),
    ("Intrathecal opioid trial 10/2015: pain 7/10 to 3/10, walked farther.", true),
    ("S/p intrathecal hydromorphone trial last month with good relief.", true),
    // Must not.
    ("Long-acting morphine 60 mg twice a day; oral morphine since 2012.", false),
    ("An intrathecal morphine trial is planned after the psychological evaluation.", false),
    ("Morphine ER 30 mg q12h with partial relief.", false),
    ("He asks about a morphine pump; not discussed further today.", false),
    ("Oral morphine was tried in 2014 without benefit.", false),
    ("Intrathecal pump refill due next week.", false),
])
func anIntrathecalTrialToldByItsDrugIsTheSystemsTrial(_ summary: String, _ done: Bool) {
    let input = bareCase(summary, requests: ["Permanent implantation of an intrathecal drug delivery system"], decision: "01/12/2016")
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    #expect((value(facts, "prior_therapy") == "true") == done)
}

/// A psychological evaluation told under the discipline's own label, as a committee's minutes or a
/// team's note give each member's item ("3. Psychology (Dr. F): evaluated 09/2015; cleared"), is a
/// psychological evaluation done (`psychological_clearance`); a referral or a plan is not.
@Test(arguments: [
    ("3. Psychology (Dr. Ferreira-Kask): evaluated 09/2015; pain not primarily psychological; cleared for trial and implant.", true),
    ("Psychologist: assessed 10/02/2015, realistic expectations, no contraindication.", true),
    ("She was evaluated by the pain psychologist in August and cleared for the trial.", true),
    ("Psychology referral placed; to be evaluated before any implant.", false),
    ("Pain psychology to follow; not yet evaluated.", false),
    ("Physical therapy evaluated 09/2015: gait antalgic.", false),
])
func aPsychologicalEvaluationUnderItsLabelIsDone(_ summary: String, _ done: Bool) {
    let facts = summaryFacts(summary, request: "Permanent implantation of an intrathecal drug delivery system")
    #expect((value(facts, "psychological_clearance") == "true") == done)
}
