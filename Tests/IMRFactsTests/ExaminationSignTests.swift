import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A nerve-root tension sign with the side or position written inside it (nerve_tension_signs), and
// a drug stopped for its adverse effect (medication_not_tolerated).

@Test(
    arguments: [
        // (summary, nerve_tension_signs)
        ("Examination shows a positive right straight leg raise at 40 degrees.", true),
        ("Positive left seated SLR at 60 degrees.", true),
        ("Positive bilateral straight leg raising.", true),
        ("Straight leg raise is positive on the right at 35 degrees.", true),
        ("Negative right straight leg raise.", false),
        ("Negative bilateral SLR.", false),
        // Doubted, or a plan to test, is no sign.
        ("Possible positive right straight leg raise.", nil),
    ] as [(String, Bool?)])
func aTensionSignWithItsSideInside(_ summary: String, _ sign: Bool?) {
    #expect(
        summaryFacts(summary, request: "Lumbar epidural steroid injection L4-5")["nerve_tension_signs"]?.value == sign.map(FactValue.bool))
}

@Test(
    arguments: [
        // (summary, medication_not_tolerated)
        ("She stopped ibuprofen in 2015 because of stomach upset.", true),
        ("She has tried oral ibuprofen, which caused epigastric pain and was stopped in 2015.", true),
        ("Naproxen was discontinued due to GI upset.", true),
        ("He stopped meloxicam due to side effects.", true),
        ("Motrin upset her stomach.", true),
        // Stopped for another reason.
        ("She stopped ibuprofen because it did not help.", nil),
        // A symptom a drug treats is not its adverse effect.
        ("Omeprazole was changed to pantoprazole due to epigastric pain.", nil),
        ("He takes naproxen without side effects.", nil),
    ] as [(String, Bool?)])
func aDrugStoppedForItsAdverseEffect(_ summary: String, _ intolerance: Bool?) {
    #expect(summaryFacts(summary, request: "Diclofenac 1% gel 100g")["medication_not_tolerated"]?.value == intolerance.map(FactValue.bool))
}
