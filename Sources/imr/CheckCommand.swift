import Foundation
import IMRCore
import IMREvaluation
import IMRHarness
import IMRLetters

/// `imr check`: predicts and explains requests for a case summary, as a reviewer would use it.
enum CheckCommand: Command {
    static let name = "check"
    static let abstract = "Predict and explain requests for a clinical summary or a letter"
    static let help = """
        OVERVIEW: Predict and explain requested items for a clinical case summary or a whole letter.

        USAGE: imr check --case FILE --request TEXT [--request TEXT...] [--rules DIR] [--format text|json]

        OPTIONS:
          --case FILE      The clinical case summary, or a whole IMR letter (its own items and decisions
                           are ignored); '-' reads stdin
          --request TEXT   A requested item, e.g. "Norco 10/325 mg #90"; repeat for several items
                           (they are predicted together, so associated services follow their surgery)
          --rules DIR      Rules and lexicon (default: Rules)
          --format FORMAT  text (default) or json

        For each request: the predicted outcome, the deciding rule and its citation, each criterion
        (met, unmet, not documented) with its evidence, and for Upheld the documentation needed.

        EXIT STATUS: 0 ok, 1 rule errors, 64 usage (no --case, no or empty --request),
        65 bad input (missing file, empty summary, unparseable letter).

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "case", arity: .single), OptionSpec(name: "request", arity: .repeated),
        OptionSpec(name: "rules", arity: .single), OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
    ]

    /// The JSON of one request.
    struct Output: Encodable {
        var request: String
        var predicted: PredictedOutcome
        var rule: String?
        var ruleTitle: String?
        var citation: String?
        var reasons: [String]
        var criteria: [CriterionTrace]
        var unmet: [String]
        var notDocumented: [String]
        var missingDocumentation: [String]
        var abstainReason: String?

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey {
                case request, predicted, rule, ruleTitle, citation, reasons, criteria, unmet, notDocumented, missingDocumentation,
                    abstainReason
            }
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(request, forKey: .request)
            try c.encode(predicted, forKey: .predicted)
            try c.encode(rule, forKey: .rule)
            try c.encode(ruleTitle, forKey: .ruleTitle)
            try c.encode(citation, forKey: .citation)
            try c.encode(reasons, forKey: .reasons)
            try c.encode(criteria, forKey: .criteria)
            try c.encode(unmet, forKey: .unmet)
            try c.encode(notDocumented, forKey: .notDocumented)
            try c.encode(missingDocumentation, forKey: .missingDocumentation)
            try c.encode(abstainReason, forKey: .abstainReason)
        }
    }

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
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
        let (engine, diagnostics) = EngineLoader.load(rules: arguments.value("rules") ?? "Rules")
        for diagnostic in diagnostics { console.error(diagnostic.description) }
        guard let engine else { return .findings }
        let predictions = engine.predict(input)
        if arguments.value("format") == "json" {
            let outputs = predictions.map { (p: Prediction) -> Output in
                let unmet = p.criteria.filter { $0.status == .unmet }.map(\.criterion)
                let notDocumented = p.criteria.filter { $0.status == .notDocumented }.map(\.criterion)
                return Output(
                    request: p.request, predicted: p.outcome, rule: p.rule, ruleTitle: p.ruleTitle, citation: p.citation?.description,
                    reasons: p.reasons, criteria: p.criteria, unmet: unmet, notDocumented: notDocumented,
                    missingDocumentation: p.missingDocumentation, abstainReason: p.abstainReason)
            }
            guard let json = try? JSONOutput.string(outputs) else { return .badInput }
            console.out(json)
        } else {
            console.out(predictions.map(text).joined(separator: "\n"))
        }
        return .ok
    }

    /// One request's prediction for people.
    static func text(_ p: Prediction) -> String {
        var text = "\(p.request)\n  predicted: \(Outcomes.label(p.outcome))"
        if let rule = p.rule { text += " by \(rule)" + (p.ruleTitle.map { ": \($0)" } ?? "") }
        text += "\n"
        if p.outcome == .abstain { text += "  no rule decides: \(p.abstainReason ?? "no rule applies to this request")\n" }
        text += TextReport.trace(p, indent: "  ")
        if p.outcome == .upheld && !p.missingDocumentation.isEmpty {
            text += "  documentation needed for medical necessity:\n"
            for need in p.missingDocumentation { text += "    - \(need)\n" }
        }
        return text
    }
}
