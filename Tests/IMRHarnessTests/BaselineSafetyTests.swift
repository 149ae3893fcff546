import Foundation
import IMRCore
import IMREvaluation
import IMRLetters
import IMRTestSupport
import Testing

@testable import IMRHarness

private func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imr-safety-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

private func permissions(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

struct UnusableBaseline: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var message: String
    var testDescription: String { name }
}

private let entry = #"{"actual":"upheld","file":"a.txt","index":0,"predicted":"upheld","request":"r","rule":null}"#

@Test(arguments: [
    UnusableBaseline(name: "unknown version", text: #"{"items": [\#(entry)], "version": 99}"#, message: "version 99 is not supported"),
    UnusableBaseline(name: "version 99 without items", text: #"{"items": [], "version": 99}"#, message: "version 99"),
    UnusableBaseline(name: "no item", text: #"{"items": [], "version": 1}"#, message: "has no item"),
    UnusableBaseline(name: "not JSON", text: "items", message: "not a baseline file"),
])
func unusableBaselinesAreErrors(_ testCase: UnusableBaseline) throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("b.json").path
    try Data(testCase.text.utf8).write(to: URL(fileURLWithPath: path))
    #expect {
        _ = try Baseline.read(from: path)
    } throws: { error in
        (error as? Diagnostic).map { $0.location.file == path && $0.message.contains(testCase.message) } ?? false
    }
}

@Test func failedLettersAreListedInTheSavedBaseline() throws {
    let run = CorpusRun(
        cases: [TestData.caseResult([TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.one")])],
        failures: [RunFailure(file: "Corpus/z.txt", error: "no decisions"), RunFailure(file: "Corpus/b.txt", error: "empty")])
    let baseline = Baseline(run: run)
    #expect(baseline.failed.map(\.file) == ["Corpus/b.txt", "Corpus/z.txt"])
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("b.json").path
    try baseline.write(to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(#"{"error":"empty","file":"Corpus/b.txt"}"#))
    #expect(try Baseline.read(from: path) == baseline)
    // A baseline without failures has no "failed" key, as before.
    #expect(try !Baseline(items: baseline.items).text().contains("failed"))
}

@Test func replacedFilesKeepTheirModeAndNoTemporaryFileIsLeft() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("report.txt").path
    try AtomicFile.write(Array("first".utf8), to: path)
    // A new file gets 0666 less the umask, as `open` would give it (not mkstemp's 0600).
    let umaskValue = Int(umask(0o022))
    umask(mode_t(umaskValue))
    #expect(try permissions(path) == 0o666 & ~umaskValue)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    try AtomicFile.write(Array("second".utf8), to: path)
    #expect(try permissions(path) == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    try Baseline(items: [Baseline.Entry(file: "a.txt", index: 0, request: "r", actual: .upheld, predicted: .upheld, rule: nil)])
        .write(to: path)
    #expect(try permissions(path) == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.txt"])
}

@Test func aPlantedSymlinkAtAPredictableTemporaryNameIsNotFollowed() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let victim = directory.appendingPathComponent("victim").path
    try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
    // The old name: `.NAME.PID.tmp`.
    let planted = directory.appendingPathComponent(".b.json.\(ProcessInfo.processInfo.processIdentifier).tmp").path
    try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
    let path = directory.appendingPathComponent("b.json").path
    try AtomicFile.write(Array("new".utf8), to: path)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
}

@Test func failedWritesSayWhyAndLeaveNothing() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect {
        try AtomicFile.write(Array("x".utf8), to: directory.path)
    } throws: { error in
        (error as? Diagnostic)?.description == "\(directory.path): error: cannot write file: is a directory"
    }
    let missing = directory.appendingPathComponent("no/such/report.txt").path
    #expect {
        try AtomicFile.write(Array("x".utf8), to: missing)
    } throws: { error in
        (error as? Diagnostic)?.description == "\(missing): error: cannot write file: No such file or directory"
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
}
