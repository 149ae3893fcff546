import IMREvaluation
import IMRLetters
import IMRTestSupport
import Testing

@testable import IMRHarness

/// The harness's confidence figures on fixed predictions: the share firm, the metrics of the firm
/// and of the tentative items, and the share of the wrong predictions flagged tentative.
@Suite struct ConfidenceMetricsTests {
    /// An item of `actual` predicted `predicted` with `confidence`.
    private func item(_ index: Int, _ actual: Decision, _ predicted: PredictedOutcome, _ confidence: PredictionConfidence) -> ItemResult {
        var item = TestData.item(file: "a.txt", index: index, actual: actual, predicted: predicted, rule: "r.one")
        item.prediction.confidence = confidence
        return item
    }

    @Test func theTallySplitsTheItemsByConfidence() {
        // Firm: 4 Upheld right, 1 Upheld predicted Overturned, 1 Overturned right, 1 abstained Upheld.
        // Tentative: 1 Upheld right, 2 Overturned predicted Upheld.
        let items = [
            item(0, .upheld, .upheld, .firm), item(1, .upheld, .upheld, .firm), item(2, .upheld, .upheld, .firm),
            item(3, .upheld, .upheld, .firm), item(4, .upheld, .overturned, .firm), item(5, .overturned, .overturned, .firm),
            item(6, .upheld, .abstain, .firm), item(7, .upheld, .upheld, .tentative), item(8, .overturned, .upheld, .tentative),
            item(9, .overturned, .upheld, .tentative),
        ]
        var tally = RunTally()
        for item in items { tally.add(item) }
        let c = ConfidenceMetrics(firm: tally.firm, tentative: tally.tentative)
        #expect(c.coverage == 0.7)
        #expect(c.firm.items == 7)
        #expect(c.tentative.items == 3)
        let firmBalancedAccuracy: Double = (4.0 / 6.0 + 1.0) / 2.0  // Upheld 4/6, Overturned 1/1
        #expect(c.firm.balancedAccuracy == firmBalancedAccuracy)
        #expect(c.tentative.balancedAccuracy == 0.5)  // (1/1 + 0/2) / 2
        #expect(c.tentative.mcc == 0)
        // Wrong among the decided: item 4 (firm), items 8 and 9 (tentative); the abstention is not flagged.
        #expect(c.wrong == 3)
        #expect(c.wrongFlagged == 2)
        let flagged: Double = 2.0 / 3.0
        #expect(c.wrongFlaggedShare == flagged)
    }

    @Test func noItemsGiveZeroEverywhere() {
        let c = ConfidenceMetrics(firm: Confusion(), tentative: Confusion())
        #expect([c.coverage, c.firm.balancedAccuracy, c.tentative.balancedAccuracy, c.wrongFlaggedShare] == [0, 0, 0, 0])
        #expect(c.wrong == 0)
    }
}
