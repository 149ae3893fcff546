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

    /// The item's trace: outcome and rule, its record, citations, reasons, the criteria (the
    /// deciding rule's first, then the rules passed over) and the documentation missing.
    public static func text(_ entry: Entry) -> String {
        let p = entry.prediction
        var lines: [String] = ["Item \(p.index + 1): \(p.request)"]
        switch p.outcome {
        case .abstain: lines.append("  Outcome: abstain (\(p.abstainReason ?? "no rule decided"))")
        case .upheld, .overturned:
            lines.append("  Outcome: \(p.outcome.rawValue) by \(p.ruleLabel ?? "?")" + (p.ruleTitle.map { ": \($0)" } ?? ""))
        }
        if let record = entry.record { lines.append("  Record: \(record.text)") }
        if let citation = p.citation { lines.append("  Citation: \(citation)") }
        if let why = p.wordingRecalled { lines.append("  Wording: \(TraceText.recalledWording): \(why)") }
        for other in p.citations.dropFirst() { lines.append("  Also cites: \(other)") }
        for reason in p.reasons { lines.append("  Reason: \(reason)") }
        var text = lines.joined(separator: "\n") + "\n" + TraceText.confidence(p, indent: "  ") + TraceText.criteria(p, indent: "  ")
        if !p.missingDocumentation.isEmpty {
            text += "  Missing documentation:\n"
            for line in p.missingDocumentation { text += "    - \(line)\n" }
        }
        return text
    }
}
