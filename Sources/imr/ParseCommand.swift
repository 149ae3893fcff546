import Foundation
import IMRCore
import IMRHarness
import IMRLetters

/// `imr parse`: parses letters and prints what was read from them.
enum ParseCommand: Command {
    static let name = "parse"
    static let abstract = "Parse IMR letters and print their header, summary and items"
    static let help = """
        OVERVIEW: Parse IMR final determination letters and print what was read.

        USAGE: imr parse FILE... [--format text|json]

        ARGUMENTS:
          FILE                    A letter (web/markdown, PDF text or compact PDF text); '-' reads stdin.

        OPTIONS:
          --format text|json      text (default): an outline per letter (file, header, credentials,
                                  start of the summary, each item with its decision, MAXIMUS guideline
                                  and citations). json: an object with engineVersion, rulesDigest
                                  and letters, one object per letter (file, caseNumber, header,
                                  credentials, summary, items).
          --help                  Show this help.

        A file that cannot be parsed is reported on stderr as 'FILE:LINE: error: ...'; the other files
        are still parsed and printed, and the exit status is 65.

        EXIT STATUS: 0 ok, 64 usage error, 65 at least one file could not be read or parsed.

        """
    static let options = [OptionSpec(name: "format", arity: .single, choices: ["text", "json"])]

    /// The JSON form: the letters, with the engine's version and the digest of the rules installed
    /// with it (found as other commands find them; parsing reads none, so it is absent when none is found).
    struct Report: Encodable {
        var engineVersion = EngineVersion.current
        var rulesDigest = DataLocator.current.locate(.rules, explicit: nil).map { Provenance.digest(ofRulesIn: $0.path) }
        var letters: [LetterDocument]
    }

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard !arguments.positionals.isEmpty else {
            console.error("error: no input files\nRun 'imr parse --help' for usage.")
            return .usage
        }
        var letters: [Letter] = []
        var failed = false
        for path in arguments.positionals {
            guard let bytes = console.readInput(path) else {
                failed = true
                continue
            }
            do {
                letters.append(try LetterParser.parse(bytes, file: path))
            } catch {
                console.error(error.description)
                failed = true
            }
        }
        if arguments.value("format") == "json" {
            guard console.json(Report(letters: letters.map(LetterDocument.init))) else { return .badInput }
        } else {
            console.out(letters.map(LetterOutline.text).joined(separator: "\n"))
        }
        return failed ? .badInput : .ok
    }
}
