import IMREvaluation
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

private func n(_ name: String, _ value: Double) -> Fact { Fact(name: name, value: .number(value)) }
private func d(_ name: String, _ value: Int) -> Fact { Fact(name: name, value: .days(value)) }

private let sumCases: [TruthCase] = [
    .init("prior_sessions + visits_requested <= 10", [n("prior_sessions", 6), n("visits_requested", 4)], .yes),
    .init("prior_sessions + visits_requested <= 10", [n("prior_sessions", 6), n("visits_requested", 5)], .no),
    .init("prior_sessions + visits_requested <= 10", [n("visits_requested", 4)], .unknown),
    .init("prior_sessions + visits_requested <= 10", [n("prior_sessions", 4)], .unknown),
    .init("prior_sessions + visits_requested <= 10", [], .unknown),
    .init("prior_sessions + visits_requested <= 10", [n("prior_sessions", 0), n("visits_requested", 10)], .yes),
    .init("visits_requested - prior_sessions >= 0", [n("prior_sessions", 3), n("visits_requested", 3)], .yes),
    .init("visits_requested - prior_sessions >= 0", [n("prior_sessions", 4), n("visits_requested", 3)], .no),
    .init("prior_sessions + prior_sessions = 12", [n("prior_sessions", 6)], .yes),
    .init("prior_sessions + visits_requested - 2 < 8", [n("prior_sessions", 5), n("visits_requested", 4)], .yes),
    .init("prior_sessions + visits_requested - 2 < 8", [n("prior_sessions", 6), n("visits_requested", 4)], .no),
    .init("use_duration + 2 weeks > 1 month", [d("use_duration", 17)], .yes),
    .init("use_duration + 2 weeks > 1 month", [d("use_duration", 16)], .no),
    .init("use_duration + 2 weeks > 1 month", [], .unknown),
    .init("use_duration + duration_requested <= 90 days", [d("use_duration", 60), d("duration_requested", 30)], .yes),
    .init("use_duration + duration_requested <= 90 days", [d("use_duration", 61), d("duration_requested", 30)], .no),
    .init("use_duration + duration_requested <= 90 days", [d("duration_requested", 30)], .unknown),
    // Kleene: an unknown sum under `not` stays unknown; `or` and `and` decide around it.
    .init("not (prior_sessions + visits_requested > 10)", [n("visits_requested", 4)], .unknown),
    .init("not (prior_sessions + visits_requested > 10)", [n("prior_sessions", 8), n("visits_requested", 4)], .no),
    .init("prior_sessions + visits_requested <= 10 or visits_requested <= 6", [n("visits_requested", 6)], .yes),
    .init("prior_sessions + visits_requested <= 10 and visits_requested <= 6", [n("visits_requested", 7)], .no),
    .init("prior_sessions + visits_requested <= 10 and visits_requested <= 6", [n("visits_requested", 6)], .unknown),
    .init(
        "prior_sessions + visits_requested <= 10 or (not documented prior_sessions and visits_requested <= 10)",
        [n("visits_requested", 8)], .yes),
]

/// The truth of a sum read from the outcome of a rule (``truth(of:)``).
@Test(arguments: sumCases)
func sumTruth(_ testCase: TruthCase) {
    #expect(truth(of: testCase) == testCase.expected)
}

private let visitLimit = ruleSet(
    """
    topic "T"
    rule pt.total
      title "t"
      status active
      cite "G"
      applies drug = baclofen
      when prior_sessions + visits_requested <= 10 and spasm
      then overturned
      else upheld
      needs "Spasm on examination." about spasm
    """)

/// The trace shows every fact of a sum with its value, and names the operand that was not documented.
@Test func traceNamesTheUndocumentedOperand() throws {
    let engine = Engine(ruleSet: visitLimit, lexicon: testLexicon)
    let prediction = engine.evaluate(
        FactSet([
            Fact(name: "drug", value: .term("baclofen")), fact("visits_requested", .number(12), evidence: ["PT 2x6 is requested."]),
            Fact(name: "spasm", value: .bool(true)),
        ]))
    #expect(prediction.outcome == .upheld)
    let criterion = try #require(prediction.criteria.first)
    #expect(criterion.criterion == "prior_sessions + visits_requested <= 10")
    #expect(criterion.status == .notDocumented)
    #expect(criterion.facts.map(\.name) == ["prior_sessions", "visits_requested"])
    #expect(criterion.facts.map(\.value) == [nil, "12"])
    #expect(criterion.facts[1].evidence.map(\.sentence) == ["PT 2x6 is requested."])
    #expect(prediction.missingDocumentation == ["Documentation of: prior sessions (in prior sessions + visits requested <= 10)"])
}

@Test func traceOfADocumentedSumShowsBothValues() throws {
    let engine = Engine(ruleSet: visitLimit, lexicon: testLexicon)
    let prediction = engine.evaluate(
        FactSet([
            Fact(name: "drug", value: .term("baclofen")), n("prior_sessions", 8), n("visits_requested", 6),
            Fact(name: "spasm", value: .bool(true)),
        ]))
    #expect(prediction.outcome == .upheld)
    let criterion = try #require(prediction.criteria.first)
    #expect(criterion.status == .unmet)
    #expect(criterion.facts.map(\.value) == ["8", "6"])
    #expect(prediction.missingDocumentation.isEmpty)
    let met = engine.evaluate(
        FactSet([
            Fact(name: "drug", value: .term("baclofen")), n("prior_sessions", 4), n("visits_requested", 6),
            Fact(name: "spasm", value: .bool(true)),
        ]))
    #expect(met.outcome == .overturned)
}

/// Examples document the operands of a sum like any fact; `imr test` counts a sum exercised.
@Test func examplesExerciseSums() {
    let rules = ruleSet(
        """
        topic "T"
        rule pt.total
          title "t"
          status active
          cite "G"
          applies drug = baclofen
          when prior_sessions + visits_requested <= 10
          then overturned
          else upheld
          undocumented upheld

        example "within the total"
          given drug = baclofen; prior_sessions = 6; visits_requested = 4
          expect overturned by pt.total

        example "beyond the total"
          given drug = baclofen; prior_sessions = 6; visits_requested = 6
          expect upheld by pt.total

        example "completed visits not documented"
          given drug = baclofen; visits_requested = 6
          expect upheld by pt.total
        """)
    let report = ExampleRunner.run(rules, lexicon: testLexicon)
    #expect(report.failed == 0)
    #expect(report.passed == 3)
    #expect(report.unexercised.isEmpty)
}
