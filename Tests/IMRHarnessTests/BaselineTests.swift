import Foundation
import IMRCore
import IMREvaluation
import IMRLetters
import IMRTestSupport
import Testing

@testable import IMRHarness

private func run(_ items: [ItemResult]) -> CorpusRun {
    CorpusRun(cases: [TestData.caseResult(items)], failures: [])
}

@Test func baselineRoundTripsThroughAFileWithOneItemPerLine() throws {
    let baseline = Baseline(
        run: run([
            TestData.item(file: "b.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.one"),
            TestData.item(file: "a.txt", index: 1, actual: .overturned, predicted: .abstain, rule: nil),
            TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .overturned, rule: "r.two"),
        ]))
    #expect(baseline.items.map { "\($0.file)#\($0.index)" } == ["a.txt#0", "a.txt#1", "b.txt#0"])
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imr-baseline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("baseline.json").path
    try baseline.write(to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let itemLines = text.split(separator: "\n").filter { $0.contains("\"file\"") }
    #expect(itemLines.count == 3)
    #expect(try Baseline.read(from: path) == baseline)
    // Only the baseline is left in the directory: the temporary file was renamed.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["baseline.json"])
}

@Test func emptyBaselineIsValidJSON() throws {
    let text = try Baseline(items: []).text()
    #expect(try JSONDecoder().decode(Baseline.self, from: Data(text.utf8)).items.isEmpty)
}

@Test func readingAMissingOrBadBaselineIsADiagnostic() throws {
    #expect(throws: (any Error).self) { try Baseline.read(from: "/nonexistent/baseline.json") }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("imr-bad-\(UUID().uuidString).json").path
    try Data("{\"items\": 3}".utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: (any Error).self) { try Baseline.read(from: path) }
}

@Test func comparisonMarksBetterWorseChangedAddedRemoved() {
    let before = Baseline(
        run: run([
            TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.keep"),
            TestData.item(file: "a.txt", index: 1, actual: .upheld, predicted: .upheld, rule: "r.lost"),
            TestData.item(file: "a.txt", index: 2, actual: .overturned, predicted: .upheld, rule: "r.fixed"),
            TestData.item(file: "a.txt", index: 3, actual: .overturned, predicted: .upheld, rule: "r.wrong"),
            TestData.item(file: "a.txt", index: 4, actual: .upheld, predicted: .upheld, rule: "r.gone"),
            TestData.item(file: "a.txt", index: 5, actual: .upheld, predicted: .overturned, rule: "r.gone"),
        ]))
    let after = Baseline(
        run: run([
            TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.keep"),
            TestData.item(file: "a.txt", index: 1, actual: .upheld, predicted: .abstain, rule: nil),
            TestData.item(file: "a.txt", index: 2, actual: .overturned, predicted: .overturned, rule: "r.new"),
            TestData.item(file: "a.txt", index: 3, actual: .overturned, predicted: .abstain, rule: nil),
            TestData.item(file: "b.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.keep"),
        ]))
    let comparison = BaselineComparison(baseline: before, current: after)
    #expect(
        comparison.changes.map { "\($0.file)#\($0.index) \($0.kind.rawValue)" } == [
            "a.txt#1 worse", "a.txt#2 better", "a.txt#3 changed", "a.txt#4 worse", "a.txt#5 removed", "b.txt#0 added",
        ])
    #expect(comparison.regressions.map(\.index) == [1, 4])
    #expect(BaselineComparison(baseline: before, current: before).changes.isEmpty)
}

@Test func ruleChangeWithTheSameOutcomeIsAChangeNotARegression() {
    let before = Baseline(run: run([TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.old")]))
    let after = Baseline(run: run([TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.new")]))
    let comparison = BaselineComparison(baseline: before, current: after)
    #expect(comparison.changes.map(\.kind) == [.changed])
    #expect(comparison.regressions.isEmpty)
}
