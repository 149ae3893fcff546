import Foundation

/// Finds the rules and the corpus for a command, so `imr` runs from any directory.
///
/// Order: the command-line option (`--rules DIR`, `--corpus DIR`), then the environment variable
/// (`IMR_RULES`, `IMR_CORPUS`), then the data installed with the binary: `share/imr/Rules` beside
/// the `bin/` holding `imr` (what `scripts/install.sh` writes), or, for a binary built in a clone
/// (`.build/…/imr`), the clone's own `Rules/`. The working directory is not searched.
public struct DataLocator: Sendable {
    /// What is looked for.
    public enum Kind: String, Sendable {
        case rules = "Rules"
        case corpus = "Corpus"

        /// The environment variable that names the directory.
        public var environmentVariable: String { self == .rules ? "IMR_RULES" : "IMR_CORPUS" }
        /// The command-line option that names the directory.
        public var option: String { self == .rules ? "--rules" : "--corpus" }
    }

    /// How a directory was found.
    public enum Source: String, Sendable {
        case option, environment, installed, checkout
    }

    /// A directory found, and how.
    public struct Found: Hashable, Sendable {
        public var path: String
        public var source: Source
    }

    /// The process environment.
    public var environment: [String: String]
    /// The resolved path of the running executable, when known.
    public var executable: String?

    public init(environment: [String: String], executable: String?) {
        self.environment = environment
        self.executable = executable
    }

    /// The locator of the running process.
    public static var current: DataLocator {
        DataLocator(environment: ProcessInfo.processInfo.environment, executable: currentExecutable())
    }

    /// The directory of `kind`: `explicit` when given, else the environment variable when set and
    /// not empty, else the installed data; `nil` when nothing was found.
    public func locate(_ kind: Kind, explicit: String?) -> Found? {
        if let explicit { return Found(path: explicit, source: .option) }
        if let value = environment[kind.environmentVariable], !value.isEmpty { return Found(path: value, source: .environment) }
        return installed(kind)
    }

    /// The data of `kind` installed with the executable: `PREFIX/share/imr/KIND` for `PREFIX/bin/imr`,
    /// or the `KIND` directory of the package clone that holds the executable's build directory.
    public func installed(_ kind: Kind) -> Found? {
        guard let executable else { return nil }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        func directoryExists(_ path: String) -> Bool {
            manager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let bin = (executable as NSString).deletingLastPathComponent
        let share = (((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/imr") as NSString)
            .appendingPathComponent(kind.rawValue)
        if directoryExists(share) { return Found(path: share, source: .installed) }
        // A build in a clone: .build/<triple>/<configuration>/imr, or .build/<configuration>/imr.
        var directory = bin
        for _ in 0..<4 {
            directory = (directory as NSString).deletingLastPathComponent
            guard directory != "/" && !directory.isEmpty else { break }
            let candidate = (directory as NSString).appendingPathComponent(kind.rawValue)
            if manager.fileExists(atPath: (directory as NSString).appendingPathComponent("Package.swift")) && directoryExists(candidate) {
                return Found(path: candidate, source: .checkout)
            }
        }
        return nil
    }

    /// The message when nothing was found: what to do, and where the installed data was looked for.
    public func notFoundMessage(_ kind: Kind) -> String {
        let name = kind == .rules ? "rules" : "corpus"
        var text = "error: cannot find the \(name): give \(kind.option) DIR or set \(kind.environmentVariable)"
        if let executable {
            let prefix = ((executable as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            text += ", or install them with scripts/install.sh (looked for \(prefix)/share/imr/\(kind.rawValue))"
        }
        return text
    }

    /// The running executable's path with symbolic links resolved.
    static func currentExecutable() -> String? {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: link).resolvingSymlinksInPath().path
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }
}
