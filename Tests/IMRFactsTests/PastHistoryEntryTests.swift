import Testing

// A drug's time: an entry of a past medication history ("OxyContin 20 mg in 2013 (constipation)",
// "Percocet during 2013, nausea", "Ibuprofen in 2013 upset her stomach") and a drug discontinued in
// shorthand ("d/c'd 03/2015") are no drug taken now (duplicate_opioid, concurrent_nsaid,
// already_using); a use told as going on is ("started in 2014, continues", "since 2014", "in 2014
// and still three a day now"). Written in this project's own words before the mechanism: on the
// start build (f2746f0) all 5 must-not rows read the fact, and all 4 must-read rows read.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Visit 11/14/2016. Medication history: OxyContin 20 mg in 2013 (constipation, sedation); hydromorphone in 2015 (itching). Current: ibuprofen and topical lidocaine.",
            "Morphine sulfate ER 15 mg #60", "duplicate_opioid", "!true"
        ),
        (
            "Visit 11/14/2016. Naproxen d/c'd 03/2015 for heartburn. Now on acetaminophen 500 mg as needed.",
            "Ibuprofen 800 mg #90", "concurrent_nsaid", "!true"
        ),
        (
            "Seen 10/03/2016 for the low back. Opioids tried: Percocet during 2013, nausea; codeine in 2012, no help. Norco 10/325 is requested as her first regular opioid.",
            "Norco 10/325 mg #90", "duplicate_opioid", "!true"
        ),
        (
            "Office visit 11/02/2016. Ibuprofen in 2013 upset her stomach. She manages with ice and a heating pad.",
            "Naproxen 550 mg #60", "concurrent_nsaid", "!true"
        ),
        (
            "Office visit 11/02/2016. Tramadol in 2014 (dizziness). Now on acetaminophen only, which takes the edge off.",
            "Tramadol 50 mg #60", "already_using", "!true"
        ),
        (
            "Visit 11/14/2016. OxyContin 20 mg twice a day, started in 2014, continues with 50% relief.",
            "Morphine sulfate ER 15 mg #60", "duplicate_opioid", "true"
        ),
        (
            "Office visit 11/02/2016. She has taken Norco since 2014, three tablets a day.",
            "Tramadol ER 100 mg #30", "concurrent_opioid", "true"
        ),
        (
            "Office visit 11/02/2016. Meloxicam 15 mg daily, started in 2014, taken with food.",
            "Naproxen 550 mg #60", "concurrent_nsaid", "true"
        ),
        (
            "Office visit 11/02/2016. Norco 10/325 in 2014 and still three a day now.",
            "Cyclobenzaprine 10 mg #30", "concurrent_opioid", "true"
        ),
    ] as [(String, String, String, String)])
func aPastEntryIsNoDrugTakenNow(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
