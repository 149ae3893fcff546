import Testing

// A wrist splint the request tells set in extension is a kind of its own (proc-dme.lexicon,
// `wrist_extension_splint`; ACOEM ch. 11 p. 264, Table 11-7: for carpal tunnel syndrome the evidence
// supports neutral wrist splints). In my own wording: the extension told of the wrist or of the
// splint names it; a neutral splint, a cock-up splint with no position, a knee brace locked in
// extension and a finger splint in extension do not.

@Test(
    arguments: [
        // (request, expected procedure, "!term" for not it)
        ("Left wrist splint, off the shelf, cock-up in 20 degrees of extension", "wrist_extension_splint"),
        ("Wrist brace in extension for nights, right", "wrist_extension_splint"),
        ("Prefabricated splint with the wrist held in extension", "wrist_extension_splint"),
        ("Wrist extension splint, bilateral", "wrist_extension_splint"),
        ("Right wrist splint, neutral position, for night wear", "!wrist_extension_splint"),
        ("Cock-up wrist splint, left", "!wrist_extension_splint"),
        ("Hinged knee brace locked in extension", "!wrist_extension_splint"),
        ("Finger splint in extension for the mallet finger", "!wrist_extension_splint"),
    ] as [(String, String)])
func wristSplintInExtensionNamed(_ request: String, _ expected: String) {
    expectRequestFact("", request, "procedure", expected)
}

@Test(
    arguments: [
        // (request, fact, a term expected among its values): a splint in extension has the arm's
        // region, as a wrist splint has.
        ("Right wrist splint, cock-up in 30 degrees of extension", "body_regions", "upper_extremity"),
        ("Wrist splint in extension, left", "body_regions", "upper_extremity"),
    ] as [(String, String, String)])
func wristSplintInExtensionHasTheArmsRegion(_ request: String, _ fact: String, _ expected: String) {
    expectRequestFact("", request, fact, expected, anyTerm: true)
}
