import IMREvaluation

/// How often each rule decided the corpus items and how often it was right: the record a
/// prediction carries so that a reviewer sees how far to trust its deciding rule.
public struct RuleRecords: Hashable, Sendable {
    /// One rule's record.
    public struct Record: Hashable, Sendable, Codable {
        /// Corpus items the rule decided.
        public var fired: Int
        /// Of them, those decided as the letter did.
        public var right: Int

        public init(fired: Int, right: Int) {
            self.fired = fired
            self.right = right
        }
    }

    public var records: [String: Record]
    /// Where the records come from, e.g. `Corpus/baseline.json`.
    public var source: String
    /// The digest of the rules the records were made with, when known.
    public var rulesDigest: String?

    /// The records of a saved baseline (its items decided by a rule).
    public init(baseline: Baseline, source: String) {
        var records: [String: Record] = [:]
        for entry in baseline.items where entry.predicted != .abstain {
            guard let rule = entry.rule else { continue }
            records[rule, default: Record(fired: 0, right: 0)].fired += 1
            if entry.wasCorrect { records[rule, default: Record(fired: 0, right: 0)].right += 1 }
        }
        self.records = records
        self.source = source
        rulesDigest = baseline.rulesDigest
    }

    /// The record of `rule`: zero counts when it decided no item.
    public subscript(rule: String) -> Record { records[rule] ?? Record(fired: 0, right: 0) }
}

/// A deciding rule's record as a report shows it beside a prediction.
public struct RuleRecordNote: Hashable, Sendable, Codable {
    public var fired: Int
    public var right: Int
    /// The baseline the record was read from.
    public var source: String
    /// Whether the baseline was saved with the rules in use (`nil` when it does not say).
    public var sameRules: Bool?

    /// The record of `rule` in `records`, compared with the digest of the rules in use.
    public init(rule: String, records: RuleRecords, rulesDigest: String?) {
        let record = records[rule]
        fired = record.fired
        right = record.right
        source = records.source
        sameRules = records.rulesDigest.flatMap { saved in rulesDigest.map { $0 == saved } }
    }

    /// `right 12 of 14 times on the corpus (Corpus/baseline.json)`, with a warning when the
    /// baseline was saved with other rules.
    public var text: String {
        let record =
            fired == 0 ? "no corpus item decided by this rule" : "right \(right) of \(fired) time\(fired == 1 ? "" : "s") on the corpus"
        return record + " (\(source)" + (sameRules == false ? ", saved with other rules" : "") + ")"
    }
}
