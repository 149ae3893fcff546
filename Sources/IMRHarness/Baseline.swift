import Foundation
import IMRCore
import IMREvaluation
import IMRLetters

/// The stored predictions of a run, one item per line, for the regression gate.
public struct Baseline: Hashable, Sendable, Codable {
    /// One item's stored prediction, keyed by its letter (relative to the corpus) and index.
    public struct Entry: Hashable, Sendable, Codable {
        public var file: String
        public var index: Int
        public var request: String
        public var actual: Decision
        public var predicted: PredictedOutcome
        public var rule: String?
        /// Every criterion the prediction considered, in evaluation order, with its status and fact
        /// values (`nil` in baselines saved before criteria were stored): what `--baseline` and
        /// `imr diff` compare to say why an item flipped.
        public var criteria: [CriterionRecord]?

        public init(
            file: String, index: Int, request: String, actual: Decision, predicted: PredictedOutcome, rule: String?,
            criteria: [CriterionRecord]? = nil
        ) {
            self.file = file
            self.index = index
            self.request = request
            self.actual = actual
            self.predicted = predicted
            self.rule = rule
            self.criteria = criteria
        }

        /// Whether the stored prediction was right.
        public var wasCorrect: Bool { Outcomes.isCorrect(predicted, actual: actual) }
    }

    /// A letter that failed to parse in the run the baseline was saved from (only with `--force`).
    public struct FailedLetter: Hashable, Sendable, Codable {
        public var file: String
        public var error: String

        public init(file: String, error: String) {
            self.file = file
            self.error = error
        }
    }

    /// The format version this engine writes and reads.
    public static let currentVersion = 1

    /// The format version of the file.
    public var version: Int
    /// Sorted by file, then index.
    public var items: [Entry]
    /// The letters that failed to parse, sorted by file (empty after a complete run).
    public var failed: [FailedLetter]
    /// The digest of the rules the baseline was saved with (`Provenance.rulesDigest`), when known:
    /// tells whether a rule's corpus record (``RuleRecords``) is of the rules in use.
    public var rulesDigest: String?

    public init(items: [Entry], failed: [FailedLetter] = []) {
        version = Self.currentVersion
        self.items = items.sorted { ($0.file, $0.index) < ($1.file, $1.index) }
        self.failed = failed.sorted { $0.file < $1.file }
    }

    /// The baseline of a run's predictions and of its failed letters.
    public init(run: CorpusRun) {
        self.init(
            items: run.items.map {
                Entry(
                    file: $0.key, index: $0.index, request: $0.request, actual: $0.actual, predicted: $0.predicted,
                    rule: $0.prediction.rule,
                    criteria: $0.prediction.criteria.map(CriterionRecord.init))
            },
            failed: run.failures.map { FailedLetter(file: $0.file, error: $0.error) })
    }

    private enum CodingKeys: String, CodingKey {
        case version, items, failed, rulesDigest
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        items = try container.decode([Entry].self, forKey: .items)
        failed = try container.decodeIfPresent([FailedLetter].self, forKey: .failed) ?? []
        rulesDigest = try container.decodeIfPresent(String.self, forKey: .rulesDigest)
    }

    /// The file text: a JSON object whose `items` array has one item per line (diff-friendly),
    /// then the failed letters (when there are any), one per line.
    public func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func array(_ lines: [String]) -> String {
            "[\n" + lines.map { "    " + $0 }.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "  ]"
        }
        let itemLines = try items.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let failedLines = try failed.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let digest = try rulesDigest.map { "  \"rulesDigest\": " + String(decoding: try encoder.encode($0), as: UTF8.self) + ",\n" } ?? ""
        return "{\n" + (failed.isEmpty ? "" : "  \"failed\": \(array(failedLines)),\n") + "  \"items\": \(array(itemLines)),\n"
            + digest + "  \"version\": \(version)\n}\n"
    }

    /// Writes the baseline to `path` whole or not at all (``AtomicFile``: a temporary file beside
    /// it, renamed over it, keeping its mode).
    public func write(to path: String) throws(Diagnostic) {
        let text: String
        do {
            text = try self.text()
        } catch {
            throw Diagnostic(message: "cannot encode the baseline: \(error)", location: SourceLocation(file: path))
        }
        try AtomicFile.write(Array(text.utf8), to: path)
    }

    /// Reads a baseline written by ``write(to:)``. A file of another format version, or one with no
    /// item, is an error: a gate against it would pass whatever the run predicts.
    public static func read(from path: String) throws(Diagnostic) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(message: "cannot read baseline", location: SourceLocation(file: path))
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw Diagnostic(message: "not a baseline file: \(error)", location: SourceLocation(file: path))
        }
        guard baseline.version == currentVersion else {
            throw Diagnostic(
                message: "baseline format version \(baseline.version) is not supported (this engine reads version \(currentVersion))",
                location: SourceLocation(file: path))
        }
        guard !baseline.items.isEmpty else {
            throw Diagnostic(message: "the baseline has no item: nothing to compare with", location: SourceLocation(file: path))
        }
        return baseline
    }
}
