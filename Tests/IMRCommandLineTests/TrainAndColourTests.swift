import Foundation
import Testing

/// `imr train` teaches: a stated share of Overturned items, a balanced score beside the raw one,
/// wrapping, categories in its help and errors; colour only on a terminal, for train, check and explain.
@Suite struct TrainAndColourTests {
    /// `yes u | imr train --count 20 --seed S`: the raw score is the Upheld share drawn, never above
    /// it, and the balanced score is 0.50.
    @Test(arguments: [UInt64(1), 2, 3])
    func answeringUpheldToEverythingScoresHalf(_ seed: UInt64) throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try IMRProcess.run(
            ["train", "--count", "20", "--seed", String(seed)], input: String(repeating: "u\n", count: 40),
            in: directory, environment: AnywhereTests.cleanEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("20 questions: 10 Overturned and 10 Upheld"))
        let upheldDrawn = result.stdout.components(separatedBy: "the decision was Upheld.").count - 1
        #expect(upheldDrawn == 10)
        #expect(result.stdout.contains("\nScore: \(upheldDrawn)/20\n"), "\(result.stdout.suffix(400))")
        #expect(result.stdout.contains("Balanced score: 0.50 (Upheld 10/10, Overturned 0/10;"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
    }

    @Test func theOverturnedShareIsStated() throws {
        let result = try IMRProcess.run(
            ["train", "--count", "20", "--seed", "4", "--overturned-share", "0.25"], input: String(repeating: "o\n", count: 20))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("20 questions: 5 Overturned and 15 Upheld"))
        #expect(result.stdout.contains("\nScore: 5/20\n"))
        #expect(result.stdout.contains("Balanced score: 0.50 (Upheld 0/15, Overturned 5/5;"))
        #expect(try IMRProcess.run(["train", "--overturned-share", "1.5"]).status == 64)
    }

    @Test func anUnknownCategoryListsTheValidOnes() throws {
        let result = try IMRProcess.run(["train", "--category", "opioid"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("error: unknown category 'opioid'"))
        #expect(result.stderr.contains("medication") && result.stderr.contains("imaging"), "\(result.stderr)")
        let help = try IMRProcess.run(["train", "--help"])
        #expect(help.stdout.contains("--category C") && help.stdout.contains("physical_medicine"))
        let typo = try IMRProcess.run(["train", "--category", "imagng"])
        #expect(typo.stderr.contains("did you mean 'imaging'?"))
    }

    @Test func textWrapsToTheGivenWidth() throws {
        var environment = AnywhereTests.cleanEnvironment
        environment["COLUMNS"] = "50"
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try IMRProcess.run(
            ["train", "--count", "3", "--seed", "2"], input: "u\no\nu\n", in: directory, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        for line in result.stdout.split(separator: "\n") where line.count > 50 {
            #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "a long line that could have been broken: \(line)")
        }
    }

    /// Runs `command` under a pseudo-terminal with `script`, with `environment` additions.
    static func onATerminal(_ command: String, input: String = "", environment: [String: String] = [:]) throws -> String {
        var merged = AnywhereTests.cleanEnvironment
        merged["NO_COLOR"] = nil
        merged["TERM"] = "xterm"
        merged.merge(environment) { $1 }
        let result = try IMRProcess.run(
            ["-qec", command, "/dev/null"], input: input, in: IMRProcess.packageRoot, environment: merged,
            executable: URL(fileURLWithPath: "/usr/bin/script"))
        return result.stdout
    }

    static var hasScript: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

    @Test(.enabled(if: hasScript)) func checkAndExplainColourTheirCriteriaOnATerminalOnly() throws {
        let imr = IMRProcess.executable.path
        let summary = IMRProcess.fixture("summary.txt")
        let check = try Self.onATerminal("\(imr) check --case \(summary) --request 'Norco 10/325 #120'")
        #expect(check.contains("\u{1B}[31m[unmet]\u{1B}[0m") || check.contains("\u{1B}[32m[met]\u{1B}[0m"), "\(check.prefix(600))")
        let explain = try Self.onATerminal("\(imr) explain Corpus/000_5b182d2c9df6dc4d.txt")
        #expect(explain.contains("\u{1B}[31m[unmet]\u{1B}[0m"))
        let noColour = try Self.onATerminal("\(imr) explain Corpus/000_5b182d2c9df6dc4d.txt", environment: ["NO_COLOR": "1"])
        #expect(noColour.contains("[unmet]") && !noColour.contains("\u{1B}["))
        let piped = try IMRProcess.run(["explain", "Corpus/000_5b182d2c9df6dc4d.txt"])
        #expect(piped.stdout.contains("[unmet]") && !piped.stdout.contains("\u{1B}["))
    }

    @Test(.enabled(if: hasScript)) func onATerminalTheQuizPausesAndColours() throws {
        let imr = IMRProcess.executable.path
        let output = try Self.onATerminal("\(imr) train --count 2 --seed 1", input: "u\n\nu\n")
        #expect(output.contains("Press Enter for the next question"), "\(output.suffix(600))")
        #expect(output.contains("\u{1B}[1;32mRight:") || output.contains("\u{1B}[1;31mWrong:"))
        #expect(output.contains("Score: ") && output.contains("/2"))
    }
}
