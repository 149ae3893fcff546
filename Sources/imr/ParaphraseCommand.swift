import Foundation
import IMRCore
import IMRHarness
import IMRReports

/// `imr paraphrase`: how predictions hold when each letter's summary is rewritten in other words.
enum ParaphraseCommand: Command {
    static let name = "paraphrase"
    static let abstract = "Measure predictions on corpus letters whose summaries are rewritten in other words"
    static let help = """
        OVERVIEW: Measure predictions on corpus letters whose summaries are rewritten in other words.

        USAGE: imr paraphrase [SET ...] [--corpus DIR] [--rules DIR] [--format text|json]

        A paraphrase set is a directory of *.txt summaries, each named like the corpus letter whose
        clinical case summary it rewrites (every clinical fact kept). Each letter is predicted as
        written and with the rewritten summary in place of its own; both are scored against the
        letter's decisions, and every prediction, deciding rule or deciding fact value that changes
        is counted (docs/facts.md). A set that was never tuned to measures how the engine reads
        wording it has not seen.

        ARGUMENTS:
          SET               a paraphrase set directory (default: every Tests/Fixtures/paraphrases*
                            directory of the clone that holds the rules)

        OPTIONS:
          --corpus DIR      \(corpusOptionHelp)
          --rules DIR       \(rulesOptionHelp)
          --format FORMAT   text (default) or json

        EXIT STATUS: 0 ok, 1 rule errors, 64 usage, 65 unreadable sets or letters.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "corpus", arity: .single), OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let rules = dataDirectory(.rules, arguments, console), let corpus = dataDirectory(.corpus, arguments, console) else {
            return .badInput
        }
        let sets = arguments.positionals.isEmpty ? defaultSets(besides: rules) : arguments.positionals
        guard !sets.isEmpty else {
            console.error("error: no paraphrase set given and none found in Tests/Fixtures beside '\(rules)'")
            return .badInput
        }
        let (engine, diagnostics) = loadEngine(rules: rules)
        for diagnostic in diagnostics where diagnostic.severity == .error { console.error(diagnostic.description) }
        guard let engine else {
            console.error("error: the rules in '\(rules)' have errors")
            return .findings
        }
        let check = ParaphraseCheck(engine: engine)
        var measures: [ParaphraseMeasure] = []
        for set in sets {
            do {
                let result = try check.run(paraphrases: set, corpus: corpus)
                measures.append(ParaphraseMeasure(set: (set as NSString).lastPathComponent, result: result))
            } catch {
                console.error(error.description)
                return .badInput
            }
        }
        if arguments.value("format") == "json" {
            guard console.json(measures) else { return .badInput }
        } else {
            console.out(ParaphraseTable.render(measures))
        }
        return .ok
    }

    /// The `paraphrases*` directories of `Tests/Fixtures` in the clone whose `Rules/` is `rules`.
    static func defaultSets(besides rules: String) -> [String] {
        let fixtures = (((rules as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Tests") as NSString)
            .appendingPathComponent("Fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? []
        return names.filter { $0.hasPrefix("paraphrases") }.sorted().map { (fixtures as NSString).appendingPathComponent($0) }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            }
    }
}

/// One set's figures, as `imr paraphrase --format json` prints them.
struct ParaphraseMeasure: Encodable {
    /// The set's directory name.
    var set: String
    var letters: Int
    /// Requests of the set's letters.
    var items: Int
    /// Every recorded difference (outcome, deciding rule, or a deciding fact value).
    var differences: Int
    /// Requests whose outcome differs between the letter as written and as rewritten.
    var outcomesChanged: Int
    /// Letters with at least one difference.
    var lettersDiffering: Int
    /// The letters as written, against their decisions.
    var originals: Metrics
    /// The letters with the rewritten summaries, against the same decisions.
    var paraphrased: Metrics

    init(set: String, result: ParaphraseCheck.Result) {
        self.set = set
        letters = result.letters
        items = result.originals.total
        differences = result.differences.count
        outcomesChanged = result.differences.filter { $0.aspect == "outcome" }.count
        lettersDiffering = Set(result.differences.map(\.letter)).count
        originals = Metrics(confusion: result.originals, citationsAgreeing: 0, citationsCompared: 0)
        paraphrased = Metrics(confusion: result.paraphrased, citationsAgreeing: 0, citationsCompared: 0)
    }
}

/// The text table of `imr paraphrase`.
enum ParaphraseTable {
    static func render(_ measures: [ParaphraseMeasure]) -> String {
        func pair(_ before: Double, _ after: Double) -> String { "\(Format.ratio(before)) → \(Format.ratio(after))" }
        var table = TextTable([
            "set", "letters", "items", "differences", "in letters", "outcomes", "balanced accuracy", "MCC", "Overturned recall",
        ])
        for measure in measures {
            table.add([
                measure.set, String(measure.letters), String(measure.items), String(measure.differences),
                String(measure.lettersDiffering), String(measure.outcomesChanged),
                pair(measure.originals.balancedAccuracy, measure.paraphrased.balancedAccuracy),
                pair(measure.originals.mcc, measure.paraphrased.mcc),
                pair(measure.originals.overturnedRecall, measure.paraphrased.overturnedRecall),
            ])
        }
        return "Paraphrase sets: each letter as written → with its summary rewritten (same decisions)\n\n" + table.render()
    }
}
