import Testing

// A laboratory's or a form's general instruction is no finding of this case (`aberrant_behavior`,
// `urine_drug_screen_consistent`; CPMTG 2009 p. 78, the fourth A; MTUS Opioid Treatment Guidelines
// 2016, the screen read against the prescriptions): a sentence whose subject is any result of a
// kind ("results inconsistent with the reported medications", "any inconsistent result", "unexpected
// positive results") and whose verb is an instruction ("should be confirmed", "must be confirmed",
// "be confirmed") tells what to do with such a result, not that this screen had one. Read as
// written: a result of this case told inconsistent beside such an instruction. Written in this
// engineer's words before the mechanism: on the start build (913007d1) must-not rows 1, 2 and 4
// fail.

private let screen =
    "Norco 10/325 twice a day since 2015 for low back pain. Urine drug screen 05/10/2016 was positive for hydrocodone only."

@Test(
    arguments: [
        // (summary, fact, expected: a value, "!value" for any other)
        (
            "\(screen) Lab comment: results inconsistent with the reported medications should be confirmed by GC/MS before clinical decisions are made.",
            "aberrant_behavior", "!true"
        ),
        (
            "\(screen) The laboratory advises that any inconsistent result be confirmed by LC-MS/MS and not be used alone for clinical decisions.",
            "aberrant_behavior", "!true"
        ),
        ("\(screen) Interpretation: unexpected positive results must be confirmed by a definitive method.", "aberrant_behavior", "!true"),
        (
            "\(screen) Note: an unexpected or inconsistent finding should be confirmed before the regimen is changed.",
            "aberrant_behavior", "!true"
        ),
        (
            "Norco 10/325 twice a day since 2015. The screen of 05/10/2016 was inconsistent with his prescriptions, positive for cocaine. This result should be discussed with him at the next visit.",
            "aberrant_behavior", "true"
        ),
        (
            "Norco 10/325 twice a day since 2015. Urine drug screen 05/10/2016 was inconsistent, with no hydrocodone detected. Results like this should be confirmed, so a GC/MS confirmation was sent.",
            "urine_drug_screen_consistent", "false"
        ),
    ] as [(String, String, String)])
func aGeneralInstructionIsNoFindingOfTheCase(_ summary: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, "Norco 10/325mg #90", fact, expected)
}
