import IMRCore
import IMRHarness
import IMRReports

/// `imr diff`: compares the predictions of two rule directories over the corpus.
enum DiffCommand: Command {
    static let name = "diff"
    static let abstract = "Compare the predictions of two rule directories over the corpus"
    static let help = """
        OVERVIEW: Compare the predictions of two rule directories over the corpus.

        USAGE: imr diff --rules A --rules B [--corpus DIR] [--format text|json]

        OPTIONS:
          --rules DIR      Given twice: the old rules (A), then the new rules (B)
          --corpus DIR     \(corpusOptionHelp)
          --format FORMAT  text (default) or json

        Lists every item whose prediction (outcome or deciding rule) differs, marked better, worse or
        changed, with both runs' headline metrics.

        EXIT STATUS: 0 no regression, 1 when B gets wrong an item A got right (or rule errors),
        64 usage, 65 when no letter could be read.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "rules", arity: .repeated), OptionSpec(name: "corpus", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        let rules = arguments.all("rules")
        guard rules.count == 2, arguments.positionals.isEmpty else {
            console.error("error: give exactly two rule directories: --rules A --rules B\nRun 'imr diff --help' for usage.")
            return .usage
        }
        guard let corpus = dataDirectory(.corpus, arguments, console) else { return .badInput }
        let first = EvalCommand.corpusRun(corpus: corpus, rules: rules[0], console)
        guard let before = first.run else { return first.failure }
        let second = EvalCommand.corpusRun(corpus: corpus, rules: rules[1], console)
        guard let after = second.run else { return second.failure }
        let comparison = BaselineComparison(baseline: Baseline(run: before), current: Baseline(run: after))
        let report = DiffReport(before: before, after: after, comparison: comparison)
        if arguments.value("format") == "json" {
            guard let json = try? JSONOutput.string(report) else { return .badInput }
            console.out(json)
        } else {
            console.out(report.text(old: rules[0], new: rules[1], corpus: corpus))
        }
        return comparison.regressions.isEmpty ? .ok : .findings
    }
}
