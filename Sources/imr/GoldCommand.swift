import Foundation
import IMRCore
import IMRFacts
import IMRHarness
import IMRVocabulary

/// `imr gold`: precision and recall of the fact extractor against facts labelled by hand.
enum GoldCommand: Command {
    static let name = "gold"
    static let abstract = "Measure fact extraction against hand-labelled facts, per fact family"
    static let help = """
        OVERVIEW: Measure fact extraction against hand-labelled facts, per fact family.

        USAGE: imr gold [--gold DIR] [--corpus DIR] [--rules DIR] [--format text|json] [--disagreements]

        Each *.json file of the gold directory labels the facts a careful reader finds in one corpus
        letter (format and counting in docs/facts.md); families.json groups fact names into families.

        OPTIONS:
          --gold DIR        the labelled letters (default: Tests/Fixtures/gold-facts of the
                            clone that holds the rules)
          --corpus DIR      \(corpusOptionHelp)
          --rules DIR       \(rulesOptionHelp)
          --format FORMAT   text (default) or json
          --disagreements   text: also list every label the extractor disagrees with

        EXIT STATUS: 0 ok, 64 usage, 65 unreadable labels, letters or lexicon.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "gold", arity: .single), OptionSpec(name: "corpus", arity: .single),
        OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
        OptionSpec(name: "disagreements", arity: .flag),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.isEmpty else {
            console.error("error: unexpected argument '\(arguments.positionals[0])'\nRun 'imr gold --help' for usage.")
            return .usage
        }
        guard let rules = dataDirectory(.rules, arguments, console), let corpus = dataDirectory(.corpus, arguments, console) else {
            return .badInput
        }
        let clone = (rules as NSString).deletingLastPathComponent as NSString
        let gold = arguments.value("gold") ?? clone.appendingPathComponent("Tests/Fixtures/gold-facts")
        let (lexicon, problems) = Lexicon.load(directory: (rules as NSString).appendingPathComponent("lexicon"))
        for problem in problems { console.error(problem.description) }
        if problems.contains(where: { $0.severity == .error }) { return .badInput }
        let score: GoldFactScore
        do {
            let (letters, families) = try GoldFactFiles.load(directory: gold)
            score = try GoldFactScore.score(
                letters, corpus: corpus, families: families,
                extractor: FactExtractor(lexicon: lexicon))
        } catch {
            console.error(error.description)
            return .badInput
        }
        if arguments.value("format") == "json" {
            do {
                console.out(try JSONOutput.string(score))
            } catch {
                console.error("error: cannot encode JSON: \(error)")
                return .badInput
            }
        } else {
            console.out(GoldFactTable.render(score, disagreements: arguments.flag("disagreements")))
        }
        return .ok
    }
}

/// The text table of `imr gold`.
enum GoldFactTable {
    static func render(_ score: GoldFactScore, disagreements: Bool) -> String {
        func figure(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
        var lines = ["Gold facts: \(score.letters) letters, \(score.total.labels) labels", ""]
        let header = ["family", "labels", "TP", "FP", "FN", "precision", "recall", "evidence"]
        var rows = score.families.keys.sorted().map { family -> [String] in
            let tally = score.families[family]!
            return [
                family, String(tally.labels), String(tally.truePositives), String(tally.falsePositives),
                String(tally.falseNegatives), figure(tally.precision), figure(tally.recall), figure(tally.evidenceAgreement),
            ]
        }
        let total = score.total
        rows.append([
            "all", String(total.labels), String(total.truePositives), String(total.falsePositives),
            String(total.falseNegatives), figure(total.precision), figure(total.recall), figure(total.evidenceAgreement),
        ])
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            lines.append(
                "  "
                    + row.enumerated().map { column, cell in
                        column == 0
                            ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                            : String(repeating: " ", count: widths[column] - cell.count) + cell
                    }.joined(separator: "  "))
        }
        if disagreements, !score.disagreements.isEmpty {
            lines += ["", "Disagreements (labelled → extracted)"]
            for item in score.disagreements {
                lines.append("  \(item.letter) #\(item.request) \(item.fact): \(item.expected) → \(item.extracted)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
