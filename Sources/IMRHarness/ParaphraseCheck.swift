import Foundation
import IMRCore
import IMREvaluation
import IMRLetters

/// Corpus summaries rewritten in another reviewer's words (every clinical fact kept), checked
/// against the originals: the same letter with the rewritten summary must get the same prediction,
/// from the same rule, reading the same values of the facts that rule reads.
public struct ParaphraseCheck: Sendable {
    /// One way a paraphrased letter's prediction differs from the original's.
    public struct Difference: Sendable, Equatable, Encodable {
        public var letter: String
        /// 1-based position of the request in the letter.
        public var request: Int
        /// What differs: `outcome`, `rule`, or the name of a fact the deciding rule reads.
        public var aspect: String
        public var original: String
        public var paraphrase: String
    }

    /// What one paraphrase set shows: every difference, and how the letters' decisions are
    /// predicted as written and as rewritten (``Confusion`` against each letter's truth).
    public struct Result: Sendable, Encodable {
        /// Letters checked.
        public var letters: Int
        public var differences: [Difference]
        /// The original letters' predictions against their decisions.
        public var originals: Confusion
        /// The rewritten letters' predictions against the same decisions.
        public var paraphrased: Confusion
    }

    public var engine: Engine

    public init(engine: Engine) {
        self.engine = engine
    }

    /// The `*.txt` paraphrases of `directory` (each named like the corpus letter it rewrites)
    /// compared with the originals in `corpus`: every difference, and both readings of each letter
    /// counted against its decisions (truth read here, by the harness, never by the engine).
    public func run(paraphrases directory: String, corpus: String) throws(Diagnostic) -> Result {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw Diagnostic(message: "cannot read paraphrase directory", location: SourceLocation(file: directory))
        }
        var result = Result(letters: 0, differences: [], originals: Confusion(), paraphrased: Confusion())
        let files = names.filter { $0.hasSuffix(".txt") }.sorted()
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Diagnostic(message: "cannot read file", location: SourceLocation(file: path))
            }
            let letterPath = (corpus as NSString).appendingPathComponent(name)
            let bytes = try InputFile.read(letterPath)
            let letter = try LetterParser.parse(bytes, file: letterPath)
            let rewritten = try Self.splice(Array(data), into: bytes, summary: letter.input.summary, file: letterPath)
            let (before, after) = (engine.predict(letter.input), engine.predict(rewritten))
            result.differences += Self.compare(before, after, letter: name)
            Self.count(before, against: letter.truth, into: &result.originals)
            Self.count(after, against: letter.truth, into: &result.paraphrased)
        }
        result.letters = files.count
        return result
    }

    /// Adds each prediction of `predictions` beside the decision `truth` records for its item.
    static func count(_ predictions: [Prediction], against truth: Truth, into confusion: inout Confusion) {
        for prediction in predictions where prediction.index < truth.items.count {
            confusion.add(actual: truth.items[prediction.index].decision, predicted: prediction.outcome)
        }
    }

    /// The case input of the letter `bytes` with `paraphrase` in place of the text of its summary:
    /// the letter is parsed again, so the paraphrase is read as a letter's summary is (lines joined
    /// into paragraphs, a blank line between paragraphs), not as the fixture's lines stand.
    static func splice(_ paraphrase: [UInt8], into bytes: [UInt8], summary: NormalizedText, file: String) throws(Diagnostic)
        -> CaseInput
    {
        guard let start = summary.originalOffsets.first, let end = summary.originalOffsets.last, start <= end, end <= bytes.count
        else { throw Diagnostic(message: "the letter has no clinical case summary to rewrite", location: SourceLocation(file: file)) }
        return try LetterParser.parse(Array(bytes[..<start]) + paraphrase + Array(bytes[end...]), file: file).input
    }

    /// The differences between the predictions of an original letter and of its paraphrase.
    static func compare(_ originals: [Prediction], _ paraphrased: [Prediction], letter: String) -> [Difference] {
        var found: [Difference] = []
        for (position, original) in originals.enumerated() {
            let request = position + 1
            guard let other = paraphrased.first(where: { $0.index == original.index }) else {
                found.append(
                    Difference(letter: letter, request: request, aspect: "outcome", original: original.outcome.rawValue, paraphrase: "none")
                )
                continue
            }
            if other.outcome != original.outcome {
                found.append(
                    Difference(
                        letter: letter, request: request, aspect: "outcome", original: original.outcome.rawValue,
                        paraphrase: other.outcome.rawValue))
            }
            if other.rule != original.rule {
                found.append(
                    Difference(
                        letter: letter, request: request, aspect: "rule", original: original.rule ?? "none",
                        paraphrase: other.rule ?? "none"))
                continue
            }
            let before = Self.decidingFacts(of: original)
            let after = Self.decidingFacts(of: other)
            for name in before.keys.sorted() where before[name] != after[name] {
                found.append(
                    Difference(
                        letter: letter, request: request, aspect: name, original: before[name].flatMap { $0 } ?? "not documented",
                        paraphrase: after[name].flatMap { $0 } ?? "not documented"))
            }
        }
        return found
    }

    /// The values (rendered; `nil` when not documented) of the facts the deciding rule's criteria read.
    static func decidingFacts(of prediction: Prediction) -> [String: String?] {
        var values: [String: String?] = [:]
        for criterion in prediction.rule.map({ prediction.criteria(of: $0) }) ?? [] {
            for fact in criterion.facts { values[fact.name] = fact.value }
        }
        return values
    }
}
