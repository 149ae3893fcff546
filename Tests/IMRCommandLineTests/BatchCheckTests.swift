import Foundation
import Testing

/// `imr check --batch`: many cases in one process, one JSON line per input line in input order, a
/// bad line reported with its number while the rest run.
@Suite struct BatchCheckTests {
    static let summary = "Chronic low back pain radiating to the right leg. Norco since 2012 without documented functional improvement."

    /// A JSON Lines batch of `count` lines in a directory holding `s.txt`; line `bad` has no request.
    static func jsonLines(count: Int, bad: Int, in directory: URL) throws -> URL {
        try summary.write(to: directory.appendingPathComponent("s.txt"), atomically: true, encoding: .utf8)
        var lines: [String] = []
        for number in 1...count {
            switch number {
            case bad: lines.append(#"{"id": "bad", "case": "s.txt"}"#)
            case _ where number % 2 == 0: lines.append(#"{"id": "n\#(number)", "case": "s.txt", "request": "Norco 10/325 #120"}"#)
            default: lines.append(#"{"id": "n\#(number)", "summary": "\#(summary)", "requests": ["MRI lumbar spine", "Norko 5mg"]}"#)
            }
        }
        let file = directory.appendingPathComponent("batch.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func aThousandLinesRunInOneProcessAndOneBadLineIsReported() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let batch = try Self.jsonLines(count: 1_000, bad: 437, in: directory)
        let result = try IMRProcess.run(
            ["check", "--batch", batch.lastPathComponent], in: directory, environment: AnywhereTests.cleanEnvironment)
        #expect(result.status == 65)
        let objects = try Self.objects(result.stdout)
        try #require(objects.count == 1_000)
        #expect(objects.map { $0["line"] as? Int } == Array(1...1_000))
        let bad = objects[436]
        #expect(bad["error"] as? String == "no request")
        #expect(bad["results"] == nil)
        for (index, object) in objects.enumerated() where index != 436 {
            #expect(object["id"] as? String == "n\(index + 1)")
            #expect((object["results"] as? [Any])?.count == (index % 2 == 1 ? 1 : 2))
            #expect(object["engineVersion"] != nil && (object["rulesDigest"] as? String)?.hasPrefix("sha256:") == true)
        }
        let abstain = (objects[0]["results"] as? [[String: Any]])?[1]
        #expect((abstain?["abstainReason"] as? String)?.contains("did you mean 'norco'?") == true)
        #expect(result.stderr.contains("batch.jsonl:437: error: no request"))
        #expect(result.stderr.contains("checked 999 cases, 1498 requests: "), "\(result.stderr)")
        #expect(result.stderr.contains("; 1 bad line (437)"))
    }

    @Test func aBatchGivesTheSameResultsAsSingleChecks() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let batch = try Self.jsonLines(count: 2, bad: 0, in: directory)
        let batched = try Self.objects(
            try IMRProcess.run(["check", "--batch", batch.path], in: directory, environment: AnywhereTests.cleanEnvironment).stdout)
        let single = try IMRProcess.run(
            ["check", "--case", "s.txt", "--request", "Norco 10/325 #120", "--format", "json"], in: directory,
            environment: AnywhereTests.cleanEnvironment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])
        let expected = try #require((document["results"] as? [[String: Any]])?.first)
        let actual = try #require((batched[1]["results"] as? [[String: Any]])?.first)
        #expect(actual["predicted"] as? String == expected["predicted"] as? String)
        #expect(actual["rule"] as? String == expected["rule"] as? String)
        #expect(batched[1]["rulesDigest"] as? String == document["rulesDigest"] as? String)
    }

    @Test func csvWithQuotedCellsAndSeveralRequestColumns() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = """
            id,summary,request,request,as_of
            a,"Chronic low back pain, radiating to the leg.
            Norco since 2012.","Norco 10/325 #120","MRI lumbar spine",2015-03-01
            b,"Neck pain ""worse"" at night.",Baclofen 20mg #60,,
            c,,Norco,,
            d,Low back pain.,TENS unit,,not-a-date

            """
        let file = directory.appendingPathComponent("batch.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let result = try IMRProcess.run(["check", "--batch", "batch.csv"], in: directory, environment: AnywhereTests.cleanEnvironment)
        #expect(result.status == 65)
        let objects = try Self.objects(result.stdout)
        #expect(objects.map { $0["line"] as? Int } == [2, 4, 5, 6])
        #expect((objects[0]["results"] as? [Any])?.count == 2)
        #expect((objects[1]["results"] as? [Any])?.count == 1)
        #expect(objects[2]["error"] as? String == "no 'case' (a path) or 'summary' (the text)")
        #expect((objects[3]["error"] as? String)?.hasPrefix("'asOf' is not a date") == true)
        #expect(result.stderr.contains("batch.csv:5: error:"))
    }

    static let usageCases: [([String], Int32)] = [
        (["check", "--batch", "x.jsonl", "--case", "s.txt"], 64),
        (["check", "--batch", "x.jsonl", "--format", "text"], 64),
        (["check", "--batch", "/nonexistent/batch.jsonl"], 65),
    ]

    @Test(arguments: usageCases)
    func batchUsageAndMissingFile(_ arguments: [String], _ status: Int32) throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try IMRProcess.run(arguments, in: directory, environment: AnywhereTests.cleanEnvironment)
        #expect(result.status == status, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func anUnknownCSVColumnStopsTheBatchWithADidYouMean() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "id,sumary,request\na,Pain.,Norco\n".write(to: directory.appendingPathComponent("b.csv"), atomically: true, encoding: .utf8)
        let result = try IMRProcess.run(["check", "--batch", "b.csv"], in: directory, environment: AnywhereTests.cleanEnvironment)
        #expect(result.status == 65)
        #expect(result.stderr.contains("b.csv:1: error: unknown column 'sumary'; did you mean 'summary'?"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
