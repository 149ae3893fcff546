import Foundation
import IMREvaluation
import IMRLetters

/// The items `imr train` asks about and the score kept while answering.
public struct Quiz: Sendable {
    /// One question: an item of a letter with the engine's prediction.
    public struct Question: Sendable {
        public var file: String
        public var input: CaseInput
        public var item: ItemResult
    }

    public var questions: [Question]

    /// Selects `count` items of `run` (of `category`, when given) with SplitMix64 seeded by `seed`;
    /// the same run and seed give the same questions.
    public init(run: CorpusRun, count: Int, seed: UInt64, category: String? = nil) {
        var pool: [Question] = []
        for result in run.cases {
            for item in result.items where category == nil || item.category == category {
                pool.append(Question(file: result.file, input: result.input, item: item))
            }
        }
        var generator = SplitMix64(seed: seed)
        questions = generator.sample(pool, count: count)
    }

    /// Reads an answer: `u`/`upheld` or `o`/`overturned`, any case, surrounding spaces ignored.
    public static func answer(_ line: String) -> Decision? {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "u", "upheld": .upheld
        case "o", "overturned": .overturned
        default: nil
        }
    }
}

/// The running score of a quiz.
public struct QuizScore: Hashable, Sendable {
    public private(set) var right = 0
    public private(set) var asked = 0
    /// Categories of the missed items, with how often each was missed.
    public private(set) var missed: [String: Int] = [:]

    public init() {}

    /// Records one answer to an item of `category`.
    public mutating func record(correct: Bool, category: String) {
        asked += 1
        if correct { right += 1 } else { missed[category, default: 0] += 1 }
    }

    /// `Score: K/N`, then the missed categories (most missed first).
    public var summary: String {
        var text = "Score: \(right)/\(asked)\n"
        if !missed.isEmpty {
            let categories = missed.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value))" }
            text += "Missed categories: \(categories.joined(separator: ", "))\n"
        }
        return text
    }
}
