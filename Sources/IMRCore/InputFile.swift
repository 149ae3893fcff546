import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an input file (a letter, a case summary) whole, refusing what is not a regular file or is
/// larger than ``maximumSize``, with a message that says why.
public enum InputFile {
    /// The largest letter or case summary read: 1 MiB, forty times the largest corpus letter, so a
    /// stray archive or log is refused before it is read instead of stalling a run.
    public static let maximumSize = 1 << 20

    /// The longest text of one requested item: 4 KiB, nearly thirty times the longest corpus request.
    public static let maximumRequestSize = 4096

    /// The message for request `number` (1-based) of `size` bytes beyond ``maximumRequestSize``.
    public static func requestTooLong(_ number: Int, size: Int) -> String {
        "request \(number) is \(size) bytes; a request is read up to \(maximumRequestSize) bytes"
    }

    /// The bytes of `path`; a diagnostic at `path` when it is missing, unreadable, a directory, a
    /// FIFO or another special file, or larger than ``maximumSize``.
    public static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw failure("cannot read file: \(systemError())", path) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw failure("is a directory, not a letter or case file", path)
        case S_IFIFO: throw failure("is a FIFO (named pipe), not a regular file; pipe it to '-' instead", path)
        default: throw failure("is a device or socket, not a regular file", path)
        }
        guard Int(status.st_size) <= maximumSize else { throw tooLarge(Int(status.st_size), path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw failure("cannot read file: \(systemError())", path)
        }
        guard data.count <= maximumSize else { throw tooLarge(data.count, path) }
        return Array(data)
    }

    /// The diagnostic for an input of `size` bytes beyond ``maximumSize``.
    public static func tooLarge(_ size: Int, _ path: String) -> Diagnostic {
        failure("the file is \(size) bytes; a letter or case file is read up to \(maximumSize) bytes (1 MiB)", path)
    }

    private static func failure(_ message: String, _ path: String) -> Diagnostic {
        Diagnostic(message: message, location: SourceLocation(file: path))
    }
}
