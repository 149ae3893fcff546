import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

@testable import IMREvaluation

/// A rule written once with `provided` (the cases it governs) and `when` (its criteria):
/// `then overturned`, `else upheld`, `undocumented next`; a lower rule catches what it passes on.
private let rules = """
    topic "T"
    rule mr.spasticity
      title "spasticity"
      status active
      cite "G" section "Spasticity"
      priority 20
      applies drug = baclofen
      provided diagnoses any [multiple_sclerosis, spinal_cord_injury] and not ur_partially_certified
      when spasm and age < 65
      then overturned
      else upheld
      undocumented next
      needs "Spasm on examination."

    rule mr.class
      title "class"
      status active
      cite "G" section "Class"
      priority 10
      applies drug_classes any [muscle_relaxant]
      when acute_exacerbation
      then overturned
      else upheld

    rule mr.practice
      title "practice"
      status active
      basis practice
      cite "IMR practice"
      priority 30
      applies drug = tizanidine
      then upheld

    rule mr.tizanidine
      title "tizanidine"
      status active
      cite "G" section "Tizanidine"
      priority 25
      applies drug = tizanidine
      provided diagnoses any [multiple_sclerosis]
      then overturned
    """

private let engine = Engine(ruleSet: ruleSet(rules), lexicon: testLexicon)

private func baclofen(_ facts: [Fact]) -> FactSet {
    FactSet(
        [Fact(name: "drug", value: .term("baclofen")), Fact(name: "drug_classes", value: .terms(["muscle_relaxant"]))] + facts)
}

struct ProvidedCase: CustomTestStringConvertible, Sendable {
    var name: String
    var facts: [Fact]
    var rule: String
    var outcome: PredictedOutcome
    var testDescription: String { name }
}

private let ms = Fact(name: "diagnoses", value: .terms(["multiple_sclerosis"]))
private let strain = Fact(name: "diagnoses", value: .terms(["lumbar_strain"]))
private let certified = Fact(name: "ur_partially_certified", value: .bool(false))
private let flare = Fact(name: "acute_exacerbation", value: .bool(false))

private let providedCases: [ProvidedCase] = [
    // `provided` true: the rule judges by `when`.
    .init(
        name: "provided, criteria met",
        facts: [ms, certified, .init(name: "spasm", value: .bool(true)), .init(name: "age", value: .number(40))],
        rule: "mr.spasticity", outcome: .overturned),
    .init(
        name: "provided, criteria unmet: else", facts: [ms, certified, .init(name: "spasm", value: .bool(false)), flare],
        rule: "mr.spasticity", outcome: .upheld),
    .init(
        name: "provided, criteria not documented: undocumented passes on", facts: [ms, certified, flare], rule: "mr.class",
        outcome: .upheld),
    // `provided` false or not documented: passed on, whatever `else` says.
    .init(
        name: "not provided (another diagnosis): passed on", facts: [strain, certified, .init(name: "spasm", value: .bool(false)), flare],
        rule: "mr.class", outcome: .upheld),
    .init(
        name: "not provided (partly certified): passed on",
        facts: [ms, .init(name: "ur_partially_certified", value: .bool(true)), .init(name: "spasm", value: .bool(false)), flare],
        rule: "mr.class", outcome: .upheld),
    .init(
        name: "provided not documented: passed on", facts: [ms, .init(name: "spasm", value: .bool(false)), flare], rule: "mr.class",
        outcome: .upheld),
]

@Test(arguments: providedCases)
func providedDecidesWhetherTheRuleJudges(_ testCase: ProvidedCase) {
    let prediction = engine.evaluate(baclofen(testCase.facts))
    #expect(prediction.outcome == testCase.outcome)
    #expect(prediction.rule == testCase.rule)
}

/// The trace lists the criteria of `provided`, then those of `when`, as the rule writes them; an
/// Upheld asks for the documentation of the criteria that failed.
@Test func providedCriteriaAreTracedBeforeTheRulesCriteria() {
    let prediction = engine.evaluate(baclofen([ms, certified, .init(name: "spasm", value: .bool(false)), flare]))
    let own = prediction.criteria.filter { $0.rule == "mr.spasticity" }
    #expect(
        own.map(\.criterion) == [
            "diagnoses any [multiple_sclerosis, spinal_cord_injury]", "not ur_partially_certified", "spasm", "age < 65",
        ])
    #expect(own.map(\.status) == [.met, .met, .unmet, .notDocumented])
    #expect(prediction.missingDocumentation == ["Spasm on examination.", "Documentation of: age < 65"])
    // Passed on: the rule's criteria stay in the trace before the deciding rule's.
    let passed = engine.evaluate(baclofen([strain, certified, flare]))
    #expect(passed.criteria.map(\.rule) == ["mr.spasticity", "mr.spasticity", "mr.spasticity", "mr.spasticity", "mr.class"])
    #expect(passed.criteria.first?.status == .unmet)
}

/// Without `when`, a rule with `provided` decides `then` when it holds and passes on otherwise; a
/// practice decision cites the guideline rule that would decide the request, read the same way.
@Test func providedWithoutWhenAndGoverningCitations() {
    let tizanidine = { (facts: [Fact]) in
        FactSet(
            [Fact(name: "drug", value: .term("tizanidine")), Fact(name: "drug_classes", value: .terms(["muscle_relaxant"]))] + facts)
    }
    var rulesWithoutPractice = ruleSet(rules)
    rulesWithoutPractice.rules.removeAll { $0.id == "mr.practice" }
    let direct = Engine(ruleSet: rulesWithoutPractice, lexicon: testLexicon)
    #expect(direct.evaluate(tizanidine([ms])).rule == "mr.tizanidine")
    #expect(direct.evaluate(tizanidine([ms])).outcome == .overturned)
    #expect(direct.evaluate(tizanidine([strain, flare])).rule == "mr.class")
    #expect(direct.evaluate(tizanidine([flare])).rule == "mr.class")
    // The practice rule decides; it cites the rule that would decide after it.
    #expect(engine.evaluate(tizanidine([ms])).citations.map(\.section) == [nil, "Tizanidine"])
    #expect(engine.evaluate(tizanidine([strain, flare])).citations.map(\.section) == [nil, "Class"])
}
