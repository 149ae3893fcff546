import IMRCore
import IMRRules
import Testing

/// The `edition` header of a rule file.
@Suite struct EditionTests {
    @Test func anEditionWithASupersededDate() {
        let text = "topic \"T\"\nedition \"MTUS before the December 2017 update\" superseded \"2017-12-01\"\n"
        let (file, diagnostics) = RuleParser(file: "t.rules", text: text).parse()
        #expect(diagnostics.isEmpty)
        #expect(
            file.edition?.value
                == RuleEdition(name: "MTUS before the December 2017 update", superseded: SimpleDate(year: 2017, month: 12, day: 1)))
        #expect(file.edition?.position.line == 2)
    }

    @Test func anEditionThatStillGoverns() {
        let (file, diagnostics) = RuleParser(file: "t.rules", text: "topic \"T\"\nedition \"MTUS Acupuncture 2007\"\n").parse()
        #expect(diagnostics.isEmpty)
        #expect(file.edition?.value.superseded == nil)
    }

    @Test(arguments: [
        ("edition \"E\" superseded \"12/01/2017\"\n", "t.rules:2:24: error: [R050] '12/01/2017' is not a date written YYYY-MM-DD"),
        ("edition \"E\" superseded \"2017-13-01\"\n", "t.rules:2:24: error: [R050] '2017-13-01' is not a date written YYYY-MM-DD"),
        ("edition \"  \"\n", "t.rules:2:9: error: [R050] the edition is empty"),
        (
            "edition \"E\"\nedition \"F\"\n",
            "t.rules:3:1: error: [R050] a file states one edition\nt.rules:3:1: note: first edition at t.rules:2:1"
        ),
        (
            "edition \"E\" until \"2017-12-01\"\n",
            "t.rules:2:13: error: [R001] expected end of line (or 'superseded \"YYYY-MM-DD\"'), found 'until'"
        ),
    ])
    func malformedEditionsAreLocatedErrors(_ line: String, _ expected: String) {
        let (_, diagnostics) = RuleParser(file: "t.rules", text: "topic \"T\"\n" + line).parse()
        #expect(diagnostics.map(\.description) == [expected])
    }
}
