import Foundation
import IMREvaluation
import Testing

@testable import IMRHarness

@Test func ruleRecordsCountDecidedAndRightItemsOfABaseline() {
    var baseline = Baseline(items: [
        .init(file: "a.txt", index: 0, request: "x", actual: .upheld, predicted: .upheld, rule: "r.a"),
        .init(file: "a.txt", index: 1, request: "x", actual: .overturned, predicted: .upheld, rule: "r.a"),
        .init(file: "b.txt", index: 0, request: "x", actual: .upheld, predicted: .abstain, rule: nil),
        .init(file: "b.txt", index: 1, request: "x", actual: .overturned, predicted: .overturned, rule: "r.b"),
    ])
    baseline.rulesDigest = "sha256:1"
    let records = RuleRecords(baseline: baseline, source: "Corpus/baseline.json")
    #expect(records["r.a"] == .init(fired: 2, right: 1))
    #expect(records["r.b"] == .init(fired: 1, right: 1))
    #expect(records["r.none"] == .init(fired: 0, right: 0))
    let same = RuleRecordNote(rule: "r.a", records: records, rulesDigest: "sha256:1")
    #expect(same.text == "right 1 of 2 times on the corpus (Corpus/baseline.json)")
    #expect(same.sameRules == true)
    let other = RuleRecordNote(rule: "r.b", records: records, rulesDigest: "sha256:2")
    #expect(other.text == "right 1 of 1 time on the corpus (Corpus/baseline.json, saved with other rules)")
    #expect(RuleRecordNote(rule: "r.none", records: records, rulesDigest: nil).sameRules == nil)
}

@Test func baselineKeepsItsRulesDigestThroughAFile() throws {
    var baseline = Baseline(items: [.init(file: "a.txt", index: 0, request: "x", actual: .upheld, predicted: .upheld, rule: "r.a")])
    baseline.rulesDigest = "sha256:abc"
    let text = try baseline.text()
    #expect(text.contains("\n  \"rulesDigest\": \"sha256:abc\",\n"))
    let decoded = try JSONDecoder().decode(Baseline.self, from: Data(text.utf8))
    #expect(decoded.rulesDigest == "sha256:abc")
}
