import Foundation
import IMREvaluation
import IMRRules
import Testing

@testable import IMRHarness

/// `docs/error-analysis.md` lists every corpus item the engine gets wrong, as
/// `` `Corpus/NAME.txt #N` `` in the first column of its table; the list must match a fresh run.
@Test func errorAnalysisListsEveryWrongItem() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let (ruleSet, lexicon, _) = RuleSet.load(directory: root.appendingPathComponent("Rules").path)
    let runner = CorpusRunner(engine: Engine(ruleSet: ruleSet, lexicon: lexicon))
    let run = try runner.run(corpus: root.appendingPathComponent("Corpus").path)
    var wrong: Set<String> = []
    for item in run.cases.flatMap(\.items) where item.prediction.outcome.rawValue != item.truth.decision.rawValue {
        wrong.insert("Corpus/\(item.key) #\(item.index + 1)")
    }

    let document = try String(contentsOf: root.appendingPathComponent("docs/error-analysis.md"), encoding: .utf8)
    var listed: Set<String> = []
    for line in document.split(separator: "\n") where line.hasPrefix("| `Corpus/") {
        let cell = line.dropFirst(3).prefix { $0 != "`" }
        listed.insert(String(cell))
    }
    #expect(!wrong.isEmpty || listed.isEmpty)
    #expect(wrong.subtracting(listed).sorted() == [], "wrong items missing from docs/error-analysis.md")
    #expect(listed.subtracting(wrong).sorted() == [], "items listed in docs/error-analysis.md that are no longer wrong")
}
