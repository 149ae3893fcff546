import Foundation
import Testing

/// End-to-end checks of the rule, letter and corpus commands of the built `imr`: stdout, stderr
/// and exit status.
@Suite struct ToolCommandTests {
    static let commands = [
        "eval", "parse", "facts", "check", "explain", "lint", "test", "diff", "train", "bench", "gold", "paraphrase", "version",
    ]

    /// A fixture of `Tests/Fixtures/cli`.
    static func fixture(_ name: String) -> String {
        IMRProcess.packageRoot.appendingPathComponent("Tests/Fixtures/cli").appendingPathComponent(name).path
    }

    /// A copy of the repository's `Rules/` in a fresh temporary directory (remove `base` when done).
    static func rulesCopy() throws -> (base: URL, rules: URL) {
        let base = try IMRProcess.temporaryDirectory()
        let rules = base.appendingPathComponent("Rules")
        try FileManager.default.copyItem(at: IMRProcess.packageRoot.appendingPathComponent("Rules"), to: rules)
        return (base, rules)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n")
    }

    // MARK: help and usage

    @Test func helpListsEveryCommand() throws {
        let result = try IMRProcess.run(["help"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        for command in Self.commands { #expect(result.stdout.contains("\n  \(command) "), "\(command)") }
    }

    @Test(arguments: commands)
    func everyCommandHasHelp(_ command: String) throws {
        let result = try IMRProcess.run([command, "--help"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("USAGE: imr \(command)"))
        #expect(result.stderr.isEmpty)
        #expect(try IMRProcess.run(["help", command]).stdout == result.stdout)
    }

    @Test(arguments: [
        ["parse", "--bogus", "Corpus/000_5b182d2c9df6dc4d.txt"], ["facts", "--bogus"], ["explain", "--verbose"], ["lint", "--bogus"],
        ["test", "--bogus"], ["eval", "--bogus"],
    ])
    func anUnknownOptionIsAUsageError(_ arguments: [String]) throws {
        let result = try IMRProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown option '\(arguments[1])'"))
    }

    // MARK: lint and test

    @Test func lintOfTheRulesIsClean() throws {
        let result = try IMRProcess.run(["lint", "--rules", "Rules"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let summary = try #require(Self.lines(result.stdout).last)
        #expect(summary.contains(" rules, ") && summary.contains("0 errors"), "\(summary)")
    }

    @Test func lintPointsAtAMalformedLine() throws {
        let (base, rules) = try Self.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("opioids.rules")
        var text = try String(contentsOf: file, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        let line = text.filter { $0 == "\n" }.count + 1
        text += try String(contentsOfFile: Self.fixture("malformed-rule-line.txt"), encoding: .utf8)
        try text.write(to: file, atomically: true, encoding: .utf8)

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(Self.lines(result.stdout).last?.contains("1 error") == true, "\(result.stdout)")
        let diagnostics = Self.lines(result.stderr)
        #expect(diagnostics.count == 1, "\(result.stderr)")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.hasPrefix("\(file.path):\(line):"), "\(diagnostic)")
        // path:line:col: error: [Rnnn] message
        let fields = diagnostic.dropFirst(file.path.count + 1).split(separator: ":", maxSplits: 3)
        try #require(fields.count == 4, "\(diagnostic)")
        #expect(Int(fields[1]) != nil, "column: \(diagnostic)")
        #expect(fields[2] == " error")
        #expect(fields[3].hasPrefix(" [R"), "\(diagnostic)")
    }

    @Test func ruleExamplesAllPass() throws {
        let result = try IMRProcess.run(["test"])
        #expect(result.status == 0, "\(result.stderr)")
        let counts = Self.lines(result.stdout).compactMap { $0.wholeMatch(of: /(\d+) passed, 0 failed/) }
        try #require(counts.count == 1, "\(result.stdout.prefix(500))")
        #expect(Int(counts[0].1) ?? 0 > 0)
    }

    // MARK: letters

    @Test func explainNamesTheDecidingRuleAndItsCriteria() throws {
        let result = try IMRProcess.run(["explain", "Corpus/000_5b182d2c9df6dc4d.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("Corpus/000_5b182d2c9df6dc4d.txt\n"))
        for request in ["Baclofen 20mg #60", "Norco 7.5-325mg #112"] { #expect(result.stdout.contains(request), "\(request)") }
        let outcomes = Self.lines(result.stdout).filter { $0.hasPrefix("  Outcome: ") }
        #expect(outcomes.count == 2)
        for outcome in outcomes {
            // "Outcome: upheld by <rule id>: <title>"
            let rule = outcome.split(separator: " by ").dropFirst().first?.split(separator: ":").first
            #expect(rule?.contains(".") == true, "\(outcome)")
        }
        #expect(result.stdout.contains("Criteria"))
    }

    @Test func parseOfTheWholeCorpusAsJSON() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: IMRProcess.packageRoot.appendingPathComponent("Corpus").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { "Corpus/" + $0 }
        let result = try IMRProcess.run(["parse"] + files + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let document = try #require(try Self.json(result.stdout) as? [String: Any])
        let letters = try #require(document["letters"] as? [[String: Any]])
        #expect(letters.count == 102)
        let decisions = letters.flatMap { ($0["items"] as? [[String: Any]] ?? []).map { $0["decision"] as? String } }
        #expect(decisions.count == 253)
        #expect(decisions.filter { $0 == "upheld" }.count == 224)
        #expect(decisions.filter { $0 == "overturned" }.count == 29)
        #expect(letters.map { $0["file"] as? String } == files)
    }

    @Test func parseReportsAnEmptyFileAndStillPrintsTheGoodLetter() throws {
        let empty = Self.fixture("empty.txt")
        let result = try IMRProcess.run(["parse", empty, "Corpus/000_5b182d2c9df6dc4d.txt"])
        #expect(result.status == 65)
        let errors = Self.lines(result.stderr)
        #expect(errors.count == 1, "\(result.stderr)")
        #expect(errors.first?.hasPrefix("\(empty): error: ") == true, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Corpus/000_5b182d2c9df6dc4d.txt\n"))
        #expect(result.stdout.contains("CM17-0015790"))
        #expect(result.stdout.contains("Baclofen 20mg #60"))
    }

    @Test func factsAsJSON() throws {
        let result = try IMRProcess.run(["facts", "Corpus/003_9da0cd1af723cf3b.txt", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let json = try #require(try Self.json(result.stdout) as? [String: Any])
        #expect(json["file"] as? String == "Corpus/003_9da0cd1af723cf3b.txt")
        let caseFacts = try #require(json["case"] as? [[String: Any]])
        #expect(!caseFacts.isEmpty)
        for fact in caseFacts { #expect(fact["name"] is String && fact["evidence"] is [Any]) }
        let requests = try #require(json["requests"] as? [[String: Any]])
        #expect(requests.count == 5)
        #expect(requests.allSatisfy { $0["request"] is String && $0["facts"] is [Any] })
    }

    @Test(arguments: [
        ["facts", "/nonexistent/letter.txt"], ["explain", "/nonexistent/letter.txt"], ["parse", "/nonexistent/letter.txt"],
    ])
    func aMissingLetterIsBadInput(_ arguments: [String]) throws {
        let result = try IMRProcess.run(arguments)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(Self.lines(result.stderr).count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("/nonexistent/letter.txt") && result.stderr.contains("error"), "\(result.stderr)")
    }

    // MARK: the regression gate

    @Test func theStoredBaselineHoldsWithTheCurrentRules() throws {
        let result = try IMRProcess.run(["eval", "--baseline", "Corpus/baseline.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 worse"), "\(result.stdout.suffix(500))")
    }

    @Test func losingHalfTheRulesFailsTheGate() throws {
        let (base, rules) = try Self.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        // Every other file among those that define no table: a file whose lines start with "table "
        // stays, as rules of other files read its tables (R061 would refuse the whole set), so a file
        // added to Rules/ cannot leave a table's readers without it.
        let files = try FileManager.default.contentsOfDirectory(atPath: rules.path).filter { $0.hasSuffix(".rules") }.sorted()
            .filter { name in
                let text = try String(contentsOf: rules.appendingPathComponent(name), encoding: .utf8)
                return !text.split(separator: "\n").contains { $0.hasPrefix("table ") }
            }
        try #require(files.count >= 2)
        for (position, name) in files.enumerated() where position % 2 == 1 {
            try FileManager.default.removeItem(at: rules.appendingPathComponent(name))
        }
        let result = try IMRProcess.run(["eval", "--baseline", "Corpus/baseline.json", "--rules", rules.path, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("now wrong"), "\(result.stderr)")
        let json = try #require(try Self.json(result.stdout) as? [String: Any])
        let regressions = try #require(json["regressions"] as? [[String: Any]])
        #expect(!regressions.isEmpty)
        #expect(regressions.allSatisfy { $0["kind"] as? String == "worse" })
    }

    /// `imr gold --by-fact` adds a table with a row for each labelled fact (and `FACT:TERM` label),
    /// under the family table; the JSON carries the same counts.
    @Test func goldCountsEachLabelledFact() throws {
        let text = try IMRProcess.run(["gold", "--by-fact"])
        #expect(text.status == 0, "\(text.stderr)")
        let rows = Self.lines(text.stdout).map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(rows.contains("family") && rows.contains("fact"))
        #expect(rows.contains("smoker") && rows.contains("diagnoses:ptsd") && rows.contains("age"))
        let json = try IMRProcess.run(["gold", "--format", "json"])
        let document = try #require(try Self.json(json.stdout) as? [String: Any])
        let facts = try #require(document["facts"] as? [String: [String: Any]])
        #expect(facts["smoker"]?["labels"] as? Int ?? 0 >= 2)
        #expect(!Self.lines(try IMRProcess.run(["gold"]).stdout).contains { $0.hasPrefix("smoker ") })
    }
}
