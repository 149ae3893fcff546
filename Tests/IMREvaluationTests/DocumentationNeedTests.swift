import IMREvaluation
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

/// A `needs` line `about` facts is listed only when a criterion on one of them is not met.
@Test func needsAboutFactsFollowTheirCriteria() throws {
    let rules = """
        rule opioids.continue
          title "Continue opioids"
          status active
          cite "MTUS Chronic Pain Medical Treatment Guidelines 2009" section "Opioids" pages "80"
          applies procedure in [mri]
          when pain_scores and returned_to_work
          then overturned
          else upheld
          needs "Pain scores." about pain_scores
          needs "Return to work." about returned_to_work
          needs "A signed agreement."
        """
    let (ruleSet, diagnostics) = RuleSet.check(sources: [("t.rules", rules)], lexicon: testLexicon)
    try #require(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
    let engine = Engine(ruleSet: ruleSet, lexicon: testLexicon)
    let prediction = engine.evaluate(
        FactSet([
            Fact(name: "procedure", value: .term("mri")), Fact(name: "pain_scores", value: .bool(true)),
            Fact(name: "returned_to_work", value: .bool(false)),
        ]))
    #expect(prediction.outcome == .upheld)
    #expect(prediction.missingDocumentation == ["Return to work.", "A signed agreement."])
}

/// A fact named after `about` must exist.
@Test func needsAboutAnUnknownFactIsDiagnosed() {
    let rules = """
        rule r.one
          title "One"
          status active
          cite "MTUS Chronic Pain Medical Treatment Guidelines 2009" section "Opioids"
          applies procedure in [mri]
          then upheld
          needs "Pain scores." about pain_scorez
        """
    let (_, diagnostics) = RuleSet.check(sources: [("t.rules", rules)], lexicon: testLexicon)
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.map { "\($0.code ?? "")@\($0.location.line ?? 0):\($0.location.column ?? 0)" } == ["R010@7:30"])
    #expect(errors.first?.message.contains("did you mean 'pain_scores'") == true)
}
