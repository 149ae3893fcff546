import Testing

// A screen positive for a substance that is neither prescribed nor a metabolite of a drug prescribed
// is inconsistent (`urine_drug_screen_consistent` false; CPMTG 2009 p. 78, the fourth A), whether the
// lexicon names the substance as a drug or only as an ingredient ("morphine", "codeine"). Must not: a
// metabolite the prescribed drug leaves (codeine to morphine, morphine to hydromorphone, oxycodone to
// oxymorphone), or a substance prescribed under its ingredient's name. Written in this project's own
// words.

@Test(
    arguments: [
        // (summary, request, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Medications: oxycodone 10 mg q6h prn. Urine drug screen on 9/20/2016 was positive for oxycodone and morphine.",
            "Oxycodone 10 mg #120", "false"
        ),
        ("Takes Percocet 10/325 bid. UDT: positive for oxycodone and codeine.", "Percocet 10/325 mg #60", "false"),
        (
            "Current meds: Norco 10/325 tid. Her urine screen last month detected hydrocodone, hydromorphone and morphine.",
            "Norco 10/325 mg #90", "false"
        ),
        ("On tramadol 50 mg bid only. Urine toxicology in August was positive for tramadol and morphine.", "Tramadol 50 mg #60", "false"),
        // Must not: a metabolite of the drug prescribed, a substance prescribed by its ingredient's name.
        (
            "Tylenol with codeine #3, one twice daily. Urine drug screen positive for codeine and morphine.",
            "Tylenol #3 #60", "!false"
        ),
        (
            "Medications: morphine sulfate 15 mg tid. UDS positive for morphine and hydromorphone.", "Morphine sulfate IR 15 mg #90",
            "!false"
        ),
        ("Oxycodone 5 mg q6h prn. Urine drug screen positive for oxycodone and oxymorphone.", "Oxycodone 5 mg #120", "!false"),
        ("MS Contin 30 mg bid. Urine drug test positive for morphine.", "MS Contin 30 mg #60", "!false"),
        ("MS Contin 30 mg bid. UDS in October positive for morphine and hydromorphone.", "MS Contin 30 mg #60", "!false"),
    ] as [(String, String, String)])
func screenUnprescribedSubstance(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "urine_drug_screen_consistent", expected)
}
