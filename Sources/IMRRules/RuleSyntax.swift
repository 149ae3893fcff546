import IMRCore

/// A position in a rule file: 1-based line and UTF-8 column.
public struct SourcePosition: Hashable, Sendable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// What a rule decides: the outcome of its criteria, or `next` to pass the request on.
public enum RuleOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    case upheld, overturned, next
}

/// Whether a rule predicts (`active`), is only checked and tested (`draft`), or is ignored (`retired`).
public enum RuleStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case active, draft, retired
}

/// What a rule's decision rests on, so that reports and metrics can tell them apart.
public enum RuleBasis: String, Hashable, Sendable, Codable, CaseIterable {
    /// A guideline criterion (MTUS, ACOEM, ODG…): the default.
    case guideline
    /// IMR practice or the structure of the request (a remaining portion, an unspecified request,
    /// a service that goes with a surgery), with a citation that says so.
    case practice
    /// The labelled fallback for a request no guideline criterion addresses (8 CCR 9792.21.1).
    case fallback
}

/// How a rule's guideline wording stands (`wording` directive): `recalled` when the sentences the
/// rule encodes are the guideline's as reviewers usually quote them, not checked against its text.
public enum RuleWording: String, Hashable, Sendable, Codable, CaseIterable {
    case recalled
}

/// A comparison operator of the rule language.
public enum ComparisonOperator: String, Hashable, Sendable, Codable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// The quantifier of a test on a `terms` fact: `only` holds when the fact has terms and every one
/// of them is a listed term (or narrower): "only these diagnoses".
public enum SetQuantifier: String, Hashable, Sendable, Codable, CaseIterable {
    case any, all, none, only
}

/// A duration unit; a month is 30 days, a year 365.
public enum DurationUnit: String, Hashable, Sendable, Codable {
    case day, week, month, year

    /// The unit of a unit word (`weeks` → `.week`), or `nil`.
    public init?(word: String) {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        self.init(rawValue: singular)
    }

    /// Days in one unit.
    public var days: Int {
        switch self {
        case .day: 1
        case .week: 7
        case .month: 30
        case .year: 365
        }
    }
}

/// A literal value on the right of a comparison or in an example's `given`.
public enum SyntaxValue: Hashable, Sendable {
    /// `12`, `3 weeks` (with the unit and its position).
    case number(Double, unit: DurationUnit?, unitPosition: SourcePosition?)
    case bool(Bool)
    case term(String)
    /// `[a, b]`, each term with its position.
    case list([LocatedTerm])
    /// `TABLE.COLUMN`: the column's value in the row of the table the case's facts choose.
    case tableColumn(TableReference)
}

/// A term with where it is written.
public struct LocatedTerm: Hashable, Sendable {
    public var term: String
    public var position: SourcePosition

    public init(term: String, position: SourcePosition) {
        self.term = term
        self.position = position
    }
}

/// An expression of `applies` or `when`.
public indirect enum RuleExpression: Hashable, Sendable {
    case and([RuleExpression])
    case or([RuleExpression])
    case not(RuleExpression, position: SourcePosition)
    /// A leaf condition on one fact.
    case condition(Condition)
}

/// A number or duration added to or taken from the first fact of a sum
/// (`prior_sessions + visits_requested <= 10`: `+ visits_requested`).
public struct Addend: Hashable, Sendable {
    /// `+` or `-`.
    public enum Sign: String, Hashable, Sendable, CaseIterable {
        case plus = "+"
        case minus = "-"
    }

    /// A number or duration fact, or a literal.
    public enum Operand: Hashable, Sendable {
        case fact(String)
        /// `2`, `4 weeks` (with the unit and its position).
        case number(Double, unit: DurationUnit?, unitPosition: SourcePosition?)
    }

    public var sign: Sign
    public var operand: Operand
    /// Where the operand is written.
    public var position: SourcePosition

    public init(sign: Sign, operand: Operand, position: SourcePosition) {
        self.sign = sign
        self.operand = operand
        self.position = position
    }

    /// The fact the addend names, if it names one.
    public var fact: String? {
        if case .fact(let name) = operand { return name }
        return nil
    }
}

/// A leaf condition: one test of one fact, or a comparison of a sum of facts.
public struct Condition: Hashable, Sendable {
    /// The test a condition makes.
    public enum Test: Hashable, Sendable {
        /// `documented FACT`
        case documented
        /// `FACT` alone: a bool fact is true.
        case isTrue
        /// `FACT op VALUE`
        case compare(ComparisonOperator, SyntaxValue)
        /// `FACT in [..]`
        case member([LocatedTerm])
        /// `FACT any|all|none|only [..]`
        case quantified(SetQuantifier, [LocatedTerm])
        /// `documented TABLE.COLUMN`: the table gives the column a value for the case (a row
        /// matches, or the default row gives it). The condition's `fact` is the reference's text.
        case tableHasValue(TableReference)
    }

