import IMREvaluation
import IMRLetters
import IMRTestSupport
import Testing

@testable import IMRHarness

/// Rounds to 4 decimals so hand-computed fractions compare exactly.
private func r(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

@Test func metricsOfAMixedMatrixMatchHandComputedValues() {
    // Actual Upheld: 6 predicted Upheld, 1 Overturned, 1 abstain. Actual Overturned: 1, 2, 1.
    let confusion = Confusion(
        upheld: .init(upheld: 6, overturned: 1, abstain: 1), overturned: .init(upheld: 1, overturned: 2, abstain: 1))
    let m = Metrics(confusion: confusion, citationsAgreeing: 5, citationsCompared: 8)
    #expect(m.items == 12)
    #expect(r(m.accuracy) == r(8.0 / 12))
    #expect(r(m.balancedAccuracy) == 0.625)  // (6/8 + 2/4) / 2
    // TP 2, FN 1+1, FP 1+1, TN 6: (12 - 4) / sqrt(4·4·8·8) = 8/32.
    #expect(r(m.mcc) == 0.25)
    #expect(r(m.overturnedPrecision) == r(2.0 / 3))
    #expect(m.overturnedRecall == 0.5)
    #expect(r(m.coverage) == r(10.0 / 12))
    #expect(m.citationAgreement == 0.625)  // 5 of the 8 decided items whose letter cites a guideline
}

@Test func emptyMatrixGivesZeroEverywhere() {
    let m = Metrics(confusion: Confusion(), citationsAgreeing: 0, citationsCompared: 0)
    #expect(m.items == 0)
    #expect(
        [m.accuracy, m.balancedAccuracy, m.mcc, m.overturnedPrecision, m.overturnedRecall, m.coverage, m.citationAgreement] == [
            0, 0, 0, 0, 0, 0, 0,
        ])
}

@Test func alwaysUpheldOnUpheldItemsHasNoPositiveClass() {
    let m = Metrics(confusion: Confusion(upheld: .init(upheld: 9)), citationsAgreeing: 0, citationsCompared: 0)
    #expect(m.accuracy == 1)
    #expect(m.balancedAccuracy == 1)  // only the Upheld class is present
    #expect(m.mcc == 0)  // a zero row/column makes the denominator 0
    #expect(m.overturnedPrecision == 0)  // nothing predicted Overturned
    #expect(m.overturnedRecall == 0)  // nothing actually Overturned
    #expect(m.coverage == 1)
}

@Test func abstentionsCountAsWrongAndAsTheOppositeDecisionForMCC() {
    // Perfect on decided items, but every item of each class has one abstention.
    let confusion = Confusion(upheld: .init(upheld: 3, abstain: 1), overturned: .init(overturned: 1, abstain: 1))
    let m = Metrics(confusion: confusion, citationsAgreeing: 4, citationsCompared: 4)
    #expect(r(m.accuracy) == r(4.0 / 6))
    #expect(r(m.balancedAccuracy) == r((0.75 + 0.5) / 2))
    // TP 1, FN 1, FP 1, TN 3: (3 - 1) / sqrt(2·2·4·4) = 2/8.
    #expect(r(m.mcc) == 0.25)
    #expect(m.overturnedPrecision == 1)
    #expect(m.overturnedRecall == 0.5)
    #expect(r(m.coverage) == r(4.0 / 6))
    #expect(m.citationAgreement == 1)
}

@Test func perfectlyWrongPredictionsHaveMCCMinusOne() {
    let m = Metrics(
        confusion: Confusion(upheld: .init(overturned: 2), overturned: .init(upheld: 3)), citationsAgreeing: 0, citationsCompared: 5)
    #expect(m.mcc == -1)
    #expect(m.accuracy == 0)
}

@Test func confusionCountsPairs() {
    let c = Confusion([(.upheld, .upheld), (.upheld, .abstain), (.overturned, .overturned), (.overturned, .upheld)])
    #expect(c.upheld == .init(upheld: 1, abstain: 1))
    #expect(c.overturned == .init(upheld: 1, overturned: 1))
    #expect(c.total == 4)
}

/// `coverage` counts every decided item; `guidelineCoverage` leaves out those the labelled fallback
/// decided; the fallback and IMR-practice shares are counted apart, and so are the decisions on
/// recalled wording (an abstention's note, were it set, is not counted).
@Test func guidelineCoverageLeavesOutTheFallback() {
    var items = [
        TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "opioids.ongoing_4as"),
        TestData.item(file: "a.txt", index: 1, actual: .upheld, predicted: .upheld, rule: "fallback.no_guideline_support"),
        TestData.item(file: "b.txt", index: 0, actual: .overturned, predicted: .upheld, rule: "practice.remaining_portion"),
        TestData.item(file: "b.txt", index: 1, actual: .upheld, predicted: .abstain, rule: nil),
    ]
    items[1].prediction.basis = .fallback
    items[2].prediction.basis = .practice
    items[0].prediction.wordingRecalled = "ODG text not found by search"
    items[3].prediction.wordingRecalled = "not a decision"
    let m = Metrics(items: items)
    #expect(m.coverage == 0.75)
    #expect(m.guidelineCoverage == 0.5)  // the guideline rule and the practice rule
    #expect(m.fallbackShare == 0.25)
    #expect(m.practiceShare == 0.25)
    #expect(m.recalledWordingShare == 0.25)
    var tally = RunTally.Counts()
    for item in items { tally.add(item) }
    #expect(tally.metrics == m)
    #expect(TestData.item(file: "c.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "x.y").prediction.basis == .guideline)
}
