import Foundation
import IMREvaluation
import IMRLetters
import IMRRules
import Testing

@testable import IMRHarness

/// The digest development set (`Tests/Fixtures/digests`): letters written in our own words from
/// public digests of real IMR decisions, with the real outcome on the truth side and each letter's
/// source in `Tests/Fixtures/digests/SOURCES.md`. Not held out: everyone may read it
/// (`docs/digests.md`). Its figures are not asserted; its per-item predictions are recorded so that
/// a rule or reading change that moves one shows up here.
@Suite struct DigestSetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = root.appendingPathComponent("Tests/Fixtures/digests")

    /// Every item's prediction, against `Tests/Fixtures/digest-predictions.txt` (re-record with
    /// `IMR_RECORD=1` once a change is intended): a line that changes is an item the change moved.
    @Test func predictionsMatchTheRecordedOnes() throws {
        try RecordedPredictions.check(
            set: "Tests/Fixtures/digests", recording: "Tests/Fixtures/digest-predictions.txt", minimum: 3, doc: "docs/digests.md")
    }

    /// Every letter has a row in `SOURCES.md` with the decision the letter records, and every row
    /// names a letter of the set.
    @Test func everyLetterIsListedInTheSources() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 3)
        let sources = try String(contentsOf: Self.directory.appendingPathComponent("SOURCES.md"), encoding: .utf8)
        var rows: [String: [String]] = [:]
        for line in sources.split(separator: "\n") where line.hasPrefix("| DG-") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            rows[cells[0]] = cells
        }
        #expect(Set(rows.keys) == Set(names.map { String($0.dropLast(4)) }))
        for name in names {
            let letter = try LetterParser.parse(Array(try Data(contentsOf: Self.directory.appendingPathComponent(name))), file: name)
            let id = String(name.dropLast(4))
            let decisions = letter.truth.items.map { Outcomes.label($0.decision) }.joined(separator: ", ")
            #expect(rows[id]?.contains(decisions) == true, "\(id): SOURCES.md does not record \(decisions)")
        }
    }

    /// The input side carries no outcome: no summary or request names a decision or the reviewer's
    /// verdict (the letters were written from digests that state both).
    @Test(arguments: ["upheld", "overturned", "medically necessary", "not necessary", "imr ", "reviewer"])
    func noSummaryOrRequestStatesTheOutcome(word: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".txt") }
        for name in names {
            let letter = try LetterParser.parse(Array(try Data(contentsOf: Self.directory.appendingPathComponent(name))), file: name)
            let input = ([letter.input.summary.text] + letter.input.requests.map(\.request)).joined(separator: "\n").lowercased()
            #expect(!input.contains(word), "\(name): the input side says '\(word)'")
        }
    }
}
