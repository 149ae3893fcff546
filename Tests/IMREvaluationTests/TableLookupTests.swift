import IMRCore
import IMREvaluation
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

/// A table of courses by surgery (two rows for two surgeries, a default period) and rules that read it.
private let courses = ruleSet(
    """
    topic "T"
    table course
      title "t"
      cite "G"
      key index_surgery
      column general number
      column initial number half general
      column period days
      choose largest general, period
      row index_surgery [lumbar_fusion]; general 34; initial 17; period 6 months
      row index_surgery [mri]; general 10; initial 5; period 8 months
      default period 6 months
    rule pt.course
      title "t"
      status active
      cite "G"
      priority 2
      applies procedure = preoperative_clearance
      when (not documented time_since_surgery or time_since_surgery <= course.period) and prior_sessions + visits_requested <= course.initial
      then overturned
      else next
      undocumented next
    rule pt.listed
      title "t"
      status active
      cite "G"
      priority 1
      applies procedure = preoperative_clearance
      when documented course.general
      then upheld
      else next
    """)

private func request(_ facts: [Fact]) -> FactSet {
    FactSet([Fact(name: "procedure", value: .term("preoperative_clearance"))] + facts)
}

private func n(_ name: String, _ value: Double) -> Fact { Fact(name: name, value: .number(value)) }

struct LookupCase: CustomTestStringConvertible, Sendable {
    var name: String
    var facts: [Fact]
    var outcome: PredictedOutcome
    var rule: String?
    var testDescription: String { name }
}

private let lookupCases: [LookupCase] = [
    .init(
        name: "within the row's initial course",
        facts: [Fact(name: "index_surgery", value: .terms(["lumbar_fusion"])), n("prior_sessions", 7), n("visits_requested", 10)],
        outcome: .overturned, rule: "pt.course"),
    .init(
        name: "beyond the row's initial course",
        facts: [Fact(name: "index_surgery", value: .terms(["lumbar_fusion"])), n("prior_sessions", 8), n("visits_requested", 10)],
        outcome: .upheld, rule: "pt.listed"),
    .init(
        name: "two rows match: the largest general course governs",
        facts: [Fact(name: "index_surgery", value: .terms(["mri", "lumbar_fusion"])), n("prior_sessions", 0), n("visits_requested", 12)],
        outcome: .overturned, rule: "pt.course"),
    .init(
        name: "past the chosen row's period",
        facts: [
            Fact(name: "index_surgery", value: .terms(["mri", "lumbar_fusion"])), n("prior_sessions", 0), n("visits_requested", 12),
            Fact(name: "time_since_surgery", value: .days(200)),
        ],
        outcome: .upheld, rule: "pt.listed"),
    .init(
        name: "the other row's longer period",
        facts: [
            Fact(name: "index_surgery", value: .terms(["mri"])), n("prior_sessions", 0), n("visits_requested", 5),
            Fact(name: "time_since_surgery", value: .days(200)),
        ],
        outcome: .overturned, rule: "pt.course"),
    .init(
        name: "no row: the course is not documented, and no row is listed",
        facts: [Fact(name: "index_surgery", value: .terms(["preoperative_clearance"])), n("prior_sessions", 0), n("visits_requested", 1)],
        outcome: .abstain, rule: nil),
    .init(
        name: "the key fact not documented: no row", facts: [n("prior_sessions", 0), n("visits_requested", 1)], outcome: .abstain,
        rule: nil),
]

@Test(arguments: lookupCases)
func tableLookup(_ testCase: LookupCase) {
    let prediction = Engine(ruleSet: courses, lexicon: testLexicon).evaluate(request(testCase.facts))
    #expect(prediction.outcome == testCase.outcome)
    #expect(prediction.rule == testCase.rule)
}

/// The trace shows the value the table gave the bound and the key fact that chose the row; an
/// Upheld names the facts of a lookup that were not documented.
@Test func theTraceShowsTheLookedUpValueAndTheKey() throws {
    let engine = Engine(ruleSet: courses, lexicon: testLexicon)
    let prediction = engine.evaluate(
        request([Fact(name: "index_surgery", value: .terms(["lumbar_fusion"])), n("prior_sessions", 8), n("visits_requested", 10)]))
    let course = prediction.criteria.filter { $0.rule == "pt.course" }
    #expect(
        course.map(\.criterion) == [
            "not documented time_since_surgery", "time_since_surgery <= course.period (6 months)",
            "prior_sessions + visits_requested <= course.initial (17)",
        ])
    #expect(course.last?.facts.map(\.name) == ["prior_sessions", "visits_requested", "index_surgery"])
    #expect(course.last?.status == .unmet)
    let listed = prediction.criteria.filter { $0.rule == "pt.listed" }
    #expect(listed.map(\.criterion) == ["documented course.general (34)"])
    #expect(listed.first?.facts.map(\.name) == ["index_surgery"])
    let noRow = engine.evaluate(
        request([Fact(name: "index_surgery", value: .terms(["preoperative_clearance"])), n("visits_requested", 1)]))
    #expect(noRow.criteria.last?.criterion == "documented course.general (no row)")
    #expect(noRow.criteria.last?.status == .unmet)
}

/// A row keyed with `only` matches a set whose every term is listed, and no empty set.
private let weeks = ruleSet(
    """
    topic "T"
    table course_weeks
      title "t"
      cite "G"
      key regional_diagnoses
      column weeks days
      choose first
      row regional_diagnoses only [radiculopathy]; weeks 4 weeks
      default weeks 8 weeks
    rule pt.weeks
      title "t"
      status active
      cite "G"
      applies procedure = preoperative_clearance
      when duration_requested <= course_weeks.weeks
      then overturned
      else upheld
    """)

