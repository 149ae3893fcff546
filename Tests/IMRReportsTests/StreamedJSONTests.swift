import Foundation
import IMRCore
import IMREvaluation
import IMRHarness
import IMRRules
import Testing

@testable import IMRReports

/// The JSON written row by row is the JSON of the whole report encoded at once, byte for byte.
@Suite struct StreamedJSONTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let run: CorpusRun = {
        let (ruleSet, lexicon, _) = RuleSet.load(directory: root.appendingPathComponent("Rules").path)
        let runner = CorpusRunner(engine: Engine(ruleSet: ruleSet, lexicon: lexicon))
        return (try? runner.run(corpus: root.appendingPathComponent("Corpus").path, jobs: 2)) ?? CorpusRun(cases: [], failures: [])
    }()

    static func streamed(_ run: CorpusRun, explain: Bool) throws -> String {
        let rows = run.items.map { EvaluationReport.ItemRow($0, explain: explain) }
        let summary = EvaluationReport(tally: RunTally(run: run), items: [])
        let (head, tail) = try StreamedJSON.splice(summary: summary)
        let body = try rows.map(StreamedJSON.prettyRow).joined(separator: Array(",\n".utf8))
        return String(decoding: head + body + tail, as: UTF8.self)
    }

    @Test(arguments: [false, true])
    func theCorpusReportIsTheSame(explain: Bool) throws {
        try #require(Self.run.items.count > 200)
        let whole = try JSONOutput.string(EvaluationReport(run: Self.run, explain: explain))
        #expect(try Self.streamed(Self.run, explain: explain) == whole)
    }

    /// The row as Foundation's encoder writes it, pretty (indented as in the report) or compact.
    static func encoded(_ row: EvaluationReport.ItemRow, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let bytes = Array(try encoder.encode(row))
        guard pretty else { return bytes }
        return Array(
            String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n").utf8)
    }

    /// Rows without a trace are written by `RowJSON`, byte for byte as the encoder writes them: every
    /// corpus row, and a row with every kind of character, empty and missing values.
    @Test func rowsAreWrittenAsTheEncoderWritesThem() throws {
        var rows = Self.run.items.map { EvaluationReport.ItemRow($0, explain: false) }
        var odd = rows[0]
        odd.request = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\"quoted\" back\\slash /a/b é 😀 \u{7F} \u{2028}"
        odd.rule = nil
        odd.basis = nil
        odd.citation = nil
        odd.reasonAgrees = nil
        odd.namedReasons = []
        odd.category = ""
        odd.index = -12
        rows.append(odd)
        odd.reasonAgrees = true
        odd.namedReasons = [NamedCriterion(fact: "spasm", status: .met, sentence: "Tab\there. \"Q\"")]
        rows.append(odd)
        try #require(rows.count > 200)
        for row in rows {
            #expect(try StreamedJSON.prettyRow(row) == Self.encoded(row, pretty: true), "\(row.file) \(row.index)")
            #expect(try StreamedJSON.line("item", row) == Array("{\"item\":".utf8) + Self.encoded(row, pretty: false) + [125, 10])
        }
    }

    @Test func aRunWithoutItemsIsTheSame() throws {
        let run = CorpusRun(cases: [], failures: [RunFailure(file: "a.txt", error: "not a letter")])
        #expect(try Self.streamed(run, explain: false) == JSONOutput.string(EvaluationReport(run: run)))
    }

    @Test func jsonLinesAreOneObjectEachAndTheSummaryHasNoItems() throws {
        let item = try StreamedJSON.line("item", EvaluationReport.ItemRow(Self.run.items[0], explain: true))
        let summary = try StreamedJSON.summaryLine(EvaluationReport(tally: RunTally(run: Self.run), items: []))
        for line in [item, summary] {
            #expect(line.last == 10 && line.dropLast().firstIndex(of: 10) == nil, "one line")
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary)) as? [String: Any])
        let report = try #require(object["summary"] as? [String: Any])
        #expect(report["items"] == nil)
        #expect(report["metrics"] != nil && report["perRule"] != nil && report["failures"] != nil)
        let row = try #require(try JSONSerialization.jsonObject(with: Data(item)) as? [String: [String: Any]])
        #expect(row["item"]?["file"] as? String == Self.run.items[0].file)
        #expect(row["item"]?["trace"] != nil)
    }
}
