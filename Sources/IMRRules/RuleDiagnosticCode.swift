import IMRCore

/// The stable codes of rule diagnostics (documented in `docs/rule-language.md`).
public enum RuleDiagnosticCode: String, Sendable, CaseIterable {
    /// Syntax error: unexpected token, unterminated string, bad identifier or number.
    case syntax = "R001"
    /// A line starts with a word that is not a directive.
    case unknownDirective = "R002"
    /// A rule directive outside a rule, or an example directive outside an example.
    case misplacedDirective = "R003"
    /// A required directive of a rule or example is missing.
    case missingDirective = "R004"
    /// A directive that may appear once is repeated.
    case repeatedDirective = "R005"
    /// A rule has no citation, or an empty one.
    case missingCitation = "R006"
    /// Two rules have the same id.
    case duplicateRule = "R007"
    /// A file has no `topic`, or more than one.
    case topic = "R008"
    /// An expression nests `(` and `not` deeper than ``RuleExpression/maximumNesting``.
    case nestingTooDeep = "R009"
    /// A fact name that is not in the catalog.
    case unknownFact = "R010"
    /// A term that is not in the fact's vocabulary.
    case unknownTerm = "R011"
    /// An operator or test not valid for the fact's kind.
    case invalidOperator = "R012"
    /// A case fact in `applies`.
    case caseFactInApplies = "R013"
    /// A unit on a value that is not a duration.
    case unitOnNonDuration = "R014"
    /// A duration compared with a bare number.
    case missingUnit = "R015"
    /// A value of the wrong kind for the fact (`age = baclofen`).
    case valueKind = "R016"
    /// A sum of facts that do not add: a bool, a term or a set in it, or a number with a duration.
    case arithmetic = "R017"
    /// A rule can never decide: a higher-precedence rule covers it and decides unconditionally.
    case unreachable = "R020"
    /// Two active rules with overlapping `applies` and equal priority can give opposite outcomes.
    case conflict = "R021"
    /// Two active rules with overlapping `applies` have equal priority.
    case ambiguousPrecedence = "R022"
    /// An example names a rule that does not exist.
    case unknownRuleInExample = "R030"
    /// A rule no example expects (`expect … by RULE`).
    case ruleWithoutExample = "R031"
    /// The rules directory or a rule file cannot be read.
    case unreadable = "R040"
    /// No `.rules` file, no rule in the whole set, or a `.rules` file with neither rule nor example.
    case noRules = "R041"
    /// A file's `edition` is malformed or repeated; `imr lint` also warns when a file has none.
    case edition = "R050"
    /// A `wording recalled` directive whose note is empty.
    case wording = "R051"
    /// A table's structure: a missing `key`, `column`, `row` or `choose`, a key that is not a term
    /// fact, a row without a value of a column or testing a fact that is not a key, a table name
    /// defined twice.
    case table = "R060"
    /// An unknown table or column (in a rule's `TABLE.COLUMN`, a row, `half` or `choose`).
    case unknownColumn = "R061"
    /// Two rows of a table with the same key.
    case duplicateTableKey = "R062"
    /// A row whose `half` column is not one half of its column (rounded down).
    case halvingRule = "R063"
    /// A table no rule reads.
    case unusedTable = "R064"
}

extension Diagnostic {
    /// A rule diagnostic with `code` at `position` of `file`.
    static func rule(
        _ code: RuleDiagnosticCode, _ message: String, file: String, at position: SourcePosition, notes: [String] = []
    ) -> Diagnostic {
        rule(code, .error, message, file: file, at: position, notes: notes)
    }

    /// A rule diagnostic with `code` and `severity` at `position` of `file`.
    static func rule(
        _ code: RuleDiagnosticCode, _ severity: DiagnosticSeverity, _ message: String,
        file: String, at position: SourcePosition, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(code: code.rawValue, severity: severity, message: message, location: SourceLocation(file: file, position), notes: notes)
    }
}
