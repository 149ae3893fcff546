import Foundation
import IMRCore
import IMREvaluation
import IMRHarness
import IMRLetters
import IMRReports

/// `imr explain`: predicts the items of one letter and prints each trace.
enum ExplainCommand: Command {
    static let name = "explain"
    static let abstract = "Predict one letter's items and explain each decision"
    static let help = """
        USAGE: imr explain FILE [--rules DIR] [--item N] [--baseline FILE] [--format text|json]

        Parses the letter FILE, reads its facts and evaluates the rules on each requested item
        (from the case input only), then prints per item: the outcome, the deciding rule and its
        citation and reasons, each criterion considered (met / unmet / not documented) with the
        fact values and evidence sentences, and the documentation missing for an Upheld.

        OPTIONS:
          --rules DIR      \(rulesOptionHelp)
          --item N         only item N (1-based, in letter order)
          --baseline FILE  The saved corpus run the deciding rule's record ("right K of N times") is
                           read from (default: baseline.json in the corpus, when there is one)
          --format FORMAT  text (default) or json (engineVersion, rulesDigest, file, predictions)

        EXIT STATUS: 0 ok, 1 the rules have errors, 64 usage, 65 the letter is missing or unreadable.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "item", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
        OptionSpec(name: "baseline", arity: .single),
    ]

    /// The JSON of `imr explain`: which engine and rules, the letter, and its predictions.
    struct Document: Encodable {
        var provenance: Provenance
        var file: String
        var predictions: [ExplainReport.Entry]
        /// Edition warnings for the letter's dates (`EditionCheck`).
        var warnings: [String]

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case engineVersion, rulesDigest, file, predictions, warnings }
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(provenance.engineVersion, forKey: .engineVersion)
            try c.encode(provenance.rulesDigest, forKey: .rulesDigest)
            try c.encode(file, forKey: .file)
            try c.encode(predictions, forKey: .predictions)
            try c.encode(warnings, forKey: .warnings)
        }
    }

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            console.error("error: expected one letter FILE\nRun 'imr explain --help' for usage.")
            return .usage
        }
        var item: Int?
        if let text = arguments.value("item") {
            guard let number = Int(text), number >= 1 else {
                console.error("error: '--item' takes a positive number, not '\(text)'")
                return .usage
            }
            item = number
        }
        guard let data = console.readInput(path) else { return .badInput }
        let letter: Letter
        do {
            letter = try LetterParser.parse(data, file: path)
        } catch {
            console.error(error.description)
            return .badInput
        }
        guard let rules = dataDirectory(.rules, arguments, console) else { return .badInput }
        guard let (ruleSet, lexicon) = loadCheckedRules(rules, console) else { return .findings }
        let engine = Engine(ruleSet: ruleSet, lexicon: lexicon)
        ProcessLifetime.keep(engine)
        var predictions = engine.predict(letter.input)
        if let item {
            guard item <= predictions.count else {
                console.error("error: '\(path)' has \(predictions.count) item\(predictions.count == 1 ? "" : "s"); no item \(item)")
                return .usage
            }
            predictions = [predictions[item - 1]]
        }
        let provenance = Provenance(rulesDirectory: rules)
        let warnings = EditionCheck(ruleSet: ruleSet).warnings(for: letter.input, predictions: predictions, asOf: nil)
        let records = ruleRecords(arguments, console)
        let entries = predictions.map { prediction in
            ExplainReport.Entry(
                prediction: prediction,
                record: records.flatMap { records in
                    prediction.rule.map { RuleRecordNote(rule: $0, records: records, rulesDigest: provenance.rulesDigest) }
                })
        }
        if arguments.value("format") == "json" {
            guard console.json(Document(provenance: provenance, file: path, predictions: entries, warnings: warnings)) else {
                return .badInput
            }
        } else {
            let terminal = Terminal.current
            let header = ([path, provenance.line] + warnings.map { terminal.paint($0, .yellow) }).joined(separator: "\n")
            console.out(terminal.colourStatuses(header + "\n" + entries.map(ExplainReport.text).joined(separator: "\n")))
        }
        return .ok
    }
}
