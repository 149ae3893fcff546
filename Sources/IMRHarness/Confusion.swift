import IMREvaluation
import IMRLetters

/// Counts of items by actual decision (rows) and predicted outcome (columns, abstain included).
public struct Confusion: Hashable, Sendable, Codable {
    /// Items actually Upheld, by prediction.
    public var upheld: Row
    /// Items actually Overturned, by prediction.
    public var overturned: Row

    /// One row of the matrix: how the items of one actual decision were predicted.
    public struct Row: Hashable, Sendable, Codable {
        public var upheld: Int
        public var overturned: Int
        public var abstain: Int

        public init(upheld: Int = 0, overturned: Int = 0, abstain: Int = 0) {
            self.upheld = upheld
            self.overturned = overturned
            self.abstain = abstain
        }

        /// Every item of the row.
        public var total: Int { upheld + overturned + abstain }

        subscript(outcome: PredictedOutcome) -> Int {
            get {
                switch outcome {
                case .upheld: upheld
                case .overturned: overturned
                case .abstain: abstain
                }
            }
            set {
                switch outcome {
                case .upheld: upheld = newValue
                case .overturned: overturned = newValue
                case .abstain: abstain = newValue
                }
            }
        }
    }

    public init(upheld: Row = Row(), overturned: Row = Row()) {
        self.upheld = upheld
        self.overturned = overturned
    }

    /// Counts `pairs` of (actual decision, predicted outcome).
    public init(_ pairs: some Sequence<(Decision, PredictedOutcome)>) {
        self.init()
        for (actual, predicted) in pairs { add(actual: actual, predicted: predicted) }
    }

    /// Counts one item.
    public mutating func add(actual: Decision, predicted: PredictedOutcome) {
        switch actual {
        case .upheld: upheld[predicted] += 1
        case .overturned: overturned[predicted] += 1
        }
    }

    /// Every item counted.
    public var total: Int { upheld.total + overturned.total }
}
