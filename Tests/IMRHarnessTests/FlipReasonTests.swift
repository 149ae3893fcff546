import Foundation
import IMRCore
import IMREvaluation
import Testing

@testable import IMRHarness

private func record(_ rule: String, _ criterion: String, _ status: CriterionStatus, _ values: [String] = []) -> CriterionRecord {
    CriterionRecord(rule: rule, criterion: criterion, status: status, values: values)
}

@Test func firstChangedCriterionIsFoundInTheOrderOfTheNewTrace() {
    let before = [
        record("r.a", "duplicate_opioid", .unmet, ["duplicate_opioid = false"]),
        record("r.b", "functional_improvement", .met, ["functional_improvement = true"]),
        record("r.b", "returned_to_work", .unmet, ["returned_to_work = false"]),
    ]
    var after = before
    after[2].status = .met
    after[1].status = .notDocumented
    after[1].values = ["functional_improvement = not documented"]
    let why = FlipReason.first(before: before, after: after)
    #expect(why?.rule == "r.b")
    #expect(why?.criterion == "functional_improvement")
    #expect(why?.before == .met)
    #expect(why?.after == .notDocumented)
    #expect(why?.valuesAfter == ["functional_improvement = not documented"])
    #expect(FlipReason.first(before: before, after: before) == nil)
}

@Test func anEditedCriterionIsMatchedByItsPositionInTheRule() {
    let before = [record("r.a", "x", .met), record("r.a", "time_since_injury <= 4 weeks", .unmet, ["time_since_injury = 60 days"])]
    let after = [record("r.a", "x", .met), record("r.a", "time_since_injury <= 12 weeks", .met, ["time_since_injury = 60 days"])]
    let why = FlipReason.first(before: before, after: after)
    #expect(why?.criterionBefore == "time_since_injury <= 4 weeks")
    #expect(why?.criterion == "time_since_injury <= 12 weeks")
    #expect(why?.before == .unmet)
    #expect(why?.after == .met)
}

@Test func aCriterionConsideredOnOneSideOnlyDiffers() {
    let before = [record("r.a", "spasm", .unmet)]
    let added = FlipReason.first(before: before, after: before + [record("r.new", "red_flags", .met)])
    #expect(added?.rule == "r.new")
    #expect(added?.before == nil)
    let removed = FlipReason.first(before: before + [record("r.old", "red_flags", .met)], after: before)
    #expect(removed?.rule == "r.old")
    #expect(removed?.after == nil)
}

@Test func comparisonCarriesWhyOnlyWhenBothSidesStoredCriteria() {
    let old = Baseline.Entry(
        file: "a.txt", index: 0, request: "Norco", actual: .upheld, predicted: .upheld, rule: "r.b",
        criteria: [record("r.b", "functional_improvement", .unmet)])
    var new = old
    new.predicted = .overturned
    new.criteria = [record("r.b", "functional_improvement", .met)]
    let change = BaselineComparison(baseline: Baseline(items: [old]), current: Baseline(items: [new])).changes[0]
    #expect(change.criteriaCompared)
    #expect(change.why?.criterion == "functional_improvement")
    var unrecorded = old
    unrecorded.criteria = nil
    let legacy = BaselineComparison(baseline: Baseline(items: [unrecorded]), current: Baseline(items: [new])).changes[0]
    #expect(!legacy.criteriaCompared)
    #expect(legacy.why == nil)
}

@Test func rulesAtARevisionAreExtractedIntoATemporaryDirectoryAndRemoved() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    let checkout = try RevisionCheckout.rules(at: "HEAD", directory: root + "/Rules")
    #expect(checkout.rules.hasSuffix("/Rules"))
    #expect(FileManager.default.fileExists(atPath: checkout.rules + "/opioids.rules"))
    #expect(!FileManager.default.fileExists(atPath: checkout.root + "/.rules.tar"))
    checkout.remove()
    #expect(!FileManager.default.fileExists(atPath: checkout.root))
    #expect(throws: Diagnostic.self) { try RevisionCheckout.rules(at: "no-such-revision-xyz", directory: root + "/Rules") }
}
