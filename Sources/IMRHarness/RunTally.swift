import IMREvaluation
import IMRLetters

/// What a report needs of a run, counted item by item as the letters stream past: the confusion
/// and citation counts overall, per category and per deciding rule, the always-Upheld confusion,
/// and the failed letters. Its size depends on the number of categories and rules, not of letters.
public struct RunTally: Hashable, Sendable {
    /// The counts behind one ``Metrics``.
    public struct Counts: Hashable, Sendable {
        public var confusion = Confusion()
        /// Decided items whose rule citation agrees with the letter's.
        public var citationsAgreeing = 0
        /// Decided items whose letter cites a guideline.
        public var citationsCompared = 0
        /// Items decided by the labelled fallback.
        public var fallbackDecided = 0
        /// Items decided by a rule of IMR practice.
        public var practiceDecided = 0
        /// Items decided by a rule whose guideline wording is recalled (`wording recalled`).
        public var recalledWordingDecided = 0
        /// Right predictions whose rationale names a criterion.
        public var reasonsCompared = 0
        /// Those of them whose deciding rule rests on a named criterion.
        public var reasonsAgreeing = 0

        public init() {}

        /// Counts `item`.
        public mutating func add(_ item: ItemResult) {
            add(item, reasonAgrees: item.reasonAgrees)
        }

        /// Counts `item`, whose ``ItemResult/reasonAgrees`` is `reasonAgrees`.
        mutating func add(_ item: ItemResult, reasonAgrees: Bool?) {
            confusion.add(actual: item.actual, predicted: item.predicted)
            if item.citationAgrees { citationsAgreeing += 1 }
            if item.predicted != .abstain && item.letterCites { citationsCompared += 1 }
            if item.predicted != .abstain && item.prediction.basis == .fallback { fallbackDecided += 1 }
            if item.predicted != .abstain && item.prediction.basis == .practice { practiceDecided += 1 }
            if item.predicted != .abstain && item.prediction.wordingRecalled != nil { recalledWordingDecided += 1 }
            if let agrees = reasonAgrees {
                reasonsCompared += 1
                if agrees { reasonsAgreeing += 1 }
            }
        }

        /// The metrics of these counts.
        public var metrics: Metrics {
            Metrics(
                confusion: confusion, citationsAgreeing: citationsAgreeing, citationsCompared: citationsCompared,
                fallbackDecided: fallbackDecided, practiceDecided: practiceDecided,
                recalledWordingDecided: recalledWordingDecided, reasonsAgreeing: reasonsAgreeing,
                reasonsCompared: reasonsCompared)
        }
    }

    /// How often a rule decided an item and how often rightly; of its right predictions whose
    /// rationale names a criterion, how many rest on one.
    public struct RuleCounts: Hashable, Sendable {
        public var fired = 0
        public var right = 0
        public var reasonsCompared = 0
        public var reasonsAgreeing = 0
    }

    /// Letters evaluated (failed letters are not counted).
    public private(set) var letters = 0
    public private(set) var overall = Counts()
    /// The confusion of predicting Upheld for every item.
    public private(set) var alwaysUpheld = Confusion()
    /// The confusion of the items whose prediction is firm, and of those whose prediction is tentative
    /// (``ConfidenceMetrics``).
    public private(set) var firm = Confusion()
    public private(set) var tentative = Confusion()
    public private(set) var categories: [String: Counts] = [:]
    /// Per deciding rule (abstentions are not counted).
    public private(set) var rules: [String: RuleCounts] = [:]
    /// The failed letters, in the order they were added.
    public private(set) var failures: [RunFailure] = []

    public init() {}

    /// The tally of a whole run in memory.
    public init(run: CorpusRun) {
        for result in run.cases { add(result) }
        failures = run.failures
    }

    /// Counts one letter's outcome.
    public mutating func add(_ outcome: LetterOutcome) {
        switch outcome {
        case .evaluated(let result): add(result)
        case .failed(let failure): failures.append(failure)
        }
    }

    /// Counts a letter and its items.
    public mutating func add(_ result: CaseResult) {
        letters += 1
        // By index: a `for … in` binding copies each item (its prediction, trace and facts retained
        // and released).
        for index in result.items.indices { add(result.items[index]) }
    }

    /// Counts one item.
    public mutating func add(_ item: ItemResult) {
        // Read once: the overall, category and rule counts all need it.
        let reasonAgrees = item.reasonAgrees
        overall.add(item, reasonAgrees: reasonAgrees)
        alwaysUpheld.add(actual: item.actual, predicted: .upheld)
        if item.prediction.confidence == .tentative {
            tentative.add(actual: item.actual, predicted: item.predicted)
        } else {
            firm.add(actual: item.actual, predicted: item.predicted)
        }
        categories[item.category, default: Counts()].add(item, reasonAgrees: reasonAgrees)
        if let rule = item.prediction.rule, item.predicted != .abstain {
            // Changed in place: one look-up of the rule's id, not a read and a write.
            let isCorrect = item.isCorrect
            Self.count(&rules[rule, default: RuleCounts()], isCorrect: isCorrect, reasonAgrees: reasonAgrees)
        }
    }

    /// Counts a decision of a rule: right when `isCorrect`, its reason compared when `reasonAgrees` is given.
    private static func count(_ counts: inout RuleCounts, isCorrect: Bool, reasonAgrees: Bool?) {
        counts.fired += 1
        if isCorrect { counts.right += 1 }
        if let agrees = reasonAgrees {
            counts.reasonsCompared += 1
            if agrees { counts.reasonsAgreeing += 1 }
        }
    }
}
