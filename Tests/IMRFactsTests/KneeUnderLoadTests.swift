import Testing

// The knee going to be stressed under load (`knee_under_load`; ACOEM 2004 ch. 13 p. 340, Knee brace:
// "necessary only if the patient is going to be stressing the knee under load, such as climbing
// ladders or carrying boxes"): ladders, poles or scaffolds climbed, loads carried, heavy lifting or
// heavy work. Must not: stairs and walking, the injury's mechanism told as a bare ladder or load,
// light lifting; false for a seated, desk or sedentary job and for ladders or lifting denied. Written
// in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("He is an electrician who climbs ladders all day.", "Hinged knee brace", "knee_under_load", "true"),
        ("Her job requires climbing extension ladders and carrying boxes of stock.", "Right knee brace", "knee_under_load", "true"),
        ("Lineman: climbs wooden poles and works from ladders.", "Hinged knee brace", "knee_under_load", "true"),
        ("Warehouse work is heavy lifting of up to 70 lb.", "Left knee brace", "knee_under_load", "true"),
        ("He plans to return to carrying heavy loads on the framing crew.", "Knee brace, hinged", "knee_under_load", "true"),
        ("She was transferred to a sedentary desk job.", "Hinged knee brace", "knee_under_load", "false"),
        ("Dispatch job: seated at a console, no ladders or climbing.", "Hinged knee brace", "knee_under_load", "false"),
        ("Modified duty with no heavy lifting.", "Hinged knee brace", "knee_under_load", "false"),
        ("He works a desk job in the claims office.", "Hinged knee brace", "knee_under_load", "false"),
        // Must not: stairs and walking, a bare ladder or load of the injury, light lifting.
        ("He walks and climbs stairs without a limp.", "Hinged knee brace", "knee_under_load", "nil"),
        ("She fell from a ladder on 03/02/2016 and twisted the knee.", "Hinged knee brace", "knee_under_load", "nil"),
        ("The knee buckled while he was carrying a box down the aisle.", "Hinged knee brace", "knee_under_load", "nil"),
        ("She lifts files of less than 10 lb.", "Hinged knee brace", "knee_under_load", "nil"),
    ] as [(String, String, String, String)])
func kneeUnderLoad(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
