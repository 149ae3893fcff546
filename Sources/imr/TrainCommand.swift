import Foundation
import IMRCore
import IMRFacts
import IMRHarness
import IMRLetters
import IMRReports
import IMRVocabulary

/// `imr train`: a quiz on real letters: predict the decision, then see the letter's and the engine's reasoning.
enum TrainCommand: Command {
    static let name = "train"
    static let abstract = "Quiz: decide items of real letters, then compare with MAXIMUS and the engine"
    static var help: String {
        """
        OVERVIEW: Quiz yourself on real letters. Each question shows a clinical case summary and one
        requested item; answer u (upheld) or o (overturned). The real decision, the letter's MAXIMUS
        guideline and rationale, and the engine's explanation follow.

        USAGE: imr train [--corpus DIR] [--rules DIR] [--count N] [--seed S] [--category C]
                         [--overturned-share F]

        OPTIONS:
          --corpus DIR            \(corpusOptionHelp)
          --rules DIR             \(rulesOptionHelp)
          --count N               Number of questions (default: 5)
          --seed S                Selection seed; the same seed asks the same items (default: 1)
          --category C            Only items of this treatment category, one of:
                                  \(categoryList)
          --overturned-share F    Share of Overturned items drawn, 0 to 1 (default: 0.5). Most real
                                  items are Upheld, so a random draw would reward always answering
                                  'upheld'; the quiz draws both at the stated share instead.

        Answers are read line by line from stdin (piping works): u, o, upheld or overturned. On a
        terminal the quiz waits for Enter before the next question, wraps text to the terminal
        width and uses colour (not when piped, nor with NO_COLOR set). End of input stops early
        with the score so far. Ends with 'Score: K/N' and the balanced score: the mean of the
        share right among Upheld items and among Overturned items (0.50 for any one-answer strategy).

        EXIT STATUS: 0 ok, 1 rule errors, 64 usage (including an unknown category), 65 when no
        letter could be read.

        """
    }
    static let options: [OptionSpec] = [
        OptionSpec(name: "corpus", arity: .single), OptionSpec(name: "rules", arity: .single),
        OptionSpec(name: "count", arity: .single), OptionSpec(name: "seed", arity: .single),
        OptionSpec(name: "category", arity: .single), OptionSpec(name: "overturned-share", arity: .single),
    ]

    /// The treatment categories of the lexicon the rules would be read with, for the help.
    static var categoryList: String {
        guard let rules = DataLocator.current.locate(.rules, explicit: nil) else { return "(see Rules/lexicon/categories.lexicon)" }
        let terms = Lexicon.load(directory: rules.path + "/lexicon").lexicon.terms(in: "category")
        guard !terms.isEmpty else { return "(see Rules/lexicon/categories.lexicon)" }
        let wrapped = Terminal(colour: false, width: 96, interactive: false).wrap(
            String(repeating: " ", count: 26) + terms.joined(separator: ", "))
        return String(wrapped.dropFirst(26))
    }

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        let countText = arguments.value("count") ?? "5"
        let seedText = arguments.value("seed") ?? "1"
        guard let count = Int(countText), count > 0, let seed = UInt64(seedText), arguments.positionals.isEmpty else {
            console.error("error: '--count' needs a positive number and '--seed' a non-negative number\nRun 'imr train --help' for usage.")
            return .usage
        }
        let shareText = arguments.value("overturned-share") ?? "0.5"
        guard let share = Double(shareText), share >= 0, share <= 1 else {
            console.error("error: '--overturned-share' needs a number from 0 to 1, not '\(shareText)'\nRun 'imr train --help' for usage.")
            return .usage
        }
        guard let corpus = dataDirectory(.corpus, arguments, console), let rules = dataDirectory(.rules, arguments, console) else {
            return .badInput
        }
        let loaded = EvalCommand.corpusRun(corpus: corpus, rules: rules, console)
        guard let run = loaded.run else { return loaded.failure }
        let category = arguments.value("category")
        let categories = Quiz.categories(in: run)
        if let category, !categories.contains(category) {
            console.error(
                "error: unknown category '\(category)'\(Suggestion.didYouMean(category, in: categories)); the corpus has items of: "
                    + categories.joined(separator: ", "))
            return .usage
        }
        let quiz = Quiz(run: run, count: count, seed: seed, category: category, overturnedShare: share)
        guard !quiz.questions.isEmpty else {
            console.error("error: no item\(category.map { " of category '\($0)'" } ?? "") to ask about")
            return .badInput
        }
        let terminal = Terminal.current
        let drawn = quiz.questions.filter { $0.item.actual == .overturned }.count
        console.out(
            terminal.wrap(
                "\(quiz.questions.count) question\(quiz.questions.count == 1 ? "" : "s"): \(drawn) Overturned and "
                    + "\(quiz.questions.count - drawn) Upheld (in the real letters most items are Upheld; this quiz draws "
                    + "Overturned items at a share of \(String(format: "%.2f", share))).\n"))
        var score = QuizScore()
        questions: for (number, question) in quiz.questions.enumerated() {
            console.out(prompt(question, number: number + 1, of: quiz.questions.count, terminal))
            var answer: Decision?
            while answer == nil {
                console.out("Upheld or Overturned? [u/o] ")
                guard let line = readLine() else {
                    console.out("\n")
                    break questions
                }
                if !terminal.interactive { console.out(line + "\n") }  // piped answers are shown as if typed
                answer = Quiz.answer(line)
                if answer == nil { console.out("Please answer u (upheld) or o (overturned).\n") }
            }
            guard let answer else { break }
            let item = question.item
            score.record(answer: answer, actual: item.actual, category: item.category)
            console.out(reveal(item, answer: answer, terminal))
            if terminal.interactive && number + 1 < quiz.questions.count {
                console.out(terminal.paint("Press Enter for the next question…", .bold))
                guard readLine() != nil else { break }
            }
        }
        console.out("\n" + terminal.wrap(score.summary))
        return .ok
    }

    static func prompt(_ question: Quiz.Question, number: Int, of total: Int, _ terminal: Terminal) -> String {
        let heading =
            "━━ Question \(number)/\(total): \((question.file as NSString).lastPathComponent), item \(question.item.index + 1) (\(question.item.category))"
        return "\n" + terminal.paint(terminal.wrap(heading), .bold) + "\n\n" + terminal.paint("CLINICAL CASE SUMMARY", .bold) + "\n"
            + terminal.wrap(question.input.summary.text.trimmingCharacters(in: .whitespacesAndNewlines)) + "\n\n"
            + terminal.wrap(terminal.paint("REQUEST:", .bold) + " \(question.item.request)") + "\n\n"
    }

    static func reveal(_ item: ItemResult, answer: Decision, _ terminal: Terminal) -> String {
        var text = answer == item.actual ? terminal.paint("Right:", .boldGreen) : terminal.paint("Wrong:", .boldRed)
        text += " the decision was \(Outcomes.label(item.actual)).\n"
        text += "MAXIMUS guideline: \(item.truth.maximusGuideline)\n"
        text += "Rationale: \(item.truth.rationale)\n"
        text += "Engine: \(Outcomes.label(item.predicted))"
        if let rule = item.prediction.ruleLabel { text += " by \(rule)" + (item.prediction.ruleTitle.map { ": \($0)" } ?? "") }
        if item.predicted == .abstain { text += " (\(item.prediction.abstainReason ?? "no rule applies"))" }
        text += "\n" + TextReport.trace(item.prediction, indent: "  ")
        return terminal.colourStatuses(terminal.wrap(text))
    }
}
