import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A urine metabolite is not a second opioid (duplicate_opioid): a screen that finds the prescribed
// opioid's metabolite beside it (hydromorphone with hydrocodone, oxymorphone with oxycodone, morphine
// with codeine, the nor- metabolites) finds no second drug taken. Written in the project's own words
// before the reading; one row follows a batch-3 vignette's sentence (marked). Must not: a second
// opioid that is taken, with or without a screen.

@Test(
    arguments: [
        // (summary, request, duplicate_opioid)
        (
            "Current medications: Percocet 5/325 q6h prn. Urine toxicology: oxycodone and oxymorphone detected, as expected.",
            "Percocet 5/325mg #120", false
        ),
        (
            "She takes Tylenol #3 twice daily. Her drug screen showed codeine and morphine.",
            "Tylenol #3 #60", false
        ),
        (
            "Meds: hydrocodone/APAP 5/325 bid. UDS 9/12: hydrocodone, hydromorphone, norhydrocodone; no illicit substances.",
            "Hydrocodone/APAP 5/325mg #60", false
        ),
        (
            "Oxycodone 10 mg every 6 hours. Random urine drug test 08/2016 was positive for oxycodone, noroxycodone and oxymorphone.",
            "Oxycodone 10mg #120", false
        ),
        (
            "The patient takes Norco 10/325 up to four a day. A urine drug screen was obtained in June. Hydrocodone and hydromorphone were present.",
            "Norco 10/325mg #120", false
        ),
        (
            "Norco 10/325 TID for back pain; UDS 10/2016 positive for hydrocodone, hydromorphone.",
            "Norco 10/325mg #90", false
        ),
        (
            "Percocet 10/325 every 6 hours as needed. Toxicology 11/01: oxycodone 2,400 ng/mL, oxymorphone 310 ng/mL, consistent.",
            "Percocet 10/325mg #120", false
        ),
        // Vignette wording (batch 3).
        (
            "Takes Norco 10/325 one tab q8h prn. UDS 10/04/2016 positive for hydrocodone and hydromorphone only, consistent with the prescription.",
            "Norco 10/325mg #90", false
        ),
        // Must not: a second opioid taken.
        (
            "Takes Norco 10/325 TID and Dilaudid 2 mg at night for breakthrough pain. UDS positive for hydrocodone and hydromorphone.",
            "Norco 10/325mg #90", true
        ),
        (
            "Current medications: Percocet 5/325 qid and oxymorphone IR 5 mg bid.",
            "Percocet 5/325mg #120", true
        ),
        (
            "She takes Norco 10/325 three times a day and tramadol 50 mg at bedtime; UDS 10/04 positive for hydrocodone.",
            "Norco 10/325mg #90", true
        ),
        (
            "Meds: oxycodone 10 mg q6h, hydromorphone 4 mg q4h prn.",
            "Oxycodone 10mg #120", true
        ),
        (
            "Medications: Tylenol #3 bid and morphine sulfate IR 15 mg prn.",
            "Tylenol #3 #60", true
        ),
    ] as [(String, String, Bool?)])
func screenMetaboliteIsNoSecondOpioid(_ summary: String, _ request: String, _ duplicate: Bool?) {
    #expect(requestFacts(request, summary: summary)["duplicate_opioid"]?.value == duplicate.map(FactValue.bool))
}
