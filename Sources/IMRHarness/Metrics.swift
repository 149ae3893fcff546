import Foundation
import IMRRules

/// The headline metrics of a run, with Overturned as the positive class.
///
/// An abstention is a wrong prediction for accuracy, balanced accuracy and recall; for MCC it is
/// counted as the decision opposite to the actual one (an abstained Overturned item is a false
/// negative, an abstained Upheld item a false positive). A ratio whose denominator is zero is 0.
/// See `docs/harness.md`.
public struct Metrics: Hashable, Sendable, Codable {
    public var items: Int
    /// Items predicted correctly over all items.
    public var accuracy: Double
    /// Mean of the Upheld recall and the Overturned recall, over the classes present.
    public var balancedAccuracy: Double
    /// Matthews correlation coefficient on the 2×2 matrix with abstentions counted as wrong.
    public var mcc: Double
    /// Items actually Overturned over items predicted Overturned.
    public var overturnedPrecision: Double
    /// Items predicted Overturned over items actually Overturned.
    public var overturnedRecall: Double
    /// Items decided by a rule (not abstained) over all items: the labelled fallback included.
    public var coverage: Double
    /// Items decided by a rule other than the labelled fallback over all items: the share a
    /// guideline criterion (or a rule of IMR practice, counted apart in `practiceShare`) decided.
    public var guidelineCoverage: Double
    /// Items decided by the labelled fallback (no guideline support documented) over all items.
    public var fallbackShare: Double
    /// Items decided by a rule of IMR practice (`basis practice`) over all items.
    public var practiceShare: Double
    /// Items decided by a rule whose guideline wording is recalled, not checked against the
    /// guideline's text (`wording recalled`), over all items.
    public var recalledWordingShare: Double
    /// Decided items whose rule citation agrees with the letter's MAXIMUS citation, over the decided
    /// items whose letter cites a guideline.
    public var citationAgreement: Double
    /// Right predictions resting on a criterion the reviewer named, over the right predictions whose
    /// rationale names a criterion (docs/harness.md).
    public var reasonAgreement: Double
    public var confusion: Confusion

    /// Computes the metrics of `confusion`. `citationsCompared` counts the decided items whose letter
    /// cites a guideline, `citationsAgreeing` those of them whose rule citation agrees with it;
    /// `fallbackDecided` and `practiceDecided` count the items the labelled fallback and the rules
    /// of IMR practice decided, `recalledWordingDecided` those decided by a rule whose wording is
    /// recalled; `reasonsCompared` counts the right predictions whose rationale names
    /// a criterion, `reasonsAgreeing` those of them whose deciding rule agrees with one.
    public init(
        confusion: Confusion, citationsAgreeing: Int, citationsCompared: Int, fallbackDecided: Int = 0, practiceDecided: Int = 0,
        recalledWordingDecided: Int = 0, reasonsAgreeing: Int = 0, reasonsCompared: Int = 0
    ) {
        let c = confusion
        let n = c.total
        let correct = c.upheld.upheld + c.overturned.overturned
        let decided = n - c.upheld.abstain - c.overturned.abstain
        items = n
        accuracy = Self.ratio(correct, n)
        let upheldRecall = Self.ratio(c.upheld.upheld, c.upheld.total)
        let overturnedRecall = Self.ratio(c.overturned.overturned, c.overturned.total)
        let presentRecalls = [(c.upheld.total, upheldRecall), (c.overturned.total, overturnedRecall)]
            .filter { $0.0 > 0 }.map(\.1)
        balancedAccuracy = presentRecalls.isEmpty ? 0 : presentRecalls.reduce(0, +) / Double(presentRecalls.count)
        let tp = Double(c.overturned.overturned)
        let fn = Double(c.overturned.upheld + c.overturned.abstain)
        let fp = Double(c.upheld.overturned + c.upheld.abstain)
        let tn = Double(c.upheld.upheld)
        let denominator = ((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)).squareRoot()
        mcc = denominator == 0 ? 0 : (tp * tn - fp * fn) / denominator
        overturnedPrecision = Self.ratio(c.overturned.overturned, c.overturned.overturned + c.upheld.overturned)
        self.overturnedRecall = overturnedRecall
        coverage = Self.ratio(decided, n)
        guidelineCoverage = Self.ratio(decided - fallbackDecided, n)
        fallbackShare = Self.ratio(fallbackDecided, n)
        practiceShare = Self.ratio(practiceDecided, n)
        recalledWordingShare = Self.ratio(recalledWordingDecided, n)
        citationAgreement = Self.ratio(citationsAgreeing, citationsCompared)
        reasonAgreement = Self.ratio(reasonsAgreeing, reasonsCompared)
        self.confusion = confusion
    }

    /// `numerator / denominator`, or 0 when the denominator is 0.
    static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}

extension Metrics {
    /// The metrics of `items`: their confusion, citation agreement, what their rules rest on (and
    /// whether on recalled wording) and reason agreement.
    public init(items: [ItemResult]) {
        self.init(
            confusion: Confusion(items.map { ($0.actual, $0.predicted) }),
            citationsAgreeing: items.filter(\.citationAgrees).count,
            citationsCompared: items.filter { $0.predicted != .abstain && $0.letterCites }.count,
            fallbackDecided: items.filter { $0.predicted != .abstain && $0.prediction.basis == .fallback }.count,
            practiceDecided: items.filter { $0.predicted != .abstain && $0.prediction.basis == .practice }.count,
            recalledWordingDecided: items.filter { $0.predicted != .abstain && $0.prediction.wordingRecalled != nil }.count,
            reasonsAgreeing: items.filter { $0.reasonAgrees == true }.count,
            reasonsCompared: items.filter { $0.reasonAgrees != nil }.count)
    }
}
