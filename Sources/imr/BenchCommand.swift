import IMRHarness
import IMRReports

/// `imr bench`: times each stage over the corpus.
enum BenchCommand: Command {
    static let name = "bench"
    static let abstract = "Time each stage over the corpus (min and median of several runs)"
    static let help = """
        OVERVIEW: Time each stage over the corpus, in-process, and print the minimum and median per stage.

        USAGE: imr bench [--corpus DIR] [--rules DIR] [--runs N]

        OPTIONS:
          --corpus DIR  \(corpusOptionHelp)
          --rules DIR   \(rulesOptionHelp)
          --runs N      Runs per stage (default: 5)

        Stages: parse (read + parse every letter), facts (case and request facts of every item),
        rules (load + check), evaluate (predict every letter), eval (the whole of 'imr eval' without
        printing). Build with 'swift build -c release' for meaningful numbers.

        EXIT STATUS: 0 ok, 1 rule errors, 64 usage, 65 when the corpus cannot be read.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "corpus", arity: .single), OptionSpec(name: "rules", arity: .single), OptionSpec(name: "runs", arity: .single),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        let runsText = arguments.value("runs") ?? "5"
        guard let runs = Int(runsText), runs > 0, arguments.positionals.isEmpty else {
            console.error("error: '--runs' needs a positive number, got '\(runsText)'\nRun 'imr bench --help' for usage.")
            return .usage
        }
        guard let corpus = dataDirectory(.corpus, arguments, console), let rules = dataDirectory(.rules, arguments, console) else {
            return .badInput
        }
        let stages: [Bench.Stage]
        do {
            stages = try Bench.run(corpus: corpus, rules: rules, runs: runs) { TextReport.render(EvaluationReport(run: $0), run: $0) }
        } catch {
            console.error(error.description)
            return error.location.file == rules ? .findings : .badInput
        }
        var text = "stage       min          median       (\(runs) runs, \(corpus), \(rules))\n"
        func pad(_ cell: String, _ width: Int) -> String { cell + String(repeating: " ", count: max(1, width - cell.count)) }
        for stage in stages {
            text += pad(stage.name, 12) + pad(Bench.milliseconds(stage.minimum), 13) + Bench.milliseconds(stage.median) + "\n"
        }
        console.out(text)
        return .ok
    }
}
