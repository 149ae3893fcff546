import IMREvaluation
import IMRHarness
import IMRRules
import IMRVocabulary

/// What `imr check` prints for each request: JSON entries and text.
public enum CheckReport {
    /// The JSON of one request.
    public struct Entry: Encodable {
        var request: String
        var predicted: PredictedOutcome
        var rule: String?
        /// What the deciding rule rests on: `guideline`, `practice` or `fallback` (null when abstaining).
        var basis: RuleBasis?
        var ruleTitle: String?
        var citation: String?
        /// Why the deciding rule's guideline wording is recalled, not checked against the
        /// guideline's text (absent when it was checked, or abstaining).
        var wordingRecalled: String?
        var reasons: [String]
        var criteria: [CriterionTrace]
        var unmet: [NamedCriterionStatus]
        var notDocumented: [NamedCriterionStatus]
        var missingDocumentation: [String]
        var abstainReason: String?
        /// `firm`, or `tentative` when the outcome rests on a criterion the summary mentions in words
        /// the engine could not read (``PredictionConfidence``).
        var confidence: PredictionConfidence
        /// The mentions a tentative prediction rests on (empty when firm).
        var unreadMentions: [TopicMention]
        /// The deciding rule's record on the corpus (null when abstaining or when no baseline was found).
        var record: RuleRecordNote?

        public func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey {
                case request, predicted, rule, basis, ruleTitle, citation, wordingRecalled, reasons, criteria, unmet, notDocumented,
                    missingDocumentation,
                    abstainReason, record, confidence, unreadMentions
            }
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(request, forKey: .request)
            try c.encode(predicted, forKey: .predicted)
            try c.encode(rule, forKey: .rule)
            try c.encode(basis, forKey: .basis)
            try c.encode(ruleTitle, forKey: .ruleTitle)
            try c.encode(citation, forKey: .citation)
            try c.encodeIfPresent(wordingRecalled, forKey: .wordingRecalled)
            try c.encode(reasons, forKey: .reasons)
            try c.encode(criteria, forKey: .criteria)
            try c.encode(unmet, forKey: .unmet)
            try c.encode(notDocumented, forKey: .notDocumented)
            try c.encode(missingDocumentation, forKey: .missingDocumentation)
            try c.encode(abstainReason, forKey: .abstainReason)
            try c.encode(record, forKey: .record)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(unreadMentions, forKey: .unreadMentions)
        }

        /// The entry of prediction `p`: its criteria, those unmet and not documented (each with its
        /// rule), and the deciding rule's record in `records`, when given.
        public init(_ p: Prediction, records: RuleRecords? = nil, rulesDigest: String? = nil) {
            request = p.request
            predicted = p.outcome
            rule = p.rule
            basis = p.basis
            ruleTitle = p.ruleTitle
            citation = p.citation?.description
            wordingRecalled = p.wordingRecalled
            reasons = p.reasons
            criteria = p.criteria
            unmet = p.criteria.filter { $0.status == .unmet }.map { NamedCriterionStatus(rule: $0.rule, criterion: $0.criterion) }
            notDocumented = p.criteria.filter { $0.status == .notDocumented }.map {
                NamedCriterionStatus(rule: $0.rule, criterion: $0.criterion)
            }
            missingDocumentation = p.missingDocumentation
            abstainReason = p.abstainReason
            confidence = p.confidence
            unreadMentions = p.unreadMentions
            record = records.flatMap { records in p.rule.map { RuleRecordNote(rule: $0, records: records, rulesDigest: rulesDigest) } }
        }
    }

    /// A criterion named with the rule it belongs to.
    public struct NamedCriterionStatus: Hashable, Sendable, Codable {
        public var rule: String
        public var criterion: String
    }

    /// One request's prediction for people, with the deciding rule's record when given.
    public static func text(_ p: Prediction, record: RuleRecordNote? = nil) -> String {
        var text = "\(p.request)\n  predicted: \(Outcomes.label(p.outcome))"
        if let rule = p.ruleLabel { text += " by \(rule)" + (p.ruleTitle.map { ": \($0)" } ?? "") }
        text += "\n"
        if let record { text += "  record: \(record.text)\n" }
        if p.outcome == .abstain { text += "  no rule decides: \(p.abstainReason ?? "no rule applies to this request")\n" }
        text += TraceText.confidence(p, indent: "  ")
        text += TextReport.trace(p, indent: "  ")
        if p.outcome == .upheld && !p.missingDocumentation.isEmpty {
            text += "  documentation needed for medical necessity:\n"
            for need in p.missingDocumentation { text += "    - \(need)\n" }
        }
        return text
    }
}
