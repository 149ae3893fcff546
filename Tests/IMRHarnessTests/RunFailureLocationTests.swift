import Foundation
import Testing

@testable import IMRHarness

/// A letter that fails to parse keeps the line (and column) of its diagnostic in the run's failure.
@Test func aLetterThatFailsToParseKeepsItsLine() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let letter = try String(contentsOf: root.appendingPathComponent("Corpus/CM16-0221706.txt"), encoding: .utf8)
    let cut = try #require(letter.range(of: "Decision rationale:"))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imr-failure-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("cut.txt").path
    try String(letter[..<cut.lowerBound]).write(toFile: path, atomically: true, encoding: .utf8)

    let (engine, _) = EngineLoader.load(rules: root.appendingPathComponent("Rules").path)
    let outcome = CorpusRunner(engine: try #require(engine)).outcome(path: path, key: "cut.txt")
    guard case .failed(let failure) = outcome else {
        Issue.record("a letter cut inside its decisions section should fail to parse")
        return
    }
    let line = try #require(failure.line)
    #expect(failure.location.hasPrefix("\(path):\(line)"))
}
