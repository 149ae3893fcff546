import Foundation

/// Runs the built `imr` executable and captures what it prints.
struct IMRProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `imr` binary next to the test bundle (`.build/<triple>/debug/imr`), or `.build/debug/imr`.
    static var executable: URL {
        let besideBundle = Bundle.main.bundleURL
        let candidates = [
            besideBundle.appendingPathComponent("imr"),
            besideBundle.deletingLastPathComponent().appendingPathComponent("imr"),
            packageRoot.appendingPathComponent(".build/debug/imr"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// A fixture of `Tests/Fixtures/harness`.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/harness").appendingPathComponent(name).path
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("imr-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `imr arguments` in `directory` (the package root when `nil`) with `input` on stdin (empty
    /// when `nil`); `environment` replaces the inherited environment when given.
    static func run(
        _ arguments: [String], input: String? = nil, in workingDirectory: URL? = nil, environment: [String: String]? = nil,
        executable: URL? = nil
    ) throws -> Result {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inPath = directory.appendingPathComponent("stdin")
        let outPath = directory.appendingPathComponent("stdout")
        let errPath = directory.appendingPathComponent("stderr")
        try Data((input ?? "").utf8).write(to: inPath)
        try Data().write(to: outPath)
        try Data().write(to: errPath)
        let process = Process()
        process.executableURL = executable ?? Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory ?? packageRoot
        if let environment { process.environment = environment }
        process.standardInput = try FileHandle(forReadingFrom: inPath)
        process.standardOutput = try FileHandle(forWritingTo: outPath)
        process.standardError = try FileHandle(forWritingTo: errPath)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOf: outPath, encoding: .utf8),
            stderr: try String(contentsOf: errPath, encoding: .utf8))
    }
}
