import IMRCore
import IMRRules
import Testing

/// The `wording recalled "…"` directive: a rule whose guideline sentences are recalled, not
/// checked against the guideline's text, says so and why.
@Suite struct WordingTests {
    /// A rule with `line` among its directives.
    private static func rule(_ line: String) -> String {
        """
        topic "T"
        rule t.r
          title "T"
          status active
          cite "ODG" section "Head"
        \(line)
          applies documented drug
          then upheld
        """
    }

    @Test(arguments: [
        ("  wording recalled \"ODG text not found by search\"", "ODG text not found by search"),
        ("  wording recalled \"as usually quoted\"  # a comment", "as usually quoted"),
        ("", nil),
    ])
    func aWellFormedDirectiveIsKeptWithItsNote(_ line: String, _ expected: String?) {
        let (file, diagnostics) = RuleParser(file: "t.rules", text: Self.rule(line)).parse()
        #expect(diagnostics.isEmpty)
        #expect(file.rules.first?.wordingRecalled?.value == expected)
        #expect(file.rules.first?.isMalformed == false)
        if expected != nil { #expect(file.rules.first?.wordingRecalled?.position == SourcePosition(line: 6, column: 3)) }
    }

    @Test(arguments: [
        ("  wording \"why\"", "t.rules:6:11: error: [R001] expected how the wording stands ('recalled'), found a string"),
        (
            "  wording recall \"why\"",
            "t.rules:6:11: error: [R001] expected how the wording stands ('recalled'), found 'recall'; did you mean 'recalled'?"
        ),
        (
            "  wording recalled",
            "t.rules:6:19: error: [R001] expected why the wording is recalled, e.g. \"ODG text not found by search\", found end of line"
        ),
        (
            "  wording recalled \"  \"",
            "t.rules:6:20: error: [R051] 'wording recalled' says why the wording was not checked; the note is empty"
        ),
        ("  wording recalled \"a\" \"b\"", "t.rules:6:24: error: [R001] expected end of line, found a string"),
        (
            "  wording recalled \"a\"\n  wording recalled \"b\"",
            "t.rules:7:3: error: [R005] 'wording' given twice in rule 't.r'\nt.rules:7:3: note: first given at t.rules:6:3"
        ),
    ])
    func aMalformedDirectiveIsALocatedError(_ line: String, _ expected: String) {
        let (_, diagnostics) = RuleParser(file: "t.rules", text: Self.rule(line)).parse()
        #expect(diagnostics.map(\.description) == [expected])
    }

    @Test func outsideARuleTheDirectiveIsMisplaced() {
        let (_, diagnostics) = RuleParser(file: "t.rules", text: "topic \"T\"\nwording recalled \"why\"\n").parse()
        #expect(diagnostics.map(\.description) == ["t.rules:2:1: error: [R003] 'wording' outside a rule"])
    }
}
