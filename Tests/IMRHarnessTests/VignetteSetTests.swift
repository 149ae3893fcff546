import Foundation
import IMREvaluation
import IMRLetters
import IMRRules
import Testing

@testable import IMRHarness

/// The guideline-vignette development set (`Tests/Fixtures/vignettes`): letters written from the
/// guideline criteria in pairs, one with every criterion documented (expected Overturned) and a twin
/// with one criterion missing (expected Upheld). The expected outcomes are the guideline's, not real
/// IMR decisions (`docs/vignettes.md`). Its figures are not asserted; its per-item predictions are
/// recorded so that a rule or reading change that moves one shows up here.
@Suite struct VignetteSetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = root.appendingPathComponent("Tests/Fixtures/vignettes")

    static func letterNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Every item's prediction, against `Tests/Fixtures/vignette-predictions.txt` (re-record with
    /// `IMR_RECORD=1` once a change is intended): a line that changes is an item the change moved.
    @Test func predictionsMatchTheRecordedOnes() throws {
        try RecordedPredictions.check(
            set: "Tests/Fixtures/vignettes", recording: "Tests/Fixtures/vignette-predictions.txt", minimum: 969, doc: "docs/vignettes.md")
    }

    /// Every letter parses, has a row in `SOURCES.md` with the outcome the letter records, and every
    /// row names a letter of the set.
    @Test func everyLetterParsesAndIsListedInTheSources() throws {
        let names = try Self.letterNames()
        #expect(names.count >= 969)
        let sources = try String(contentsOf: Self.directory.appendingPathComponent("SOURCES.md"), encoding: .utf8)
        var rows: [String: [String]] = [:]
        for line in sources.split(separator: "\n") where line.hasPrefix("| VG-") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            rows[cells[0]] = cells
        }
        #expect(Set(rows.keys) == Set(names.map { String($0.dropLast(4)) }))
        for name in names {
            let letter = try LetterParser.parse(Array(try Data(contentsOf: Self.directory.appendingPathComponent(name))), file: name)
            #expect(!letter.input.requests.isEmpty, "\(name): no request")
            #expect(letter.input.requests.count == letter.truth.items.count, "\(name): requests and decisions differ in number")
            let id = String(name.dropLast(4))
            let decisions = letter.truth.items.map { Outcomes.label($0.decision) }.joined(separator: ", ")
            #expect(rows[id]?.count == 7 && rows[id]?[3] == decisions, "\(id): SOURCES.md does not record \(decisions)")
        }
    }

    /// The input side carries no outcome: no summary or request names a decision, the guideline's
    /// verdict or the reviewer.
    @Test(arguments: ["upheld", "overturned", "medically necessary", "not necessary", "imr ", "reviewer"])
    func noSummaryOrRequestStatesTheOutcome(word: String) throws {
        for name in try Self.letterNames() {
            let letter = try LetterParser.parse(Array(try Data(contentsOf: Self.directory.appendingPathComponent(name))), file: name)
            let input = ([letter.input.summary.text] + letter.input.requests.map(\.request)).joined(separator: "\n").lowercased()
            #expect(!input.contains(word), "\(name): the input side says '\(word)'")
        }
    }
}
