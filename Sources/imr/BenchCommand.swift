import Foundation
import IMRHarness
import IMRReports

/// `imr bench`: times each stage over the corpus.
enum BenchCommand: Command {
    static let name = "bench"
    static let abstract = "Time each stage over the corpus (min and median of several runs)"
    static let help = """
        OVERVIEW: Time each stage over the corpus, in-process, and print the minimum and median per stage.

        USAGE: imr bench [--corpus DIR] [--rules DIR] [--runs N]
               imr bench --scale N [--jobs N] [--format json|jsonl|text] [--corpus DIR] [--rules DIR]

        OPTIONS:
          --corpus DIR  \(corpusOptionHelp)
          --rules DIR   \(rulesOptionHelp)
          --runs N      Runs per stage (default: 5)
          --scale N     Instead: copy the corpus N times into a temporary directory, run
                        'imr eval' over it as a child process, and report its wall and CPU time,
                        letters per second per core, peak resident memory and its CPU time over
                        that of reading the same bytes
          --jobs N      With --scale: 'imr eval --jobs N' (default: the number of cores)
          --format F    With --scale: 'imr eval --format F' (default: json)

        Stages: parse (read + parse every letter), facts (the facts of every item its rules read, as
        'imr eval' reads them), rules (load + check), evaluate (predict every letter), eval (the whole
        of 'imr eval' without printing). Build with 'swift build -c release' for meaningful numbers.

        EXIT STATUS: 0 ok, 1 rule errors, 64 usage, 65 when the corpus cannot be read.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "corpus", arity: .single), OptionSpec(name: "rules", arity: .single), OptionSpec(name: "runs", arity: .single),
        OptionSpec(name: "scale", arity: .single), OptionSpec(name: "jobs", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["json", "jsonl", "text"]),
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
        if let scaleText = arguments.value("scale") {
            guard let scale = Int(scaleText), scale > 0 else {
                console.error("error: '--scale' needs a positive number, got '\(scaleText)'\nRun 'imr bench --help' for usage.")
                return .usage
            }
            guard let jobs = EvalCommand.jobs(arguments, console) else { return .usage }
            return runScaled(scale: scale, jobs: jobs, format: arguments.value("format") ?? "json", corpus: corpus, rules: rules, console)
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

    /// `--scale`: one scaled run of `imr eval` in a child process, reported for people.
    static func runScaled(scale: Int, jobs: Int, format: String, corpus: String, rules: String, _ console: Console) -> ExitStatus {
        let figures: ScaleBench.Figures
        do {
            figures = try ScaleBench.run(
                executable: Bundle.main.executablePath ?? CommandLine.arguments[0], corpus: corpus, rules: rules, scale: scale, jobs: jobs,
                format: format)
        } catch {
            console.error(error.description)
            return .badInput
        }
        guard figures.exitStatus == 0 else {
            console.error("error: 'imr eval' over the replicated corpus exited with \(figures.exitStatus)")
            return .findings
        }
        func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
        var text = "\(corpus) × \(scale): \(figures.letters) letters, \(fixed(Double(figures.bytes) / 1e6, 1)) MB; "
        text += "imr eval --format \(format) --jobs \(jobs)\n"
        text += "  wall               \(fixed(figures.wallSeconds, 2)) s\n"
        text += "  CPU                \(fixed(figures.cpuSeconds, 2)) s (user + system)\n"
        text += "  CPU per letter     \(fixed(figures.cpuMillisecondsPerLetter, 3)) ms\n"
        text += "  letters/s per core \(fixed(figures.lettersPerCoreSecond, 0))\n"
        text += "  busy cores         \(fixed(figures.busyCores, 2)) (CPU / wall) of \(jobs) jobs\n"
        text += "  peak memory        \(fixed(Double(figures.peakResidentBytes) / 1_048_576, 1)) MiB (maxrss)\n"
        text += "  reading the bytes  \(fixed(figures.readCPUSeconds, 3)) s CPU; eval takes \(fixed(figures.ratioToReading, 0))× that\n"
        console.out(text)
        return .ok
    }
}
