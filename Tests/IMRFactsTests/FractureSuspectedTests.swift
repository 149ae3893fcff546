import Testing

// A fracture suspected, not seen (`fracture_suspected`; ODG Ankle & Foot and shared/reference DX-1: a
// bone scan for a suspected stress or occult fracture with normal plain films): the fracture named
// with a word of suspicion, in either order, or a stress reaction. Must not: a fracture the films
// show, one excluded, a fracture denied. Written in this project's own words.

@Test(
    arguments: [
        // (summary, expected: a value, "nil" for not documented, "!value" for any other)
        ("Left forefoot pain on long routes. Stress fracture of the second metatarsal is suspected.", "true"),
        ("Possible navicular stress fracture; films negative twice.", "true"),
        ("Rule out occult fracture of the distal fibula.", "true"),
        ("Point tenderness over the fifth metatarsal; concern for a stress fracture.", "true"),
        ("MRI is not possible (pacemaker); a stress reaction of the tibia is the working diagnosis.", "true"),
        // Must not: seen on the films, excluded, denied.
        ("X-rays show a healing stress fracture of the third metatarsal.", "nil"),
        ("No fracture on the x-rays of the foot.", "nil"),
        ("A stress fracture is not suspected; this is plantar fasciitis.", "!true"),
    ] as [(String, String)])
func fractureSuspected(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Three-phase bone scan of the left foot", "fracture_suspected", expected)
}
