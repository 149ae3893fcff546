import IMRRules
import Testing

/// Rule ids are unique across a rule directory, so an example may name a rule of any file,
/// whichever order the files are read in.
@Test func exampleMayNameARuleOfALaterFile() {
    let examples = """
        example "a rule defined in another file"
          given drug = baclofen
          expect upheld by relaxants.baclofen
        """
    let rules = """
        rule relaxants.baclofen
          title    "Baclofen"
          status   active
          cite     "MTUS Chronic Pain Medical Treatment Guidelines 2009" section "Muscle relaxants (for pain)" pages "63-66"
          applies  drug in [baclofen]
          then     upheld
        """
    let (_, diagnostics) = RuleSet.check(sources: [("a-examples.rules", examples), ("b-rules.rules", rules)], lexicon: testLexicon)
    #expect(diagnostics.filter { $0.severity == .error }.map(summary) == [])
    let (_, misspelt) = RuleSet.check(
        sources: [
            ("a-examples.rules", examples.replacingOccurrences(of: "relaxants.baclofen", with: "relaxant.baclofen")),
            ("b-rules.rules", rules),
        ],
        lexicon: testLexicon)
    #expect(misspelt.filter { $0.severity == .error }.map(summary) == ["R030@3:20"])
}
