import Foundation
import IMRCore
import IMRFacts
import IMRHarness
import IMRReports
import IMRVocabulary

/// `imr gold`: precision and recall of the fact extractor against facts labelled by hand.
enum GoldCommand: Command {
    static let name = "gold"
    static let abstract = "Measure fact extraction against hand-labelled facts, per fact family"
    static let help = """
        OVERVIEW: Measure fact extraction against hand-labelled facts, per fact family.

        USAGE: imr gold [--gold DIR] [--corpus DIR] [--rules DIR] [--format text|json] [--by-fact]
                        [--disagreements] [--agreement DIR]

        Each *.json file of the gold directory labels the facts a careful reader finds in one corpus
        letter (format and counting in docs/facts.md); families.json groups fact names into families.
        A label named FACT:TERM (diagnoses:ptsd) labels one term of a set fact.

        OPTIONS:
          --gold DIR        the labelled letters (default: Tests/Fixtures/gold-facts of the
                            clone that holds the rules)
          --corpus DIR      \(corpusOptionHelp)
          --rules DIR       \(rulesOptionHelp)
          --format FORMAT   text (default) or json (always with the counts of each labelled fact)
          --by-fact         text: also the counts of each labelled fact
          --disagreements   text: also list every label the extractor disagrees with
          --agreement DIR   compare a second labelling of some of the letters (DIR, same format)
                            with the gold labels instead of scoring the extractor: per family the
                            share of labels that agree, Cohen's kappa of the boolean and
                            not-documented labels, shared terms of set labels, and every
                            disagreement (first → second)

        EXIT STATUS: 0 ok, 64 usage, 65 unreadable labels, letters or lexicon.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "gold", arity: .single), OptionSpec(name: "corpus", arity: .single),
        OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
        OptionSpec(name: "by-fact", arity: .flag), OptionSpec(name: "disagreements", arity: .flag),
        OptionSpec(name: "agreement", arity: .single),
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
        if let second = arguments.value("agreement") { return agreement(gold: gold, second: second, arguments, console) }
        let (lexicon, problems) = Lexicon.load(directory: (rules as NSString).appendingPathComponent("lexicon"))
        for problem in problems { console.error(problem.description) }
        if problems.contains(where: { $0.severity == .error }) { return .badInput }
        let extractor = FactExtractor(lexicon: lexicon)
        ProcessLifetime.keep(extractor)
        let score: GoldFactScore
        do {
            let (letters, families) = try GoldFactFiles.load(directory: gold)
            score = try GoldFactScore.score(letters, corpus: corpus, families: families, extractor: extractor)
        } catch {
            console.error(error.description)
            return .badInput
        }
        if arguments.value("format") == "json" {
            guard console.json(score) else { return .badInput }
        } else {
            console.out(
                GoldFactTable.render(score, byFact: arguments.flag("by-fact"), disagreements: arguments.flag("disagreements")))
        }
        return .ok
    }
}

extension GoldCommand {
    /// `imr gold --agreement DIR`: the second labelling of `DIR` against the gold labels.
    static func agreement(gold: String, second: String, _ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        let result: GoldAgreement
        do {
            let (first, families) = try GoldFactFiles.load(directory: gold)
            let (others, _) = try GoldFactFiles.load(directory: second)
            result = GoldAgreement.compare(first, others, families: families)
        } catch {
            console.error(error.description)
            return .badInput
        }
        if arguments.value("format") == "json" {
            guard console.json(result) else { return .badInput }
        } else {
            console.out(GoldAgreementTable.render(result, byFact: arguments.flag("by-fact")))
        }
        return .ok
    }
}

/// The text table of `imr gold --agreement`.
enum GoldAgreementTable {
    static func render(_ result: GoldAgreement, byFact: Bool) -> String {
        var text =
            "Label agreement: \(result.letters) letters, \(result.total.labels) labels labelled twice\n\n"
            + table("family", result.families.sorted(by: { $0.key < $1.key }) + [("all", result.total)])
        if byFact {
            text += "\n" + table("fact", result.facts.sorted(by: { $0.key < $1.key }))
        }
        if !result.disagreements.isEmpty {
            text += "\nDisagreements (first → second)\n"
            for item in result.disagreements {
                text += "  \(item.letter) \(item.scope) \(item.fact): \(item.first) → \(item.second)\n"
            }
        }
        if !result.onlyInSecond.isEmpty {
            text += "\nOnly in the second labelling\n"
            for item in result.onlyInSecond { text += "  \(item.letter) \(item.scope) \(item.fact): \(item.second)\n" }
        }
        return text
    }

    static func table(_ heading: String, _ rows: [(String, GoldAgreement.Tally)]) -> String {
        func figure(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
        var table = TextTable([heading, "labels", "agreed", "agreement", "boolean", "kappa", "terms"])
        for (name, tally) in rows {
            table.add([
                name, String(tally.labels), String(tally.agreed), figure(tally.agreement), String(tally.booleanLabels),
                figure(tally.kappa), figure(tally.termAgreement),
            ])
        }
        return table.render()
    }
}

/// The text table of `imr gold`.
enum GoldFactTable {
    static func render(_ score: GoldFactScore, byFact: Bool, disagreements: Bool) -> String {
        var text =
            "Gold facts: \(score.letters) letters, \(score.total.labels) labels\n\n"
            + table("family", score.families.sorted(by: { $0.key < $1.key }) + [("all", score.total)])
        if byFact {
            text += "\n" + table("fact", score.facts.sorted(by: { $0.key < $1.key }))
        }
        if disagreements, !score.disagreements.isEmpty {
            text += "\nDisagreements (labelled → extracted)\n"
            for item in score.disagreements {
                text += "  \(item.letter) #\(item.request) \(item.fact): \(item.expected) → \(item.extracted)\n"
            }
        }
        return text
    }

    /// One row per name: its counts, precision, recall and evidence agreement.
    static func table(_ heading: String, _ rows: [(String, GoldFactScore.Tally)]) -> String {
        func figure(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
        var table = TextTable([heading, "labels", "TP", "FP", "FN", "precision", "recall", "evidence"])
        for (name, tally) in rows {
            table.add([
                name, String(tally.labels), String(tally.truePositives), String(tally.falsePositives),
                String(tally.falseNegatives), figure(tally.precision), figure(tally.recall), figure(tally.evidenceAgreement),
            ])
        }
        return table.render()
    }
}
