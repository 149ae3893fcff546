import Foundation
import Testing

@Test func helpListsTheCommands() throws {
    let result = try IMRProcess.run(["help"])
    #expect(result.status == 0)
    for command in ["eval", "diff", "check", "train", "bench"] { #expect(result.stdout.contains("  \(command) "), "\(command)") }
    #expect(result.stderr.isEmpty)
}

@Test(arguments: ["eval", "diff", "check", "train", "bench"])
func everyHarnessCommandHasHelp(_ command: String) throws {
    let viaHelp = try IMRProcess.run(["help", command])
    let viaFlag = try IMRProcess.run([command, "--help"])
    #expect(viaHelp.status == 0)
    #expect(viaHelp.stdout.contains("USAGE: imr \(command)"))
    #expect(viaHelp.stdout == viaFlag.stdout)
}

@Test func unknownCommandIsAUsageError() throws {
    let result = try IMRProcess.run(["evaluate-everything"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("unknown command 'evaluate-everything'"))
}

@Test func unknownOptionAndBadFormatAreUsageErrors() throws {
    #expect(try IMRProcess.run(["eval", "--formt", "json"]).status == 64)
    #expect(try IMRProcess.run(["eval", "--format", "xml"]).status == 64)
    #expect(try IMRProcess.run(["diff", "--rules", "Rules"]).status == 64)
    #expect(try IMRProcess.run(["train", "--count", "zero"]).status == 64)
}

@Test func evalJSONHasTheDocumentedKeys() throws {
    let result = try IMRProcess.run(["eval", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    for key in ["metrics", "alwaysUpheld", "items", "failures", "perCategory", "perRule"] { #expect(json[key] != nil, "\(key)") }
    let metrics = try #require(json["metrics"] as? [String: Any])
    for key in [
        "items", "accuracy", "balancedAccuracy", "mcc", "overturnedPrecision", "overturnedRecall", "coverage", "citationAgreement",
        "confusion",
    ] {
        #expect(metrics[key] != nil, "\(key)")
    }
    #expect(metrics["items"] as? Int == 253)
    let items = try #require(json["items"] as? [[String: Any]])
    #expect(items.count == 253)
    for key in ["file", "request", "actual", "predicted", "rule", "citation"] { #expect(items[0][key] != nil, "\(key)") }
}

@Test func savedBaselineComparesCleanAgainstTheSameRules() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let baseline = directory.appendingPathComponent("baseline.json").path
    let save = try IMRProcess.run(["eval", "--save-baseline", baseline])
    #expect(save.status == 0, "\(save.stderr)")
    let text = try String(contentsOfFile: baseline, encoding: .utf8)
    #expect(text.split(separator: "\n").filter { $0.contains("\"file\"") }.count == 253)
    let compare = try IMRProcess.run(["eval", "--baseline", baseline, "--format", "json"])
    #expect(compare.status == 0, "\(compare.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
    #expect((json["regressions"] as? [Any])?.isEmpty == true)
    #expect((json["changes"] as? [Any])?.isEmpty == true)
}

@Test func baselineWithAnItemThatWasRightAndIsNowWrongExitsOne() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let baseline = directory.appendingPathComponent("baseline.json").path
    // The fixture corpus has a letter that fails to parse: saving its baseline takes --force.
    #expect(try IMRProcess.run(["eval", "--corpus", IMRProcess.fixture("corpus"), "--save-baseline", baseline, "--force"]).status == 0)
    // Pretend the stored run predicted every item right: any item now wrong or abstained is a regression.
    var text = try String(contentsOfFile: baseline, encoding: .utf8)
    for outcome in ["\"predicted\":\"overturned\"", "\"predicted\":\"abstain\""] {
        text = text.replacingOccurrences(of: outcome, with: "\"predicted\":\"upheld\"")
    }
    text = text.replacingOccurrences(of: "\"rule\":null", with: "\"rule\":\"made.up\"")
    try text.write(toFile: baseline, atomically: true, encoding: .utf8)
    let compare = try IMRProcess.run(["eval", "--corpus", IMRProcess.fixture("corpus"), "--baseline", baseline])
    let stillRight = compare.stdout.contains("0 worse")
    #expect(compare.status == (stillRight ? 0 : 1), "\(compare.stdout)")
    #expect(compare.stdout.contains("Changes against baseline"))
}

@Test func evalReportsABadLetterAndRunsTheRest() throws {
    let result = try IMRProcess.run(["eval", "--corpus", IMRProcess.fixture("corpus"), "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("b-not-a-letter.txt: error:"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let failures = try #require(json["failures"] as? [[String: Any]])
    #expect(failures.count == 1)
    #expect((failures[0]["file"] as? String)?.hasSuffix("b-not-a-letter.txt") == true)
    #expect((json["items"] as? [Any])?.count == 2)
}

@Test func evalOfAMissingCorpusIsBadInput() throws {
    let result = try IMRProcess.run(["eval", "--corpus", "/nonexistent/corpus"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("/nonexistent/corpus"))
}

@Test func htmlReportIsOneSelfContainedFile() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("report.html").path
    let result = try IMRProcess.run(["eval", "--corpus", IMRProcess.fixture("corpus"), "--format", "html", "--output", output])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let html = try String(contentsOfFile: output, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
    #expect(html.contains("Baclofen 20mg #60"))
    for forbidden in ["src=\"http", "href=\"http", "<script", "<link", "url(http", "@import"] {
        #expect(!html.contains(forbidden), "\(forbidden)")
    }
}

@Test func diffOfTheSameRulesHasNoChanges() throws {
    let result = try IMRProcess.run([
        "diff", "--rules", "Rules", "--rules", "Rules", "--corpus", IMRProcess.fixture("corpus"), "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((json["changes"] as? [Any])?.isEmpty == true)
}

@Test func checkPredictsEachRequestOfASeedSummary() throws {
    let result = try IMRProcess.run([
        "check", "--case", IMRProcess.fixture("summary.txt"), "--request", "Baclofen 20mg #60", "--request", "Norco 7.5-325mg #112",
        "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let json = try #require(document["results"] as? [[String: Any]])
    #expect(json.count == 2)
    for key in ["predicted", "rule", "citation", "criteria", "unmet"] { #expect(json[0][key] != nil, "\(key)") }
    #expect(["upheld", "overturned", "abstain"].contains(json[0]["predicted"] as? String ?? ""))
    let text = try IMRProcess.run(
        ["check", "--case", "-", "--request", "Baclofen 20mg #60"],
        input: try String(contentsOfFile: IMRProcess.fixture("summary.txt"), encoding: .utf8))
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.hasPrefix("engine \(document["engineVersion"] as? String ?? "?"), rules sha256:"))
    #expect(text.stdout.contains("\n\nBaclofen 20mg #60\n  predicted: "))
}

@Test func checkAcceptsAWholeLetter() throws {
    let result = try IMRProcess.run([
        "check", "--case", IMRProcess.fixture("corpus/a-seed.txt"), "--request", "Baclofen 20mg #60", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"predicted\""))
}

@Test func checkOfAMissingFileIsBadInput() throws {
    let result = try IMRProcess.run(["check", "--case", "/nonexistent/case.txt", "--request", "Norco"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("/nonexistent/case.txt: error:"))
}

@Test(arguments: [["check", "--request", "Norco"], ["check", "--case", "-"], ["check", "--case", "-", "--request", "  "]])
func checkUsageErrors(_ arguments: [String]) throws {
    let result = try IMRProcess.run(arguments, input: "Pain.")
    #expect(result.status == 64)
    #expect(!result.stderr.isEmpty)
}

@Test func checkOfAnEmptySummaryIsBadInput() throws {
    let result = try IMRProcess.run(["check", "--case", "-", "--request", "Norco"], input: "  \n")
    #expect(result.status == 65)
    #expect(result.stderr.contains("empty"))
}

@Test func trainAsksThreeQuestionsAndScores() throws {
    let result = try IMRProcess.run(["train", "--count", "3", "--seed", "7"], input: "u\no\nupheld\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.components(separatedBy: "Question ").count == 4)
    let last = result.stdout.split(separator: "\n").last { $0.hasPrefix("Score: ") }
    #expect(last?.hasSuffix("/3") == true, "\(result.stdout.suffix(300))")
    let again = try IMRProcess.run(["train", "--count", "3", "--seed", "7"], input: "u\no\nupheld\n")
    #expect(again.stdout == result.stdout)
}

@Test func trainStopsAtEndOfInputWithTheScoreSoFar() throws {
    let result = try IMRProcess.run(["train", "--count", "3", "--seed", "7"], input: "maybe\nu\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Please answer u (upheld) or o (overturned)."))
    #expect(result.stdout.contains("Score: ") && result.stdout.contains("/1\n"))
}

/// `--jobs` changes how many letters run at once, never a byte of the report.
@Test func evalJSONIsTheSameOnOneCoreAndOnTwo() throws {
    let one = try IMRProcess.run(["eval", "--format", "json", "--explain", "--jobs", "1"])
    let two = try IMRProcess.run(["eval", "--format", "json", "--explain", "--jobs", "2"])
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout.contains("\"items\" : ["))
    #expect(one.stdout == two.stdout)
}

@Test(arguments: ["0", "-1", "two"])
func evalRejectsABadJobCount(_ jobs: String) throws {
    let result = try IMRProcess.run(["eval", "--jobs", jobs])
    #expect(result.status == 64)
    #expect(result.stderr.contains("'--jobs' needs a positive number"))
}

/// `bench --scale` replicates the corpus, runs `imr eval` over it as a child and reports its figures.
@Test func benchScaleReportsTheFiguresOfAChildEval() throws {
    let result = try IMRProcess.run(["bench", "--scale", "2", "--jobs", "2", "--corpus", IMRProcess.fixture("corpus")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("× 2: 4 letters"))
    for figure in ["wall", "CPU per letter", "letters/s per core", "busy cores", "peak memory", "reading the bytes"] {
        #expect(result.stdout.contains(figure), "\(figure)")
    }
    #expect(try IMRProcess.run(["bench", "--scale", "0"]).status == 64)
}

/// `--format jsonl`: one JSON object per line, items and failures in file order, the summary last.
@Test func evalJSONLinesListItemsAndFailuresThenTheSummary() throws {
    let one = try IMRProcess.run(["eval", "--corpus", IMRProcess.fixture("corpus"), "--format", "jsonl", "--jobs", "1"])
    let two = try IMRProcess.run(["eval", "--corpus", IMRProcess.fixture("corpus"), "--format", "jsonl", "--jobs", "2"])
    #expect(one.status == 0)
    #expect(one.stdout == two.stdout)
    let lines = one.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "", "ends with a newline")
    let kinds = try lines.dropLast().map { line -> String in
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object.count == 1)
        return object.keys.first ?? ""
    }
    #expect(kinds == ["item", "item", "failure", "summary"])
    #expect(lines[3].contains("\"metrics\":") && !lines[3].contains("\"items\":["))
}
