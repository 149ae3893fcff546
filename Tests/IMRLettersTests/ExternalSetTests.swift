import Foundation
import IMRCore
import Testing

@testable import IMRLetters

/// The external validation set (`Tests/Fixtures/external`): letters written from public digests of
/// real IMR decisions that are not in the corpus (docs/external-validation.md). These tests check
/// that every letter reads whole and that its case input carries no truth; they never look at what
/// the engine predicts for it.
@Suite struct ExternalSetTests {
    static let directory = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/external")

    static let names: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func bytes(_ name: String) -> [UInt8] {
        Array((try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data())
    }

    static var sources: String {
        (try? String(contentsOf: directory.appendingPathComponent("SOURCES.md"), encoding: .utf8)) ?? ""
    }

    @Test(arguments: names)
    func everyLetterParsesWithHeaderRequestsAndTruth(name: String) throws {
        let bytes = Self.bytes(name)
        let letter = try LetterParser.parse(bytes, file: "Tests/Fixtures/external/\(name)")
        let id = String(name.dropLast(".txt".count))
        #expect(letter.input.header.caseNumber == id)
        let counts = TestSupport.decisionLineCounts(bytes)
        #expect(!letter.input.requests.isEmpty)
        #expect(letter.input.requests.count == letter.truth.items.count)
        #expect(letter.truth.items.filter { $0.decision == .upheld }.count == counts.upheld)
        #expect(letter.truth.items.filter { $0.decision == .overturned }.count == counts.overturned)
        for (request, truth) in zip(letter.input.requests, letter.truth.items) {
            #expect(!request.request.isEmpty)
            #expect(!request.request.hasSuffix(":"))
            #expect(!truth.maximusGuideline.isEmpty)
            #expect(!truth.rationale.isEmpty)
        }
        let summary = letter.input.summary.text
        #expect(!summary.isEmpty)
        #expect(!summary.hasPrefix("The expert reviewer developed"))
    }

    /// The case summary is what the treating record says: no decision word, no reviewer's reasoning.
    @Test(arguments: names)
    func summaryHoldsNoDecisionWords(name: String) throws {
        let letter = try LetterParser.parse(Self.bytes(name), file: name)
        let summary = letter.input.summary.text.lowercased()
        for word in ["upheld", "overturned", "medically necessary", "not necessary", "reviewer", "guideline", "mtus", "odg"] {
            #expect(!summary.contains(word), "\(name): \(word)")
        }
    }

    /// Every letter has its row in SOURCES.md (source, citation, date, era) and every row its letter.
    @Test func everyLetterHasItsSource() {
        let rows = Self.sources.split(separator: "\n").filter { $0.hasPrefix("| EXT-") }
        let ids = rows.compactMap { $0.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) }
        #expect(ids == Self.names.map { String($0.dropLast(".txt".count)) })
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells.count == 9, "\(row)")
            guard cells.count == 9 else { continue }
            #expect(cells[3].contains("http"), "\(cells[1]): source")
            #expect(!cells[4].isEmpty, "\(cells[1]): citation")
            #expect(!cells[5].isEmpty, "\(cells[1]): date")
            #expect(cells[6].hasPrefix("2009") || cells[6].hasPrefix("2017+"), "\(cells[1]): era")
        }
    }

    @Test func setTotals() throws {
        var decisions: [Decision] = []
        for name in Self.names { decisions += try LetterParser.parse(Self.bytes(name), file: name).truth.items.map(\.decision) }
        #expect(Self.names.count == 15)
        #expect(decisions.count == 20)
        #expect(decisions.filter { $0 == .overturned }.count == 4)
    }
}
