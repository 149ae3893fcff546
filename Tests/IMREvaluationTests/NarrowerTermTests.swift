import IMRCore
import IMREvaluation
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

/// A lexicon in which `positional_mri` is an `mri` and `hand` is an `upper_extremity`.
private let hierarchy: Lexicon = {
    func entry(_ vocabulary: String, _ id: String, _ parents: [String] = []) -> LexiconEntry {
        LexiconEntry(vocabulary: vocabulary, id: id, names: [id], parents: parents, location: SourceLocation(file: "test.lexicon"))
    }
    return Lexicon(
        entries: [
            entry("procedure", "mri"), entry("procedure", "positional_mri", ["mri"]), entry("procedure", "ct"),
            entry("body_region", "upper_extremity"), entry("body_region", "hand", ["upper_extremity"]), entry("body_region", "knee"),
        ], schema: shippedSchema)
}()

private let rules = """
    rule imaging.mri
      title "MRI"
      status active
      cite "MTUS ACOEM Low Back Complaints 2004" section "Special Studies"
      priority 2
      applies procedure in [mri]
      then upheld

    rule imaging.arm
      title "Arm"
      status active
      cite "MTUS ACOEM Forearm, Wrist, and Hand Complaints 2004" section "Special Studies"
      priority 1
      applies procedure in [ct] and body_regions any [upper_extremity]
      then overturned

    rule imaging.all
      title "All"
      status active
      cite "MTUS ACOEM Forearm, Wrist, and Hand Complaints 2004" section "Special Studies"
      priority 3
      applies procedure in [ct] and body_regions all [upper_extremity]
      then upheld
    """

private let engine: Engine = {
    let (ruleSet, diagnostics) = RuleSet.check(sources: [("t.rules", rules)], lexicon: hierarchy)
    precondition(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
    return Engine(ruleSet: ruleSet, lexicon: hierarchy)
}()

/// A term list holds the narrower lexicon terms too; `all` asks for the listed terms themselves.
@Test(arguments: [
    (["procedure": FactValue.term("positional_mri")], "imaging.mri"),
    (["procedure": .term("mri")], "imaging.mri"),
    (["procedure": .term("ct"), "body_regions": .terms(["hand"])], "imaging.arm"),
    (["procedure": .term("ct"), "body_regions": .terms(["knee"])], nil),
    (["procedure": .term("ct"), "body_regions": .terms(["upper_extremity"])], "imaging.all"),
])
func narrowerTermsCountAsTheirBroaderTerm(_ facts: [String: FactValue], _ rule: String?) {
    let prediction = engine.evaluate(FactSet(facts.map { Fact(name: $0.key, value: $0.value) }))
    #expect(prediction.rule == rule)
}
