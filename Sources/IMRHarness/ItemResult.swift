import IMRCore
import IMREvaluation
import IMRLetters

/// One requested item of the corpus: its truth beside the engine's prediction.
public struct ItemResult: Hashable, Sendable {
    /// The letter's path as shown to people (`Corpus/CM16-….txt`).
    public var file: String
    /// The letter's path relative to the corpus directory: the key of the item in a baseline.
    public var key: String
    public var index: Int
    public var request: String
    /// The treatment category of the request (`uncategorised` when the facts give none).
    public var category: String
    public var truth: ItemTruth {
        didSet { updateReasonAgreement() }
    }
    public var prediction: Prediction {
        didSet { updateReasonAgreement() }
    }
    /// Whether the deciding rule's citation agrees with the letter's (`false` when abstaining).
    public var citationAgrees: Bool
    /// Whether the letter cites a guideline the rule's citation can be compared with.
    public var letterCites: Bool
    /// The criteria the reviewer's rationale names met or missing (truth side; docs/harness.md).
    public var namedReasons: [NamedCriterion] {
        didSet { updateReasonAgreement() }
    }
    /// Whether a right prediction rests on a criterion the reviewer named; `nil` when the prediction
    /// is not right or the rationale names no criterion (``ReasonAgreement``). Read once when the
    /// item is made or its truth, prediction or named criteria change: it renders the deciding
    /// rule's criteria, and the tally, the row and the text report each ask for it.
    public private(set) var reasonAgrees: Bool?

    public init(
        file: String, key: String, index: Int, request: String, category: String, truth: ItemTruth,
        prediction: Prediction, citationAgrees: Bool, letterCites: Bool, namedReasons: [NamedCriterion] = []
    ) {
        self.file = file
        self.key = key
        self.index = index
        self.request = request
        self.category = category
        self.truth = truth
        self.prediction = prediction
        self.citationAgrees = citationAgrees
        self.letterCites = letterCites
        self.namedReasons = namedReasons
        updateReasonAgreement()
    }

    private mutating func updateReasonAgreement() {
        reasonAgrees = ReasonAgreement.agrees(prediction, isCorrect: isCorrect, named: namedReasons)
    }

    public var actual: Decision { truth.decision }
    public var predicted: PredictedOutcome { prediction.outcome }
    /// Whether the prediction equals the decision (an abstention is never correct).
    public var isCorrect: Bool { Outcomes.isCorrect(predicted, actual: actual) }
}

/// Comparisons between predicted outcomes and decisions.
public enum Outcomes {
    /// Whether `predicted` equals `actual`; an abstention is never correct.
    public static func isCorrect(_ predicted: PredictedOutcome, actual: Decision) -> Bool {
        predicted.rawValue == actual.rawValue
    }

    /// `Upheld`, `Overturned` or `Abstain`.
    public static func label(_ outcome: PredictedOutcome) -> String {
        switch outcome {
        case .upheld: "Upheld"
        case .overturned: "Overturned"
        case .abstain: "Abstain"
        }
    }

    /// `Upheld` or `Overturned`.
    public static func label(_ decision: Decision) -> String {
        decision == .upheld ? "Upheld" : "Overturned"
    }
}

/// A letter of the run with its input (for reports that show the summary) and its items.
public struct CaseResult: Hashable, Sendable {
    public var file: String
    public var input: CaseInput
    public var items: [ItemResult]

    public init(file: String, input: CaseInput, items: [ItemResult]) {
        self.file = file
        self.input = input
        self.items = items
    }
}

/// A letter that could not be read or parsed.
public struct RunFailure: Hashable, Sendable, Codable {
    public var file: String
    public var error: String
    /// Where in the letter the problem was found, when the parser knows (1-based).
    public var line: Int?
    public var column: Int?

    public init(file: String, error: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.error = error
        self.line = line
        self.column = column
    }

    /// `file`, `file:line` or `file:line:column`, as every report prints it.
    public var location: String { SourceLocation(file: file, line: line, column: column).description }
}

/// The result of running the engine over a corpus.
public struct CorpusRun: Hashable, Sendable {
    public var cases: [CaseResult]
    public var failures: [RunFailure]

    public init(cases: [CaseResult], failures: [RunFailure]) {
        self.cases = cases
        self.failures = failures
    }

    /// Every item, in file order then item order.
    public var items: [ItemResult] { cases.flatMap(\.items) }
}
