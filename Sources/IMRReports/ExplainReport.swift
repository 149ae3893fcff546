import IMREvaluation
import IMRHarness

/// What `imr explain` prints for each item: its prediction with the deciding rule's corpus record.
public enum ExplainReport {
    /// One item: the prediction's JSON with `record` added.
    public struct Entry: Encodable {
        public var prediction: Prediction
        /// The deciding rule's record on the corpus (null when abstaining or without a baseline).
        public var record: RuleRecordNote?

        public init(prediction: Prediction, record: RuleRecordNote?) {
            self.prediction = prediction
            self.record = record
        }

        public func encode(to encoder: any Encoder) throws {
            try prediction.encode(to: encoder)
            enum Keys: String, CodingKey { case record }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(record, forKey: .record)
        }
    }

    /// The item's trace, its record under the outcome line.
    public static func text(_ entry: Entry) -> String {
        var lines = entry.prediction.traceText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let record = entry.record { lines.insert("  Record: \(record.text)", at: min(2, lines.count)) }
        return lines.joined(separator: "\n")
    }
}
