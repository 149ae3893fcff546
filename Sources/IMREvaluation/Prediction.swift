import IMRFacts
import IMRRules
import IMRVocabulary

/// What the engine predicts for one requested item.
public enum PredictedOutcome: String, Hashable, Sendable, Codable {
    case upheld, overturned
    /// No rule applies to the request: the engine does not guess.
    case abstain
}

/// Whether a criterion held for the case.
public enum CriterionStatus: String, Hashable, Sendable, Codable {
    case met
    case unmet
    /// A fact the criterion needs is not documented.
    case notDocumented = "not documented"
}

/// A fact as it was used by a criterion: its value (or `nil` when not documented) and evidence.
public struct TracedFact: Hashable, Sendable, Codable {
    public var name: String
    /// The value rendered for people (`true`, `12 weeks`, `baclofen`, `[multiple_sclerosis]`), or `nil`.
    public var value: String?
    public var evidence: [Evidence]
    /// For a fact not documented: the summary's first word of its topic, which the engine could not
    /// read (``IMRVocabulary/TopicMention``); `nil` when the summary says nothing of it (or it is documented).
    public var mention: TopicMention?

    public init(name: String, value: String?, evidence: [Evidence], mention: TopicMention? = nil) {
        self.name = name
        self.value = value
        self.evidence = evidence
        self.mention = mention
    }
}

/// One criterion considered while evaluating a rule, with its status and the facts it read.
public struct CriterionTrace: Hashable, Sendable, Codable {
    /// The rule the criterion belongs to.
    public var rule: String
    /// The criterion as written in the rule file, e.g. `use_duration <= 3 weeks`.
    public var criterion: String
    public var status: CriterionStatus
    public var facts: [TracedFact]

    public init(rule: String, criterion: String, status: CriterionStatus, facts: [TracedFact]) {
        self.rule = rule
        self.criterion = criterion
        self.status = status
        self.facts = facts
    }

    /// Whether the criterion is not documented while the summary mentions the topic of one of its
    /// facts not documented: "not documented, mentioned".
    public var isMentioned: Bool { status == .notDocumented && facts.contains { $0.value == nil && $0.mention != nil } }
}

/// How far a prediction rests on what the engine read.
public enum PredictionConfidence: String, Hashable, Sendable, Codable {
    /// No criterion it rests on is silent while the summary mentions its topic.
    case firm
    /// Its deciding criterion (or, for an Upheld, a documentation it needs) is not documented while
    /// the summary mentions its topic in words the engine could not read: check it by hand. The
    /// outcome is the one the rules give; only its standing differs.
    case tentative
}

/// The prediction for one requested item, explained.
public struct Prediction: Hashable, Sendable, Codable {
    /// 0-based index of the item in its letter.
    public var index: Int
    /// The request text.
    public var request: String
    public var outcome: PredictedOutcome
    /// The deciding rule's id, or `nil` when abstaining.
    public var rule: String?
    public var ruleTitle: String?
    /// What the deciding rule rests on: a guideline criterion, IMR practice, or the labelled
    /// fallback (`nil` when abstaining).
    public var basis: RuleBasis?
    public var citation: RuleCitation?
    /// Every citation of the deciding rule, the primary one first.
    public var citations: [RuleCitation]
    /// Why the deciding rule's guideline wording is recalled, not checked against the guideline's
    /// text (its `wording recalled` directive); `nil` when the wording was checked, or abstaining.
    public var wordingRecalled: String?
    /// The deciding rule's reasons.
    public var reasons: [String]
    /// Every criterion considered, in evaluation order (rules that applied but passed on included).
    /// Rendered when read (``TraceStorage``): read ``criteria(of:)`` for one rule's.
    public var criteria: [CriterionTrace] {
        get { trace.criteria }
        set { trace = .rendered(newValue) }
    }
    /// The criteria as kept.
    var trace: TraceStorage
    /// For an Upheld: the documentation that would be needed for medical necessity.
    public var missingDocumentation: [String]
    /// Why the engine abstained, when it did (e.g. "no rule applies to drug 'foo'", "unknown request").
    public var abstainReason: String?
    /// Whether the outcome rests on a criterion the summary mentions but the engine could not read
    /// (``PredictionConfidence``); firm for an abstention.
    public var confidence: PredictionConfidence = .firm
    /// For a tentative prediction: the mentions it rests on, each once, in the order of the criteria.
    public var unreadMentions: [TopicMention] = []

    public init(
        index: Int, request: String, outcome: PredictedOutcome, rule: String? = nil, ruleTitle: String? = nil,
        basis: RuleBasis? = nil, citation: RuleCitation? = nil, citations: [RuleCitation] = [], reasons: [String] = [],
        criteria: [CriterionTrace] = [],
        missingDocumentation: [String] = [], abstainReason: String? = nil
    ) {
        self.index = index
        self.request = request
        self.outcome = outcome
        self.rule = rule
        self.ruleTitle = ruleTitle
        self.basis = basis ?? rule.map { _ in .guideline }
        self.citation = citation
        self.citations = citations.isEmpty ? (citation.map { [$0] } ?? []) : citations
        self.reasons = reasons
        self.trace = .rendered(criteria)
        self.missingDocumentation = missingDocumentation
        self.abstainReason = abstainReason
    }

    /// A prediction with its criteria as kept (deferred by the engine).
    init(
        index: Int, request: String, outcome: PredictedOutcome, rule: String? = nil, ruleTitle: String? = nil,
        basis: RuleBasis? = nil, citation: RuleCitation? = nil, citations: [RuleCitation] = [], reasons: [String] = [],
        trace: TraceStorage, missingDocumentation: [String] = [], abstainReason: String? = nil
    ) {
        self.init(
            index: index, request: request, outcome: outcome, rule: rule, ruleTitle: ruleTitle, basis: basis, citation: citation,
            citations: citations, reasons: reasons, missingDocumentation: missingDocumentation, abstainReason: abstainReason)
        self.trace = trace
    }

    enum CodingKeys: String, CodingKey {
        case index, request, outcome, rule, ruleTitle, basis, citation, citations, wordingRecalled, reasons
        case trace = "criteria"
        case missingDocumentation, abstainReason, confidence, unreadMentions
    }

    /// The criteria of the rule with id `rule` (the deciding rule's, say), in evaluation order:
    /// ``criteria`` of that rule, without rendering the others.
    public func criteria(of rule: String) -> [CriterionTrace] {
        trace.criteria(of: rule)
    }

    /// The facts the criteria of the rule with id `rule` read, in order, each with its value as the
    /// trace renders it (`nil`: not documented): the facts of ``criteria(of:)`` without rendering
    /// the criteria's texts or copying their evidence.
    public func criterionFacts(of rule: String) -> [(name: String, value: String?)] {
        trace.criterionFacts(of: rule)
    }
}

extension Prediction {
    /// Whether the labelled fallback decided: no guideline criterion addressed the request.
    public var isFallback: Bool { basis == .fallback }

    /// The deciding rule as people read it: `rule.id`, marked `[fallback]` or `[IMR practice]` when
    /// it is not a guideline criterion; `nil` when abstaining.
    public var ruleLabel: String? {
        guard let rule else { return nil }
        switch basis {
        case .fallback?: return "\(rule) [fallback]"
        case .practice?: return "\(rule) [IMR practice]"
        default: return rule
        }
    }
}