    public var fact: String
    /// Where the fact name is written.
    public var factPosition: SourcePosition
    public var test: Test
    /// Where the condition starts (the `documented` keyword or the fact).
    public var position: SourcePosition
    /// The condition as written, e.g. `use_duration <= 3 weeks`.
    public var text: String
    /// What is added to or taken from `fact` before the comparison (`test` is then `.compare`):
    /// `prior_sessions + visits_requested <= 10`. Empty for a test of one fact.
    public var addends: [Addend]

    public init(
        fact: String, factPosition: SourcePosition, test: Test, position: SourcePosition, text: String, addends: [Addend] = []
    ) {
        self.fact = fact
        self.factPosition = factPosition
        self.test = test
        self.position = position
        self.text = text
        self.addends = addends
    }

    /// The left side of a comparison: `prior_sessions + visits_requested`, `use_duration - 2 weeks`.
    public var sumText: String {
        addends.reduce(fact) { text, addend in
            switch addend.operand {
            case .fact(let name): return "\(text) \(addend.sign.rawValue) \(name)"
            case .number(let n, let unit, _):
                return "\(text) \(addend.sign.rawValue) \(RuleToken.format(n))\(unit.map { " \($0.rawValue)s" } ?? "")"
            }
        }
    }

    /// The table the condition reads (`<= TABLE.COLUMN`, `documented TABLE.COLUMN`), if any.
    public var tableReference: TableReference? {
        switch test {
        case .tableHasValue(let reference), .compare(_, .tableColumn(let reference)): reference
        default: nil
        }
    }

    /// Every fact the condition reads, once each, in the order written (not the key facts of a
    /// table it reads).
    public var facts: [String] {
        if case .tableHasValue = test { return [] }
        var names = [fact]
        for addend in addends {
            if let name = addend.fact, !names.contains(name) { names.append(name) }
        }
        return names
    }
}

extension RuleExpression {
    /// The most levels of `(` and `not` an expression may nest: the parser refuses deeper ones
    /// (`R009`), so no stage recurses without bound.
    public static let maximumNesting = 50

    /// The deepest tree an expression within ``maximumNesting`` can give (each level may add an
    /// `or` over an `and`); the compiler leaves out a rule whose expression is deeper.
    public static let maximumDepth = 2 * maximumNesting + 2

    /// The levels of the expression's tree (a condition is 1), counted without recursion.
    public var depth: Int {
        var deepest = 0
        var stack: [(RuleExpression, Int)] = [(self, 1)]
        while let (expression, level) = stack.popLast() {
            deepest = max(deepest, level)
            switch expression {
            case .and(let parts), .or(let parts): stack += parts.map { ($0, level + 1) }
            case .not(let inner, _): stack.append((inner, level + 1))
            case .condition: break
            }
        }
        return deepest
    }

    /// The leaf conditions, left to right.
    public var conditions: [Condition] {
        switch self {
        case .and(let parts), .or(let parts): parts.flatMap(\.conditions)
        case .not(let inner, _): inner.conditions
        case .condition(let condition): [condition]
        }
    }
}

/// A value with the position it is written at.
/// A `needs` line: documentation that would make the item medically necessary.
public struct DocumentationNeed: Hashable, Sendable {
    public var text: String
    /// The facts the line is about (`needs "…" about FACT, FACT`): it is shown for an Upheld only
    /// when a criterion on one of them is unmet or not documented. Empty: always shown.
    public var facts: [LocatedTerm]

    public init(text: String, facts: [LocatedTerm] = []) {
        self.text = text
        self.facts = facts
    }
}

public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }
}

