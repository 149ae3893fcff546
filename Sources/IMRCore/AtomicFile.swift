import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a temporary file created beside the target
/// with `O_CREAT | O_EXCL` under an unpredictable name (`.NAME.` and 12 random characters, so a
/// planted file or symlink is never followed), which is flushed, given the mode of the file it
/// replaces (or `0666` less the umask for a new file), and renamed over the target. The temporary
/// file is removed when the write fails, and when the process is interrupted (`SIGINT`, `SIGTERM`,
/// `SIGHUP`) while it may exist: its name is registered before it is created and until it is renamed.
public enum AtomicFile {
    /// Writes `bytes` to `path`; a failure is a diagnostic at `path` naming the system error.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(Diagnostic) {
        let file = try TemporaryFile(beside: path)
        do {
            try writeAll(bytes, to: file.descriptor)
        } catch {
            file.discard()
            throw failure(error.reason, path)
        }
        do {
            try file.commit()
        } catch {
            throw failure(error.reason, path)
        }
    }

    /// A file being written beside its target: created with `O_EXCL` under an unpredictable name,
    /// removed by the signal handlers until ``commit()`` renames it over the target or ``discard()``
    /// removes it.
    public struct TemporaryFile: Sendable {
        /// The open descriptor to write to.
        public let descriptor: Int32
        /// The target and the temporary path.
        public let path: String
        public let temporary: String
        private let slot: Int?

        /// Creates the temporary file beside `path`; refuses a directory target.
        public init(beside path: String) throws(Diagnostic) {
            let directory = (path as NSString).deletingLastPathComponent
            let name = (path as NSString).lastPathComponent
            guard !name.isEmpty, name != ".", name != ".." else { throw AtomicFile.failure("not a file name", path) }
            var existing = stat()
            if stat(path, &existing) == 0 && (existing.st_mode & S_IFMT) == S_IFDIR { throw AtomicFile.failure("is a directory", path) }
            let slot = TemporaryFiles.reserve()
            var temporary = ""
            var descriptor: Int32 = -1
            for _ in 0..<16 where descriptor < 0 {
                temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name)." + AtomicFile.randomSuffix()
                // Registered first: a signal between the open and the registration would leave the file.
                TemporaryFiles.track(temporary, in: slot)
                descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
                if descriptor < 0 && errno != EEXIST { break }
            }
            guard descriptor >= 0 else {
                let error = systemError()
                TemporaryFiles.release(slot)
                throw AtomicFile.failure(error, path)
            }
            self.descriptor = descriptor
            self.path = path
            self.temporary = temporary
            self.slot = slot
        }

        /// Gives the file the mode of the one it replaces (or `0666` less the umask), flushes it
        /// and renames it over the target; on failure removes it.
        public func commit() throws(WriteError) {
            var existing = stat()
            let mode = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666 & ~AtomicFile.currentUmask()
            guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
                let error = systemError()
                discard()
                throw WriteError(reason: error)
            }
            guard close(descriptor) == 0, rename(temporary, path) == 0 else {
                let error = systemError()
                unlink(temporary)
                TemporaryFiles.release(slot)
                throw WriteError(reason: error)
            }
            TemporaryFiles.release(slot)
        }

        /// Closes and removes the temporary file.
        public func discard() {
            close(descriptor)
            unlink(temporary)
            TemporaryFiles.release(slot)
        }
    }

    /// Twelve random letters and digits (71 bits).
    private static func randomSuffix() -> String {
        let characters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in characters[Int(generator.next(upperBound: UInt64(characters.count)))] })
    }

    /// Why a write failed: the system's words for `errno` ("No space left on device").
    public struct WriteError: Error, Sendable {
        public var reason: String
    }

    /// Writes every byte to `descriptor`, retrying short writes and interruptions.
    public static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) throws(WriteError) {
        let array = Array(bytes)
        var offset = 0
        while offset < array.count {
            let written = array.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, array.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(reason: systemError())
            }
            offset += written
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func failure(_ reason: String, _ path: String) -> Diagnostic {
        Diagnostic(message: "cannot write file: \(reason)", location: SourceLocation(file: path))
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif

/// The text of the current `errno`.
public func systemError() -> String {
    String(cString: strerror(errno))
}

/// The temporary files being written, removed by a signal handler when the process is interrupted.
enum TemporaryFiles {
    /// How many temporary files may be open at once (a streamed report and a baseline).
    static let slots = 4
    /// Each slot's path as a C string the handler can read without allocating (empty when free).
    nonisolated(unsafe) private static let paths = (0..<slots).map { _ in
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
        buffer[0] = 0
        return buffer
    }
    nonisolated(unsafe) private static var used = [Bool](repeating: false, count: slots)
    nonisolated(unsafe) private static var installed = false
    private static let lock = NSLock()

    /// Installs the handlers once and takes a free slot (`nil` when all are taken: the file is then
    /// not removed on a signal).
    static func reserve() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            installed = true
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                signal(signalNumber) { received in
                    for path in TemporaryFiles.paths where path[0] != 0 { unlink(path) }
                    signal(received, SIG_DFL)
                    raise(received)
                }
            }
        }
        guard let slot = used.firstIndex(of: false) else { return nil }
        used[slot] = true
        return slot
    }

    /// Registers `temporary` in `slot` (before the file is created).
    static func track(_ temporary: String, in slot: Int?) {
        guard let slot else { return }
        let path = paths[slot]
        let bytes = Array(temporary.utf8.prefix(Int(PATH_MAX)))
        guard let first = bytes.first else { return }
        path[0] = 0
        for (offset, byte) in bytes.enumerated().dropFirst() { path[offset] = CChar(bitPattern: byte) }
        path[bytes.count] = 0
        path[0] = CChar(bitPattern: first)  // last, so the handler never sees a half-written path
    }

    /// Frees `slot` (after the file was renamed or removed).
    static func release(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        paths[slot][0] = 0
        used[slot] = false
    }
}
