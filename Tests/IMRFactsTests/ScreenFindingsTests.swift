import Testing

// A urine drug screen, a CURES check or an agreement told under a label or in shorthand, and what a
// screen found against what is prescribed (CPMTG 2009 "Drug testing", p. 43: a screen for "the use
// or the presence of illegal drugs"; "On-going management", p. 78, the fourth A: aberrant
// drug-taking behaviour; `aberrant_behavior`, `urine_drug_screen_consistent`, `duplicate_opioid`,
// `cures_checked`). A label names a topic and asserts nothing ("Aberrancy:", "Risk monitoring
// (aberrancy, misuse):"): the finding after it is read; a screen consistent with the prescriptions
// ("c/w Rx", "consistent", "+morphine (prescribed)") is no aberrant result; a drug found that no one
// prescribed, or one told not prescribed, is one; a drug named as a screen's finding is no drug taken.
// All rows in this engineer's own words (the unprescribed-screen rows: engineer surgery's first, in
// /work/notes/cross23/table/medication.by-surgery.tsv, then last session's own), written before the
// mechanism: on the start build (f2746f0) 5 of 10 must-read and 1 of 6 must-not rows of the first two
// tables, 0 of 5 and 4 of 4 of the last two.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Chronic neck pain on Norco 10/325 three times a day for two years. Aberrant behaviors: none. She walks 2 miles daily on the medication and works full duty as a bookkeeper.",
            "Norco 10/325mg #90", "aberrant_behavior", "false"
        ),
        (
            "Tramadol ER 200 mg daily since 2015 for knee osteoarthritis. Aberrancy review: UDT 10/2016 c/w Rx; CURES one prescriber. Pain 6/10 without, 3/10 with it.",
            "Tramadol ER 200mg #30", "aberrant_behavior", "false"
        ),
        (
            "Oxycodone 10 mg three times a day for failed back syndrome. UDT 9/16: consistent. Opioid contract on file.",
            "Oxycodone 10mg #90", "urine_drug_screen_consistent", "true"
        ),
        (
            "Takes hydrocodone/APAP 10/325 twice daily. Tox screen 11/2016 c/w prescribed meds. He is back at work as a welder.",
            "Hydrocodone/APAP 10/325mg #60", "urine_drug_screen_consistent", "true"
        ),
        (
            "Oxycodone 15 mg four times daily. Aberrant behavior: two requests for an early refill this fall, each with a different story.",
            "Oxycodone 15mg #120", "aberrant_behavior", "true"
        ),
        (
            "Norco 10/325 four a day. Aberrancies: UDS 10/16 + cocaine, which he denies using.", "Norco 10/325mg #120", "aberrant_behavior",
            "true"
        ),
        (
            "MS Contin 30 mg twice a day for CRPS of the left foot. Monitoring: UDS 11/2016 +morphine (prescribed); CURES reviewed, single prescriber.",
            "Morphine ER 30mg #60", "urine_drug_screen_consistent", "true"
        ),
        (
            "Hydrocodone/APAP 10/325 three times a day. UDS 9/16: +oxycodone, +oxymorphone, neither prescribed; she could not say where they came from.",
            "Hydrocodone/APAP 10/325mg #90", "aberrant_behavior", "true"
        ),
        (
            "Tramadol 50 mg three times a day is his only pain medicine. His 10/2016 drug test came back positive for hydrocodone.",
            "Tramadol 50mg #90", "urine_drug_screen_consistent", "false"
        ),
        (
            "Oxycodone 5 mg twice a day after an ankle fracture. I did not query the state prescription database before this refill.",
            "Oxycodone 5mg #60", "cures_checked", "false"
        ),
    ] as [(String, String, String, String)])
func aScreenUnderALabelOrInShorthandIsRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Hydrocodone/APAP 5/325 two a day for lumbar spondylosis. Aberrancy: UDS 8/2016 hydrocodone only, consistent with his Rx. Pain 7/10 off, 4/10 on.",
            "Hydrocodone/APAP 5/325mg #60", "aberrant_behavior", "!true"
        ),
        (
            "Oxycodone 5 mg twice daily. Aberrant drug behavior - none noted; CURES shows one prescriber.", "Oxycodone 5mg #60",
            "aberrant_behavior", "!true"
        ),
        (
            "Nucynta 50 mg three times a day. Risk monitoring (aberrancy, misuse): UDT c/w Rx 10/16, CURES reviewed 11/16, agreement signed.",
            "Tapentadol 50mg #90", "aberrant_behavior", "!true"
        ),
        (
            "Norco 10/325 twice a day. The urine drug screen in September was positive for hydrocodone, as expected on her prescription.",
            "Norco 10/325mg #60", "urine_drug_screen_consistent", "!false"
        ),
        (
            "She takes Norco 10/325 mg twice a day. Urine toxicology in October found oxycodone.", "Norco 10/325mg #60", "duplicate_opioid",
            "!true"
        ),
        (
            "Hydrocodone/APAP 10/325 three times a day. UDS 9/16: +oxycodone, +oxymorphone, neither prescribed; she could not say where they came from.",
            "Hydrocodone/APAP 10/325mg #90", "duplicate_opioid", "!true"
        ),
    ] as [(String, String, String, String)])
func aLabelOrAScreensFindingAssertsNothingMore(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected)
        (
            "Her only opioid prescription is hydrocodone from this office. The urine drug screen collected 10/20/2016 came back positive for oxymorphone and oxycodone, neither of which anyone has prescribed her. She could not explain the result. The opioid agreement was reviewed with her again.",
            "Hydrocodone/APAP 10/325 mg #120", "aberrant_behavior", "true"
        ),
        (
            "Urine drug screen 08/12/2016 was positive for hydrocodone, which is not prescribed to him; his only opioid is tramadol 50 mg three times a day.",
            "Tramadol 50mg #90", "aberrant_behavior", "true"
        ),
        (
            "She takes Norco 10/325 mg twice a day. Urine toxicology in October found oxycodone.", "Norco 10/325mg #60",
            "aberrant_behavior", "true"
        ),
        (
            "Meds: OxyContin 20 mg q12h, gabapentin 300 mg tid. Her last drug screen detected alprazolam.", "OxyContin 20mg #60",
            "aberrant_behavior", "true"
        ),
        (
            "Current opioid: Percocet 10/325 tid. The 9/2016 UDT showed morphine and hydromorphone.", "Percocet 10/325mg #90",
            "aberrant_behavior", "true"
        ),
    ] as [(String, String, String, String)])
func anUnprescribedDrugFoundIsAberrant(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected)
        (
            "Urine toxicology from 09/28/2016 showed hydrocodone and hydromorphone only, as expected on his prescribed Norco. CURES shows a single prescriber. He is working light duty. Refill today.",
            "Hydrocodone/APAP 10/325 mg #90", "aberrant_behavior", "!true"
        ),
        ("She takes oxycodone 10 mg tid. UDS 06/2016 positive for oxycodone.", "Oxycodone 10mg #90", "aberrant_behavior", "!true"),
        ("Tramadol 50 mg bid. The urine screen found tramadol and nothing else.", "Tramadol 50mg #60", "aberrant_behavior", "!true"),
        (
            "Norco 10/325 three times a day and alprazolam 0.5 mg at night from her psychiatrist. UDS in August was positive for hydrocodone and alprazolam.",
            "Norco 10/325mg #90", "aberrant_behavior", "!true"
        ),
    ] as [(String, String, String, String)])
func thePrescribedDrugFoundIsNotAberrant(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
