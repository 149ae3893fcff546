import Foundation
import Testing

@testable import IMRHarness

/// Label agreement between two labellings of the same letters (`imr gold --agreement`).
@Suite struct GoldAgreementTests {
    /// (first value, second value, agreed, shared terms, terms either holds)
    static let pairs: [(GoldValue?, GoldValue?, Int, Int, Int)] = [
        (.bool(true), .bool(true), 1, 0, 0),
        (.bool(true), .bool(false), 0, 0, 0),
        (nil, nil, 1, 0, 0),
        (nil, .bool(false), 0, 0, 0),
        (.number(7.5), .number(7.5), 1, 0, 0),
        (.number(28), .number(30), 0, 0, 0),
        (.term("mri"), .term("positional_mri"), 0, 0, 0),
        (.terms(["a", "b"]), .terms(["b", "a"]), 1, 2, 2),
        (.terms(["a", "b"]), .terms(["b", "c"]), 0, 1, 3),
        (.terms(["a"]), nil, 0, 0, 1),
        (.term("a"), .terms(["a"]), 1, 0, 1),
    ]

    @Test(arguments: pairs.indices)
    func comparesOnePairOfLabels(_ index: Int) {
        let (first, second, agreed, shared, either) = Self.pairs[index]
        let tally = GoldAgreement.compare(first, second)
        #expect(tally.labels == 1)
        #expect(tally.agreed == agreed)
        #expect(tally.sharedTerms == shared && tally.eitherTerms == either)
    }

    /// Kappa: 1 for perfect agreement across categories, 0 at chance, undefined when both
    /// labellings use one category only.
    @Test func kappaCorrectsForChance() {
        func tally(_ pairs: [(GoldValue?, GoldValue?)]) -> GoldAgreement.Tally {
            pairs.reduce(into: GoldAgreement.Tally()) { $0.add(GoldAgreement.compare($1.0, $1.1)) }
        }
        let perfect = tally([(.bool(true), .bool(true)), (nil, nil), (.bool(false), .bool(false))])
        #expect(perfect.kappa == 1 && perfect.agreement == 1)
        // Each labelling says true half the time, independently: observed 0.5 = chance 0.5.
        let chance = tally([(.bool(true), .bool(true)), (.bool(true), nil), (nil, .bool(true)), (nil, nil)])
        #expect(chance.kappa == 0 && chance.agreement == 0.5)
        let oneCategory = tally([(nil, nil), (nil, nil)])
        #expect(oneCategory.kappa == nil && oneCategory.agreement == 1)
        // 9 of 10 agree, but 8 are not documented on both sides: kappa well below 0.9.
        let skewed = tally(Array(repeating: (nil, nil), count: 8) + [(.bool(true), .bool(true)), (.bool(true), nil)])
        #expect(skewed.agreement == 0.9)
        #expect(skewed.kappa.map { abs($0 - 0.6154) < 0.001 } == true)
        let terms = tally([(.terms(["a"]), .terms(["a"]))])
        #expect(terms.booleanLabels == 0 && terms.kappa == nil)
    }

    /// Letters are matched by name; a case label against the case, a request label against the
    /// same request; a label only the second labelling holds is listed apart, not counted.
    @Test func matchesLettersScopesAndNames() throws {
        func letter(_ json: String) throws -> GoldLetter { try JSONDecoder().decode(GoldLetter.self, from: Data(json.utf8)) }
        let first = try letter(
            #"{"letter": "a.txt", "case": {"smoker": {"value": true}}, "requests": {"1": {"procedure": {"value": "mri"}}}}"#)
        let second = try letter(
            #"{"letter": "a.txt", "case": {"smoker": {"value": false}, "sex": {"value": "male"}},"#
                + #" "requests": {"1": {"procedure": {"value": "mri"}}}}"#)
        let unmatched = try letter(#"{"letter": "b.txt", "case": {"smoker": {"value": true}}}"#)
        let result = GoldAgreement.compare(
            [first], [second, unmatched], families: ["selection": ["smoker"], "request": ["procedure"]])
        #expect(result.letters == 1)
        #expect(result.total.labels == 2 && result.total.agreed == 1)
        #expect(result.families["selection"]?.agreed == 0 && result.families["request"]?.agreed == 1)
        #expect(result.disagreements == [.init(letter: "a.txt", scope: "case", fact: "smoker", first: "true", second: "false")])
        #expect(result.onlyInSecond.map(\.fact) == ["sex"])
    }

    /// The committed second labelling covers the gold labels it was made for: every one of its
    /// labels has a first label (names were taken from the gold files, values labelled blind).
    @Test func theSecondLabellingMatchesGoldNames() throws {
        let (first, families) = try GoldFactFiles.load(directory: GoldFactTests.goldDirectory)
        let (second, _) = try GoldFactFiles.load(directory: GoldFactTests.secondDirectory)
        let result = GoldAgreement.compare(first, second, families: families)
        #expect(result.letters == second.count && second.count >= 12)
        #expect(result.onlyInSecond.isEmpty)
        #expect(result.families["other"] == nil)
    }
}
