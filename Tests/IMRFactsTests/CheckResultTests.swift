import Testing

// A check told with its empty result is a check done (cures_checked; CPMTG 2009 p. 78, the fourth A;
// MTUS Opioid Treatment Guidelines 2016: the prescriber checks CURES before prescribing). The "no" of
// "no other prescribers on CURES" denies what the check found, not the check: the report is the place
// the absence was read from. So is a result word after the check ("CURES unremarkable", "PDMP was
// negative for outside prescriptions") and a label's list ("CURES: no early refills"). A check told
// not done stays denied, whatever stands after it ("CURES not checked", "no CURES report on file",
// "no documentation of a PDMP query"), and a check told only as a plan states nothing.

/// The notes' opening, the same for every row: an opioid continued for chronic pain.
private let opening = "Pain follow-up. He takes Norco 10/325 three times a day for low back pain since a 2019 fall at work. "

@Test(
    arguments: [
        // (the sentence after the opening, expected: a value, "nil" for not documented, "!value" for any other)
        // Must-read: the check and its empty result.
        ("I reviewed CURES, which showed no controlled prescriptions from other prescribers.", "true"),
        ("PDMP checked - nothing unexpected.", "true"),
        ("No other prescribers on CURES.", "true"),
        ("No red flags on the CURES report dated 10/02.", "true"),
        ("None noted on the PDMP.", "true"),
        ("There were no outside opioid fills found when CURES was run this morning.", "true"),
        ("No inconsistencies per the state prescription database.", "true"),
        ("CURES unremarkable.", "true"),
        ("The PDMP was negative for outside prescriptions.", "true"),
        ("CURES: no early refills, single prescriber.", "true"),
        ("PDMP - no discrepancies.", "true"),
        ("Negative CURES report on 10/02.", "true"),
        // Must-not: the check itself denied, not its result.
        ("CURES not checked.", "false"),
        ("CURES has never been checked.", "false"),
        ("No CURES report on file.", "false"),
        ("No documentation of a PDMP query in the chart.", "false"),
        ("There was no report from CURES at this visit.", "false"),
        ("CURES: not done.", "false"),
        ("He has not had CURES reviewed.", "false"),
        // A check told only as a plan states nothing.
        ("We will check CURES at the next visit.", "nil"),
        ("CURES to be run before the next refill.", "nil"),
    ])
func aCheckToldWithItsEmptyResultIsDone(_ sentence: String, _ expected: String) {
    expectRequestFact(opening + sentence, "Norco 10/325 #90", "cures_checked", expected)
}
