import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

@Test func totalMorphineEquivalentsAddEveryCurrentOpioid() {
    let summary = "She takes OxyContin 40mg twice daily and Norco 10/325mg every 4-6 hours."
    let facts = requestFacts("Norco 10/325mg #180, one every 4 hours", summary: summary)
    #expect(facts["morphine_equivalent_dose"]?.value == .number(60))
    // 60 for the requested Norco plus 40 mg x 2 x 1.5 for OxyContin.
    #expect(facts["total_morphine_equivalent_dose"]?.value == .number(180))
}

@Test func totalMorphineEquivalentsNeedAStatedDoseOfTheOthers() {
    let facts = requestFacts("Norco 10/325mg #90", summary: "She also uses OxyContin as needed.")
    #expect(facts["total_morphine_equivalent_dose"]?.value == .number(30))
}

/// A requested daily dose above the one the summary states is taken now (CPMTG p. 86: a dose
/// "increased above 120 mg"): both at a stated frequency, in morphine equivalents; a request
/// without a frequency is not compared (its quantity over 30 days is only an estimate).
@Test(
    arguments: [
        // (summary, request, dose_increase; nil = not documented)
        ("She takes Norco 10/325 mg twice a day.", "Norco 10/325mg one every 4 hours #180", true),
        ("She takes Norco 10/325 mg every 4 hours.", "Norco 10/325mg one every 4 hours #180", false),
        ("She takes Norco 10/325 mg four times a day.", "Norco 5/325mg four times a day #120", false),
        ("She takes OxyContin 20 mg twice a day.", "OxyContin 40mg twice a day #60", true),
        ("She takes Norco 10/325 mg twice a day.", "Norco 10/325mg #180", nil),
        ("She takes Norco.", "Norco 10/325mg one every 4 hours #180", nil),
        ("She takes OxyContin 40 mg twice a day.", "Norco 10/325mg one every 4 hours #180", nil),
        ("Plan: Norco 10/325 mg twice a day.", "Norco 10/325mg one every 4 hours #180", nil),
    ] as [(String, String, Bool?)])
func aRequestedDoseAboveTheCurrentOneIsAnIncrease(_ summary: String, _ request: String, _ increase: Bool?) {
    #expect(requestFacts(request, summary: summary)["dose_increase"]?.value == increase.map { FactValue.bool($0) })
}

@Test func fentanylPatchDoseIsMicrogramsAnHour() {
    let facts = requestFacts("Norco 10/325mg #60", summary: "Current medications include Duragesic 50mcg/hr patch every 72 hours.")
    #expect(facts["total_morphine_equivalent_dose"]?.value == .number(140))
}

@Test(arguments: [
    ("Gabapentin 600mg three times daily provides 50% pain relief.", "Gabapentin 600mg #90", 50.0),
    ("Pain is 8/10 without Lyrica and 4/10 with it.", "Lyrica 75mg #60", 50.0),
    ("She reports a 30 percent reduction in pain with Cymbalta.", "Duloxetine 60mg #30", 30.0),
])
func reliefIsReadForTheRequestedDrug(_ summary: String, _ request: String, _ percent: Double) {
    #expect(requestFacts(request, summary: summary)["pain_relief_percent"]?.value == .number(percent))
}

@Test func reliefFromAnotherDrugIsNotTheRequestedDrugs() {
    let facts = requestFacts("Gabapentin 600mg #90", summary: "Norco gives 50% pain relief. She also takes gabapentin.")
    #expect(facts["pain_relief_percent"] == nil)
}

@Test func otherMedicationClassesLeaveOutTheRequestedDrug() {
    let facts = requestFacts("Movantik 25mg #30", summary: "Medications: Movantik, Norco and Colace.")
    guard case .terms(let classes)? = facts["other_medication_classes"]?.value else {
        Issue.record("other_medication_classes not read")
        return
    }
    #expect(classes.contains("laxative"))
    #expect(classes.contains("opioid"))
    #expect(!classes.contains("second_line_laxative"))
}
