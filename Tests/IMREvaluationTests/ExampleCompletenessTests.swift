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
    #expect(report.unreadRows.map { "\($0.location): \($0.table)" } == [], "table rows no example reads")
}

/// The report names the table rows (and default row) no exercised criterion read.
@Test func theReportNamesTableRowsNoExampleReads() {
    let rules = """
        topic "t"
        table course
          title "t"
          cite "G"
          key index_surgery
          column visits number
          choose largest visits
          row index_surgery [lumbar_fusion]; visits 34
          row index_surgery [mri]; visits 10
          default visits 12
        rule a.one
          title "one"
          status active
          cite "G"
          applies procedure = preoperative_clearance
          when visits_requested <= course.visits
          then overturned
          else upheld
        example "a fusion's course"
          given procedure = preoperative_clearance; index_surgery = [lumbar_fusion]; visits_requested = 20
          expect overturned by a.one
        example "a request without visits reads no row"
          given procedure = preoperative_clearance; index_surgery = [mri]
          expect upheld by a.one
        """
    let report = ExampleRunner.run(ruleSet(rules), lexicon: testLexicon)
    #expect(report.passed == 2 && !report.isComplete)
    #expect(report.unexercised.isEmpty)
    #expect(report.unreadRows.map { "\($0.location): \($0.table)" } == ["t.rules:9:3: course", "t.rules:10:3: course"])
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
