import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files under a directory, recursively, following symbolic links to files and directories; a
/// directory reached twice (a link loop, or two links to one place) is read once.
public enum DirectoryWalk {
    /// The paths (`directory/relative/name`) of the regular files under `directory` whose name ends
    /// with `suffix`, sorted; `skip(relative)` leaves out a subdirectory (by its path relative to
    /// `directory`). Unreadable subdirectories are left out.
    public static func files(in directory: String, suffix: String, skip: (String) -> Bool = { _ in false }) -> [String] {
        let base = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var visited: Set<[UInt64]> = []
        var found: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? base : base + "/" + relative
            var status = stat()
            guard stat(path, &status) == 0, visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted,
                let names = try? FileManager.default.contentsOfDirectory(atPath: path)
            else { continue }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var childStatus = stat()
                guard stat(base + "/" + child, &childStatus) == 0 else {
                    // A broken link named like a wanted file is kept, so its reader reports it.
                    if name.hasSuffix(suffix) { found.append(base + "/" + child) }
                    continue
                }
                switch childStatus.st_mode & S_IFMT {
                case S_IFDIR where !skip(child): pending.append(child)
                case S_IFREG where name.hasSuffix(suffix): found.append(base + "/" + child)
                default: break
                }
            }
        }
        return found.sorted()
    }
}
