import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Pain relief in a clinician's words: pain held in check, pain named with where it is and then
// its change, the medications bettering the pain; each denied reads no relief, and a purpose
// ("prescribed to improve her pain") is no result.

@Test(
    arguments: [
        // (sentence after "She takes Norco 10/325 three times a day.", pain_improved: nil = not documented)
        ("Her pain was fairly well controlled.", true),
        ("Pain is adequately controlled with the current regimen.", true),
        ("His pain remains under control.", true),
        ("Pain is better controlled since the last visit.", true),
        ("The medication controls her pain.", true),
        ("Her pain is poorly controlled.", false),
        ("Pain is not well controlled.", false),
        ("She reports uncontrolled pain.", false),
        ("Pain with right arm is improving.", true),
        ("Pain in the low back has improved.", true),
        ("Pain in both knees is better.", true),
        ("Pain in the low back is not improving.", false),
        ("Hand therapy note reports right arm pain improving.", true),
        ("Right arm pain not improving.", false),
        ("Pain in the neck has not improved.", false),
        ("Her medications improve the pain.", true),
        ("The medication improved her pain.", true),
        ("She takes meds, which improve her pain.", true),
        ("Her medications do not improve the pain.", false),
        ("Norco was prescribed to improve her pain.", nil),
    ] as [(String, Bool?)])
func painHeldInCheckOrBetteredIsRelief(_ sentence: String, _ improved: Bool?) {
    let facts = requestFacts("Norco 10/325 #90", summary: "She takes Norco 10/325 three times a day. " + sentence)
    #expect(facts["pain_improved"]?.value == improved.map { FactValue.bool($0) })
}
