import Foundation
import IMRCore
import Testing

/// `imr` run as a reviewer would run it: from a directory with no `Rules/` or `Corpus/`, built in a
/// clone or installed with `scripts/install.sh`, with provenance in what it prints.
@Suite struct AnywhereTests {
    /// A temporary working directory holding only a clinical summary.
    static func emptyWorkingDirectory() throws -> URL {
        let directory = try IMRProcess.temporaryDirectory()
        try "A 52-year-old worker with chronic low back pain radiating to the left leg. Norco since 2012."
            .write(to: directory.appendingPathComponent("summary.txt"), atomically: true, encoding: .utf8)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Rules").path))
        return directory
    }

    /// The process environment without `IMR_RULES` and `IMR_CORPUS`.
    static var cleanEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["IMR_RULES"] = nil
        environment["IMR_CORPUS"] = nil
        return environment
    }

    @Test func versionOptionAndCommand() throws {
        let directory = try Self.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let option = try IMRProcess.run(["--version"], in: directory, environment: Self.cleanEnvironment)
        #expect(option.status == 0)
        #expect(option.stdout == "imr \(EngineVersion.current)\n")
        let command = try IMRProcess.run(["version", "--format", "json"], in: directory, environment: Self.cleanEnvironment)
        #expect(command.status == 0, "\(command.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(command.stdout.utf8)) as? [String: Any])
        #expect(json["engineVersion"] as? String == EngineVersion.current)
        #expect(json["rulesSource"] as? String == "checkout")
        #expect(json["rules"] as? String == IMRProcess.packageRoot.appendingPathComponent("Rules").path)
        #expect(json["corpusSource"] as? String == "checkout")
        #expect((json["rulesDigest"] as? String)?.hasPrefix("sha256:") == true)
    }

    @Test func checkFromADirectoryWithoutRules() throws {
        let directory = try Self.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco 10/325 #120"], in: directory, environment: Self.cleanEnvironment)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("engine \(EngineVersion.current), rules sha256:"))
        #expect(text.stdout.contains("Norco 10/325 #120\n  predicted: "))
        let json = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco 10/325 #120", "--format", "json"], in: directory,
            environment: Self.cleanEnvironment)
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["engineVersion"] as? String == EngineVersion.current)
        let digest = try #require(document["rulesDigest"] as? String)
        #expect(digest == Provenance.digest(ofRulesIn: IMRProcess.packageRoot.appendingPathComponent("Rules").path))
        let results = try #require(document["results"] as? [[String: Any]])
        #expect(["upheld", "overturned", "abstain"].contains(results.first?["predicted"] as? String ?? ""))
    }

    @Test func goldFromADirectoryWithoutRulesCorpusOrLabels() throws {
        let directory = try Self.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try IMRProcess.run(["gold", "--format", "json"], in: directory, environment: Self.cleanEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["letters"] as? Int ?? 0) >= 40)
    }

    @Test func explainJSONCarriesProvenance() throws {
        let letter = IMRProcess.packageRoot.appendingPathComponent("Corpus/000_5b182d2c9df6dc4d.txt").path
        let directory = try Self.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = try IMRProcess.run(["explain", letter, "--format", "json"], in: directory, environment: Self.cleanEnvironment)
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["engineVersion"] as? String == EngineVersion.current)
        #expect((document["rulesDigest"] as? String)?.count == 7 + 64)
        #expect((document["predictions"] as? [Any])?.count == 2)
        let text = try IMRProcess.run(["explain", letter], in: directory, environment: Self.cleanEnvironment)
        #expect(text.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("engine \(EngineVersion.current), rules sha256:") == true)
    }

    @Test func trainFromADirectoryWithoutCorpus() throws {
        let directory = try Self.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try IMRProcess.run(
            ["train", "--count", "2", "--seed", "3"], input: "u\no\n", in: directory, environment: Self.cleanEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Question 2/2"))
    }

    @Test func environmentVariableWinsOverTheInstalledRulesAndTheOptionWinsOverIt() throws {
        let directory = try Self.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = Self.cleanEnvironment
        environment["IMR_RULES"] = "/nonexistent/imr-rules"
        let fromEnvironment = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco"], in: directory, environment: environment)
        #expect(fromEnvironment.status == 1)
        #expect(fromEnvironment.stderr.contains("/nonexistent/imr-rules"))
        let rules = IMRProcess.packageRoot.appendingPathComponent("Rules").path
        let fromOption = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco", "--rules", rules], in: directory, environment: environment)
        #expect(fromOption.status == 0, "\(fromOption.stderr)")
    }

    /// `scripts/install.sh --binary` puts the built binary in PREFIX/bin with the rules and corpus in
    /// PREFIX/share/imr; the installed binary uses them from anywhere.
    @Test func installedBinaryUsesItsSharedRules() throws {
        let prefix = try IMRProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/bin/bash")
        install.arguments = [
            IMRProcess.packageRoot.appendingPathComponent("scripts/install.sh").path, "--prefix", prefix.path, "--binary",
            IMRProcess.executable.path,
        ]
        install.standardOutput = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        try #require(install.terminationStatus == 0)
        let installed = prefix.appendingPathComponent("bin/imr")
        let directory = try Self.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let version = try IMRProcess.run(
            ["version", "--format", "json"], in: directory, environment: Self.cleanEnvironment, executable: installed)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(version.stdout.utf8)) as? [String: Any])
        #expect(json["rulesSource"] as? String == "installed")
        #expect(json["rules"] as? String == prefix.appendingPathComponent("share/imr/Rules").resolvingSymlinksInPath().path)
        #expect(json["corpusSource"] as? String == "installed")
        let check = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco 10/325 #120"], in: directory, environment: Self.cleanEnvironment,
            executable: installed)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("predicted: "))
    }

    @Test func noRulesAnywhereIsACleanError() throws {
        // A copy of the binary alone, outside any clone and without share/imr.
        let prefix = try IMRProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let lone = prefix.appendingPathComponent("imr")
        try FileManager.default.copyItem(at: IMRProcess.executable, to: lone)
        let directory = try Self.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco"], in: directory, environment: Self.cleanEnvironment, executable: lone)
        #expect(result.status == 65)
        #expect(result.stderr.contains("cannot find the rules: give --rules DIR or set IMR_RULES"))
    }
}

