import Foundation

/// Which engine and which rule set made a decision: carried by every JSON output and report, and
/// shown on one line by `imr check` and `imr explain`, so a decision can be traced to its rules.
public struct Provenance: Hashable, Sendable, Codable {
    /// The engine's version (`EngineVersion.current`).
    public var engineVersion: String
    /// `sha256:` and the SHA-256 of the rule set's files (see `digest(ofRulesIn:)`).
    public var rulesDigest: String

    public init(engineVersion: String = EngineVersion.current, rulesDigest: String) {
        self.engineVersion = engineVersion
        self.rulesDigest = rulesDigest
    }

    /// The provenance of the rules directory `directory` with this engine.
    public init(rulesDirectory directory: String) {
        self.init(rulesDigest: Self.digest(ofRulesIn: directory))
    }

    /// `engine 0.5.0, rules sha256:0123456789ab`: the version and the digest's first 12 digits.
    public var line: String {
        "engine \(engineVersion), rules \(rulesDigest.prefix(7 + 12))"
    }

    /// The digest of every file the engine may read under a rules directory: each regular file whose
    /// name does not start with `.` and does not end in `.md` (rules, lexicon and any other data),
    /// in order of relative path, hashed as `path NUL byte-count NUL bytes`. Renaming, adding,
    /// removing or editing such a file changes it; documentation does not.
    public static func digest(ofRulesIn directory: String) -> String {
        var hasher = SHA256()
        for (relative, path) in dataFiles(in: directory) {
            // Hashed from the file's storage: copying it into an array cost more than the hashing.
            let data = FileManager.default.contents(atPath: path) ?? Data()
            hasher.update(Array(relative.utf8) + [0] + Array(String(data.count).utf8) + [0])
            data.withUnsafeBytes { raw in
                hasher.update(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count))
            }
        }
        return "sha256:" + hasher.hexDigest()
    }

    /// The digested files of `directory`: relative path (with `/`) and full path, sorted by relative path.
    static func dataFiles(in directory: String) -> [(relative: String, path: String)] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [(String, String)] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), !name.hasSuffix(".md"), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files.append((relative, path))
        }
        return files.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
    }
}
