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
