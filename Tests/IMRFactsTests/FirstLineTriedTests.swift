import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A first-line drug avoided, declined or refused is not tried (`nsaid_tried`; CPMTG p. 63: muscle
// relaxants "as a second-line option" after NSAIDs): "pt prefers to avoid anti-inflammatories", "he
// declined naproxen", "she does not want to take NSAIDs". A drug taken, then avoided, was tried.

@Test(
    arguments: [
        "Pt prefers to avoid anti-inflammatories.",
        "He declined naproxen when it was offered at the last visit.",
        "She does not want to take NSAIDs because her mother had a bleed.",
        "The patient refuses ibuprofen.",
        "He would rather not take anti-inflammatory medication.",
        "She was offered meloxicam but declined it.",
        "Patient is reluctant to take NSAIDs.",
        "He is unwilling to try naproxen.",
        "Declines NSAIDs; wants to avoid pills.",
        "She chose to avoid ibuprofen and acetaminophen.",
        "Per the nurse case manager, he refused a trial of naproxen.",
        "He avoids NSAIDs and takes nothing for the pain.",
    ])
func aFirstLineDrugDeclinedIsNotTried(_ sentence: String) {
    let facts = requestFacts("Methocarbamol 750mg #40", summary: "Low back spasm after lifting. " + sentence)
    #expect(facts["nsaid_tried"]?.value != .bool(true), "\(sentence)")
}

@Test(
    arguments: [
        "She took naproxen for a month but now avoids it because of heartburn.",
        "He took ibuprofen 800 mg for two weeks; he declined a stronger NSAID.",
        "Ibuprofen was tried; she now prefers to avoid anti-inflammatories.",
        "She declined physical therapy but takes naproxen daily.",
        "He was told to avoid alcohol with the ibuprofen he takes daily.",
        "She takes meloxicam 15 mg daily and refuses opioids.",
    ])
func aFirstLineDrugTakenIsTriedWhateverIsDeclined(_ sentence: String) {
    let facts = requestFacts("Methocarbamol 750mg #40", summary: "Low back spasm after lifting. " + sentence)
    #expect(facts["nsaid_tried"]?.value == .bool(true), "\(sentence)")
}
