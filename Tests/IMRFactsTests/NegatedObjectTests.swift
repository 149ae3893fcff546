import IMRFacts
import Testing

// A negation that names its own object on a prescription's line, right after it ("no refills",
// "without substitution", `negated_objects`), denies that object only: the words after it still tell the
// drug's purpose ("ondansetron 4 mg ODT #9, no refills (nausea after surgery, 3 days)": for the
// days after a surgery to come). A purpose itself denied, or a negation naming the purpose, still
// denies it. Rows in this engineer's own words (the first follows batch 27's shape).
@Test(
    arguments: [
        // (the RFA line after "Right shoulder arthroscopy certified, scheduled for 11/18/2016.", postoperative)
        ("RFA 11/06/2016: ondansetron 4 mg ODT #9, no refills (nausea after surgery, 3 days).", "true"),
        ("RFA 11/06/2016: ondansetron 4 mg #9 without refills, for nausea after surgery.", "true"),
        ("RFA 11/06/2016: ondansetron 4 mg #9, no generic substitution, for nausea following surgery.", "true"),
        ("RFA 11/06/2016: ondansetron 4 mg #9 - no refills - for post-op nausea.", "true"),
        ("RFA 11/06/2016: ondansetron 4 mg #9, no substitutions, to be used after surgery.", "true"),
        // ...and the purpose denied, or no purpose told.
        ("RFA 11/06/2016: ondansetron 4 mg #9, not for use after surgery.", "false"),
        ("RFA 11/06/2016: ondansetron 4 mg #9, no refills.", "false"),
        ("RFA 11/06/2016: ondansetron 4 mg #9 without nausea after surgery in the past.", "false"),
    ] as [(String, String)])
func aNegationOfItsOwnObjectDeniesNothingAfterIt(_ line: String, _ expected: String) {
    expectRequestFact(
        "Right shoulder arthroscopy certified, scheduled for 11/18/2016. " + line, "Ondansetron 4 mg ODT #9", "postoperative", expected)
}

// ...but a list the negation governs stays denied: a coordinator after the object joins the phrase
// to it ("no refills or lost prescriptions"), and an object qualified is an item of the list, no
// prescription's term ("no early refills, lost prescriptions or other aberrant behavior").
@Test(
    arguments: [
        // (summary, aberrant_behavior)
        ("No early refills, lost prescriptions or other aberrant behavior.", "false"),
        ("No early refills or lost prescriptions; fills at one pharmacy.", "false"),
        ("No refills or lost prescriptions reported by the pharmacy.", "false"),
        ("Norco 10/325 #60, no refills; she lost her prescription last month and asked for an early refill.", "true"),
    ] as [(String, String)])
func aListTheNegationGovernsStaysDenied(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Norco 10/325 #60", "aberrant_behavior", expected)
}
