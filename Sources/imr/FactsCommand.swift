import Foundation
import IMRCore
import IMRFacts
import IMRHarness
import IMRLetters
import IMRReports
import IMRVocabulary

/// `imr facts`: the facts read from a letter (or a bare clinical summary), per request, with evidence.
enum FactsCommand: Command {
    static let name = "facts"
    static let abstract = "Show the facts read from a letter or clinical summary, with evidence"
    static let help = """
        USAGE: imr facts FILE [--request TEXT]... [--lexicon DIR] [--format text|json]

        Reads FILE ('-' for stdin). A letter is parsed and each disputed item's facts are shown; a file
        without IMR sections is read whole as a bare clinical case summary. Only the case input is
        read (header, summary, request text), never the decisions or rationales.

        OPTIONS:
          --request TEXT   a request to read facts for (repeatable); replaces the letter's items
          --lexicon DIR    the lexicon directory (default: the lexicon of $IMR_RULES or of the
                           rules installed with imr)
          --format FORMAT  text (default) or json

        EXIT STATUS: 0 ok, 64 usage, 65 unreadable input or lexicon errors.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "request", arity: .repeated),
        OptionSpec(name: "lexicon", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.count == 1, let file = arguments.positionals.first else {
            console.error("error: expected one FILE (or '-' for stdin)\nRun 'imr facts --help' for usage.")
            return .usage
        }
        guard let data = console.readInput(file) else { return .badInput }
        let lexiconDirectory: String
        // The digest of the rules whose lexicon is read, or of the lexicon directory given.
        let digested: String
        if let explicit = arguments.value("lexicon") {
            lexiconDirectory = explicit
            digested = explicit
        } else {
            guard let rules = dataDirectory(.rules, arguments, console) else { return .badInput }
            lexiconDirectory = rules + "/lexicon"
            digested = rules
        }
        let (lexicon, problems) = Lexicon.load(directory: lexiconDirectory)
        for problem in problems { console.error(problem.description) }
        if problems.contains(where: { $0.severity == .error }) { return .badInput }

        let input: CaseInput
        do {
            let extra = arguments.all("request")
            input = try CaseCheck.input(data: data, file: file, requests: extra.isEmpty ? nil : extra)
        } catch {
            console.error(error.description)
            return .badInput
        }

        let extractor = FactExtractor(lexicon: lexicon)
        ProcessLifetime.keep(extractor)
        let caseFacts = extractor.caseFacts(for: input)
        let report = FactsReport(
            file: file, case: caseFacts.facts.sorted.map(FactsReport.Entry.init),
            requests: input.requests.map { request in
                let facts = extractor.facts(for: request, in: caseFacts)
                return .init(request: request.request, facts: facts.sorted.map(FactsReport.Entry.init), mentions: facts.allMentions)
            })
        if arguments.value("format") == "json" {
            guard console.json(report, provenance: Provenance(rulesDirectory: digested)) else { return .badInput }
        } else {
            console.out(report.text)
        }
        return .ok
    }
}
