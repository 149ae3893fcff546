import Foundation
import IMRCore
import IMREvaluation
import IMRHarness
import IMRLetters
import IMRReports

/// `imr check`: predicts and explains requests for a case summary, as a reviewer would use it.
enum CheckCommand: Command {
    static let name = "check"
    static let abstract = "Predict and explain requests for a clinical summary or a letter"
    static let help = """
        OVERVIEW: Predict and explain requested items for a clinical case summary or a whole letter.

        USAGE: imr check --case FILE --request TEXT [--request TEXT...] [--rules DIR] [--baseline FILE]
                         [--format text|json]
               imr check --batch FILE [--rules DIR]

        OPTIONS:
          --case FILE      The clinical case summary, or a whole IMR letter (its own items and decisions
                           are ignored); '-' reads stdin
          --request TEXT   A requested item, e.g. "Norco 10/325 mg #90"; repeat for several items
                           (they are predicted together, so associated services follow their surgery)
          --rules DIR      \(rulesOptionHelp)
          --baseline FILE  The saved corpus run the deciding rule's record is read from (default:
                           baseline.json in the corpus, when there is one)
          --format FORMAT  text (default) or json
          --batch FILE     Many cases in one run: JSON Lines or CSV (below); '-' reads stdin
          --as-of DATE     The date the case is judged at (YYYY-MM-DD), for a bare summary: on or
                           after the date a rule file's edition was superseded (2017-12-01 for the
                           MTUS update), every output warns that the encoded edition may not govern.
                           A letter's own UR denial and decision dates are used without it.

        BATCH: one case per line. JSON Lines: {"id": "a1", "case": "summaries/a1.txt", "request":
        "Norco 10/325 #120"}, with "summary" (the text) instead of "case", "requests" (an array)
        instead of "request", and an optional "asOf" date. CSV: a header row naming the columns
        case or summary, request (repeat the column for several requests), id, as_of; cells may be
        quoted. A relative case path is read from the batch file's directory. Each line gives one
        JSON object on stdout, in input order: its line, id, engineVersion, rulesDigest, results
        and edition warnings, or its error (also reported on stderr as FILE:LINE: error: ...); the other lines
        still run. A summary of the run goes to stderr.

        For each request: the predicted outcome, the deciding rule, its record on the corpus (right K
        of N times), its citation, each criterion
        (met, unmet, not documented) with its evidence, and for Upheld the documentation needed.

        EXIT STATUS: 0 ok, 1 rule errors, 64 usage (no --case, no or empty --request),
        65 bad input (missing file, empty summary, unparseable letter; in a batch, any bad line).

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "case", arity: .single), OptionSpec(name: "request", arity: .repeated),
        OptionSpec(name: "rules", arity: .single), OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
        OptionSpec(name: "batch", arity: .single), OptionSpec(name: "baseline", arity: .single),
        OptionSpec(name: "as-of", arity: .single),
    ]

    /// The JSON of `imr check`: which engine and rules, and one result per request.
    struct Document: Encodable {
        var provenance: Provenance
        var results: [CheckReport.Entry]
        /// Edition warnings (`EditionCheck`), empty when the encoded editions govern the case's date.
        var warnings: [String]

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case engineVersion, rulesDigest, results, warnings }
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(provenance.engineVersion, forKey: .engineVersion)
            try c.encode(provenance.rulesDigest, forKey: .rulesDigest)
            try c.encode(results, forKey: .results)
            try c.encode(warnings, forKey: .warnings)
        }
    }

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        if let batch = arguments.value("batch") {
            guard arguments.value("case") == nil, arguments.all("request").isEmpty, arguments.value("format") == nil,
                arguments.positionals.isEmpty
            else {
                console.error(
                    "error: --batch takes the cases and requests from its file (and writes JSON Lines); drop --case, --request and --format\nRun 'imr check --help' for usage."
                )
                return .usage
            }
            return BatchCheck.run(file: batch, arguments: arguments, console)
        }
        var asOf: SimpleDate?
        if let text = arguments.value("as-of") {
            guard let date = SimpleDate(text) else {
                console.error("error: '--as-of' needs a date (YYYY-MM-DD or MM/DD/YYYY), not '\(text)'\nRun 'imr check --help' for usage.")
                return .usage
            }
            asOf = date
        }
        guard let path = arguments.value("case"), arguments.positionals.isEmpty else {
            console.error("error: give the case with --case FILE ('-' for stdin)\nRun 'imr check --help' for usage.")
            return .usage
        }
        let requests = arguments.all("request")
        guard !requests.isEmpty else {
            console.error("error: give at least one --request TEXT\nRun 'imr check --help' for usage.")
            return .usage
        }
        if let empty = requests.firstIndex(where: { $0.allSatisfy(\.isWhitespace) }) {
            console.error("error: --request \(empty + 1) is empty\nRun 'imr check --help' for usage.")
            return .usage
        }
        guard let data = console.readInput(path) else { return .badInput }
        let input: CaseInput
        do {
            input = try CaseCheck.input(data: data, file: path, requests: requests)
        } catch {
            console.error(error.description)
            return .badInput
        }
        guard let rules = dataDirectory(.rules, arguments, console) else { return .badInput }
        let (engine, diagnostics) = loadEngine(rules: rules)
        for diagnostic in diagnostics { console.error(diagnostic.description) }
        guard let engine else { return .findings }
        let predictions = engine.predict(input)
        let provenance = Provenance(rulesDirectory: rules)
        let records = ruleRecords(arguments, console)
        let warnings = EditionCheck(ruleSet: engine.ruleSet).warnings(for: input, predictions: predictions, asOf: asOf)
        if arguments.value("format") == "json" {
            let document = Document(
                provenance: provenance,
                results: predictions.map { CheckReport.Entry($0, records: records, rulesDigest: provenance.rulesDigest) },
                warnings: warnings)
            guard console.json(document) else { return .badInput }
        } else {
            let texts = predictions.map { prediction in
                CheckReport.text(
                    prediction,
                    record: records.flatMap { records in
                        prediction.rule.map { RuleRecordNote(rule: $0, records: records, rulesDigest: provenance.rulesDigest) }
                    })
            }
            let terminal = Terminal.current
            let header = ([provenance.line] + warnings.map { terminal.paint($0, .yellow) }).joined(separator: "\n")
            console.out(terminal.colourStatuses(header + "\n\n" + texts.joined(separator: "\n")))
        }
        return .ok
    }
}
