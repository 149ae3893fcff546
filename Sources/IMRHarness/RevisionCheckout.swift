import Foundation
import IMRCore

/// A rules directory as it was at a git revision, extracted into a temporary directory
/// (`git archive REV -- PATH | tar -x`), for `imr diff --rev`. The repository itself is not
/// touched; ``remove()`` deletes the temporary directory.
public struct RevisionCheckout: Sendable {
    /// The temporary directory holding the checkout.
    public var root: String
    /// The rules directory inside it.
    public var rules: String

    /// Extracts the directory `rules` (inside a git work tree) as it was at `revision`.
    public static func rules(at revision: String, directory rules: String) throws(Diagnostic) -> RevisionCheckout {
        let location = SourceLocation(file: rules)
        guard !revision.hasPrefix("-") else {
            throw Diagnostic(message: "'\(revision)' is not a revision", location: location)
        }
        let prefix = try git(["-C", rules, "rev-parse", "--show-prefix"], location: location)
        let top = try git(["-C", rules, "rev-parse", "--show-toplevel"], location: location)
        let path = prefix.isEmpty ? "." : String(prefix.hasSuffix("/") ? prefix.dropLast() : prefix[...])
        do {
            _ = try git(["-C", top, "rev-parse", "--verify", "--quiet", revision + "^{commit}"], location: location)
        } catch {
            throw Diagnostic(message: "unknown revision '\(revision)' in the repository at '\(top)'", location: location)
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("imr-rev-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(message: "cannot create a temporary directory: \(error.localizedDescription)", location: location)
        }
        let checkout = RevisionCheckout(root: root, rules: path == "." ? root : root + "/" + path)
        let archive = root + "/.rules.tar"
        do {
            _ = try git(["-C", top, "archive", "--format=tar", "--output=" + archive, revision, "--", path], location: location)
            _ = try run("/usr/bin/env", ["tar", "-x", "-f", archive, "-C", root], location: location)
            try? FileManager.default.removeItem(atPath: archive)
        } catch {
            checkout.remove()
            throw Diagnostic(message: "no '\(path)' at revision '\(revision)': \(error.message)", location: location)
        }
        return checkout
    }

    /// Deletes the temporary directory.
    public func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The trimmed standard output of `git arguments`.
    static func git(_ arguments: [String], location: SourceLocation) throws(Diagnostic) -> String {
        try run("/usr/bin/env", ["git"] + arguments, location: location)
    }

    /// Runs `executable` with `arguments`; its trimmed stdout, or a diagnostic with its stderr.
    static func run(_ executable: String, _ arguments: [String], location: SourceLocation) throws(Diagnostic) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Diagnostic(message: "cannot run \(arguments.first ?? executable): \(error.localizedDescription)", location: location)
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Diagnostic(
                message: "\(arguments.prefix(3).joined(separator: " ")) failed\(message.isEmpty ? "" : ": " + message)", location: location)
        }
        return String(decoding: outData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
