import IMRCore
import IMREvaluation
import IMRRules

/// `imr test`: runs the rule examples and reports the criteria they leave unexercised.
enum TestCommand: Command {
    static let name = "test"
    static let abstract = "Run the rule examples; report failures and unexercised criteria"
    static let help = """
        USAGE: imr test [--rules DIR] [--format text|json] [--strict]

        Evaluates every 'example' of the rule files against the active and draft rules: the given
        facts (request facts included) are the only documented facts. Prints each failing example
        with its location, a line 'N passed, M failed', then every leaf criterion of a 'when' that
        no example evaluated to met or unmet (by file:line:column), and every active or draft rule
        that no example names in 'expect … by'.

        OPTIONS:
          --rules DIR      \(rulesOptionHelp)
          --format FORMAT  text (default) or json
          --strict         also fail when a rule has no example or a criterion is not exercised

        EXIT STATUS: 0 when every example passes, 1 when any fails or the rules have errors (with
        --strict, also when a rule has no example or a criterion is not exercised).

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
        OptionSpec(name: "strict", arity: .flag),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.isEmpty else {
            console.error("error: unexpected argument '\(arguments.positionals[0])'\nRun 'imr test --help' for usage.")
            return .usage
        }
        guard let directory = dataDirectory(.rules, arguments, console) else { return .badInput }
        let (ruleSet, lexicon, diagnostics) = RuleSet.load(directory: directory)
        let errors = diagnostics.filter { $0.severity == .error }
        for diagnostic in errors { console.error(diagnostic.description) }
        let report = ExampleRunner.run(ruleSet, lexicon: lexicon)
        if arguments.value("format") == "json" {
            guard console.json(report, provenance: Provenance(rulesDirectory: directory)) else { return .badInput }
        } else {
            console.out(text(report))
        }
        if !errors.isEmpty {
            console.error("error: the rules have \(errors.count) error\(errors.count == 1 ? "" : "s")")
        }
        let incomplete = arguments.flag("strict") && !report.isComplete
        return report.failed > 0 || !errors.isEmpty || incomplete ? .findings : .ok
    }

    /// The text report.
    static func text(_ report: ExampleReport) -> String {
        var text = ""
        for result in report.results where !result.passed {
            let expected = result.expected.rawValue + (result.expectedRule.map { " by \($0)" } ?? "")
            let actual = result.actual.rawValue + (result.actualRule.map { " by \($0)" } ?? "")
            text += "\(result.location): FAIL example '\(result.name)': expected \(expected), got \(actual)\n"
        }
        text += "\(report.passed) passed, \(report.failed) failed\n"
        if !report.unexercised.isEmpty {
            text += "\(report.unexercised.count) criteri\(report.unexercised.count == 1 ? "on" : "a") no example exercised:\n"
            for criterion in report.unexercised {
                text += "  \(criterion.location): \(criterion.rule): \(criterion.criterion)\n"
            }
        }
        if !report.unexemplified.isEmpty {
            text += "\(report.unexemplified.count) rule\(report.unexemplified.count == 1 ? "" : "s") no example names:\n"
            for rule in report.unexemplified { text += "  \(rule.location): \(rule.rule)\n" }
        }
        if !report.unreadRows.isEmpty {
            text += "\(report.unreadRows.count) table row\(report.unreadRows.count == 1 ? "" : "s") no example reads:\n"
            for row in report.unreadRows { text += "  \(row.location): \(row.table)\n" }
        }
        return text
    }
}
