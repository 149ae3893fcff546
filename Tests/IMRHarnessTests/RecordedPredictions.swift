import Foundation
import IMREvaluation
import IMRRules
import Testing

@testable import IMRHarness

/// A development set's per-item predictions kept in a recorded file (`Tests/Fixtures/*-predictions.txt`),
/// so that a rule or reading change that moves an item shows up as a changed line. Re-recorded with
/// `IMR_RECORD=1` once the change is intended. Shared by the digest and vignette set tests.
enum RecordedPredictions {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the engine on `set` and expects every item's `line` to be the one recorded in `recording`
    /// (both relative to the package root), with at least `minimum` items; `doc` is the document the
    /// failure message points to.
    static func check(set: String, recording: String, minimum: Int, doc: String) throws {
        let (ruleSet, lexicon, _) = RuleSet.load(directory: root.appendingPathComponent("Rules").path)
        let run = try CorpusRunner(engine: Engine(ruleSet: ruleSet, lexicon: lexicon)).run(corpus: root.appendingPathComponent(set).path)
        #expect(run.failures.isEmpty, "\(run.failures)")
        let items = run.cases.flatMap(\.items)
        #expect(items.count >= minimum)
        let listed = items.map(line)
        let recorded = root.appendingPathComponent(recording)
        if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
            try listed.map { $0 + "\n" }.joined().write(to: recorded, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: recorded, encoding: .utf8).split(separator: "\n").map(String.init)
        let added = listed.filter { !expected.contains($0) }
        let gone = expected.filter { !listed.contains($0) }
        #expect(
            added.isEmpty && gone.isEmpty,
            """
            \(set) predictions moved. now: \(added.joined(separator: "; "))
            recorded: \(gone.joined(separator: "; "))
            Re-record with IMR_RECORD=1 once the change is intended (\(doc)).
            """)
    }

    /// One recorded line: the item, its decision and the prediction with its deciding rule.
    static func line(_ item: ItemResult) -> String {
        let predicted = Outcomes.label(item.predicted)
        let by = item.prediction.rule.map { " by \($0)" } ?? ""
        let mark = item.isCorrect ? "right" : "WRONG"
        return "\(item.key) #\(item.index + 1) \(mark): actual \(Outcomes.label(item.actual)), predicted \(predicted)\(by)"
    }
}
