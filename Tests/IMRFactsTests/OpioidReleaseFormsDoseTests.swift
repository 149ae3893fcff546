import Testing

/// The day's morphine-equivalent dose counts a long-acting and a short-acting form of one drug taken
/// together as two doses (CPMTG 2009 p. 86: the ceiling is for all opioids taken together), the
/// requested form's and the other's. Must-not rows: the requested drug named another way (one form),
/// a form of the other release when the summary never names the requested one (the same drug named
/// loosely), a form stopped.
@Test(
    arguments: [
        // (summary, request, total_morphine_equivalent_dose; "nil" = not documented, "!x" = anything but x)
        (
            "Current regimen: OxyContin 20 mg every 12 hours with oxycodone 10 mg up to four times daily for breakthrough pain.",
            "OxyContin 20 mg #60", "120"
        ),
        (
            "Current regimen: OxyContin 20 mg every 12 hours with oxycodone 10 mg up to four times daily for breakthrough pain.",
            "Oxycodone 10 mg #120", "120"
        ),
        ("He takes MS Contin 60 mg twice a day and MSIR 15 mg every 6 hours as needed.", "MS Contin 60 mg #60", "180"),
        ("Hysingla ER 30 mg once daily; Norco 10/325 three times a day for flares.", "Norco 10/325 mg three times a day #90", "60"),
        ("Opana ER 10 mg q12h, plus Opana 5 mg BID for breakthrough.", "Opana ER 10 mg #60", "90"),
        // Must not: one form named two ways; the other form only (the requested never named); a form stopped.
        ("Medications: hydrocodone/APAP 10/325 mg every 6 hours.", "Norco 10/325 mg every 6 hours #120", "40"),
        ("Oxycodone 40 mg every 12 hours.", "OxyContin 40 mg #60", "!240"),
        (
            "OxyContin 20 mg every 12 hours was discontinued in March; she now takes oxycodone 5 mg three times a day.",
            "Oxycodone 5 mg #90", "22.5"
        ),
    ] as [(String, String, String)])
func aLongAndAShortActingFormOfOneDrugAreTwoDosesOfTheDay(_ summary: String, _ request: String, _ dose: String) {
    expectRequestFact(summary, request, "total_morphine_equivalent_dose", dose)
}
