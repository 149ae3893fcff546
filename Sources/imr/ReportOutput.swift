import Foundation
import IMRCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a streamed report goes: standard output as it is written, or a file written whole or not at
/// all (a temporary file beside it, renamed over it by ``commit()``, removed by ``abort()``).
final class ReportOutput {
    private let descriptor: Int32
    /// The temporary file beside the target (removed on a signal until committed), for a file.
    private let file: AtomicFile.TemporaryFile?
    /// The first write error, after which nothing more is written.
    private(set) var failure: String?

    /// Standard output, or a temporary file beside `path`; `nil` when it cannot be created.
    init?(path: String?) {
        guard let path else {
            descriptor = 1
            file = nil
            return
        }
        guard let file = try? AtomicFile.TemporaryFile(beside: path) else { return nil }
        descriptor = file.descriptor
        self.file = file
    }

    /// Appends `bytes`; after a failure, does nothing.
    func write(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        failure = Self.writeAll(bytes, to: descriptor)
    }

    /// Finishes the output: for a file, gives it the mode of the file it replaces (or `0666` less
    /// the umask), flushes it and renames it over the target. `false` when anything failed (the
    /// temporary file is then removed).
    func commit() -> Bool {
        guard let file else { return failure == nil }
        guard failure == nil else {
            file.discard()
            return false
        }
        do {
            try file.commit()
        } catch {
            failure = error.reason
        }
        return failure == nil
    }

    /// Gives up: a file is removed, standard output is left as it is.
    func abort() {
        file?.discard()
    }

    /// Writes every byte of `bytes` to `descriptor`; the system's reason on failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        do {
            try AtomicFile.writeAll(bytes, to: descriptor)
            return nil
        } catch {
            return error.reason
        }
    }
}

/// Bytes kept on disk instead of in memory until they can be written out: an unnamed temporary
/// file (unlinked as soon as it is created, so it disappears with the process). Appended bytes are
/// gathered in a buffer of ``bufferSize`` bytes and written a buffer at a time, not one system call
/// per letter.
final class Spool {
    private let descriptor: Int32
    /// Bytes appended so far (written or still in `pending`).
    private(set) var count = 0
    /// Appended bytes not yet written.
    private var pending: [UInt8] = []
    /// The first write error, after which nothing more is written.
    private var failure: String?
    static let bufferSize = 1 << 18

    init?() {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("imr-spool.XXXXXX").utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = opened
        pending.reserveCapacity(Self.bufferSize)
    }

    deinit { close(descriptor) }

    /// Appends `bytes`; the system's reason when a write (of these or earlier bytes) failed.
    func append(_ bytes: [UInt8]) -> String? {
        guard failure == nil else { return failure }
        pending += bytes
        count += bytes.count
        if pending.count >= Self.bufferSize { flush() }
        return failure
    }

    /// Writes the pending bytes.
    private func flush() {
        guard failure == nil, !pending.isEmpty else { return }
        failure = ReportOutput.writeAll(pending, to: descriptor)
        pending.removeAll(keepingCapacity: true)
    }

    /// Copies everything appended to `output`, a megabyte at a time.
    func copy(to output: ReportOutput) -> String? {
        flush()
        if let failure { return failure }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        while offset < count {
            let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
            if read < 0 {
                if errno == EINTR { continue }
                return systemError()
            }
            if read == 0 { return "the spool file is shorter than what was written" }
            output.write(Array(buffer[..<read]))
            offset += read
        }
        return nil
    }
}
