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

        public init(file: String, index: Int, request: String, actual: Decision, predicted: PredictedOutcome, rule: String?) {
            self.file = file
            self.index = index
            self.request = request
            self.actual = actual
            self.predicted = predicted
            self.rule = rule
        }

        /// Whether the stored prediction was right.
        public var wasCorrect: Bool { Outcomes.isCorrect(predicted, actual: actual) }
    }

    /// The format version of the file.
    public var version: Int
    /// Sorted by file, then index.
    public var items: [Entry]

    public init(items: [Entry]) {
        version = 1
        self.items = items.sorted { ($0.file, $0.index) < ($1.file, $1.index) }
    }

    /// The baseline of a run's predictions.
    public init(run: CorpusRun) {
        self.init(
            items: run.items.map {
                Entry(
                    file: $0.key, index: $0.index, request: $0.request, actual: $0.actual, predicted: $0.predicted, rule: $0.prediction.rule
                )
            })
    }

    /// The file text: a JSON object whose `items` array has one item per line (diff-friendly).
    public func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try items.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        return "{\n  \"items\": [\n" + lines.map { "    " + $0 }.joined(separator: ",\n")
            + (lines.isEmpty ? "" : "\n") + "  ],\n  \"version\": \(version)\n}\n"
    }

    /// Writes the baseline to `path` atomically (a temporary file in the same directory, then a rename).
    public func write(to path: String) throws(Diagnostic) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(try text().utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw Diagnostic(
                    message: "cannot write baseline: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(message: "cannot write baseline: \(error.localizedDescription)", location: SourceLocation(file: path))
        }
    }

    /// Reads a baseline written by ``write(to:)``.
    public static func read(from path: String) throws(Diagnostic) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(message: "cannot read baseline", location: SourceLocation(file: path))
        }
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw Diagnostic(message: "not a baseline file: \(error)", location: SourceLocation(file: path))
        }
    }
}
