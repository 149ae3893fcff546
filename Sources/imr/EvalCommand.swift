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

        USAGE: imr eval [--corpus DIR] [--rules DIR] [--format text|json|jsonl|html] [--output FILE]
                        [--baseline FILE] [--save-baseline FILE [--force]] [--explain] [--jobs N]

        OPTIONS:
          --corpus DIR          Letters to evaluate (*.txt, sorted) (default: $IMR_CORPUS,
                                then the corpus installed with imr)
          --rules DIR           \(rulesOptionHelp)
          --format FORMAT       text (default), json, jsonl or html; jsonl writes one line per
                                item ({"item":…}) or failed letter ({"failure":…}) as each
                                letter is done, in file order, then {"summary":…}
          --output FILE         Write the report to FILE instead of stdout
          --baseline FILE       Compare with stored predictions; list every change; exit 1 when
                                an item that was right is now wrong
          --save-baseline FILE  Store this run's predictions (one item per line), only after a
                                run in which every letter was read, with no regression against
                                --baseline, and whose report was written
          --force               Save the baseline all the same (failed letters are listed in it)
          --explain             Text: the trace of each wrong item; JSON: each item's trace
          --jobs N              Letters evaluated in parallel (default: the number of cores);
                                the output is the same for every N

        A letter that cannot be parsed is reported on stderr and listed under failures; the rest run.
        Metrics: Overturned is the positive class; an abstention counts as wrong (docs/harness.md).
        The letters stream: json and jsonl runs hold a window of letters, not the corpus
        (docs/performance.md).

        EXIT STATUS: 0 ok, 1 rule errors or a regression against --baseline, 64 usage,
        65 when no letter could be read, a baseline is unreadable, or the baseline was not saved
        because a letter failed, 74 when the report or baseline cannot be written.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "corpus", arity: .single), OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json", "jsonl", "html"]),
        OptionSpec(name: "output", arity: .single), OptionSpec(name: "baseline", arity: .single),
        OptionSpec(name: "save-baseline", arity: .single), OptionSpec(name: "explain", arity: .flag),
        OptionSpec(name: "jobs", arity: .single), OptionSpec(name: "force", arity: .flag),
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
        var stored: Baseline?
        if let path = arguments.value("baseline") {
            do {
                stored = try Baseline.read(from: path)
            } catch {
                console.error(error.description)
                return .badInput
            }
        }
        let loaded = runner(corpus: corpus, rules: rules, console)
        guard let runner = loaded.runner else { return loaded.failure }
        let outputPath = arguments.value("output")
        guard let output = ReportOutput(path: outputPath) else {
            console.error("\(outputPath ?? "-"): error: cannot write file: \(systemError())")
            return .ioError
        }
        let stream = EvalStream(
            format: EvalStream.Format(rawValue: arguments.value("format") ?? "text") ?? .text, explain: explain,
            keepsBaseline: stored != nil || arguments.value("save-baseline") != nil, provenance: Provenance(rulesDirectory: rules))
        let result: EvalStream.Result
        do {
            result = try stream.run(runner, corpus: corpus, jobs: jobs, output: output, console)
        } catch {
            output.abort()
            console.error(error.description)
            return .badInput
        }
        guard result.tally.letters > 0 else {
            output.abort()
            console.error("error: no letter could be read in '\(corpus)'")
            return .badInput
        }
        let current = Baseline(
            items: result.baselineEntries, failed: result.tally.failures.map { Baseline.FailedLetter(file: $0.file, error: $0.error) })
        let comparison = stored.map { BaselineComparison(baseline: $0, current: current) }
        do {
            try stream.finish(result, comparison: comparison, to: output)
        } catch {
            output.abort()
            console.error("error: cannot encode the report: \(error)")
            return .ioError
        }
        guard result.writeFailure == nil, output.commit() else {
            let reason = result.writeFailure ?? output.failure ?? "unknown error"
            console.error(
                outputPath.map { "\($0): error: cannot write file: \(reason)" } ?? "error: cannot write to standard output: \(reason)")
            return .ioError
        }
        let regressions = comparison?.regressions.count ?? 0
        if regressions > 0 { console.error("error: \(regressions) item(s) that were right are now wrong") }
        var saveRefused = false
        if let path = arguments.value("save-baseline") {
            switch saveBaseline(
                current, failures: result.tally.failures.count, rules: rules, to: path, regressions: regressions,
                force: arguments.flag("force"), console)
            {
            case .ok: break
            case .badInput: saveRefused = true
            case let failure: return failure
            }
        }
        return regressions > 0 ? .findings : saveRefused ? .badInput : .ok
    }

    /// Saves the run's baseline unless the run failed (a regression, a letter not read) and
    /// `force` is off: a failed run never replaces the stored baseline. `.badInput` when refused,
    /// `.ioError` when the file cannot be written.
    static func saveBaseline(
        _ current: Baseline, failures: Int, rules: String, to path: String, regressions: Int, force: Bool, _ console: Console
    ) -> ExitStatus {
        if !force {
            var reasons: [String] = []
            if regressions > 0 { reasons.append("\(regressions) item(s) that were right are now wrong") }
            if failures > 0 { reasons.append("\(failures) letter(s) could not be read") }
            guard reasons.isEmpty else {
                console.error(
                    "\(path): error: baseline not saved: " + reasons.joined(separator: " and ")
                        + " (--force saves it, listing failed letters)")
                return .badInput
            }
        }
        do {
            var baseline = current
            baseline.rulesDigest = Provenance(rulesDirectory: rules).rulesDigest
            try baseline.write(to: path)
            return .ok
        } catch {
            console.error(error.description)
            return .ioError
        }
    }

    /// Loads the rules and runs the corpus, printing rule diagnostics, parse failures and progress to
    /// stderr. `run` is `nil` when the rules have errors (`failure` 1) or no letter could be read (65).
    static func corpusRun(
        corpus: String, rules: String, jobs: Int = OrderedParallel.cores, _ console: Console
    ) -> (run: CorpusRun?, failure: ExitStatus) {
        let loaded = runner(corpus: corpus, rules: rules, console)
        guard let runner = loaded.runner else { return (nil, loaded.failure) }
        let terminal = console.stderrIsTerminal
        do {
            let run = try runner.run(corpus: corpus, jobs: jobs) { done, total, path in
                if terminal { console.progress("[\(done)/\(total)] \(path)") }
            }
            if terminal { console.progress("") }
            for failure in run.failures { console.error("\(failure.location): error: \(failure.error)") }
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

    /// Checks that `corpus` is a directory (without walking it: the run does) and loads the rules
    /// and reason cues of `rules`, printing their diagnostics. `runner` is `nil` when the corpus is
    /// missing (`failure` 65) or the rules have errors (1).
    static func runner(corpus: String, rules: String, _ console: Console) -> (runner: CorpusRunner?, failure: ExitStatus) {
        do {
            try CorpusRunner.checkCorpus(corpus)
        } catch {
            console.error(error.description)
            return (nil, .badInput)
        }
        let (engine, diagnostics) = loadEngine(rules: rules)
        for diagnostic in diagnostics { console.error(diagnostic.description) }
        guard let engine else {
            console.error("error: the rules in '\(rules)' have errors")
            return (nil, .findings)
        }
        let (reasons, reasonDiagnostics) = ReasonCues.load(rules: rules, catalog: engine.ruleSet.catalog)
        for diagnostic in reasonDiagnostics { console.error(diagnostic.description) }
        return (CorpusRunner(engine: engine, reasons: reasons), .ok)
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
}

extension Console {
    /// Overwrites the current stderr line with `text` (progress on a terminal only).
    func progress(_ text: String) {
        try? AtomicFile.writeAll(("\r\u{1B}[K" + text).utf8, to: 2)
    }
}
