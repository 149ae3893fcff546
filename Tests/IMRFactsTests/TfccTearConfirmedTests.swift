import Testing

// A TFCC tear shown by imaging or seen at arthroscopy (`tfcc_tear_confirmed`; ODG Forearm, Wrist &
// Hand, TFCC reconstruction / repair, as usually quoted: a tear "confirmed by imaging (MR
// arthrogram or MRI) or arthroscopy"): the study before the tear in its clause, a contrast leak
// through the complex, a Palmer class; false when a study tells the complex intact. Must not: a
// tear suspected clinically and not seen, a possible tear with its study only ordered, the
// examination's signs. Written in this project's own words.

@Test(
    arguments: [
        // (summary, expected: a value, "nil" for not documented)
        (
            "MR arthrogram of the right wrist: contrast leak through the foveal attachment of the TFCC, a peripheral tear (Palmer 1B).",
            "true"
        ),
        ("MRI of the left wrist showed a TFCC tear.", "true"),
        ("Arthroscopy 03/2016: a central tear of the triangular fibrocartilage complex.", "true"),
        ("Right wrist MRI: tear of the TFCC at its ulnar attachment.", "true"),
        ("MR arthrogram right wrist: TFCC intact, no contrast leak.", "false"),
        ("The TFCC is intact on the MRI.", "false"),
        // Must not: a tear told only clinically, a study ordered, the signs.
        ("A TFCC tear suspected clinically though not seen on the arthrogram.", "nil"),
        ("Assessment: possible TFCC tear; MRI ordered.", "nil"),
        ("Ulnar-sided wrist pain with a positive fovea sign.", "nil"),
    ] as [(String, String)])
func tfccTearConfirmed(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Right wrist arthroscopy with TFCC repair", "tfcc_tear_confirmed", expected)
}
