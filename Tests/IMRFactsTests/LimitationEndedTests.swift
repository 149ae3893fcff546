import IMRFacts
import Testing

// A restriction told ended after its name is no limitation now: "ended at / after / N weeks after",
// "were lifted", "lifted at" within six words after it, the words of a parenthesis between not
// counted ("Hip precautions (no hip flexion past 90 degrees, no crossing the legs, no internal
// rotation) ended 12 weeks after surgery"). A restriction that continues, or something else that
// ended (past a `;`, inside the parenthesis, or in a clause of its own: "since her PT visits
// ended"), or one still to be lifted ("will be lifted at 12 weeks") leaves it standing.
@Test(
    arguments: [
        // (summary, toileting_limitation)
        (
            "Hip precautions (no hip flexion past 90 degrees, no crossing the legs, no internal rotation) ended 12 weeks after surgery.",
            "!true"
        ),
        ("Posterior hip precautions were lifted at the 12-week visit.", "!true"),
        ("Hip precautions lifted at 12 weeks.", "!true"),
        // ...and the restriction standing.
        ("Hip precautions (no flexion past 90 degrees) continue until 12 weeks after surgery.", "true"),
        ("Hip precautions in place; the home program ended last week.", "true"),
        ("She has difficulty rising from the toilet since her PT visits ended.", "true"),
        ("Hip precautions (posterior) remain in force; the OT visits ended in May.", "true"),
        // ...a restriction to be lifted later is in force now (other voices: plan, terse, dictated).
        ("Hip precautions will be lifted at the 12-week visit.", "true"),
        ("Plan: posterior hip precautions, to be lifted after 12 weeks if the x-rays allow.", "true"),
        ("hip precautions x 12 wks, will be lifted at next f/u", "true"),
        // ...and what ended inside the parenthesis is not the restriction.
        ("Hip precautions (the abduction pillow ended at 6 weeks) remain in force.", "true"),
    ] as [(String, String)])
func aRestrictionToldEndedIsNoLimitationNow(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Raised toilet seat with arms", "toileting_limitation", expected)
}
