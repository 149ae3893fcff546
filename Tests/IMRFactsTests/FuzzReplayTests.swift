import Foundation
import IMRCore
import IMRFacts
import IMRLetters
import Testing

/// The inputs that crashed the fact extractor (found by `scripts/fuzz.sh facts`, or reproductions of
/// issue 14 named `issue-14-…`), replayed as `Fuzz/facts.swift` reads them: the first line is the
/// request, the rest the summary; every number read must be finite.
@Test func factExtractorFuzzFindingsReplay() throws {
    let directory = URL(fileURLWithPath: packageRoot).appendingPathComponent("Tests/Fixtures/fuzz-crashes/facts")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.sorted()
    #expect(!names.isEmpty)
    for name in names {
        let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
        let newline = bytes.firstIndex(of: 10) ?? bytes.count
        let request = String(decoding: bytes[..<newline], as: UTF8.self)
        let summary = String(decoding: bytes[min(newline + 1, bytes.count)...], as: UTF8.self)
        let facts = requestFacts(request, summary: summary)
        for fact in facts.all {
            if case .number(let value) = fact.value { #expect(value.isFinite, "\(name): \(fact.name)") }
        }
    }
}
