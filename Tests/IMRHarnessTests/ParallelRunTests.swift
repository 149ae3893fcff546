import Foundation
import IMREvaluation
import IMRRules
import Testing

@testable import IMRHarness

/// The parallel runner hands results back in index order, whatever the number of workers and
/// however long each item takes.
@Test(arguments: [1, 2, 3, 8])
func orderedParallelConsumesInIndexOrder(jobs: Int) {
    var seen: [Int] = []
    var results: [Int] = []
    OrderedParallel.forEach(count: 100, jobs: jobs, window: 7) { index in
        // Uneven work, so that later indices often finish before earlier ones.
        var sum = 0
        for step in 0..<((index * 7919) % 13) * 2_000 { sum &+= step }
        return index * 10 + (sum == -1 ? 1 : 0)
    } consume: { index, result in
        seen.append(index)
        results.append(result)
    }
    #expect(seen == Array(0..<100))
    #expect(results == (0..<100).map { $0 * 10 })
}

@Test func orderedParallelOfNothingCallsNothing() {
    var calls = 0
    OrderedParallel.forEach(count: 0, jobs: 4) {
        $0
    } consume: { _, _ in
        calls += 1
    }
    #expect(calls == 0)
}

/// The whole corpus run, predictions, traces and evidence included, is the same on one thread and
/// on several; so is a run over a corpus with a letter that fails.
@Test func aParallelCorpusRunEqualsASerialOne() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let (ruleSet, lexicon, _) = RuleSet.load(directory: root.appendingPathComponent("Rules").path)
    let runner = CorpusRunner(engine: Engine(ruleSet: ruleSet, lexicon: lexicon))
    for corpus in ["Corpus", "Tests/Fixtures/harness/corpus"] {
        let path = root.appendingPathComponent(corpus).path
        let serial = try runner.run(corpus: path, jobs: 1)
        let parallel = try runner.run(corpus: path, jobs: 3)
        #expect(!serial.cases.isEmpty)
        #expect(serial == parallel, "\(corpus)")
    }
}
