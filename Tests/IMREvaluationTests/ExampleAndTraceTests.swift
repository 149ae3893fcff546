import Foundation
import IMREvaluation
import IMRFacts
import IMRReports
import IMRRules
import IMRVocabulary
import Testing

@Test func fixtureExamplesPassAndReportUnexercisedCriteria() throws {
    let report = ExampleRunner.run(try fixtureRuleSet("muscle_relaxants.rules"), lexicon: testLexicon)
    #expect(report.failed == 0, "\(report.results.filter { !$0.passed })")
    #expect(report.passed == 4)
    #expect(
        report.unexercised.map { "\($0.location) \($0.criterion)" } == [
            "Tests/Fixtures/rules/muscle_relaxants.rules:23:35 spasm"
        ])
}

@Test func failingExampleIsReportedWithItsLocation() {
    let rules = ruleSet(
        """
        topic "T"
        rule a.b
          title "t"
          status active
          cite "G"
          applies drug = baclofen
          then upheld

        example "wrong"
          given drug = baclofen
          expect overturned by a.b
        """)
    let report = ExampleRunner.run(rules, lexicon: testLexicon)
    #expect(report.failed == 1)
    #expect(report.results.first?.location.description == "t.rules:9:1")
    #expect(report.results.first?.actual == .upheld)
}

struct GoldenCase: Sendable, CustomTestStringConvertible {
    var name: String
    var facts: [Fact]
    var testDescription: String { name }
}

private let goldenCases: [GoldenCase] = [
    GoldenCase(
        name: "baclofen-low-back",
        facts: [
            fact("drug", .term("baclofen"), evidence: []),
            fact("drug_classes", .terms(["muscle_relaxant"])),
            fact("diagnoses", .terms(["lumbar_strain"]), evidence: ["Diagnoses: lumbar strain."]),
            fact("use_duration", .days(84), evidence: ["She has taken baclofen since 10/2016."]),
            fact("spasm", .bool(true), evidence: ["There was paravertebral muscle spasm."]),
        ]),
    GoldenCase(
        name: "cyclobenzaprine-flare",
        facts: [
            fact("drug", .term("cyclobenzaprine")),
            fact("drug_classes", .terms(["muscle_relaxant"])),
            fact("acute_exacerbation", .bool(true), evidence: ["He reported a flare of low back pain."]),
            fact("use_duration", .days(14)),
        ]),
    GoldenCase(name: "oxycodone-abstain", facts: [fact("drug", .term("oxycodone"))]),
]

/// Golden traces, as `imr check` prints them, under `Tests/Fixtures/rules/golden/`; run with
/// `IMR_RECORD=1` to re-record.
@Test(arguments: goldenCases)
func goldenTrace(_ testCase: GoldenCase) throws {
    let engine = Engine(ruleSet: try fixtureRuleSet("muscle_relaxants.rules"), lexicon: testLexicon)
    let text = CheckReport.text(engine.evaluate(FactSet(testCase.facts), index: 0, request: testCase.name))
    let path = packageRoot + "/Tests/Fixtures/rules/golden/\(testCase.name).txt"
    if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let golden = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == golden)
}
