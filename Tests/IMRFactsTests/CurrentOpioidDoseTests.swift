import Testing

/// The day's morphine-equivalent dose for a request that is no opioid (naloxone, a laxative, a drug
/// screen): the current opioids' doses summed, each from its strength and a prescription's frequency
/// in any of its usual wordings (the 2016 MTUS opioid guideline's 50 mg threshold for naloxone; the
/// CPMTG's drug testing asks it too). Must-not rows: an opioid without a frequency, a stopped
/// opioid, no opioid at all.
@Test(
    arguments: [
        // (summary, request, total_morphine_equivalent_dose; "nil" = not documented)
        ("Current meds: MS Contin 30 mg every 12 h.", "Narcan 4mg nasal spray #1", "60"),
        ("He takes morphine ER 15 mg q 12 h and oxycodone 5 mg up to 3 a day.", "Naloxone nasal spray, 2 pack", "52.5"),
        ("Medications: Norco 10/325 mg 4 times a day; OxyContin 20 mg twice per day.", "Narcan nasal spray, one kit", "100"),
        ("Uses hydrocodone 5/325 mg 1 per day at night.", "Naloxone 4 mg spray, 1 carton", "5"),
        ("Oxycodone IR 10 mg every 6 hrs as needed.", "Senna 8.6 mg #60", "60"),
        ("Tapentadol 50 mg 3x daily.", "Naloxone nasal spray #2", "60"),
        ("She is on methadone 10 mg three times per day.", "Urine drug screen", "240"),
        ("Percocet 5/325 mg every 4-6 h prn.", "Narcan nasal spray #2", "45"),
        // Must not: no frequency given, the opioid stopped, no opioid taken.
        ("She takes OxyContin for pain.", "Narcan nasal spray #2", "nil"),
        ("Tramadol 50 mg four times a day was stopped in 2015 for nausea.", "Narcan nasal spray #2", "nil"),
        ("Medications: ibuprofen 600 mg three times a day and gabapentin 300 mg three times a day.", "Narcan nasal spray #2", "nil"),
    ] as [(String, String, String)])
func aRequestThatIsNoOpioidReadsTheCurrentOpioidsDose(_ summary: String, _ request: String, _ dose: String) {
    expectRequestFact(summary, request, "total_morphine_equivalent_dose", dose)
}

/// A drug request's amount counted in packs, kits, cartons, pens, syringes or inhalers is a quantity
/// ("Narcan nasal spray, 1 two-pack"); a strength alone still leaves it unspecified.
@Test(
    arguments: [
        // (request, request_unspecified)
        ("Naloxone 4 mg nasal spray, 1 two-pack", "false"),
        ("Narcan nasal spray 2 packs", "false"),
        ("Naloxone auto-injector, 1 kit", "false"),
        ("Sumatriptan 6 mg autoinjector, 2 pens", "false"),
        ("Lovenox 40 mg, 10 syringes", "false"),
        ("Lovenox 40 mg daily", "true"),
        ("Naloxone 4 mg nasal spray", "true"),
        ("Naloxone nasal spray pack", "true"),
    ] as [(String, String)])
func aDrugRequestCountedInPacksStatesItsQuantity(_ request: String, _ unspecified: String) {
    expectRequestFact("She takes MS Contin 30 mg twice a day.", request, "request_unspecified", unspecified)
}
