import IMREvaluation

/// How the predictions' confidence (``IMREvaluation/PredictionConfidence``) separates right from
/// wrong: the share of items whose prediction is firm, the metrics of the firm items and of the
/// tentative ones, and the share of the wrong predictions flagged tentative. An abstention is firm
/// (it rests on no criterion) and, as everywhere, wrong; the wrong predictions flagged are counted
/// among the items decided. See `docs/harness.md`.
public struct ConfidenceMetrics: Hashable, Sendable, Codable {
    /// Items whose prediction is firm, over all items.
    public var coverage: Double
    /// The metrics of the firm items.
    public var firm: Metrics
    /// The metrics of the tentative items.
    public var tentative: Metrics
    /// Items decided wrongly (Upheld for Overturned or the reverse).
    public var wrong: Int
    /// Those of them whose prediction is tentative.
    public var wrongFlagged: Int
    /// `wrongFlagged` over `wrong`.
    public var wrongFlaggedShare: Double

    /// The figures of the firm items' confusion `firm` and the tentative items' `tentative`.
    public init(firm: Confusion, tentative: Confusion) {
        let items = firm.total + tentative.total
        coverage = Metrics.ratio(firm.total, items)
        self.firm = Metrics(confusion: firm, citationsAgreeing: 0, citationsCompared: 0)
        self.tentative = Metrics(confusion: tentative, citationsAgreeing: 0, citationsCompared: 0)
        let wrongOf = { (c: Confusion) in c.upheld.overturned + c.overturned.upheld }
        wrong = wrongOf(firm) + wrongOf(tentative)
        wrongFlagged = wrongOf(tentative)
        wrongFlaggedShare = Metrics.ratio(wrongFlagged, wrong)
    }
}
