import IMRCore
import IMRFacts
import IMRRules
import IMRVocabulary

/// The result of one rule example.
public struct ExampleResult: Hashable, Sendable, Codable {
    public var name: String
    /// Where the example is (`file:line:col`).
    public var location: SourceLocation
    public var expected: PredictedOutcome
    public var expectedRule: String?
    public var actual: PredictedOutcome
    public var actualRule: String?
    public var passed: Bool
}

/// A leaf condition of a `when` that no example evaluated to met or unmet.
public struct UnexercisedCriterion: Hashable, Sendable, Codable {
    public var rule: String
    public var criterion: String
    public var location: SourceLocation
}

/// A row of a table (or its default row) that no example reads: no example evaluates to met or
/// unmet a criterion that reads the table with that row chosen.
public struct UnreadTableRow: Hashable, Sendable, Codable {
    public var table: String
    public var location: SourceLocation
}

/// An active or draft rule that no example names in `expect … by`.
public struct UnexemplifiedRule: Hashable, Sendable, Codable {
    public var rule: String
    public var location: SourceLocation
}

/// What `imr test` reports: each example's result, the criteria no example exercised and the rules
/// no example names.
public struct ExampleReport: Hashable, Sendable, Codable {
    public var results: [ExampleResult]
    public var unexercised: [UnexercisedCriterion]
    public var unexemplified: [UnexemplifiedRule]
    /// The table rows no example reads.
    public var unreadRows: [UnreadTableRow]
    public var passed: Int
    public var failed: Int

    public init(
        results: [ExampleResult], unexercised: [UnexercisedCriterion], unexemplified: [UnexemplifiedRule] = [],
        unreadRows: [UnreadTableRow] = []
    ) {
        self.results = results
        self.unexercised = unexercised
        self.unexemplified = unexemplified
        self.unreadRows = unreadRows
        self.passed = results.filter(\.passed).count
        self.failed = results.count - passed
    }

    /// Whether every rule has an example, every criterion was exercised and every table row read
    /// (what `imr test --strict` asks).
    public var isComplete: Bool { unexercised.isEmpty && unexemplified.isEmpty && unreadRows.isEmpty }
}

/// Runs the examples of a rule set against all its active and draft rules.
public enum ExampleRunner {
    /// Evaluates every example; a criterion is *exercised* when some example evaluated it to met
    /// or unmet (not documented does not count), and a table row is *read* when an exercised
    /// criterion read its table with that row chosen.
    public static func run(_ ruleSet: RuleSet, lexicon: Lexicon) -> ExampleReport {
        let engine = Engine(ruleSet: ruleSet, lexicon: lexicon)
        var exercised: Set<Engine.LeafID> = []
        var read: Set<RowID> = []
        var results: [ExampleResult] = []
        for example in ruleSet.examples {
            guard let expected = example.expected?.value else { continue }
            let given = facts(of: example, catalog: ruleSet.catalog)
            let (prediction, leaves) = engine.evaluateTracked(given, index: 0, request: example.name, includeDrafts: true)
            exercised.formUnion(leaves)
            let slotFacts = engine.compiled.slots.facts(of: given)
            for leaf in leaves {
                guard let lookup = engine.compiled.rules[leaf.rule].when?.leaves[leaf.leaf].lookup else { continue }
                let table = lookup.table
                read.insert(RowID(table: table.name, row: table.rowIndex(in: slotFacts) ?? table.rows.count))
            }
            let outcome = PredictedOutcome(rawValue: expected.rawValue) ?? .abstain
            let rule = example.expectedRule?.value
            let passed = prediction.outcome == outcome && (rule == nil || rule == prediction.rule)
            results.append(
                ExampleResult(
                    name: example.name, location: SourceLocation(file: example.file, example.position), expected: outcome,
                    expectedRule: rule, actual: prediction.outcome, actualRule: prediction.rule, passed: passed))
        }
        var unexercised: [UnexercisedCriterion] = []
        for (ruleIndex, rule) in engine.compiled.rules.enumerated() where rule.definition.status?.value != .retired {
            for (leafIndex, leaf) in (rule.when?.leaves ?? []).enumerated()
            where !exercised.contains(Engine.LeafID(rule: ruleIndex, leaf: leafIndex)) {
                unexercised.append(
                    UnexercisedCriterion(
                        rule: rule.definition.id, criterion: leaf.source.text,
                        location: SourceLocation(file: rule.definition.file, leaf.source.position)))
            }
        }
        var unreadRows: [UnreadTableRow] = []
        for table in engine.compiled.tables {
            for (row, location) in table.rowLocations.enumerated() where !read.contains(RowID(table: table.name, row: row)) {
                unreadRows.append(UnreadTableRow(table: table.name, location: location))
            }
        }
        let named = Set(ruleSet.examples.compactMap { $0.expectedRule?.value })
        let unexemplified = ruleSet.rules.filter { $0.status?.value != .retired && !named.contains($0.id) }.map {
            UnexemplifiedRule(rule: $0.id, location: SourceLocation(file: $0.file, $0.position))
        }
        return ExampleReport(results: results, unexercised: unexercised, unexemplified: unexemplified, unreadRows: unreadRows)
    }

    /// A row of a table by the table's name and the row's index (the rows' count: the default row).
    private struct RowID: Hashable {
        var table: String
        var row: Int
    }

    /// The facts an example gives (values as checked; ill-kinded values are left out).
    static func facts(of example: ExampleDefinition, catalog: FactCatalog) -> FactSet {
        var set = FactSet()
        for given in example.given {
            guard let kind = catalog[given.fact]?.kind else { continue }
            let value: FactValue?
            switch (kind, given.value) {
            case (.bool, .bool(let b)): value = .bool(b)
            case (.number, .number(let n, _, _)): value = .number(n)
            case (.days, .number(let n, let unit, _)): value = .days(Int(min(n * Double(unit?.days ?? 1), 1e9).rounded()))
            case (.term, .term(let t)): value = .term(t)
            case (.terms, .list(let terms)): value = .terms(Array(Set(terms.map(\.term))).sorted())
            default: value = nil
            }
            if let value { set.insert(Fact(name: given.fact, value: value)) }
        }
        return set
    }
}
