import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A drug named as a drug screen's result is a substance measured, not a drug taken
// (`medications`, `duplicate_opioid`): "a urine toxicology screen ... was appropriate for oxycodone
// only" finds the oxycodone of the Percocet she takes, not a second opioid. A drug taken named in
// the same sentence as a screen stays taken.

/// The summary every row follows: the requested drug, taken.
private let takes = "She takes Percocet 5/325 mg four times a day. "

@Test(
    arguments: [
        "A urine toxicology screen in May was appropriate for oxycodone only.",
        "UDS 10/2016 positive for oxycodone, as expected.",
        "Her drug screen was consistent with oxycodone and negative for other opioids.",
        "The urine drug test detected oxycodone and nothing else.",
        "Urine toxicology: oxycodone detected, no illicit substances.",
        "A random screen was negative for oxycodone.",
        "The last UDS was consistent with prescribed oxycodone.",
        "Tox screen 9/2016: appropriate for oxycodone.",
        "Urine drug testing was positive only for oxycodone.",
        "The screen was expected for oxycodone.",
        "Per the pain physician, her urine screen was inconsistent with oxycodone.",
        "The toxicology report was consistent with her prescribed oxycodone.",
    ])
func aDrugAScreenFindsIsNotASecondDrugTaken(_ sentence: String) {
    let facts = requestFacts("Percocet 5/325 #120", summary: takes + sentence)
    #expect(facts["duplicate_opioid"]?.value == .bool(false), "\(sentence) -> \(value(facts, "medications") ?? "-")")
}

@Test(
    arguments: [
        "She also takes oxycodone 5 mg for breakthrough pain.",
        "Her urine screen was appropriate, and she also uses oxycodone 5 mg at night.",
        "Oxycodone 5 mg was added for breakthrough pain after the screen was consistent.",
        "She has been on oxycodone 10 mg twice a day since the drug screen was negative for illicit drugs.",
        "A drug screen was appropriate; oxycodone 5 mg is taken at bedtime.",
        "The screen tested negative for marijuana, and she takes oxycodone 5 mg nightly.",
    ])
func aSecondDrugTakenBesideAScreenIsTaken(_ sentence: String) {
    let facts = requestFacts("Percocet 5/325 #120", summary: takes + sentence)
    #expect(facts["duplicate_opioid"]?.value == .bool(true), "\(sentence) -> \(value(facts, "medications") ?? "-")")
}