/// The hand-written SHA-256 against the FIPS 180-4 examples, and what the rules digest covers.
@Suite struct DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownDigests(_ message: String, _ digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func millionAs() {
        #expect(SHA256.hex([UInt8](repeating: 97, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Blocks are compressed straight from contiguous input and through the pending buffer across
    /// updates: every way of cutting a message into updates, and a non-contiguous sequence, give the
    /// digest of the whole.
    @Test(arguments: [1, 7, 55, 56, 63, 64, 65, 127, 128, 200])
    func updatesInPiecesGiveTheDigestOfTheWhole(_ piece: Int) {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(message)
        var hasher = SHA256()
        for start in stride(from: 0, to: message.count, by: piece) {
            hasher.update(message[start..<min(start + piece, message.count)])
        }
        #expect(hasher.hexDigest() == whole)
        var mixed = SHA256()
        mixed.update(message.prefix(piece).lazy.map { $0 })
        mixed.update(Array(message.dropFirst(piece)))
        #expect(mixed.hexDigest() == whole)
        #expect(SHA256.hex(message.lazy.map { $0 }) == whole)
    }

    @Test func rulesDigestFollowsRuleAndLexiconFilesNotDocumentation() throws {
        let directory = try IMRProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = directory.appendingPathComponent("Rules")
        try FileManager.default.createDirectory(at: rules.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
        try "topic \"A\"\n".write(to: rules.appendingPathComponent("a.rules"), atomically: true, encoding: .utf8)
        try "drug norco\n".write(to: rules.appendingPathComponent("lexicon/drugs.lexicon"), atomically: true, encoding: .utf8)
        let first = Provenance.digest(ofRulesIn: rules.path)
        try "notes".write(to: rules.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        #expect(Provenance.digest(ofRulesIn: rules.path) == first)
        try "drug norco\ndrug vicodin\n".write(to: rules.appendingPathComponent("lexicon/drugs.lexicon"), atomically: true, encoding: .utf8)
        let second = Provenance.digest(ofRulesIn: rules.path)
        #expect(second != first)
        try FileManager.default.moveItem(at: rules.appendingPathComponent("a.rules"), to: rules.appendingPathComponent("b.rules"))
        #expect(Provenance.digest(ofRulesIn: rules.path) != second)
    }
}

/// Edition awareness end to end: a case dated on or after the December 2017 MTUS update, or judged
/// `--as-of` such a date, is warned in every output; `imr lint` wants an edition in every file.
@Suite struct EditionAwarenessTests {
    static let warning =
        "on or after 2017-12-01, when a newer MTUS edition took over; these rules encode MTUS before the December 2017 update"

    @Test func checkWarnsForADateAfterTheUpdate() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let after = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco 10/325 #120", "--as-of", "2018-03-05"], in: directory,
            environment: AnywhereTests.cleanEnvironment)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("warning: the case is judged as of 2018-03-05, \(Self.warning)"), "\(after.stdout.prefix(500))")
        let json = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco 10/325 #120", "--as-of", "2018-03-05", "--format", "json"],
            in: directory, environment: AnywhereTests.cleanEnvironment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["warnings"] as? [String])?.count == 1)
        let before = try IMRProcess.run(
            ["check", "--case", "summary.txt", "--request", "Norco 10/325 #120", "--as-of", "2017-11-30", "--format", "json"],
            in: directory, environment: AnywhereTests.cleanEnvironment)
        let quiet = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        #expect((quiet["warnings"] as? [String]) == [])
        #expect(
            try IMRProcess.run(["check", "--case", "summary.txt", "--request", "Norco", "--as-of", "soon"], in: directory).status == 64)
    }

    @Test func explainWarnsForALetterDatedAfterTheUpdate() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try String(
            contentsOf: IMRProcess.packageRoot.appendingPathComponent("Corpus/000_5b182d2c9df6dc4d.txt"), encoding: .utf8)
        let redated = original.replacingOccurrences(of: "/2017", with: "/2018").replacingOccurrences(of: "/2016", with: "/2018")
        try redated.write(to: directory.appendingPathComponent("letter.txt"), atomically: true, encoding: .utf8)
        let text = try IMRProcess.run(["explain", "letter.txt"], in: directory, environment: AnywhereTests.cleanEnvironment)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("warning: the case is dated 2018-02-23 (IMR decision), \(Self.warning)"))
        let json = try IMRProcess.run(
            ["explain", "letter.txt", "--format", "json"], in: directory, environment: AnywhereTests.cleanEnvironment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["warnings"] as? [String])?.first?.contains("2018-02-23") == true)
        let unchanged = try IMRProcess.run(["explain", "Corpus/000_5b182d2c9df6dc4d.txt"])
        #expect(!unchanged.stdout.contains("warning:"))
    }

    @Test func batchLinesCarryTheirWarnings() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = [
            #"{"case": "summary.txt", "request": "Norco 10/325 #120", "asOf": "2019-01-15"}"#,
            #"{"case": "summary.txt", "request": "Norco 10/325 #120", "asOf": "2016-01-15"}"#,
        ]
        try lines.joined(separator: "\n").write(to: directory.appendingPathComponent("b.jsonl"), atomically: true, encoding: .utf8)
        let result = try IMRProcess.run(["check", "--batch", "b.jsonl"], in: directory, environment: AnywhereTests.cleanEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect((objects[0]["warnings"] as? [String])?.first?.contains("judged as of 2019-01-15") == true)
        #expect((objects[1]["warnings"] as? [String]) == [])
    }

    @Test func lintWantsAnEditionInEveryRuleFile() throws {
        let shipped = try IMRProcess.run(["lint"])
        #expect(!shipped.stderr.contains("[R050]"), "every shipped rule file states its edition")
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("muscle-relaxants.rules")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("edition ") }.joined(separator: "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.stderr.contains("\(file.path):1:1: warning: [R050] file has no 'edition'"), "\(result.stderr)")
    }
}

/// The eval reports carry the engine version and rules digest too.
@Test(arguments: ["json", "jsonl", "html"])
func evalReportsCarryProvenance(_ format: String) throws {
    let result = try IMRProcess.run(["eval", "--corpus", IMRProcess.fixture("corpus"), "--format", format])
    #expect(result.status == 0, "\(result.stderr)")
    let digest = Provenance.digest(ofRulesIn: IMRProcess.packageRoot.appendingPathComponent("Rules").path)
    switch format {
    case "json":
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["engineVersion"] as? String == EngineVersion.current)
        #expect(json["rulesDigest"] as? String == digest)
    case "jsonl":
        let last = try #require(result.stdout.split(separator: "\n").last)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        let summary = (json["summary"] as? [String: Any]) ?? json
        #expect(summary["rulesDigest"] as? String == digest, "\(last.prefix(300))")
    default:
        #expect(result.stdout.contains("Engine \(EngineVersion.current), rules <code>\(digest)</code>"))
    }
}
