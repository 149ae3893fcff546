import Foundation
import Testing

/// Runs `imr` with stdout going to `stdout` and returns (status, whether a signal ended it, stderr).
private func runWithStandardOutput(_ arguments: [String], _ stdout: FileHandle) throws -> (status: Int32, signaled: Bool, stderr: String) {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let errPath = directory.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: errPath.path, contents: nil)
    let process = Process()
    process.executableURL = IMRProcess.executable
    process.arguments = arguments
    process.currentDirectoryURL = IMRProcess.packageRoot
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = stdout
    process.standardError = try FileHandle(forWritingTo: errPath)
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, process.terminationReason == .uncaughtSignal, try String(contentsOf: errPath, encoding: .utf8))
}

/// A corpus of two copies of a corpus letter (the second with `replace` applied to its text).
private func corpus(in directory: URL, replacing target: String = "", with replacement: String = "") throws -> String {
    let corpus = directory.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let text = try String(contentsOfFile: IMRProcess.packageRoot.path + "/Corpus/000_5b182d2c9df6dc4d.txt", encoding: .utf8)
    try Data(text.utf8).write(to: corpus.appendingPathComponent("a.txt"))
    try Data((target.isEmpty ? text : text.replacingOccurrences(of: target, with: replacement)).utf8)
        .write(to: corpus.appendingPathComponent("b.txt"))
    return corpus.path
}

@Test func aHugeQuantityIsReadNotATrap() throws {
    let check = try IMRProcess.run([
        "check", "--case", "Corpus/000_5b182d2c9df6dc4d.txt", "--request", "Norco 10/325 mg #99999999999999999999",
    ])
    #expect(check.status == 0, "\(check.stderr)")
    let huge = "1" + String(repeating: "0", count: 400)
    for request in ["Norco 9223372036854775808 mg #60", "Norco \(huge) mg #\(huge)"] {
        let facts = try IMRProcess.run(["facts", "Corpus/000_5b182d2c9df6dc4d.txt", "--request", request, "--format", "json"])
        #expect(facts.status == 0, "\(request): \(facts.stderr)")
        #expect(facts.stdout.contains("1000000000000"))
    }
    // A letter whose item line holds a 20-digit quantity goes through eval like any other.
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let letters = try corpus(in: directory, replacing: "#112", with: "#99999999999999999999")
    let eval = try IMRProcess.run(["eval", "--corpus", letters])
    #expect(eval.status == 0, "\(eval.stderr)")
    #expect(eval.stdout.contains("2 letters"))
}

@Test func writingToAFullDeviceIsOneLineAndExit74() throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    for arguments in [["eval"], ["lint"], ["help"]] {
        let result = try runWithStandardOutput(arguments, full)
        #expect(!result.signaled && result.status == 74, "\(arguments)")
        #expect(result.stderr == "error: cannot write to standard output: No space left on device\n", "\(arguments)")
    }
}

@Test func writingToAClosedPipeIsExit74NotSIGPIPE() throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let result = try runWithStandardOutput(["eval"], pipe.fileHandleForWriting)
    #expect(!result.signaled && result.status == 74)
    #expect(result.stderr == "error: cannot write to standard output: Broken pipe\n")
}

@Test func aFailedRunNeverReplacesTheBaseline() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let letters = try corpus(in: directory)
    let baseline = directory.appendingPathComponent("baseline.json").path
    let saved = try IMRProcess.run(["eval", "--corpus", letters, "--save-baseline", baseline])
    #expect(saved.status == 0, "\(saved.stderr)")
    // A stored item that was right and is gone now: a regression.
    let right = #"{"actual":"upheld","file":"gone.txt","index":0,"predicted":"upheld","request":"Norco","rule":"opioids.x"}"#
    var text = try String(contentsOfFile: baseline, encoding: .utf8)
    text = text.replacingOccurrences(of: "  \"items\": [\n", with: "  \"items\": [\n    \(right),\n")
    try Data(text.utf8).write(to: URL(fileURLWithPath: baseline))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: baseline)

    let regression = try IMRProcess.run(["eval", "--corpus", letters, "--baseline", baseline, "--save-baseline", baseline])
    #expect(regression.status == 1, "\(regression.stderr)")
    #expect(regression.stderr.contains("baseline not saved: 1 item(s) that were right are now wrong"))
    #expect(try String(contentsOfFile: baseline, encoding: .utf8) == text)

    let unwritable = try IMRProcess.run(["eval", "--corpus", letters, "--save-baseline", baseline, "--output", "/nonexistent/report.txt"])
    #expect(unwritable.status == 74)
    #expect(unwritable.stderr.contains("/nonexistent/report.txt: error: cannot write file: No such file or directory"))
    #expect(try String(contentsOfFile: baseline, encoding: .utf8) == text)

    let forced = try IMRProcess.run(["eval", "--corpus", letters, "--baseline", baseline, "--save-baseline", baseline, "--force"])
    #expect(forced.status == 1)
    #expect(try String(contentsOfFile: baseline, encoding: .utf8) != text)
    let mode = try FileManager.default.attributesOfItem(atPath: baseline)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
}

