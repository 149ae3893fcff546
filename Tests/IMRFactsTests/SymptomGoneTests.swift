import IMRFacts
import Testing

// A symptom told gone by the verb after it ("the dizziness has gone since mid-October", "went
// away", "cleared up", "has disappeared") is denied, as one told resolved is. The same verbs with
// a particle after them (`phrasal_particles`: "has gone up", "has gone back to work", "has gone
// through therapy") deny nothing. Rows in this engineer's own words (the first follows batch 26's
// shape).
@Test(
    arguments: [
        // (summary, vestibular_symptoms)
        ("Eight weeks after the concussion the dizziness has gone since mid-October.", "false"),
        ("The vertigo went away in September.", "false"),
        ("Her dizziness is gone and she walks the aisles without symptoms.", "false"),
        ("The vertigo has disappeared.", "false"),
        ("The dizziness cleared up in October.", "false"),
        // ...and the verb with a particle: no absence told.
        ("The dizziness has gone up since the fall.", "true"),
        ("Still dizzy; she has gone back to work on the packing floor.", "true"),
        ("Dizziness persists although she has gone through 6 visits of therapy.", "true"),
    ] as [(String, String)])
func aSymptomToldGoneIsDenied(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Vestibular physical therapy, 8 visits", "vestibular_symptoms", expected)
}
