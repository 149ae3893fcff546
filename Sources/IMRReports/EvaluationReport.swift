import IMREvaluation
import IMRHarness
import IMRLetters
import IMRRules

/// Everything `imr eval` reports about a run: metrics beside the always-Upheld baseline, tables per
/// category and per rule, every item and every failure. Encodes to the documented JSON.
public struct EvaluationReport: Sendable, Encodable {
    public var metrics: Metrics
    /// The metrics of predicting Upheld for every item.
    public var alwaysUpheld: Metrics
    /// How the predictions' confidence separates right from wrong (``IMRHarness/ConfidenceMetrics``).
    public var confidence: ConfidenceMetrics
    public var perCategory: [CategoryRow]
    public var perRule: [RuleRow]
    public var items: [ItemRow]
    public var failures: [RunFailure]
    /// Items whose prediction changed against a baseline (only with a baseline).
    public var changes: [PredictionChange]?
    /// The changes that made a right item wrong (only with a baseline).
    public var regressions: [PredictionChange]?
    /// The engine that made the predictions (`EngineVersion.current`), when the caller gives it.
    public var engineVersion: String?
    /// The digest of the rule set used (`Provenance.digest(ofRulesIn:)`), when the caller gives it.
    public var rulesDigest: String?

    /// Metrics of one treatment category.
    public struct CategoryRow: Hashable, Sendable, Codable {
        public var category: String
        public var metrics: Metrics
    }

    /// How often a rule decided and how often it was right; of its right predictions whose
    /// rationale names a criterion (`reasonsCompared`), how many rest on one (`reasonsAgreeing`).
    public struct RuleRow: Hashable, Sendable, Codable {
        public var rule: String
        public var fired: Int
        public var right: Int
        public var wrong: Int
        public var reasonsCompared: Int
        public var reasonsAgreeing: Int

        public init(rule: String, fired: Int, right: Int, wrong: Int, reasonsCompared: Int = 0, reasonsAgreeing: Int = 0) {
            self.rule = rule
            self.fired = fired
            self.right = right
            self.wrong = wrong
            self.reasonsCompared = reasonsCompared
            self.reasonsAgreeing = reasonsAgreeing
        }
    }

    /// One item as the report lists it.
    public struct ItemRow: Hashable, Sendable, Encodable {
        public var file: String
        public var index: Int
        public var request: String
        public var category: String
        public var actual: Decision
        public var predicted: PredictedOutcome
        public var rule: String?
        /// What the deciding rule rests on: `guideline`, `practice` or `fallback` (null when abstaining).
        public var basis: RuleBasis?
        public var citation: String?
        public var citationAgrees: Bool
        /// Whether the letter cites a guideline (items counted by the citation agreement).
        public var letterCites: Bool
        public var maximusGuideline: String
        /// Whether a right prediction rests on a criterion the reviewer named (`nil`: not right, or
        /// the rationale names none).
        public var reasonAgrees: Bool?
        /// The criteria the rationale names met or missing.
        public var namedReasons: [NamedCriterion]
        /// `firm`, or `tentative` when the prediction rests on a criterion the summary mentions in
        /// words the engine could not read.
        public var confidence: PredictionConfidence
        /// The whole prediction with its trace (only with `--explain`).
        public var trace: Prediction?

        /// The row of `item`; `explain` keeps its whole trace.
        public init(_ item: ItemResult, explain: Bool) {
            file = item.file
            index = item.index
            request = item.request
            category = item.category
            actual = item.actual
            predicted = item.predicted
            rule = item.prediction.rule
            basis = item.prediction.basis
            citation = item.prediction.citation?.description
            citationAgrees = item.citationAgrees
            letterCites = item.letterCites
            maximusGuideline = item.truth.maximusGuideline
            reasonAgrees = item.reasonAgrees
            namedReasons = item.namedReasons
            confidence = item.prediction.confidence
            trace = explain ? item.prediction : nil
        }

        enum CodingKeys: String, CodingKey {
            case file, index, request, category, actual, predicted, rule, basis, citation, citationAgrees, letterCites, maximusGuideline,
                reasonAgrees, namedReasons, confidence, trace
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(index, forKey: .index)
            try container.encode(request, forKey: .request)
            try container.encode(category, forKey: .category)
            try container.encode(actual, forKey: .actual)
            try container.encode(predicted, forKey: .predicted)
            try container.encode(rule, forKey: .rule)
            try container.encode(basis, forKey: .basis)
            try container.encode(citation, forKey: .citation)
            try container.encode(citationAgrees, forKey: .citationAgrees)
            try container.encode(letterCites, forKey: .letterCites)
            try container.encode(maximusGuideline, forKey: .maximusGuideline)
            try container.encode(reasonAgrees, forKey: .reasonAgrees)
            try container.encode(namedReasons, forKey: .namedReasons)
            try container.encode(confidence, forKey: .confidence)
            try container.encodeIfPresent(trace, forKey: .trace)
        }
    }

    /// Builds the report of `run`; `explain` keeps each item's whole trace.
    public init(run: CorpusRun, explain: Bool = false, comparison: BaselineComparison? = nil) {
        self.init(tally: RunTally(run: run), items: run.items.map { ItemRow($0, explain: explain) }, comparison: comparison)
    }

    /// Builds the report from the counts of a run and the rows it lists (in the order given).
    public init(tally: RunTally, items: [ItemRow], comparison: BaselineComparison? = nil) {
        metrics = tally.overall.metrics
        alwaysUpheld = Metrics(confusion: tally.alwaysUpheld, citationsAgreeing: 0, citationsCompared: 0)
        confidence = ConfidenceMetrics(firm: tally.firm, tentative: tally.tentative)
        perCategory = tally.categories
            .map { CategoryRow(category: $0.key, metrics: $0.value.metrics) }
            .sorted { ($0.metrics.items, $1.category) > ($1.metrics.items, $0.category) }
        perRule = tally.rules
            .map { rule, counts in
                RuleRow(
                    rule: rule, fired: counts.fired, right: counts.right, wrong: counts.fired - counts.right,
                    reasonsCompared: counts.reasonsCompared, reasonsAgreeing: counts.reasonsAgreeing)
            }
            .sorted { ($0.fired, $1.rule) > ($1.fired, $0.rule) }
        self.items = items
        failures = tally.failures
        changes = comparison?.changes
        regressions = comparison?.regressions
    }
}
