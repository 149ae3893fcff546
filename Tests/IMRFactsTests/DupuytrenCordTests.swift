import Testing

// A Dupuytren's cord felt (`dupuytren_cord`) and a contracture that keeps the hand from lying flat
// (`tabletop_test_positive`) (ODG Forearm, Wrist & Hand, Collagenase injection, as usually quoted, and
// its labeling: "Dupuytren's contracture with a palpable cord"). Must not: nodules alone, a hand that
// lies flat. Written in this project's own words.
@Test(
    arguments: [
        ("Exam: a palpable pretendinous cord to the right ring finger.", "dupuytren_cord", "true"),
        ("A cord runs from the palm to the ring finger metacarpophalangeal joint.", "dupuytren_cord", "true"),
        ("Only nodules in the palm, no palpable cord.", "dupuytren_cord", "false"),
        ("Table-top test positive (cannot lay palm and finger flat).", "tabletop_test_positive", "true"),
        ("She cannot put the hand flat on the table.", "tabletop_test_positive", "true"),
        ("Table-top test NEGATIVE (lays palm and finger flat).", "tabletop_test_positive", "false"),
        // Must not: the grip's weakness, the skin.
        ("Grip strength 30 kg on the right, 38 on the left.", "tabletop_test_positive", "nil"),
        ("Skin pitting over the distal palmar crease.", "dupuytren_cord", "nil"),
    ] as [(String, String, String)])
func dupuytrenCordAndContractureRead(_ sentence: String, _ fact: String, _ expected: String) {
    expectRequestFact(
        "Hand clinic note 09/20/2016: a 58-year-old meat cutter with Dupuytren's contracture of the right ring finger. " + sentence,
        "Xiaflex 0.58 mg injection, right ring finger cord", fact, expected)
}
