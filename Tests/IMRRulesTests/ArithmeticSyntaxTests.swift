import IMRCore
import IMRRules
import Testing

/// A rule whose `when` (line 7, from column 8) or `applies` (line 6, from column 11) is given.
private func sumRule(when: String? = nil, applies: String = "drug in [baclofen]") -> String {
    "topic \"T\"\nrule a.b\n  title \"t\"\n  status active\n  cite \"G\"\n  applies \(applies)\n"
        + (when.map { "  when \($0)\n" } ?? "") + "  then upheld\n"
}

struct SumDiagnosticCase: CustomTestStringConvertible, Sendable {
    var text: String
    /// Every diagnostic but R031, as `path:line:col: error: [CODE] message`.
    var expected: [String]
    var testDescription: String { text.split(separator: "\n").dropFirst(5).joined(separator: " / ") }
}

private let sumCases: [SumDiagnosticCase] = [
    .init(text: sumRule(when: "prior_sessions + visits_requested <= 10"), expected: []),
    .init(text: sumRule(when: "visits_requested - prior_sessions >= 0 and prior_sessions - 2 < 8"), expected: []),
    .init(text: sumRule(when: "use_duration + 2 weeks > 1 month"), expected: []),
    .init(text: sumRule(when: "not (use_duration + duration_requested - 1 year > 0 days)"), expected: []),
    .init(
        text: sumRule(when: "visits_requested + spasm <= 3"),
        expected: ["t.rules:7:27: error: [R017] 'spasm' is a bool; only numbers and durations add and subtract"]),
    .init(
        text: sumRule(when: "diagnoses + visits_requested > 1"),
        expected: ["t.rules:7:8: error: [R017] 'diagnoses' is a set of 'diagnosis' terms; only numbers and durations add and subtract"]),
    .init(
        text: sumRule(when: "visits_requested + drug > 1"),
        expected: ["t.rules:7:27: error: [R017] 'drug' is a term of 'drug'; only numbers and durations add and subtract"]),
    .init(
        text: sumRule(when: "use_duration + visits_requested > 3 weeks"),
        expected: ["t.rules:7:23: error: [R017] 'visits_requested' is a number and 'use_duration' a duration: they do not add"]),
    .init(
        text: sumRule(when: "visits_requested + 2 weeks <= 10"),
        expected: ["t.rules:7:29: error: [R014] unit 'week' in a sum of numbers ('visits_requested' is a number)"]),
    .init(
        text: sumRule(when: "use_duration - 2 > 3 weeks"),
        expected: ["t.rules:7:23: error: [R015] 'use_duration' is a duration; give the number a unit (days, weeks, months, years)"]),
    .init(
        text: sumRule(when: "use_duration + duration_requested > 90"),
        expected: [
            "t.rules:7:8: error: [R015] 'use_duration + duration_requested' is a duration; give a unit (days, weeks, months, years)"
        ]),
    .init(
        text: sumRule(when: "prior_sessions + visits_requested <= baclofen"),
        expected: ["t.rules:7:8: error: [R016] 'prior_sessions + visits_requested' is a number; the term 'baclofen' does not fit"]),
    .init(
        text: sumRule(when: "prior_sessions + visits_requested"),
        expected: [
            "t.rules:7:41: error: [R001] expected '+', '-' or a comparison ('=', '!=', '<', '<=', '>', '>=') after a sum, found end of line"
        ]),
    .init(
        text: sumRule(when: "prior_sessions + visits_requested in [baclofen]"),
        expected: [
            "t.rules:7:42: error: [R001] expected '+', '-' or a comparison ('=', '!=', '<', '<=', '>', '>=') after a sum, found 'in'"
        ]),
    .init(
        text: sumRule(when: "prior_sessions + [baclofen] > 1"),
        expected: ["t.rules:7:25: error: [R001] expected a fact or a number after '+', found '['"]),
    .init(
        text: sumRule(when: "prior_sessions - > 1"),
        expected: ["t.rules:7:25: error: [R001] expected a fact or a number after '-', found '>'"]),
    .init(
        text: sumRule(when: "documented prior_sessions + 1 > 2"),
        expected: ["t.rules:7:34: error: [R001] expected 'and', 'or' or end of line, found '+'"]),
    .init(
        text: sumRule(when: "prior_sessions + visits_requestd <= 10"),
        expected: ["t.rules:7:25: error: [R010] unknown fact 'visits_requestd'; did you mean 'visits_requested'?"]),
    .init(
        text: sumRule(applies: "visits_requested + prior_sessions > 3"),
        expected: ["t.rules:6:30: error: [R013] 'prior_sessions' is a case fact; 'applies' may name request facts only (move it to 'when')"]
    ),
]

/// Sums parse, check and fail with `file:line:column` messages that name the operand at fault.
@Test(arguments: sumCases)
func sumDiagnostics(_ testCase: SumDiagnosticCase) {
    let found = check(testCase.text).diagnostics.filter { $0.code != "R031" }.map(\.description)
    #expect(found == testCase.expected)
}

@Test func sumParsesToTheFirstFactAndItsAddends() throws {
    let (ruleSet, diagnostics) = check(sumRule(when: "prior_sessions + visits_requested - 2 <= 10"))
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    let when = try #require(ruleSet.rules.first?.when?.value)
    guard case .condition(let condition) = when else {
        Issue.record("expected one condition, got \(when)")
        return
    }
    #expect(condition.fact == "prior_sessions")
    #expect(condition.facts == ["prior_sessions", "visits_requested"])
    #expect(condition.addends.map(\.sign) == [.plus, .minus])
    #expect(condition.addends.map(\.position) == [SourcePosition(line: 7, column: 25), SourcePosition(line: 7, column: 44)])
    #expect(condition.sumText == "prior_sessions + visits_requested - 2")
    #expect(condition.text == "prior_sessions + visits_requested - 2 <= 10")
    guard case .compare(.lessOrEqual, .number(10, unit: nil, unitPosition: nil)) = condition.test else {
        Issue.record("expected '<= 10', got \(condition.test)")
        return
    }
}

/// A sum bounds no single fact, so the precedence analysis neither proves two sums disjoint nor
/// lets one cover a rule: equal priorities stay ambiguous.
@Test func sumsInAppliesAreOpaqueToThePrecedenceAnalysis() {
    let two =
        sumRule(applies: "drug in [baclofen] and visits_requested + quantity <= 10")
        + "rule a.c\n  title \"t\"\n  status active\n  cite \"G\"\n  applies drug in [baclofen] and visits_requested + quantity > 10\n  then overturned\n"
    #expect(check(two).diagnostics.map(\.code).contains("R021"))
}
