import IMRCore
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

@testable import IMREvaluation

/// Every shipped rule is named by an example, and every criterion of every rule file is exercised:
/// what `imr test --strict` checks.
@Test func everyRuleHasAnExampleAndEveryCriterionIsExercised() {
    let (ruleSet, lexicon, _) = RuleSet.load(directory: packageRoot + "/Rules")
    let report = ExampleRunner.run(ruleSet, lexicon: lexicon)
    #expect(report.failed == 0)
    #expect(report.unexemplified.map(\.rule) == [], "rules no example names")
    #expect(report.unexercised.map { "\($0.location): \($0.criterion)" } == [], "criteria no example exercises")
}

/// The report names a rule without an example and a criterion no example exercised.
@Test func theReportNamesRulesWithoutExamplesAndUnexercisedCriteria() {
    let rules = """
        topic "t"
        rule a.one
          title "one"
          status active
          cite "G"
          applies drug in [baclofen]
          when diagnoses any [multiple_sclerosis] or spasm
          then overturned
          else upheld
        rule a.two
          title "two"
          status draft
          cite "G"
          applies drug in [tizanidine]
          then upheld
        example "baclofen for MS"
          given drug = baclofen; diagnoses = [multiple_sclerosis]
          expect overturned by a.one
        """
    let catalog = FactCatalog(
        definitions: shippedSchema.definitions.values.filter { $0.name != "spasm" } + [.init("spasm", .bool, .case, "spasm")],
        enumerations: shippedSchema.enumerations)
    let (set, _) = RuleSet.check(sources: [("t.rules", rules)], lexicon: testLexicon, catalog: catalog)
    let report = ExampleRunner.run(set, lexicon: testLexicon)
    #expect(report.passed == 1 && !report.isComplete)
    #expect(report.unexemplified.map(\.rule) == ["a.two"])
    #expect(report.unexercised.map(\.criterion) == ["spasm"])
}
