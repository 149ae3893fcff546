import Foundation
import IMREvaluation
import Testing

@testable import IMRHarness

/// Corpus summaries rewritten in other words (`Tests/Fixtures/paraphrases`) get the predictions of
/// the originals, from the same rules, reading the same fact values.
@Suite struct ParaphraseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every difference between a paraphrase and its original, against the list recorded in
    /// `Tests/Fixtures/paraphrase-differences.txt` (re-record with `IMR_RECORD=1`): a new line is a
    /// paraphrase the engine now reads differently from its original; a line gone is one fixed. The
    /// goal is an empty list; `docs/facts.md` says what the recorded lines teach.
    @Test func paraphrasedSummariesGetTheOriginalPredictions() throws {
        let (engine, _) = EngineLoader.load(rules: Self.root.appendingPathComponent("Rules").path)
        let check = ParaphraseCheck(engine: try #require(engine))
        let (letters, differences) = try check.run(
            paraphrases: Self.root.appendingPathComponent("Tests/Fixtures/paraphrases").path,
            corpus: Self.root.appendingPathComponent("Corpus").path)
        #expect(letters >= 40)
        let listed = differences.map { "\($0.letter) #\($0.request) \($0.aspect): \($0.original) → \($0.paraphrase)" }
        let recorded = Self.root.appendingPathComponent("Tests/Fixtures/paraphrase-differences.txt")
        let text = listed.map { $0 + "\n" }.joined()
        if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
            try text.write(to: recorded, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: recorded, encoding: .utf8)
        let expectedLines = Set(expected.split(separator: "\n").map(String.init))
        let added = listed.filter { !expectedLines.contains($0) }
        let fixed = expectedLines.subtracting(listed).sorted()
        #expect(
            added.isEmpty && fixed.isEmpty,
            """
            paraphrases read differently from their originals (new): \(added.joined(separator: "; "))
            recorded differences now gone (fixed): \(fixed.joined(separator: "; "))
            Re-record with IMR_RECORD=1 once the change is intended.
            """)
    }

    @Test func aChangedFactOfTheDecidingRuleIsADifference() {
        func prediction(_ value: String?) -> Prediction {
            Prediction(
                index: 0, request: "MRI", outcome: .upheld, rule: "imaging.x",
                criteria: [
                    CriterionTrace(
                        rule: "imaging.x", criterion: "red_flags", status: .unmet,
                        facts: [TracedFact(name: "red_flags", value: value, evidence: [])]),
                    CriterionTrace(
                        rule: "imaging.y", criterion: "spasm", status: .unmet,
                        facts: [TracedFact(name: "spasm", value: value, evidence: [])]),
                ])
        }
        let differences = ParaphraseCheck.compare([prediction("false")], [prediction(nil)], letter: "a.txt")
        #expect(differences == [.init(letter: "a.txt", request: 1, aspect: "red_flags", original: "false", paraphrase: "not documented")])
        #expect(ParaphraseCheck.compare([prediction("false")], [prediction("false")], letter: "a.txt").isEmpty)
    }
}
