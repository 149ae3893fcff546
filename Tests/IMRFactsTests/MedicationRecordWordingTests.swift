import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Whether the requested drug is taken, and its morphine-equivalent dose, as summaries write them
// (#10): a substance measured rather than taken, a drug advised, and methadone by the CDC 2016
// table's dose bands. This suite's own
// phrasing, never a held-out set's.

/// A substance measured (a level, a lab value, a screen result) is not a medication taken; a drug
/// advised is part of the plan.
@Test(
    arguments: [
        // (summary, vitamin_d among the medications)
        ("Vitamin D level was 15. She takes Norco.", false),
        ("Her vitamin D was checked. She takes Norco.", false),
        ("Labs: serum vitamin D low. She takes Norco.", false),
        ("Vitamin D levels were low. She takes Norco.", false),
        ("She takes vitamin D 2000 IU daily and Norco.", true),
        ("Current medications include Norco, Vitamin D and omeprazole.", true),
    ] as [(String, Bool)])
func substanceMeasured(_ summary: String, _ listed: Bool) {
    let medications = requestFacts("Norco 10/325 mg #60", summary: summary)["medications"]?.value
    guard case .terms(let drugs)? = medications else { return #expect(!listed) }
    #expect(drugs.contains("vitamin_d") == listed)
}

@Test(
    arguments: [
        ("She was advised to take vitamin D.", false),
        ("She was instructed to start vitamin D 1000 IU daily.", false),
        ("She was advised to continue vitamin D.", true),
    ] as [(String, Bool)])
func drugAdvised(_ summary: String, _ value: Bool) {
    #expect(requestFacts("Vitamin D 2000 IU #30", summary: summary)["already_using"]?.value == .bool(value))
}

/// Methadone's morphine equivalent rises with the day's dose (CDC 2016: 4 to 20 mg a day, 8 to
/// 40, 10 to 60, 12 above); the other factors are one per ingredient.
@Test(
    arguments: [
        // (request, morphine_equivalent_dose)
        ("Methadone 5 mg #60, 1 tab twice a day", 40.0),
        ("Methadone 10 mg #90, 1 tab three times a day", 240.0),
        ("Methadone 10 mg #150, one tablet five times a day", 500.0),
        ("Methadone 20 mg #120, 1 tab four times a day", 960.0),
        ("Dilaudid 4 mg #120, 1 tab four times a day", 64.0),
        ("Tramadol 50 mg #120, 1 tab four times a day", 20.0),
        ("Nucynta 50 mg #120, 1 tab four times a day", 80.0),
    ] as [(String, Double)])
func morphineEquivalentByBand(_ request: String, _ value: Double) {
    #expect(requestFacts(request)["morphine_equivalent_dose"]?.value == .number(value))
}
