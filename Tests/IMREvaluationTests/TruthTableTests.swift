import IMREvaluation
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

@Test(arguments: [Kleene.yes, .no, .unknown], [Kleene.yes, .no, .unknown])
func kleeneConnectives(_ a: Kleene, _ b: Kleene) {
    let expectedAnd: Kleene = (a == .no || b == .no) ? .no : (a == .yes && b == .yes) ? .yes : .unknown
    let expectedOr: Kleene = (a == .yes || b == .yes) ? .yes : (a == .no && b == .no) ? .no : .unknown
    #expect((a && b) == expectedAnd)
    #expect((a || b) == expectedOr)
}

@Test func kleeneNegation() {
    #expect(!Kleene.yes == .no)
    #expect(!Kleene.no == .yes)
    #expect(!Kleene.unknown == .unknown)
}

struct TruthCase: CustomTestStringConvertible, Sendable {
    var expression: String
    var facts: [Fact]
    var expected: Kleene
    var testDescription: String { "\(expression) with \(facts.map { "\($0.name)=\($0.value)" }) → \(expected)" }

    init(_ expression: String, _ facts: [Fact], _ expected: Kleene) {
        self.expression = expression
        self.facts = facts
        self.expected = expected
    }
}

private func b(_ name: String, _ value: Bool) -> Fact { Fact(name: name, value: .bool(value)) }
private func n(_ name: String, _ value: Double) -> Fact { Fact(name: name, value: .number(value)) }
private func d(_ name: String, _ value: Int) -> Fact { Fact(name: name, value: .days(value)) }
private func t(_ name: String, _ value: String) -> Fact { Fact(name: name, value: .term(value)) }
private func ts(_ name: String, _ value: [String]) -> Fact { Fact(name: name, value: .terms(value)) }

private let truthCases: [TruthCase] = [
    .init("spasm", [], .unknown), .init("spasm", [b("spasm", true)], .yes), .init("spasm", [b("spasm", false)], .no),
    .init("not spasm", [], .unknown), .init("not spasm", [b("spasm", false)], .yes),
    .init("spasm = false", [b("spasm", false)], .yes), .init("spasm != true", [b("spasm", true)], .no),
    .init("spasm and insomnia", [b("spasm", true)], .unknown), .init("spasm and insomnia", [b("spasm", false)], .no),
    .init("spasm and insomnia", [b("spasm", true), b("insomnia", true)], .yes),
    .init("spasm or insomnia", [b("spasm", true)], .yes), .init("spasm or insomnia", [b("spasm", false)], .unknown),
    .init("spasm or insomnia", [b("spasm", false), b("insomnia", false)], .no),
    .init("not (spasm or insomnia)", [b("spasm", false)], .unknown),
    .init("(spasm or insomnia) and not red_flags", [b("insomnia", true), b("red_flags", false)], .yes),
    .init("documented spasm", [], .no), .init("documented spasm", [b("spasm", false)], .yes),
    .init("not documented spasm", [], .yes),
    .init("age > 60", [], .unknown), .init("age > 60", [n("age", 61)], .yes), .init("age > 60", [n("age", 60)], .no),
    .init("age >= 60", [n("age", 60)], .yes), .init("age < 60", [n("age", 60)], .no), .init("age <= 60", [n("age", 60)], .yes),
    .init("age = 60", [n("age", 60)], .yes), .init("age != 60", [n("age", 60)], .no),
    .init("use_duration <= 3 weeks", [d("use_duration", 21)], .yes), .init("use_duration <= 3 weeks", [d("use_duration", 22)], .no),
    .init("use_duration > 1 month", [d("use_duration", 31)], .yes), .init("use_duration > 1 month", [d("use_duration", 30)], .no),
    .init("use_duration >= 1 year", [d("use_duration", 365)], .yes), .init("use_duration < 2 days", [], .unknown),
    .init("work_status in [full_duty, modified_duty]", [t("work_status", "full_duty")], .yes),
    .init("work_status in [full_duty, modified_duty]", [t("work_status", "not_working")], .no),
    .init("work_status in [full_duty, modified_duty]", [], .unknown),
    .init("work_status = full_duty", [t("work_status", "full_duty")], .yes),
    .init("work_status != full_duty", [t("work_status", "full_duty")], .no),
    .init("diagnoses any [multiple_sclerosis, radiculopathy]", [ts("diagnoses", ["radiculopathy"])], .yes),
    .init("diagnoses any [multiple_sclerosis]", [ts("diagnoses", ["lumbar_strain"])], .no),
    .init("diagnoses any [multiple_sclerosis]", [ts("diagnoses", [])], .no),
    .init("diagnoses any [multiple_sclerosis]", [], .unknown),
    .init(
        "diagnoses all [lumbar_strain, radiculopathy]", [ts("diagnoses", ["lumbar_strain", "radiculopathy", "multiple_sclerosis"])], .yes),
    .init("diagnoses all [lumbar_strain, radiculopathy]", [ts("diagnoses", ["lumbar_strain"])], .no),
    .init("diagnoses none [multiple_sclerosis]", [ts("diagnoses", ["lumbar_strain"])], .yes),
    .init("diagnoses none [multiple_sclerosis]", [ts("diagnoses", ["multiple_sclerosis"])], .no),
    .init("diagnoses none [multiple_sclerosis]", [], .unknown),
    // `only`: the fact has terms and each is listed (or narrower: lexicon terms widen the list).
    .init("diagnoses only [radiculopathy, multiple_sclerosis]", [ts("diagnoses", ["radiculopathy"])], .yes),
    .init("diagnoses only [radiculopathy, multiple_sclerosis]", [ts("diagnoses", ["radiculopathy", "multiple_sclerosis"])], .yes),
    .init("diagnoses only [radiculopathy, multiple_sclerosis]", [ts("diagnoses", ["radiculopathy", "lumbar_strain"])], .no),
    .init("diagnoses only [radiculopathy]", [ts("diagnoses", [])], .no),
    .init("diagnoses only [radiculopathy]", [], .unknown),
    .init("not diagnoses only [radiculopathy]", [ts("diagnoses", ["lumbar_strain"])], .yes),
]

/// The truth of `when EXPR` read from the outcome of a rule (``truth(of:)``).
@Test(arguments: truthCases)
func conditionTruth(_ testCase: TruthCase) {
    #expect(truth(of: testCase) == testCase.expected)
}

/// The truth of a case's `when` expression over its facts, read from the outcome of a rule: then
/// overturned (yes), else upheld (no), undocumented next (unknown, the engine abstains).
func truth(of testCase: TruthCase) -> Kleene {
    let rules = ruleSet(
        """
        topic "T"
        rule a.b
          title "t"
          status active
          cite "G"
          applies drug = baclofen
          when \(testCase.expression)
          then overturned
          else upheld
          undocumented next
        """)
    let engine = Engine(ruleSet: rules, lexicon: testLexicon)
    let prediction = engine.evaluate(FactSet(testCase.facts + [Fact(name: "drug", value: .term("baclofen"))]))
    switch prediction.outcome {
    case .overturned: return .yes
    case .upheld: return .no
    case .abstain: return .unknown
    }
}
