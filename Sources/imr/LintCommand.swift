import IMRCore
import IMRFacts
import IMRHarness
import IMRRules

/// `imr lint`: checks the rule files and the lexicon, compiler-style.
enum LintCommand: Command {
    static let name = "lint"
    static let abstract = "Check the rule files and lexicon; report every problem"
    static let help = """
        USAGE: imr lint [--rules DIR] [--format text|json]

        Parses and checks Rules/**/*.rules, Rules/lexicon/*.lexicon and the rationale cues of
        Rules/reasons/*.reasons, and reports every problem at once as
        'path:line:column: severity: [CODE] message' on stderr, then a summary line on stdout.
        The codes are described in docs/rule-language.md (A0xx: docs/harness.md).

        OPTIONS:
          --rules DIR      \(rulesOptionHelp)
          --format FORMAT  text (default) or json (diagnostics and counts on stdout)

        EXIT STATUS: 0 when there is no error (warnings allowed), 1 when there is any error.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
    ]

    /// The JSON form of a lint run.
    struct Report: Encodable {
        var directory: String
        var files: Int
        var rules: Int
        var examples: Int
        var errors: Int
        var warnings: Int
        var diagnostics: [Diagnostic]
    }

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.isEmpty else {
            console.error("error: unexpected argument '\(arguments.positionals[0])'\nRun 'imr lint --help' for usage.")
            return .usage
        }
        guard let directory = dataDirectory(.rules, arguments, console) else { return .badInput }
        let (ruleSet, lexicon, ruleDiagnostics) = RuleSet.load(directory: directory)
        let diagnostics =
            ruleDiagnostics + ReasonCues.load(rules: directory, catalog: ruleSet.catalog).diagnostics
            + EditionCheck.missingEditions(in: ruleSet) + PluralInitialismCheck.diagnostics(for: lexicon)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let report = Report(
            directory: directory, files: ruleSet.files.count, rules: ruleSet.files.reduce(0) { $0 + $1.rules.count },
            examples: ruleSet.examples.count, errors: errors, warnings: warnings, diagnostics: diagnostics)
        if arguments.value("format") == "json" {
            guard console.json(report, provenance: Provenance(rulesDirectory: directory)) else { return .badInput }
        } else {
            for diagnostic in diagnostics { console.error(diagnostic.description) }
            console.out(
                "\(report.files) file\(report.files == 1 ? "" : "s"), \(report.rules) rule\(report.rules == 1 ? "" : "s"), "
                    + "\(report.examples) example\(report.examples == 1 ? "" : "s"): "
                    + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        }
        return errors > 0 ? .findings : .ok
    }
}
