import IMRFacts
import IMRVocabulary
import Testing

/// A drug request and the days its supply lasts (`nil`: not documented): the units with their
/// refills over the units a day at the frequency the request states.
let daysSupplyCases: [(request: String, days: Int?)] = [
    ("Flexeril 10mg TID prn spasm #90", 30),
    ("Cyclobenzaprine 7.5 mg 1 tab po BID #20", 10),
    ("Cyclobenzaprine 7.5 mg 1-2 tabs po TID #60", 10),
    ("Norco 10/325 1 PO q6h prn pain #120", 30),
    ("Tramadol 50 mg 1 tab every 6-8 hours as needed #60", 15),
    ("Ambien 10 mg 1 tab qhs #30 with 2 refills", 90),
    ("Zolpidem 5 mg at bedtime, quantity 14", 14),
    ("Lorazepam 1 mg twice daily #28", 14),
    ("Robaxin 500 mg two tablets four times a day #80", 10),
    ("Toradol 10 mg every 6 hours #20", 5),
    // Hours abbreviated.
    ("Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed", 5),
    ("Norco 10/325 one tab q 6 hrs #120", 30),
    ("Tramadol 50 mg 1 tab q8 hrs #90", 30),
    // A unit that lasts days: a fentanyl patch is changed every 72 hours.
    ("Duragesic 75mcg patch #10", 30),
    ("Fentanyl 50 mcg/hr patch, apply one every 72 hours, #15", 45),
    // No frequency: at the largest daily dose of the drug's label (cyclobenzaprine 30 mg, zolpidem 10 mg).
    ("Flexeril 10mg #90", 30),
    ("Cyclobenzaprine 7.5 mg #60", 15),
    ("Ambien 10 mg #30", 30),
    // Nortriptyline (150 mg a day) and meloxicam (15 mg a day), one maximum for every formulation.
    ("Nortriptyline HCL 25mg, #30", 5),
    ("Pamelor 10 mg #90", 6),
    ("Meloxicam (Mobic) 7.5mg #30", 15),
    ("Mobic 15 mg one tablet daily #30", 30),
    // Venlafaxine: the tablets 375 mg a day, the extended-release capsules 225 mg.
    ("Venlafaxine 75mg #90", 18),
    ("Venlafaxine ER 75mg #30", 10),
    ("Effexor XR 150 mg #30", 20),
    // No frequency and no label maximum, or no quantity: not documented.
    ("Norco 10/325 mg #90", nil),
    ("Ambien 10 mg qhs", nil),
]

@Test(arguments: daysSupplyCases)
func daysSupply(_ example: (request: String, days: Int?)) {
    let facts = requestFacts(example.request, summary: "Current medications include ibuprofen.")
    #expect(facts["days_supply"]?.value == example.days.map(FactValue.days), "\(example.request)")
}

/// A drug request and its milligrams a day as the request states them (`nil`: not documented): the
/// strength times the units of a dose times the doses a day at the stated frequency; never estimated.
let dailyDoseCases: [(request: String, milligrams: Double?)] = [
    ("Naproxen 550 mg BID #60", 1100),
    ("Anaprox DS 550mg 1 tab twice daily #60", 1100),
    ("Motrin 800mg TID #90", 2400),
    ("Mobic 15 mg one tablet daily #30", 15),
    ("Meloxicam 7.5 mg 2 tabs daily #60", 15),
    ("Ibuprofen 800 mg 1 tab every 6-8 hours as needed #60", 3200),
    ("Toradol 10 mg every 6 hours #20", 40),
    ("Tylenol 500 mg 2 tablets every 6 hours #120", 4000),
    // A combination's first strength, as strength_mg reads it.
    ("Norco 10/325 mg 1-2 tabs q6h prn #120", 80),
    // No frequency, no strength, or a topical: not documented (no estimate from the quantity or the label).
    ("Naproxen 550 mg #60", nil),
    ("Flexeril 10mg #90", nil),
    ("Ibuprofen TID #90", nil),
    ("Voltaren gel 1% 100 g apply four times a day", nil),
]

@Test(arguments: dailyDoseCases)
func dailyDose(_ example: (request: String, milligrams: Double?)) {
    let facts = requestFacts(example.request, summary: "Current medications include ibuprofen.")
    #expect(facts["daily_dose_mg"]?.value == example.milligrams.map(FactValue.number), "\(example.request)")
}

/// A summary and whether it documents a GI risk factor of the CPMTG ("NSAIDs, GI symptoms &
/// cardiovascular risk"): a history of ulcer, bleeding or perforation, aspirin, a corticosteroid or
/// an anticoagulant, or more than one NSAID taken by mouth (`nil`: not documented).
let giRiskCases: [(summary: String, risk: Bool?)] = [
    ("Current medications include naproxen 550 mg twice daily and meloxicam 15 mg daily.", true),
    ("She takes ibuprofen 800 mg and aspirin 81 mg daily.", true),
    ("She takes naproxen and Eliquis for atrial fibrillation.", true),
    ("She takes naproxen and Lovenox injections.", true),
    ("She has a history of a perforated ulcer.", true),
    ("History of melena two years ago.", true),
    // One NSAID by mouth and a topical one is not multiple NSAIDs.
    ("Current medications include naproxen 550 mg twice daily and Voltaren gel.", nil),
    ("Current medications include naproxen 550 mg twice daily.", nil),
    // Ibuprofen and Duexis (ibuprofen with famotidine) are one NSAID.
    ("The medications include ibuprofen with Pepcid, which she may obtain as Duexis.", nil),
    // Abdominal pain of an injury is not a GI complaint; UR's reasoning documents nothing.
    ("She has left abdominal pain after the lifting injury.", nil),
    ("The request for Prilosec was denied as there was no documentation of gastrointestinal symptoms.", nil),
]

@Test(arguments: giRiskCases)
func giRiskFactors(_ example: (summary: String, risk: Bool?)) {
    let facts = extractor.caseFacts(for: bareCase(example.summary)).facts
    #expect(facts["gi_risk"]?.value == example.risk.map(FactValue.bool), "\(example.summary)")
}
