import Testing

// A negation does not cross a coordinator followed by a verb of the writer's own act in the past
// ("reviewed", "checked", "queried", "signed") or a subject ("we", "I") that opens another clause:
// "a screen that was negative for all substances and reviewed CURES" tells CURES checked (the
// negative belongs to the screen). MTUS Opioid Treatment Guidelines 2016 (CURES before prescribing);
// CPMTG 2009 p. 78 (the fourth A, its monitoring). Read as written: a negation of the check itself
// ("did not review CURES", "not reviewed on CURES"), and two verbs sharing one negation ("has not
// queried and reviewed CURES", "has not read and signed the agreement"). Written in this engineer's
// words before the mechanism: on the start build (913007d1) five of the six must-read rows (not the
// screen "negative except for" the prescribed drug) and must-not row 2 fail.

@Test(
    arguments: [
        // (summary, fact, expected: a value, "!value" for any other)
        (
            "Urine toxicology from last month was negative for illicit drugs and we reviewed the CURES report, which lists only this office.",
            "cures_checked", "true"
        ),
        (
            "The point-of-care screen showed no unexpected substances and checked the PDMP today: one prescriber, one pharmacy.",
            "cures_checked", "true"
        ),
        (
            "No early refills or lost prescriptions and ran the CURES report at this visit; it matches our records.",
            "cures_checked", "true"
        ),
        (
            "Drug screen negative except for the prescribed oxycodone and I reviewed the prescription monitoring database.",
            "cures_checked", "true"
        ),
        (
            "Screen was negative for benzodiazepines and alcohol, and queried CURES on 11/03/2016 with a single prescriber found.",
            "cures_checked", "true"
        ),
        (
            "She denies sedation or constipation and signed an opioid agreement with our clinic today.",
            "opioid_agreement", "true"
        ),
        ("We did not review CURES and the urine screen was appropriate.", "cures_checked", "!true"),
        ("The urine screen was negative for opioids and not reviewed on CURES.", "cures_checked", "!true"),
        ("The physician has not queried and reviewed CURES for this patient.", "cures_checked", "!true"),
        ("He has not read and signed the pain agreement yet.", "opioid_agreement", "!true"),
        ("No urine screen, and no one checked CURES before the refill.", "cures_checked", "!true"),
    ] as [(String, String, String)])
func negationStopsAtAJoinedClause(_ summary: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, "Norco 10/325mg #90", fact, expected)
}
