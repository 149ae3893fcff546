import Foundation
import IMRHarness
import IMRLetters
import IMRReports

/// `imr train`: a quiz on real letters: predict the decision, then see the letter's and the engine's reasoning.
enum TrainCommand: Command {
    static let name = "train"
    static let abstract = "Quiz: decide items of real letters, then compare with MAXIMUS and the engine"
    static let help = """
        OVERVIEW: Quiz yourself on real letters. Each question shows a clinical case summary and one
        requested item; answer u (upheld) or o (overturned). The real decision, the letter's MAXIMUS
        guideline and rationale, and the engine's explanation follow.

        USAGE: imr train [--corpus DIR] [--rules DIR] [--count N] [--seed S] [--category C]

        OPTIONS:
          --corpus DIR    \(corpusOptionHelp)
          --rules DIR     \(rulesOptionHelp)
          --count N       Number of questions (default: 5)
          --seed S        Selection seed; the same seed asks the same items (default: 1)
          --category C    Only items of this treatment category (e.g. opioid)

        Answers are read line by line from stdin (piping works): u, o, upheld or overturned.
        End of input stops early with the score so far. Ends with 'Score: K/N'.

        EXIT STATUS: 0 ok, 1 rule errors, 64 usage, 65 when no letter could be read.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "corpus", arity: .single), OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "count", arity: .single), OptionSpec(name: "seed", arity: .single),
        OptionSpec(name: "category", arity: .single),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        let countText = arguments.value("count") ?? "5"
        let seedText = arguments.value("seed") ?? "1"
        guard let count = Int(countText), count > 0, let seed = UInt64(seedText), arguments.positionals.isEmpty else {
            console.error("error: '--count' needs a positive number and '--seed' a non-negative number\nRun 'imr train --help' for usage.")
            return .usage
        }
        guard let corpus = dataDirectory(.corpus, arguments, console), let rules = dataDirectory(.rules, arguments, console) else {
            return .badInput
        }
        let loaded = EvalCommand.corpusRun(corpus: corpus, rules: rules, console)
        guard let run = loaded.run else { return loaded.failure }
        let category = arguments.value("category")
        let quiz = Quiz(run: run, count: count, seed: seed, category: category)
        guard !quiz.questions.isEmpty else {
            console.error("error: no item\(category.map { " of category '\($0)'" } ?? "") to ask about")
            return .badInput
        }
        var score = QuizScore()
        let stdinIsTerminal = isatty(0) != 0
        questions: for (number, question) in quiz.questions.enumerated() {
            console.out(prompt(question, number: number + 1, of: quiz.questions.count))
            var answer: Decision?
            while answer == nil {
                console.out("Upheld or Overturned? [u/o] ")
                guard let line = readLine() else {
                    console.out("\n")
                    break questions
                }
                if !stdinIsTerminal { console.out(line + "\n") }  // piped answers are shown as if typed
                answer = Quiz.answer(line)
                if answer == nil { console.out("Please answer u (upheld) or o (overturned).\n") }
            }
            guard let answer else { break }
            let item = question.item
            score.record(correct: answer == item.actual, category: item.category)
            console.out(reveal(item, answer: answer))
        }
        console.out("\n" + score.summary)
        return .ok
    }

    static func prompt(_ question: Quiz.Question, number: Int, of total: Int) -> String {
        """

        ━━ Question \(number)/\(total): \(question.file), item \(question.item.index + 1) (\(question.item.category))

        CLINICAL CASE SUMMARY
        \(question.input.summary.text.trimmingCharacters(in: .whitespacesAndNewlines))

        REQUEST: \(question.item.request)

        """
    }

    static func reveal(_ item: ItemResult, answer: Decision) -> String {
        var text = answer == item.actual ? "Right: " : "Wrong: "
        text += "the decision was \(Outcomes.label(item.actual)).\n"
        text += "MAXIMUS guideline: \(item.truth.maximusGuideline)\n"
        text += "Rationale: \(item.truth.rationale)\n"
        text += "Engine: \(Outcomes.label(item.predicted))"
        if let rule = item.prediction.ruleLabel { text += " by \(rule)" + (item.prediction.ruleTitle.map { ": \($0)" } ?? "") }
        if item.predicted == .abstain { text += " (\(item.prediction.abstainReason ?? "no rule applies"))" }
        text += "\n" + TextReport.trace(item.prediction, indent: "  ")
        return text
    }
}
