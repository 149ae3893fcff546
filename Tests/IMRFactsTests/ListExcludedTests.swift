import Testing

// A phrase that closes a list of diagnoses excludes every item, not the last alone ("infection,
// nonunion, adjacent segment disease and SI joint pain considered and excluded"): items of a few
// words each, opened by a comma, "and" or "or". Not a list still to be worked up ("to be excluded",
// "cannot be excluded"), not a phrase past a ';', not a diagnosis told with words of its own
// ("nonunion found at revision, loosening excluded"), not a "resolved" that follows the last item.
@Test(
    arguments: [
        // (summary, diagnoses holds / lacks)
        (
            "Assessment: pain over prominent hardware; infection, nonunion, adjacent segment disease and SI joint pain considered and excluded.",
            "!infection"
        ),
        ("Infection, nonunion, SI joint pain excluded.", "!nonunion"),
        ("Infection, nonunion and loosening were excluded by labs and CT.", "!infection"),
        ("Nonunion, infection or adjacent segment disease have been ruled out.", "!nonunion"),
        // ...the last item too.
        ("Infection, adjacent segment disease and SI joint pain excluded.", "!sacroiliac_joint_dysfunction"),
        // ...and the item stands.
        ("Infection, nonunion and SI joint pain to be excluded before surgery.", "infection"),
        ("Infection confirmed by culture; nonunion ruled out.", "infection"),
        ("Diagnoses: lumbar radiculopathy, nonunion, and fracture, now resolved.", "nonunion"),
        ("Nonunion of the L4-5 fusion confirmed on CT, with infection excluded.", "nonunion"),
        ("Deep infection and nonunion found at revision, loosening excluded.", "infection"),
    ] as [(String, String)])
func aPhraseClosingAListExcludesEachItem(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Removal of lumbar hardware", "diagnoses", expected, anyTerm: true)
}
