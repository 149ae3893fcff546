import Foundation
import IMRCore

/// Exit statuses of `imr` (sysexits-style).
enum ExitStatus: Int32 {
    /// Success.
    case ok = 0
    /// Findings: a regression, a lint error, a failing rule example.
    case findings = 1
    /// The command line was wrong.
    case usage = 64
    /// An input file was unreadable or malformed.
    case badInput = 65
    /// An output (stdout, a report, a baseline) could not be written.
    case ioError = 74
}

/// A subcommand of `imr`.
protocol Command {
    /// The word after `imr`.
    static var name: String { get }
    /// One line for `imr help`.
    static var abstract: String { get }
    /// The full help text printed by `imr help NAME` and `imr NAME --help`.
    static var help: String { get }
    /// The options the command accepts (for usage checking).
    static var options: [OptionSpec] { get }
    /// Runs the command with parsed arguments and returns the exit status.
    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus
}

/// Output streams: results go to stdout, diagnostics and progress to stderr.
struct Console {
    /// Writes `text` to stdout. When stdout cannot take it (a full disk, a closed pipe: `SIGPIPE`
    /// is ignored, see ``ignoreBrokenPipes()``), prints one line on stderr and exits with 74.
    func out(_ text: String) {
        do {
            try AtomicFile.writeAll(text.utf8, to: 1)
        } catch {
            self.error("error: cannot write to standard output: \(error.reason)")
            exit(ExitStatus.ioError.rawValue)
        }
    }

    /// Writes `value` to stdout as JSON with sorted keys (with the keys of `provenance` and `extra`
    /// added when given, ``JSONOutput``). `false`, after one line on stderr, when it cannot be
    /// encoded: the command then exits with 65.
    func json(_ value: some Encodable, provenance: Provenance? = nil, extra: [String: String] = [:]) -> Bool {
        do {
            out(try provenance.map { try JSONOutput.string(value, provenance: $0, extra: extra) } ?? JSONOutput.string(value))
            return true
        } catch {
            self.error("error: cannot encode JSON: \(error)")
            return false
        }
    }

    /// Writes `text` followed by a newline to stderr (a failure to do so is ignored: there is
    /// nowhere left to report it).
    func error(_ text: String) {
        try? AtomicFile.writeAll((text + "\n").utf8, to: 2)
    }

    /// Makes a write to a closed pipe fail with `EPIPE` instead of killing the process, so that
    /// ``out(_:)`` reports it.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether stderr is a terminal (progress is shown only then).
    var stderrIsTerminal: Bool { isatty(2) != 0 }

    /// Reads all of stdin.
    func readStandardInput() -> Data {
        FileHandle.standardInput.readDataToEndOfFile()
    }

    /// The bytes of the input file `path` (`-` reads stdin), or `nil` after printing why it cannot
    /// be read (missing, a directory or FIFO, larger than ``InputFile/maximumSize``).
    func readInput(_ path: String) -> [UInt8]? {
        do throws(Diagnostic) {
            guard path == "-" else { return try InputFile.read(path) }
            let data = readStandardInput()
            guard data.count <= InputFile.maximumSize else { throw InputFile.tooLarge(data.count, "<stdin>") }
            return Array(data)
        } catch {
            self.error(error.description)
            return nil
        }
    }
}