@Test(arguments: [
    (["radiculopathy"], 42, PredictedOutcome.upheld), (["radiculopathy"], 28, .overturned),
    (["radiculopathy", "lumbar_strain"], 42, .overturned), ([], 42, .overturned),
])
func onlyKeyTest(diagnoses: [String], days: Int, outcome: PredictedOutcome) {
    let prediction = Engine(ruleSet: weeks, lexicon: testLexicon).evaluate(
        request([Fact(name: "regional_diagnoses", value: .terms(diagnoses)), Fact(name: "duration_requested", value: .days(days))]))
    #expect(prediction.outcome == outcome)
}

/// A lexicon where `hip` is narrower than `lower_extremity`.
private let regions: Lexicon = {
    let entries: [(String, String, [String])] = [
        ("procedure", "orif", []), ("procedure", "preoperative_clearance", []), ("body_region", "lower_extremity", []),
        ("body_region", "hip", ["lower_extremity"]),
    ]
    return Lexicon(
        entries: entries.map {
            LexiconEntry(vocabulary: $0.0, id: $0.1, names: [$0.1], parents: $0.2, location: SourceLocation(file: "test.lexicon"))
        }, schema: shippedSchema)
}()

/// A row that lists the case's term is read before a row that matches it only by a broader term,
/// even with fewer visits; rows that match as exactly are chosen by the largest value.
@Test(arguments: [(["hip"], 24.0), (["lower_extremity"], 30.0), (["hip", "lower_extremity"], 30.0)] as [([String], Double)])
func theMostSpecificRowIsRead(regionTerms: [String], visits: Double) {
    let (rules, diagnostics) = RuleSet.check(
        sources: [
            (
                "t.rules",
                """
                topic "T"
                table fixation
                  title "t"
                  cite "G"
                  key index_surgery, body_regions
                  column visits number
                  choose largest visits
                  row index_surgery [orif]; body_regions [hip]; visits 24
                  row index_surgery [orif]; body_regions [lower_extremity]; visits 30
                rule pt.fixation
                  title "t"
                  status active
                  cite "G"
                  applies procedure = preoperative_clearance
                  when visits_requested <= fixation.visits
                  then overturned
                  else upheld
                """
            )
        ], lexicon: regions)
    #expect(!diagnostics.contains { $0.severity == .error })
    let engine = Engine(ruleSet: rules, lexicon: regions)
    func outcome(_ requested: Double) -> PredictedOutcome {
        engine.evaluate(
            request([
                Fact(name: "index_surgery", value: .terms(["orif"])), Fact(name: "body_regions", value: .terms(regionTerms)),
                n("visits_requested", requested),
            ])
        ).outcome
    }
    #expect(outcome(visits) == .overturned)
    #expect(outcome(visits + 1) == .upheld)
}

/// A table whose second row sets no limit of weeks (`unlimited`): a comparison `<=` with it holds,
/// `>=` fails, `documented` is true, it is the largest value when rows are chosen, and the trace
/// writes it as the table does.
private let sessions = ruleSet(
    """
    topic "T"
    table sessions
      title "t"
      cite "G"
      key regional_diagnoses
      column visits number
      column weeks days
      choose largest visits, weeks
      row regional_diagnoses [lumbar_strain]; visits 20; weeks 20 weeks
      row regional_diagnoses [radiculopathy]; visits 50; weeks unlimited
    rule pt.past_limit
      title "t"
      status active
      cite "G"
      priority 2
      applies procedure = preoperative_clearance
      when duration_requested >= sessions.weeks
      then upheld
      else next
    rule pt.sessions
      title "t"
      status active
      cite "G"
      priority 1
      applies procedure = preoperative_clearance
      when documented sessions.weeks and visits_requested <= sessions.visits and duration_requested <= sessions.weeks
      then overturned
      else upheld
    """)

@Test(
    arguments: [
        (["lumbar_strain"], 20.0, 200, PredictedOutcome.upheld, "pt.past_limit"),
        (["lumbar_strain"], 20.0, 60, .overturned, "pt.sessions"),
        (["radiculopathy"], 50.0, 3650, .overturned, "pt.sessions"),
        (["radiculopathy"], 51.0, 60, .upheld, "pt.sessions"),
        (["radiculopathy", "lumbar_strain"], 30.0, 365, .overturned, "pt.sessions"),
    ] as [([String], Double, Int, PredictedOutcome, String)])
func unlimitedCell(diagnoses: [String], visits: Double, days: Int, outcome: PredictedOutcome, rule: String) {
    let prediction = Engine(ruleSet: sessions, lexicon: testLexicon).evaluate(
        request([
            Fact(name: "regional_diagnoses", value: .terms(diagnoses)), n("visits_requested", visits),
            Fact(name: "duration_requested", value: .days(days)),
        ]))
    #expect(prediction.outcome == outcome)
    #expect(prediction.rule == rule)
}

@Test func theTraceWritesUnlimited() {
    let prediction = Engine(ruleSet: sessions, lexicon: testLexicon).evaluate(
        request([
            Fact(name: "regional_diagnoses", value: .terms(["radiculopathy"])), n("visits_requested", 12),
            Fact(name: "duration_requested", value: .days(400)),
        ]))
    #expect(
        prediction.criteria.map(\.criterion) == [
            "duration_requested >= sessions.weeks (unlimited)", "documented sessions.weeks (unlimited)",
            "visits_requested <= sessions.visits (50)", "duration_requested <= sessions.weeks (unlimited)",
        ])
    #expect(prediction.criteria.map(\.status) == [.unmet, .met, .met, .met])
}
