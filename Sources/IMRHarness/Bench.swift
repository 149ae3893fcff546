import Foundation
import IMRCore
import IMREvaluation
import IMRLetters

/// Times each stage of an evaluation in-process with `ContinuousClock`.
public enum Bench {
    /// The timings of one stage over every run.
    public struct Stage: Sendable {
        public var name: String
        public var samples: [Duration]

        /// The fastest run.
        public var minimum: Duration { samples.min() ?? .zero }
        /// The median run (the lower middle of an even count).
        public var median: Duration {
            let sorted = samples.sorted()
            return sorted.isEmpty ? .zero : sorted[(sorted.count - 1) / 2]
        }
    }

    /// Runs every stage `runs` times over the letters of `corpus` with the rules of `rules`:
    /// parse (read + parse every letter), facts (the facts of every item its rules read, as `imr eval`
    /// reads them: ``Engine/facts(of:everyFact:)``), rules
    /// (load + check), evaluate (predict every letter), eval (the whole of `imr eval` without printing:
    /// load, run, and `report`, which renders the run's report as `imr eval` would).
    public static func run(
        corpus: String, rules: String, runs: Int, report: (CorpusRun) -> String
    ) throws(Diagnostic) -> [Stage] {
        let files = try CorpusRunner.letterFiles(in: corpus)
        let contents: [(String, [UInt8])] = files.compactMap { file in
            FileManager.default.contents(atPath: file.path).map { (file.path, [UInt8]($0)) }
        }
        guard let engine = EngineLoader.load(rules: rules).engine else {
            throw Diagnostic(message: "the rules have errors; run 'imr lint'", location: SourceLocation(file: rules))
        }
        let letters = contents.compactMap { try? LetterParser.parse($0.1, file: $0.0) }
        let clock = ContinuousClock()
        var stages = ["parse", "facts", "rules", "evaluate", "eval"].map { Stage(name: $0, samples: []) }
        var sink = 0
        for _ in 0..<max(runs, 1) {
            stages[0].samples.append(
                clock.measure {
                    for (file, bytes) in contents { if (try? LetterParser.parse(bytes, file: file)) != nil { sink += 1 } }
                })
            stages[1].samples.append(
                clock.measure {
                    for letter in letters { sink += engine.facts(of: letter.input).facts.count }
                })
            stages[2].samples.append(clock.measure { sink += EngineLoader.load(rules: rules).diagnostics.count })
            stages[3].samples.append(
                clock.measure {
                    for letter in letters { sink += engine.predict(letter.input).count }
                })
            stages[4].samples.append(
                clock.measure {
                    if let engine = EngineLoader.load(rules: rules).engine, let run = try? CorpusRunner(engine: engine).run(corpus: corpus)
                    {
                        sink += report(run).utf8.count
                    }
                })
        }
        precondition(sink >= 0)  // uses the results, so that no measured work can be optimised away
        return stages
    }

    /// `12.345 ms`.
    public static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let fraction = String(micros % 1000)
        return "\(micros / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction + " ms"
    }
}
