import Foundation
import IMRCore
import IMREvaluation
import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

@testable import IMRHarness

/// Request recognition measured on request-for-authorization items as physicians write them
/// (`Tests/Fixtures/requests/rfa-items.txt`, written from general knowledge of workers' compensation
/// practice, not from the corpus): for each line alone, the treatment category and the drug or
/// procedure the engine reads, and whether a rule decides it or it falls to the labelled fallback
/// or to abstention. A request naming several procedures (a surgery with its parts) reads its
/// expected procedure when any of them is it: the surgical rules read `procedures`.
@Suite struct RequestCoverageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One line of the table.
    struct Row {
        var request: String
        var category: String
        var term: String
    }

    /// What the engine made of one row.
    struct Reading {
        var row: Row
        var category: String
        var term: String
        /// Every procedure the request names (a surgery names several: "arthroscopy with meniscectomy").
        var procedures: [String]
        /// The read term and its broader terms: a narrower term than the expected one is right too.
        var broader: Set<String>
        /// `rule`, `fallback` or `abstain`.
        var decidedBy: String

        var categoryRight: Bool { category == row.category }
        var termRight: Bool { term == row.term || procedures.contains(row.term) || broader.contains(row.term) }
        var isMiss: Bool { !categoryRight || !termRight || decidedBy != "rule" }
        var line: String {
            "\(row.request) | expected \(row.category)/\(row.term) | read \(category)/\(term) | \(decidedBy)"
        }
    }

    static func rows() throws -> [Row] {
        let text = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/requests/rfa-items.txt"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }.map { line in
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return Row(request: parts[0], category: parts.count > 1 ? parts[1] : "", term: parts.count > 2 ? parts[2] : "")
        }
    }

    /// Each row read as the only request of a letter with an empty summary.
    static func readings() throws -> [Reading] {
        let (engine, _) = EngineLoader.load(rules: root.appendingPathComponent("Rules").path)
        let engineFound = try #require(engine)
        let hierarchy = Lexicon.load(directory: root.appendingPathComponent("Rules/lexicon").path).lexicon.hierarchy
        return try rows().map { row in
            let input = CaseInput(
                file: "rfa-items", header: LetterHeader(), credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: ""),
                requests: [RequestedItem(index: 0, request: row.request)])
            let (prediction, facts) = try #require(engineFound.predictWithFacts(input).first)
            let category = facts.termValue(.category) ?? "none"
            let term: String
            if category == "medication" {
                term = facts.termValue(.drug) ?? facts.termsValue(.ingredients)?.first ?? "none"
            } else {
                term = facts.termValue(.procedure) ?? "none"
            }
            let decidedBy = prediction.outcome == .abstain ? "abstain" : prediction.isFallback ? "fallback" : "rule"
            let vocabulary = category == "medication" ? Vocabulary.drug : .procedure
            return Reading(
                row: row, category: category, term: term, procedures: facts.termsValue(.procedures) ?? [],
                broader: hierarchy.ancestors(of: term, in: vocabulary), decidedBy: decidedBy)
        }
    }

    /// The coverage figure and every row the engine misreads or no rule decides, against the list
    /// recorded in `Tests/Fixtures/requests/rfa-misses.txt` (re-record with `IMR_RECORD=1`): a new
    /// line is a request the engine now reads worse; a line gone is one it now reads.
    @Test func requestItemsAreRecognised() throws {
        let readings = try Self.readings()
        #expect(readings.count >= 250)
        let count = { (test: (Reading) -> Bool) in readings.filter(test).count }
        let summary =
            "# \(readings.count) items: category right \(count(\.categoryRight)), drug or procedure right \(count(\.termRight)), "
            + "both right \(count { $0.categoryRight && $0.termRight }); decided by a rule \(count { $0.decidedBy == "rule" }), "
            + "fallback \(count { $0.decidedBy == "fallback" }), abstained \(count { $0.decidedBy == "abstain" })"
        print(summary)
        let listed = [summary] + readings.filter(\.isMiss).map(\.line)
        let recorded = Self.root.appendingPathComponent("Tests/Fixtures/requests/rfa-misses.txt")
        if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
            try listed.map { $0 + "\n" }.joined().write(to: recorded, atomically: true, encoding: .utf8)
        }
        let expected = Set(try String(contentsOf: recorded, encoding: .utf8).split(separator: "\n").map(String.init))
        let added = listed.filter { !expected.contains($0) }
        let fixed = expected.subtracting(listed).sorted()
        #expect(
            added.isEmpty && fixed.isEmpty,
            """
            request items read differently (new): \(added.joined(separator: "; "))
            recorded misses now gone: \(fixed.joined(separator: "; "))
            Re-record with IMR_RECORD=1 once the change is intended.
            """)
    }

    /// Every row names a category the lexicon defines, so a typo in the table is not a miss.
    @Test func everyRowNamesAKnownCategory() throws {
        let categories = Set(Lexicon.load(directory: Self.root.appendingPathComponent("Rules/lexicon").path).lexicon.terms(in: "category"))
        for row in try Self.rows() {
            #expect(categories.contains(row.category), "\(row.request): \(row.category)")
            #expect(!row.term.isEmpty, "\(row.request): no expected drug or procedure")
        }
    }
}
