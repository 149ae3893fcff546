import Foundation
import IMRCore
import IMRHarness
import IMRReports

/// `imr eval`: runs the engine over the corpus and reports metrics, tables and wrong items.
enum EvalCommand: Command {
    static let name = "eval"
    static let abstract = "Predict every item of the corpus and compare with the real decisions"
    static let help = """
        OVERVIEW: Predict every item of the corpus and compare with the real decisions.

        USAGE: imr eval [--corpus DIR] [--rules DIR] [--format text|json|html] [--output FILE]
                        [--baseline FILE] [--save-baseline FILE] [--explain] [--jobs N]

        OPTIONS:
          --corpus DIR          Letters to evaluate (*.txt, sorted) (default: $IMR_CORPUS,
                                then the corpus installed with imr)
          --rules DIR           \(rulesOptionHelp)
          --format FORMAT       text (default), json or html
          --output FILE         Write the report to FILE instead of stdout
          --baseline FILE       Compare with stored predictions; list every change; exit 1 when
                                an item that was right is now wrong
          --save-baseline FILE  Store this run's predictions (one item per line)
          --explain             Text: the trace of each wrong item; JSON: each item's trace
          --jobs N              Letters evaluated in parallel (default: the number of cores);
                                the output is the same for every N

        A letter that cannot be parsed is reported on stderr and listed under failures; the rest run.
        Metrics: Overturned is the positive class; an abstention counts as wrong (docs/harness.md).

        EXIT STATUS: 0 ok, 1 rule errors or a regression against --baseline, 64 usage,
        65 when no letter could be read.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "corpus", arity: .single), OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json", "html"]),
        OptionSpec(name: "output", arity: .single), OptionSpec(name: "baseline", arity: .single),
        OptionSpec(name: "save-baseline", arity: .single), OptionSpec(name: "explain", arity: .flag),
        OptionSpec(name: "jobs", arity: .single),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.isEmpty else {
            console.error("error: unexpected argument '\(arguments.positionals[0])'\nRun 'imr eval --help' for usage.")
            return .usage
        }
        guard let jobs = jobs(arguments, console) else { return .usage }
        let explain = arguments.flag("explain")
        guard let corpus = dataDirectory(.corpus, arguments, console), let rules = dataDirectory(.rules, arguments, console) else {
            return .badInput
        }
        let loaded = corpusRun(corpus: corpus, rules: rules, jobs: jobs, console)
        guard let run = loaded.run else { return loaded.failure }
        var comparison: BaselineComparison?
        if let path = arguments.value("baseline") {
            do {
                comparison = BaselineComparison(baseline: try Baseline.read(from: path), current: Baseline(run: run))
            } catch {
                console.error(error.description)
                return .badInput
            }
        }
        if let path = arguments.value("save-baseline") {
            do {
                try Baseline(run: run).write(to: path)
            } catch {
                console.error(error.description)
                return .badInput
            }
        }
        let report = EvaluationReport(run: run, explain: explain, comparison: comparison)
        let text: String
        switch arguments.value("format") ?? "text" {
        case "json":
            guard let json = try? JSONOutput.string(report) else {
                console.error("error: cannot encode the report")
                return .badInput
            }
            text = json
        case "html": text = HTMLReport.render(report, run: run)
        default: text = TextReport.render(report, run: run, explain: explain)
        }
        guard write(text, to: arguments.value("output"), console) else { return .badInput }
        if let comparison, !comparison.regressions.isEmpty {
            console.error("error: \(comparison.regressions.count) item(s) that were right are now wrong")
            return .findings
        }
        return .ok
    }

    /// Loads the rules and runs the corpus, printing rule diagnostics, parse failures and progress to
    /// stderr. `run` is `nil` when the rules have errors (`failure` 1) or no letter could be read (65).
    static func corpusRun(
        corpus: String, rules: String, jobs: Int = OrderedParallel.cores, _ console: Console
    ) -> (run: CorpusRun?, failure: ExitStatus) {
        do {
            _ = try CorpusRunner.letterFiles(in: corpus)
        } catch {
            console.error(error.description)
            return (nil, .badInput)
        }
        let (engine, diagnostics) = EngineLoader.load(rules: rules)
        for diagnostic in diagnostics { console.error(diagnostic.description) }
        guard let engine else {
            console.error("error: the rules in '\(rules)' have errors")
            return (nil, .findings)
        }
        let terminal = console.stderrIsTerminal
        do {
            let run = try CorpusRunner(engine: engine).run(corpus: corpus, jobs: jobs) { done, total, path in
                if terminal { console.progress("[\(done)/\(total)] \(path)") }
            }
            if terminal { console.progress("") }
            for failure in run.failures { console.error("\(failure.file): error: \(failure.error)") }
            guard !run.cases.isEmpty else {
                console.error("error: no letter could be read in '\(corpus)'")
                return (nil, .badInput)
            }
            return (run, .ok)
        } catch {
            console.error(error.description)
            return (nil, .badInput)
        }
    }

    /// The value of `--jobs` (default: the number of cores), or `nil` after printing a usage error.
    static func jobs(_ arguments: ParsedArguments, _ console: Console) -> Int? {
        guard let text = arguments.value("jobs") else { return OrderedParallel.cores }
        guard let jobs = Int(text), jobs > 0 else {
            console.error("error: '--jobs' needs a positive number, got '\(text)'\nRun 'imr \(name) --help' for usage.")
            return nil
        }
        return jobs
    }

    /// Writes `text` to `path` or stdout; `false` after printing an error.
    static func write(_ text: String, to path: String?, _ console: Console) -> Bool {
        guard let path else {
            console.out(text)
            return true
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            console.error("\(path): error: cannot write the report")
            return false
        }
        return true
    }
}

extension Console {
    /// Overwrites the current stderr line with `text` (progress on a terminal only).
    func progress(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }
}