@Test func aLetterThatFailsKeepsTheBaselineUnlessForcedAndIsListed() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let letters = try corpus(in: directory)
    try Data("not a letter\n".utf8).write(to: URL(fileURLWithPath: letters + "/c.txt"))
    let baseline = directory.appendingPathComponent("baseline.json").path
    let refused = try IMRProcess.run(["eval", "--corpus", letters, "--save-baseline", baseline])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("baseline not saved: 1 letter(s) could not be read"))
    #expect(!FileManager.default.fileExists(atPath: baseline))
    let forced = try IMRProcess.run(["eval", "--corpus", letters, "--save-baseline", baseline, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    let text = try String(contentsOfFile: baseline, encoding: .utf8)
    #expect(text.contains("\"failed\": [\n    {\"error\":"))
    #expect(text.contains("/corpus/c.txt\"}"))
}

@Test(arguments: [
    (#"{"items": [], "version": 99}"#, "version 99 is not supported"),
    (#"{"items": [], "version": 1}"#, "the baseline has no item"),
])
func anUnknownOrEmptyBaselineIsBadInput(_ text: String, _ message: String) throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let baseline = directory.appendingPathComponent("b.json").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: baseline))
    let result = try IMRProcess.run(["eval", "--corpus", try corpus(in: directory), "--baseline", baseline])
    #expect(result.status == 65)
    #expect(result.stderr.contains(message))
}

/// A copy of `Rules/` with `transform` applied to `opioids.rules`.
private func rules(in directory: URL, _ transform: (String) -> String) throws -> String {
    let copy = directory.appendingPathComponent("Rules")
    try FileManager.default.copyItem(at: IMRProcess.packageRoot.appendingPathComponent("Rules"), to: copy)
    let file = copy.appendingPathComponent("opioids.rules")
    try Data(transform(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
    return copy.path
}

@Test(arguments: [
    (String(repeating: "(", count: 5_500) + "spasm" + String(repeating: ")", count: 5_500), 58),
    (String(repeating: "not ", count: 20_000) + "spasm", 208),
])
func deepNestingIsOneLocatedErrorInLintEvalAndTest(_ when: String, _ column: Int) throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let rulesPath = try rules(in: directory) { $0 }
    let deep =
        "topic \"Deep\"\nrule deep.x\n  title \"t\"\n  status active\n  cite \"G\"\n  applies drug in [baclofen]\n  when \(when)\n  then upheld\n"
    try Data(deep.utf8).write(to: URL(fileURLWithPath: rulesPath + "/deep.rules"))
    for command in ["lint", "eval", "test"] {
        let result = try IMRProcess.run([command, "--rules", rulesPath])
        #expect(result.status == 1, "\(command): \(result.stderr)")
        let expected = "\(rulesPath)/deep.rules:7:\(column): error: [R009] expression nests '(' and 'not' more than 50 levels deep"
        #expect(result.stderr.contains(expected), "\(command)")
    }
}

@Test func symlinkedAndCarriageReturnRulesLoadEveryRule() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let shipped = try IMRProcess.run(["lint"])
    let counts = try #require(shipped.stdout.split(separator: "\n").last.map(String.init))
    #expect(counts.contains(" rules, "))
    let rulesPath = try rules(in: directory) { $0.replacingOccurrences(of: "\n", with: "\r") }
    let link = directory.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: rulesPath)
    let lint = try IMRProcess.run(["lint", "--rules", link])
    #expect(lint.status == 0, "\(lint.stderr)")
    #expect(lint.stdout.split(separator: "\n").last.map(String.init) == counts)
}

@Test func anEmptyRulesDirectoryIsAnError() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for command in ["lint", "eval"] {
        let result = try IMRProcess.run([command, "--rules", directory.path])
        #expect(result.status == 1, "\(command)")
        #expect(result.stderr.contains("error: [R041] no '.rules' files in"), "\(command)")
    }
}

@Test func aByteOrderMarkAloneIsAnEmptyInput() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("bom.txt").path
    try Data([0xEF, 0xBB, 0xBF]).write(to: URL(fileURLWithPath: path))
    for arguments in [["facts", path], ["check", "--case", path, "--request", "Norco 10/325 mg #60"], ["parse", path]] {
        let result = try IMRProcess.run(arguments)
        #expect(result.status == 65, "\(arguments)")
        #expect(result.stderr.contains("empty"), "\(arguments): \(result.stderr)")
    }
}

@Test func aDirectoryOrFIFOGivenAsALetterSaysSo() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("pipe.txt").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for (path, reason) in [(directory.path, "is a directory"), (fifo, "is a FIFO (named pipe)")] {
        for command in ["parse", "facts"] {
            let result = try IMRProcess.run([command, path])
            #expect(result.status == 65, "\(command) \(path)")
            #expect(result.stderr.hasPrefix("\(path): error: \(reason)"), "\(command): \(result.stderr)")
        }
    }
}

@Test func inputsBeyondTheSizeLimitsAreLocatedErrorsAndEvalGoesOn() throws {
    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let letters = try corpus(in: directory)
    let huge = letters + "/c.txt"
    try Data(repeating: 0x61, count: (1 << 20) + 1).write(to: URL(fileURLWithPath: huge))
    let parse = try IMRProcess.run(["parse", huge])
    #expect(parse.status == 65)
    #expect(parse.stderr == "\(huge): error: the file is 1048577 bytes; a letter or case file is read up to 1048576 bytes (1 MiB)\n")
    let eval = try IMRProcess.run(["eval", "--corpus", letters])
    #expect(eval.status == 0, "\(eval.stderr)")
    #expect(eval.stderr.contains("c.txt: error: the file is 1048577 bytes"))
    #expect(eval.stdout.contains("2 letters"))
    let request = try IMRProcess.run([
        "check", "--case", "Corpus/000_5b182d2c9df6dc4d.txt", "--request", "Norco " + String(repeating: "10/325 mg ", count: 500),
    ])
    #expect(request.status == 65)
    #expect(request.stderr.contains("error: request 1 is 5006 bytes; a request is read up to 4096 bytes"))
}
