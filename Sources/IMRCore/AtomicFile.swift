import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a temporary file created beside the target
/// with `mkstemp` (`O_CREAT | O_EXCL`, an unpredictable name, so a planted file or symlink is never
/// followed), which is flushed, given the mode of the file it replaces (or `0666` less the umask
/// for a new file), and renamed over the target. The temporary file is removed when the write
/// fails, and when the process is interrupted (`SIGINT`, `SIGTERM`, `SIGHUP`) while it exists.
public enum AtomicFile {
    /// Writes `bytes` to `path`; a failure is a diagnostic at `path` naming the system error.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(Diagnostic) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard !name.isEmpty, name != ".", name != ".." else { throw failure("not a file name", path) }
        var existing = stat()
        let replaces = stat(path, &existing) == 0
        if replaces && (existing.st_mode & S_IFMT) == S_IFDIR { throw failure("is a directory", path) }
        let template = (directory.isEmpty ? "" : directory + "/") + ".\(name).XXXXXX"
        var buffer = Array(template.utf8CString)
        TemporaryFiles.installHandlers()
        let descriptor = buffer.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(systemError(), path) }
        let temporary = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        TemporaryFiles.track(temporary)
        defer { TemporaryFiles.untrack() }
        do throws(Diagnostic) {
            do {
                try writeAll(bytes, to: descriptor)
            } catch {
                throw failure(error.reason, path)
            }
            let mode = replaces ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask()
            guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw failure(systemError(), path) }
            guard close(descriptor) == 0 else {
                unlink(temporary)
                throw failure(systemError(), path)
            }
            guard rename(temporary, path) == 0 else {
                let error = systemError()
                unlink(temporary)
                throw failure(error, path)
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
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

/// The temporary file being written, removed by a signal handler when the process is interrupted.
enum TemporaryFiles {
    /// The path of the temporary file, as a C string the handler can read without allocating
    /// (empty when there is none).
    nonisolated(unsafe) private static let path = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
    nonisolated(unsafe) private static var installed = false
    private static let lock = NSLock()

    static func installHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        path[0] = 0
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if TemporaryFiles.path[0] != 0 { unlink(TemporaryFiles.path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func track(_ temporary: String) {
        let bytes = Array(temporary.utf8.prefix(Int(PATH_MAX)))
        guard let first = bytes.first else { return }
        path[0] = 0
        for (offset, byte) in bytes.enumerated().dropFirst() { path[offset] = CChar(bitPattern: byte) }
        path[bytes.count] = 0
        path[0] = CChar(bitPattern: first)  // last, so the handler never sees a half-written path
    }

    static func untrack() {
        path[0] = 0
    }
}