/// A rule as written in a `.rules` file.
public struct RuleDefinition: Hashable, Sendable {
    public var id: String
    /// The file the rule is defined in.
    public var file: String
    /// Where the `rule` keyword is.
    public var position: SourcePosition
    /// Where the id is.
    public var idPosition: SourcePosition
    public var title: Located<String>?
    public var status: Located<RuleStatus>?
    /// What the decision rests on (`basis` directive); `nil` means `guideline`.
    public var basis: Located<RuleBasis>?
    /// The primary citation: the first `cite` line.
    public var citation: Located<RuleCitation>?
    /// Further `cite` lines: the same criterion in other guideline documents or sections.
    public var additionalCitations: [Located<RuleCitation>]
    /// Why the guideline wording the rule encodes is recalled, not checked against the guideline's
    /// text (`wording recalled "…"`); `nil`: the wording was checked.
    public var wordingRecalled: Located<String>?
    public var priority: Located<Int>?
    public var applies: Located<RuleExpression>?
    /// The case-side part of what the rule governs (`provided`): over any facts; when it is not
    /// true (false, or not documented) the rule passes the request on, whatever `else` and
    /// `undocumented` say. `nil`: the rule governs every request its `applies` holds for.
    public var provided: Located<RuleExpression>?
    public var when: Located<RuleExpression>?
    public var then: Located<RuleOutcome>?
    public var otherwise: Located<RuleOutcome>?
    public var undocumented: Located<RuleOutcome>?
    public var reasons: [String]
    public var needs: [DocumentationNeed]
    /// Whether a directive of the rule failed to parse (the rule is then left out of the rule set).
    public var isMalformed = false

    public init(id: String, file: String, position: SourcePosition, idPosition: SourcePosition) {
        self.id = id
        self.file = file
        self.position = position
        self.idPosition = idPosition
        self.reasons = []
        self.needs = []
        self.additionalCitations = []
    }

    /// What the decision rests on (`guideline` when no `basis` is given).
    public var basisValue: RuleBasis { basis?.value ?? .guideline }
    /// The precedence value (0 when no `priority` is given).
    public var priorityValue: Int { priority?.value ?? 0 }
    /// The outcome when the criteria fail (`next` when no `else` is given).
    public var elseOutcome: RuleOutcome { otherwise?.value ?? .next }
    /// The outcome when the criteria are unknown (as `else` when no `undocumented` is given).
    public var undocumentedOutcome: RuleOutcome { undocumented?.value ?? elseOutcome }
    /// Every outcome the rule can give.
    public var possibleOutcomes: Set<RuleOutcome> {
        guard let then = then?.value else { return [] }
        let judged: Set<RuleOutcome> = when == nil ? [then] : [then, elseOutcome, undocumentedOutcome]
        return provided == nil ? judged : judged.union([.next])
    }
}

/// A fact given in an example.
public struct GivenFact: Hashable, Sendable {
    public var fact: String
    public var position: SourcePosition
    public var value: SyntaxValue
    public var valuePosition: SourcePosition

    public init(fact: String, position: SourcePosition, value: SyntaxValue, valuePosition: SourcePosition) {
        self.fact = fact
        self.position = position
        self.value = value
        self.valuePosition = valuePosition
    }
}

/// What an example expects.
public enum ExpectedOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    case upheld, overturned, abstain
}

/// An example: given facts, the expected outcome and optionally the deciding rule.
public struct ExampleDefinition: Hashable, Sendable {
    public var name: String
    public var file: String
    public var position: SourcePosition
    public var given: [GivenFact]
    public var expected: Located<ExpectedOutcome>?
    public var expectedRule: Located<String>?

    public init(name: String, file: String, position: SourcePosition) {
        self.name = name
        self.file = file
        self.position = position
        self.given = []
    }
}

/// The guideline edition a rule file encodes, and the date from which a newer edition governs.
public struct RuleEdition: Hashable, Sendable {
    /// For people: `MTUS before the December 2017 update: CPMTG 2009, …`.
    public var name: String
    /// Services on or after this date are governed by a later edition; `nil` when none is known.
    public var superseded: SimpleDate?

    public init(name: String, superseded: SimpleDate?) {
        self.name = name
        self.superseded = superseded
    }
}

/// A parsed `.rules` file.
public struct RuleFile: Hashable, Sendable {
    public var path: String
    public var topic: Located<String>?
    /// The guideline edition the file encodes (`edition "…" superseded "YYYY-MM-DD"`).
    public var edition: Located<RuleEdition>?
    public var rules: [RuleDefinition]
    public var examples: [ExampleDefinition]
    /// The tables the file defines (`table NAME`).
    public var tables: [TableDefinition]

    public init(
        path: String, topic: Located<String>? = nil, rules: [RuleDefinition] = [], examples: [ExampleDefinition] = [],
        tables: [TableDefinition] = []
    ) {
        self.path = path
        self.topic = topic
        self.rules = rules
        self.examples = examples
        self.tables = tables
    }
}

extension SourceLocation {
    /// The location of `position` in `file`.
    public init(file: String, _ position: SourcePosition) {
        self.init(file: file, line: position.line, column: position.column)
    }
}
