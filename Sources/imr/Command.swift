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
    /// Writes `text` to stdout.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` followed by a newline to stderr.
    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether stderr is a terminal (progress is shown only then).
    var stderrIsTerminal: Bool { isatty(2) != 0 }

    /// Reads all of stdin.
    func readStandardInput() -> Data {
        FileHandle.standardInput.readDataToEndOfFile()
    }

    /// The bytes of the input file `path` (`-` reads stdin), or `nil` after printing
    /// `path: error: cannot read file` when it cannot be read.
    func readInput(_ path: String) -> [UInt8]? {
        if path == "-" { return Array(readStandardInput()) }
        guard let contents = FileManager.default.contents(atPath: path) else {
            error("\(path): error: cannot read file")
            return nil
        }
        return Array(contents)
    }
}
