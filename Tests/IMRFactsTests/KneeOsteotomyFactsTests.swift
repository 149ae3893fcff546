import Testing

// Osteoarthritis of one compartment of the knee (`unicompartmental_osteoarthritis`; ODG Knee & Leg,
// Osteotomy, as usually quoted: "confined to one compartment"): told isolated to one compartment, or
// the others preserved. False when two or three compartments are arthritic (a told absence wins).
// Must not: osteoarthritis of the knee told with no compartment. Written in this project's own words.
@Test(
    arguments: [
        ("Assessment: isolated medial compartment osteoarthritis with varus malalignment.", "true"),
        ("Films: medial compartment osteoarthritis; the lateral and patellofemoral compartments are preserved.", "true"),
        ("Unicompartmental arthritis of the right knee, medial side.", "true"),
        ("Assessment: tricompartmental osteoarthritis with varus malalignment.", "false"),
        ("Arthritis of all three compartments on the standing films.", "false"),
        ("Medial compartment osteoarthritis, with bicompartmental changes on the skyline view.", "false"),
        // Must not: the knee's arthritis with no compartment told.
        ("Right knee osteoarthritis, Kellgren-Lawrence grade 3.", "nil"),
    ] as [(String, String)])
func unicompartmentalOsteoarthritisRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Knee clinic note 09/29/2016: a 46-year-old mechanic with right knee pain since a fall in 2013. " + sentence,
        "Right high tibial osteotomy", "unicompartmental_osteoarthritis", expected)
}
