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
        let (ruleSet, lexicon, _) = RuleSet.load(directory: Self.root.appendingPathComponent("Rules").path)
        let run = try CorpusRunner(engine: Engine(ruleSet: ruleSet, lexicon: lexicon)).run(corpus: Self.directory.path)
        #expect(run.failures.isEmpty, "\(run.failures)")
        let items = run.cases.flatMap(\.items)
        #expect(items.count >= 3)
        let listed = items.map(Self.line)
        let recorded = Self.root.appendingPathComponent("Tests/Fixtures/digest-predictions.txt")
        if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
            try listed.map { $0 + "\n" }.joined().write(to: recorded, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: recorded, encoding: .utf8).split(separator: "\n").map(String.init)
        let added = listed.filter { !expected.contains($0) }
        let gone = expected.filter { !listed.contains($0) }
        #expect(
            added.isEmpty && gone.isEmpty,
            """
            digest set predictions moved. now: \(added.joined(separator: "; "))
            recorded: \(gone.joined(separator: "; "))
            Re-record with IMR_RECORD=1 once the change is intended (docs/digests.md).
            """)
    }

    /// One recorded line: the item, its real decision and the prediction with its deciding rule.
    static func line(_ item: ItemResult) -> String {
        let predicted = Outcomes.label(item.predicted)
        let by = item.prediction.rule.map { " by \($0)" } ?? ""
        let mark = item.isCorrect ? "right" : "WRONG"
        return "\(item.key) #\(item.index + 1) \(mark): actual \(Outcomes.label(item.actual)), predicted \(predicted)\(by)"
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
