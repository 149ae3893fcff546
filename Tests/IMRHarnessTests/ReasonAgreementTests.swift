import Foundation
import IMRCore
import IMREvaluation
import IMRFacts
import IMRTestSupport
import IMRVocabulary
import Testing

@testable import IMRHarness

/// A small cue set in the format of `Rules/reasons/*.reasons`.
private let cues: ReasonCues = {
    var cues = ReasonCues()
    let problems = cues.parse(
        """
        # test cues
        case "the patient", "in this case", "not documented"
        negation "no", "not", "without", "lack of"
        after "not documented", "not demonstrated"
        boundary "but", "however"
        criterion functional_improvement: "functional improvement", "improved function"
        criterion returned_to_work: "returned to work"
        criterion spasm, regional_neuro_findings: "spasm"
        """, file: "t.reasons", facts: ["functional_improvement", "returned_to_work", "spasm", "regional_neuro_findings"])
    precondition(problems.isEmpty, "\(problems)")
    return cues
}()

struct RationaleCase: Sendable, CustomTestStringConvertible {
    var rationale: String
    var named: [String]
    var testDescription: String { rationale }
}

@Test(arguments: [
    RationaleCase(
        rationale: "In this case, there is no documentation of objective functional improvement.", named: ["functional_improvement missing"]
    ),
    RationaleCase(rationale: "The patient has returned to work on the regimen.", named: ["returned_to_work met"]),
    RationaleCase(
        rationale: "The objective functional improvement on the regimen is not documented.", named: ["functional_improvement missing"]),
    // A guideline quote (no case phrase) names nothing.
    RationaleCase(rationale: "Opioids are continued when there is improved function. Recommend caution.", named: []),
    // A clause boundary stops the negation; a later sentence outweighs an earlier one.
    RationaleCase(
        rationale: "The patient has no spasm but has improved function. In this case improved function is not demonstrated.",
        named: ["spasm missing", "regional_neuro_findings missing", "functional_improvement missing"]),
    // Within one sentence a missing mention outweighs a met one.
    RationaleCase(
        rationale: "The patient lacks spasm; no spasm was seen in this case, spasm being the main complaint.",
        named: ["spasm missing", "regional_neuro_findings missing"]),
    RationaleCase(
        rationale: "The patient's pain is 5/10 with Norco. There is no spasm noted in this case.\nThe patient has\nreturned to work.",
        named: ["spasm missing", "regional_neuro_findings missing", "returned_to_work met"]),
])
func rationaleIsReadIntoNamedCriteria(_ c: RationaleCase) {
    #expect(ReasonText.named(in: c.rationale, cues: cues).map { "\($0.fact) \($0.status.rawValue)" } == c.named)
}

@Test(arguments: [
    ("criterion nonsense_fact: \"x\"", "t.reasons:1:11: error: [A003] unknown fact 'nonsense_fact'"),
    ("criterion spasm \"x\"", "t.reasons:1:11: error: [A002] expected 'criterion FACT[, FACT…]: \"phrase\", …'"),
    ("  negation \"no\" \"not\"", "t.reasons:1:17: error: [A004] expected ',' between phrases"),
    ("case \"the patient", "t.reasons:1:6: error: [A004] unterminated phrase"),
    ("boundary", "t.reasons:1:9: error: [A004] expected a quoted phrase"),
    (
        "because \"x\"",
        "t.reasons:1:1: error: [A002] unknown directive 'because'; expected 'case', 'negation', 'after', 'boundary' or 'criterion'"
    ),
])
func cueErrorsCarryTheirLocation(_ text: String, _ expected: String) {
    var cues = ReasonCues()
    let problems = cues.parse(text, file: "t.reasons", facts: ["spasm"])
    #expect(problems.count == 1)
    #expect(problems.first?.description.hasPrefix(expected) == true, "\(problems)")
}

@Test func shippedReasonCuesLoadWithoutProblems() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    let schema = Lexicon.load(directory: root + "/Rules/lexicon").lexicon.schema
    let (cues, problems) = ReasonCues.load(rules: root + "/Rules", catalog: schema)
    #expect(problems.isEmpty, "\(problems)")
    #expect(cues.criteria.count > 10)
}

private func prediction(outcome: PredictedOutcome, facts: [(String, String?)]) -> Prediction {
    Prediction(
        index: 0, request: "Norco", outcome: outcome, rule: "r.decides",
        criteria: facts.map {
            CriterionTrace(rule: "r.decides", criterion: $0.0, status: .met, facts: [TracedFact(name: $0.0, value: $0.1, evidence: [])])
        }
            + [
                CriterionTrace(
                    rule: "r.passed", criterion: "spasm", status: .met, facts: [TracedFact(name: "spasm", value: "true", evidence: [])])
            ])
}

@Test(
    arguments: [
        // Agreement: the deciding rule read a named fact the same way.
        ([("functional_improvement", "false")], ["functional_improvement missing"], true, true as Bool?),
        ([("functional_improvement", nil)], ["functional_improvement missing"], true, true),
        ([("returned_to_work", "true")], ["returned_to_work met"], true, true),
        ([("use_duration", "84 days (12 weeks)")], ["use_duration missing"], true, true),
        // Read the other way, or a fact the reviewer did not name: right for another reason.
        ([("returned_to_work", "true")], ["returned_to_work missing"], true, false),
        ([("functional_improvement", "false")], ["returned_to_work met"], true, false),
        // A fact read only by a rule that passed the item on does not count.
        ([], ["spasm met"], true, false),
        // Not compared: a wrong prediction, or no criterion named.
        ([("functional_improvement", "false")], ["functional_improvement missing"], false, nil),
        ([("functional_improvement", "false")], [], true, nil),
    ] as [([(String, String?)], [String], Bool, Bool?)])
func reasonAgreement(_ facts: [(String, String?)], _ named: [String], _ correct: Bool, _ expected: Bool?) {
    let criteria = named.map { text in
        let parts = text.split(separator: " ")
        return NamedCriterion(fact: String(parts[0]), status: parts[1] == "met" ? .met : .missing, sentence: text)
    }
    #expect(ReasonAgreement.agrees(prediction(outcome: .upheld, facts: facts), isCorrect: correct, named: criteria) == expected)
}

@Test func reasonAgreementMetricCountsOnlyComparedItems() {
    var agreeing = TestData.item(file: "a.txt", index: 0, actual: .upheld, predicted: .upheld, rule: "r.decides")
    agreeing.prediction = prediction(outcome: .upheld, facts: [("functional_improvement", "false")])
    agreeing.namedReasons = [NamedCriterion(fact: "functional_improvement", status: .missing, sentence: "")]
    var other = agreeing
    other.index = 1
    other.namedReasons = [NamedCriterion(fact: "returned_to_work", status: .met, sentence: "")]
    var unnamed = agreeing
    unnamed.index = 2
    unnamed.namedReasons = []
    var wrong = agreeing
    wrong.index = 3
    wrong.truth.decision = .overturned
    let metrics = Metrics(items: [agreeing, other, unnamed, wrong])
    #expect(metrics.reasonAgreement == 0.5)
    #expect([agreeing, other, unnamed, wrong].map(\.reasonAgrees) == [true, false, nil, nil])
}
