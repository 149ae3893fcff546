import Foundation
import IMRCore
import IMREvaluation
import IMRHarness
import IMRLetters
import IMRTestSupport
import Testing

@testable import IMRReports

private func runOf(_ items: [ItemResult]) -> CorpusRun {
    CorpusRun(cases: [TestData.caseResult(items)], failures: [])
}

@Test func reportTablesCountPerCategoryAndPerRule() {
    let items = [
        TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "opioid.fi", category: "opioid"),
        TestData.item(file: "a.txt", index: 1, actual: .overturned, predicted: .upheld, rule: "opioid.fi", category: "opioid"),
        TestData.item(file: "b.txt", index: 0, actual: .upheld, predicted: .abstain, rule: nil, category: "imaging"),
    ]
    let run = CorpusRun(cases: [TestData.caseResult(items)], failures: [RunFailure(file: "c.txt", error: "bad")])
    let report = EvaluationReport(run: run)
    #expect(report.perRule == [.init(rule: "opioid.fi", fired: 2, right: 1, wrong: 1)])
    #expect(report.perCategory.map(\.category) == ["opioid", "imaging"])
    #expect(report.perCategory[0].metrics.items == 2)
    #expect(report.alwaysUpheld.accuracy == 2.0 / 3)
    #expect(report.failures.map(\.file) == ["c.txt"])
    #expect(report.items.map(\.predicted) == [.upheld, .upheld, .abstain])
}

@Test func reportCarriesChangesAndRegressionsInJSON() throws {
    let items = [TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .overturned, rule: "r.x")]
    let before = Baseline(run: runOf([TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.x")]))
    let comparison = BaselineComparison(baseline: before, current: Baseline(run: runOf(items)))
    let json =
        try JSONSerialization.jsonObject(
            with: Data(try JSONOutput.string(EvaluationReport(run: runOf(items), comparison: comparison)).utf8)) as? [String: Any]
    #expect((json?["regressions"] as? [Any])?.count == 1)
    #expect((json?["changes"] as? [Any])?.count == 1)
}
