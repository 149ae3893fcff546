import Foundation
import IMREvaluation
import IMRLetters

/// The items `imr train` asks about and the score kept while answering.
///
/// The corpus is mostly Upheld (224 of 253 items), so a quiz drawn at random rewards answering
/// "upheld" to everything. Questions are drawn with a stated share of Overturned items (half by
/// default) and scored by balanced accuracy, so a one-answer strategy scores 0.5.
public struct Quiz: Sendable {
    /// One question: an item of a letter with the engine's prediction.
    public struct Question: Sendable {
        public var file: String
        public var input: CaseInput
        public var item: ItemResult
    }

    public var questions: [Question]

    /// Selects `count` items of `run` (of `category`, when given) with SplitMix64 seeded by `seed`:
    /// `overturnedShare` of them (rounded) Overturned, the rest Upheld, in shuffled order. When a
    /// side has too few items the other side fills in. The same run and arguments give the same questions.
    public init(run: CorpusRun, count: Int, seed: UInt64, category: String? = nil, overturnedShare: Double = 0.5) {
        var overturned: [Question] = []
        var upheld: [Question] = []
        for result in run.cases {
            for item in result.items where category == nil || item.category == category {
                let question = Question(file: result.file, input: result.input, item: item)
                if item.actual == .overturned { overturned.append(question) } else { upheld.append(question) }
            }
        }
        let total = min(max(count, 0), overturned.count + upheld.count)
        var wantOverturned = min(Int((Double(total) * min(max(overturnedShare, 0), 1)).rounded()), overturned.count)
        let wantUpheld = min(total - wantOverturned, upheld.count)
        wantOverturned = min(total - wantUpheld, overturned.count)
        var generator = SplitMix64(seed: seed)
        let drawn = generator.sample(overturned, count: wantOverturned) + generator.sample(upheld, count: wantUpheld)
        questions = generator.sample(drawn, count: drawn.count)
    }

    /// The treatment categories of `run`'s items, sorted: the values `--category` accepts.
    public static func categories(in run: CorpusRun) -> [String] {
        Set(run.cases.flatMap { $0.items.map(\.category) }).sorted()
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

/// The running score of a quiz: raw, and balanced over the two decisions.
public struct QuizScore: Hashable, Sendable {
    public private(set) var right = 0
    public private(set) var asked = 0
    /// Items asked and answered right, by the real decision.
    public private(set) var askedBy: [Decision: Int] = [:]
    public private(set) var rightBy: [Decision: Int] = [:]
    /// Categories of the missed items, with how often each was missed.
    public private(set) var missed: [String: Int] = [:]

    public init() {}

    /// Records the answer `answer` to an item decided `actual`, of `category`.
    public mutating func record(answer: Decision, actual: Decision, category: String) {
        asked += 1
        askedBy[actual, default: 0] += 1
        if answer == actual {
            right += 1
            rightBy[actual, default: 0] += 1
        } else {
            missed[category, default: 0] += 1
        }
    }

    /// The mean of the share right among Upheld items and among Overturned items (balanced
    /// accuracy): 0.5 for answering one way throughout. `nil` until both kinds were asked.
    public var balanced: Double? {
        guard let upheld = askedBy[.upheld], upheld > 0, let overturned = askedBy[.overturned], overturned > 0 else { return nil }
        return (Double(rightBy[.upheld, default: 0]) / Double(upheld) + Double(rightBy[.overturned, default: 0]) / Double(overturned)) / 2
    }

    /// `Score: K/N`, the balanced score with each side's count, then the missed categories (most missed first).
    public var summary: String {
        var text = "Score: \(right)/\(asked)\n"
        let sides =
            "Upheld \(rightBy[.upheld, default: 0])/\(askedBy[.upheld, default: 0]), "
            + "Overturned \(rightBy[.overturned, default: 0])/\(askedBy[.overturned, default: 0])"
        if let balanced {
            text += "Balanced score: \(String(format: "%.2f", balanced)) (\(sides); 0.50 is what one answer for everything scores)\n"
        } else if asked > 0 {
            text += "Balanced score: not defined until both decisions were asked (\(sides))\n"
        }
        if !missed.isEmpty {
            let categories = missed.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value))" }
            text += "Missed categories: \(categories.joined(separator: ", "))\n"
        }
        return text
    }
}
