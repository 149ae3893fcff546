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
               imr diff --rev REV [--rules B] [--corpus DIR] [--format text|json]

        OPTIONS:
          --rules DIR      Given twice: the old rules (A), then the new rules (B)
          --rev REV        The old rules are the new rules' directory as it was at git revision REV
                           (e.g. HEAD~1), extracted into a temporary directory that is removed
                           afterwards; the new rules are --rules B (default: \(rulesOptionHelp))
          --corpus DIR     \(corpusOptionHelp)
          --format FORMAT  text (default) or json

        Lists every item whose prediction (outcome or deciding rule) differs, marked better, worse or
        changed, with both runs' headline metrics, and why: the first criterion whose status changed,
        with its fact values before and after. Both runs use this engine; only the rules differ.

        EXIT STATUS: 0 no regression, 1 when B gets wrong an item A got right (or rule errors),
        64 usage, 65 when no letter could be read or REV has no such rules directory.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "rules", arity: .repeated), OptionSpec(name: "rev", arity: .single), OptionSpec(name: "corpus", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        var rules = arguments.all("rules")
        let revision = arguments.value("rev")
        guard rules.count == (revision == nil ? 2 : rules.count), rules.count <= (revision == nil ? 2 : 1), arguments.positionals.isEmpty
        else {
            console.error(
                "error: give two rule directories (--rules A --rules B), or --rev REV and at most one --rules B\n"
                    + "Run 'imr diff --help' for usage.")
            return .usage
        }
        guard let corpus = dataDirectory(.corpus, arguments, console) else { return .badInput }
        var checkout: RevisionCheckout?
        defer { checkout?.remove() }
        if let revision {
            guard let current = rules.first ?? dataDirectory(.rules, arguments, console) else { return .badInput }
            do {
                checkout = try RevisionCheckout.rules(at: revision, directory: current)
            } catch {
                console.error(error.description)
                return .badInput
            }
            rules = [checkout?.rules ?? "", current]
        }
        let names = revision.map { [rules[1] + "@" + $0, rules[1]] } ?? rules
        let first = EvalCommand.corpusRun(corpus: corpus, rules: rules[0], console)
        guard let before = first.run else { return first.failure }
        let second = EvalCommand.corpusRun(corpus: corpus, rules: rules[1], console)
        guard let after = second.run else { return second.failure }
        let comparison = BaselineComparison(baseline: Baseline(run: before), current: Baseline(run: after))
        let report = DiffReport(before: before, after: after, comparison: comparison)
        if arguments.value("format") == "json" {
            let provenance = Provenance(rulesDirectory: rules[1])
            let old = ["beforeRulesDigest": Provenance.digest(ofRulesIn: rules[0])]
            guard console.json(report, provenance: provenance, extra: old) else { return .badInput }
        } else {
            console.out(report.text(old: names[0], new: names[1], corpus: corpus))
        }
        return comparison.regressions.isEmpty ? .ok : .findings
    }
}
