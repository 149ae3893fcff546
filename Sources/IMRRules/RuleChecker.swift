import IMRCore
import IMRVocabulary

/// Checks parsed rule files against the fact catalog and the lexicon: facts, terms, operators,
/// scopes, units, ids, examples, and the precedence analysis (unreachable, conflicting and
/// ambiguous rules).
public struct RuleChecker {
    public let catalog: FactCatalog
    public let lexicon: Lexicon
    /// The sorted terms of every vocabulary (lexicon kinds and enumerations), for suggestions.
    private let vocabularyTerms: [String: [String]]
    let factNames: [String]
    /// The tables that passed their checks, by name (set by ``check(_:)`` before it checks the rules).
    var tables: [String: TableDefinition] = [:]
    /// The name of every table declared, with errors or without.
    var tableNames: Set<String> = []

    /// `catalog` defaults to the lexicon's (its fact schema and declared facts).
    public init(catalog: FactCatalog? = nil, lexicon: Lexicon) {
        let catalog = catalog ?? lexicon.schema
        self.catalog = catalog
        self.lexicon = lexicon
        var terms = catalog.enumerations.mapValues { $0.sorted() }
        for vocabulary in lexicon.entries.keys { terms[vocabulary, default: []] += lexicon.terms(in: vocabulary) }
        self.vocabularyTerms = terms
        self.factNames = catalog.definitions.keys.sorted()
    }

    /// The rules that passed their own checks (first definition of each id, in file order), the
    /// examples, the tables that passed their checks (by name), every diagnostic, and those of the
    /// diagnostics that concern examples only.
    public func check(_ files: [RuleFile]) -> (
        rules: [RuleDefinition], examples: [ExampleDefinition], tables: [String: TableDefinition], diagnostics: [Diagnostic],
        exampleDiagnostics: [Diagnostic]
    ) {
        // Tables first: a rule of any file may read a table of any file.
        let (tables, declared, tableDiagnostics) = checkTables(in: files)
        var checker = self
        checker.tables = tables
        checker.tableNames = declared
        let checked = checker.checkRules(files, tableDiagnostics: tableDiagnostics)
        return (checked.rules, checked.examples, tables, checked.diagnostics, checked.exampleDiagnostics)
    }

    /// ``check(_:)`` once the tables are known.
    private func checkRules(_ files: [RuleFile], tableDiagnostics: [Diagnostic]) -> (
        rules: [RuleDefinition], examples: [ExampleDefinition], diagnostics: [Diagnostic], exampleDiagnostics: [Diagnostic]
    ) {
        var diagnostics = tableDiagnostics
        var rules: [RuleDefinition] = []
        var firstDefinition: [String: RuleDefinition] = [:]
        var examples: [ExampleDefinition] = []
        for file in files {
            for rule in file.rules {
                if let first = firstDefinition[rule.id] {
                    diagnostics.append(
                        .rule(
                            .duplicateRule, "duplicate rule id '\(rule.id)'", file: rule.file, at: rule.idPosition,
                            notes: ["first defined at \(SourceLocation(file: first.file, first.idPosition))"]))
                    continue
                }
                firstDefinition[rule.id] = rule
                let problems = check(rule)
                diagnostics += problems
                let complete =
                    !rule.isMalformed && rule.title != nil && rule.status != nil && rule.citation != nil && rule.applies != nil
                    && rule.then != nil
                if complete && !problems.contains(where: { $0.severity == .error }) { rules.append(rule) }
            }
            examples += file.examples
        }
        // Examples are checked once every file's rules are known: an example may name a rule of any file.
        let exampleDiagnostics = examples.flatMap { check($0, knownRules: firstDefinition) }
        diagnostics += exampleDiagnostics
        let exemplified = Set(examples.compactMap { $0.expectedRule?.value })
        for rule in firstDefinition.values where rule.status?.value != .retired && !exemplified.contains(rule.id) {
            diagnostics.append(
                .rule(
                    .ruleWithoutExample, .warning, "rule '\(rule.id)' has no example ('expect … by \(rule.id)')",
                    file: rule.file, at: rule.idPosition))
        }
        diagnostics += unusedTables(in: files)
        diagnostics += PrecedenceAnalysis(lexicon: lexicon).diagnostics(for: rules.filter { $0.status?.value == .active })
        return (rules, examples, diagnostics, exampleDiagnostics)
    }

    /// A warning for each table (its first definition) that no rule reads.
    private func unusedTables(in files: [RuleFile]) -> [Diagnostic] {
        guard files.contains(where: { !$0.tables.isEmpty }) else { return [] }
        var read: Set<String> = []
        func collect(_ expression: RuleExpression) {
            switch expression {
            case .and(let parts), .or(let parts): parts.forEach(collect)
            case .not(let inner, _): collect(inner)
            case .condition(let condition): if let table = condition.tableReference?.table { read.insert(table) }
            }
        }
        for file in files {
            for rule in file.rules {
                if let applies = rule.applies { collect(applies.value) }
                if let provided = rule.provided { collect(provided.value) }
                if let when = rule.when { collect(when.value) }
            }
        }
        var reported: Set<String> = []
        return files.flatMap(\.tables).compactMap { table in
            guard !read.contains(table.name), reported.insert(table.name).inserted else { return nil }
            return .rule(.unusedTable, .warning, "no rule reads table '\(table.name)'", file: table.file, at: table.namePosition)
        }
    }

    /// The problems of one rule's expressions.
    func check(_ rule: RuleDefinition) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let applies = rule.applies {
            for condition in applies.value.conditions { out += check(condition, file: rule.file, inApplies: true) }
        }
        // `provided` and `when` may read any fact.
        for part in [rule.provided, rule.when] {
            guard let part else { continue }
            for condition in part.value.conditions { out += check(condition, file: rule.file, inApplies: false) }
        }
        for need in rule.needs {
            for fact in need.facts {
                if case .failure(let diagnostic) = definition(fact.term, file: rule.file, at: fact.position) { out.append(diagnostic) }
            }
        }
        return out
    }

    private func definition(_ fact: String, file: String, at position: SourcePosition) -> Result<FactDefinition, Diagnostic> {
        if let definition = catalog[fact] { return .success(definition) }
        return .failure(
            .rule(
                .unknownFact, "unknown fact '\(fact)'" + Suggestion.didYouMean(fact, in: factNames),
                file: file, at: position))
    }

    /// The problems of one leaf condition.
    func check(_ condition: Condition, file: String, inApplies: Bool) -> [Diagnostic] {
        if case .tableHasValue(let reference) = condition.test {
            return checkReference(reference, kind: nil, file: file, inApplies: inApplies, tableNames: tableNames)
        }
        let definition: FactDefinition
        switch self.definition(condition.fact, file: file, at: condition.factPosition) {
        case .success(let found): definition = found
        case .failure(let diagnostic): return [diagnostic]
        }
        var out: [Diagnostic] = []
        let fact = condition.fact
        if let reference = condition.tableReference {
            out += checkReference(reference, kind: definition.kind, file: file, inApplies: inApplies, tableNames: tableNames)
        }
        if inApplies && definition.scope == .case {
            out.append(
                .rule(
                    .caseFactInApplies,
                    "'\(fact)' is a case fact; 'applies' may name request facts only (move it to 'when')", file: file,
                    at: condition.factPosition))
        }
        if !condition.addends.isEmpty {
            return out + checkSum(condition, kind: definition.kind, file: file, inApplies: inApplies)
        }
        func invalid(_ message: String) {
            out.append(.rule(.invalidOperator, message, file: file, at: condition.position))
        }
        switch (condition.test, definition.kind) {
        case (.documented, _), (.tableHasValue, _): break
        case (.isTrue, .bool): break
        case (.isTrue, let kind):
            invalid("'\(fact)' is \(kind.described), not a bool; \(kind.usage)")
        case (.compare(let op, let value), let kind):
            out += checkComparison(op, value, fact: fact, kind: kind, file: file, at: condition.position)
        case (.member(let terms), .term(let vocabulary)):
            out += checkTerms(terms, vocabulary: vocabulary, file: file)
        case (.member, let kind):
            invalid("'in' is not valid for '\(fact)', which is \(kind.described); \(kind.usage)")
        case (.quantified(_, let terms), .terms(let vocabulary)):
            out += checkTerms(terms, vocabulary: vocabulary, file: file)
        case (.quantified(let quantifier, _), let kind):
            invalid("'\(quantifier.rawValue)' is not valid for '\(fact)', which is \(kind.described); \(kind.usage)")
        }
        return out
    }

    /// The problems of a sum (`prior_sessions + visits_requested <= 10`): every operand a number, or
    /// every operand a duration (a literal with a unit), and the bound of the same kind.
    private func checkSum(_ condition: Condition, kind: FactKind, file: String, inApplies: Bool) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let adds = "only numbers and durations add and subtract"
        guard kind.isAddable else {
            return [
                .rule(.arithmetic, "'\(condition.fact)' is \(kind.described); \(adds)", file: file, at: condition.factPosition)
            ]
        }
        for addend in condition.addends {
            switch addend.operand {
            case .fact(let name):
                let definition: FactDefinition
                switch self.definition(name, file: file, at: addend.position) {
                case .success(let found): definition = found
                case .failure(let diagnostic):
                    out.append(diagnostic)
                    continue
                }
                if inApplies && definition.scope == .case {
                    out.append(
                        .rule(
                            .caseFactInApplies, "'\(name)' is a case fact; 'applies' may name request facts only (move it to 'when')",
                            file: file, at: addend.position))
                }
                if !definition.kind.isAddable {
                    out.append(.rule(.arithmetic, "'\(name)' is \(definition.kind.described); \(adds)", file: file, at: addend.position))
                } else if definition.kind != kind {
                    out.append(
                        .rule(
                            .arithmetic,
                            "'\(name)' is \(definition.kind.described) and '\(condition.fact)' \(kind.described): they do not add",
                            file: file, at: addend.position))
                }
            case .number(_, let unit?, let unitPosition?) where !kind.isDuration:
                out.append(
                    .rule(
                        .unitOnNonDuration, "unit '\(unit.rawValue)' in a sum of numbers ('\(condition.fact)' is a number)", file: file,
                        at: unitPosition))
            case .number(_, nil, _) where kind.isDuration:
                out.append(
                    .rule(
                        .missingUnit, "'\(condition.fact)' is a duration; give the number a unit (days, weeks, months, years)",
                        file: file, at: addend.position))
            case .number: break
            }
        }
        guard case .compare(let op, let value) = condition.test else { return out }
        return out + checkComparison(op, value, fact: condition.sumText, kind: kind, file: file, at: condition.position)
    }

    private func checkComparison(
        _ op: ComparisonOperator, _ value: SyntaxValue, fact: String, kind: FactKind, file: String, at position: SourcePosition
    ) -> [Diagnostic] {
        let ordered = op != .equal && op != .notEqual
        switch (kind, value) {
        case (_, .tableColumn):
            // ``checkReference(_:kind:file:inApplies:tableNames:)`` checks the column's kind.
            return []
        case (.bool, .bool):
            return ordered
                ? [
                    .rule(
                        .invalidOperator, "'\(op.rawValue)' is not valid for the bool fact '\(fact)'; use '=' or '!='", file: file,
                        at: position)
                ] : []
        case (.number, .number(_, let unit, let unitPosition)):
            if let unit, let unitPosition {
                return [
                    .rule(
                        .unitOnNonDuration, "unit '\(unit.rawValue)' on '\(fact)', which is a number, not a duration", file: file,
                        at: unitPosition)
                ]
            }
            return []
        case (.days, .number(_, let unit, _)):
            return unit == nil
                ? [.rule(.missingUnit, "'\(fact)' is a duration; give a unit (days, weeks, months, years)", file: file, at: position)] : []
        case (.term(let vocabulary), .term(let term)):
            if ordered {
                return [
                    .rule(
                        .invalidOperator, "'\(op.rawValue)' is not valid for '\(fact)', which is a term; use '=', '!=' or 'in'", file: file,
                        at: position)
                ]
            }
            return checkTerms([LocatedTerm(term: term, position: position)], vocabulary: vocabulary, file: file, exactPositions: false)
        case (.terms, _):
            return [
                .rule(
                    .invalidOperator, "'\(op.rawValue)' is not valid for '\(fact)', which is a set of terms; use 'any', 'all' or 'none'",
                    file: file, at: position)
            ]
        case (_, .number(_, let unit?, let unitPosition?)) where !kind.isDuration:
            return [
                .rule(
                    .unitOnNonDuration, "unit '\(unit.rawValue)' on '\(fact)', which is \(kind.described), not a duration", file: file,
                    at: unitPosition)
            ]
        default:
            return [.rule(.valueKind, "'\(fact)' is \(kind.described); \(value.described) does not fit", file: file, at: position)]
        }
    }

    /// Unknown terms of a vocabulary, each at its position.
    func checkTerms(_ terms: [LocatedTerm], vocabulary: String, file: String, exactPositions: Bool = true) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for term in terms where !isTerm(term.term, in: vocabulary) {
            let candidates = vocabularyTerms[vocabulary] ?? []
            let hint =
                candidates.isEmpty ? " (the lexicon defines no '\(vocabulary)' terms)" : Suggestion.didYouMean(term.term, in: candidates)
            out.append(.rule(.unknownTerm, "unknown \(vocabulary) term '\(term.term)'\(hint)", file: file, at: term.position))
        }
        return out
    }

    func isTerm(_ term: String, in vocabulary: String) -> Bool {
        if let values = catalog.enumerations[vocabulary] { return values.contains(term) }
        return lexicon.contains(term, in: vocabulary)
    }

    /// The problems of an example: unknown rule, unknown facts, values of the wrong kind.
    func check(_ example: ExampleDefinition, knownRules: [String: RuleDefinition]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let rule = example.expectedRule, knownRules[rule.value] == nil {
            out.append(
                .rule(
                    .unknownRuleInExample,
                    "example '\(example.name)' names unknown rule '\(rule.value)'"
                        + Suggestion.didYouMean(rule.value, in: knownRules.keys), file: example.file, at: rule.position))
        }
        for given in example.given {
            let definition: FactDefinition
            switch self.definition(given.fact, file: example.file, at: given.position) {
            case .success(let found): definition = found
            case .failure(let diagnostic):
                out.append(diagnostic)
                continue
            }
            out += checkGiven(given, kind: definition.kind, file: example.file)
        }
        return out
    }

    private func checkGiven(_ given: GivenFact, kind: FactKind, file: String) -> [Diagnostic] {
        switch (kind, given.value) {
        case (.bool, .bool): return []
        case (.number, .number(_, nil, _)): return []
        case (.number, .number(_, let unit?, let position?)):
            return [
                .rule(
                    .unitOnNonDuration, "unit '\(unit.rawValue)' on '\(given.fact)', which is a number, not a duration", file: file,
                    at: position)
            ]
        case (.days, .number(_, let unit, _)):
            return unit == nil
                ? [
                    .rule(
                        .missingUnit, "'\(given.fact)' is a duration; give a unit (days, weeks, months, years)", file: file,
                        at: given.valuePosition)
                ] : []
        case (.term(let vocabulary), .term(let term)):
            return checkTerms([LocatedTerm(term: term, position: given.valuePosition)], vocabulary: vocabulary, file: file)
        case (.terms(let vocabulary), .list(let terms)):
            return checkTerms(terms, vocabulary: vocabulary, file: file)
        default:
            return [
                .rule(
                    .valueKind, "'\(given.fact)' is \(kind.described); \(given.value.described) does not fit", file: file,
                    at: given.valuePosition)
            ]
        }
    }
}

extension FactKind {
    var isDuration: Bool {
        if case .days = self { return true }
        return false
    }

    /// Whether values of the kind add and subtract: numbers and durations.
    var isAddable: Bool {
        switch self {
        case .number, .days: true
        default: false
        }
    }

    /// `a bool`, `a term of 'drug'`…
    var described: String {
        switch self {
        case .bool: "a bool"
        case .number: "a number"
        case .days: "a duration"
        case .term(let vocabulary): "a term of '\(vocabulary)'"
        case .terms(let vocabulary): "a set of '\(vocabulary)' terms"
        }
    }

    /// How a fact of this kind is tested.
    var usage: String {
        switch self {
        case .bool: "test it alone, with 'not', or with '= true|false'"
        case .number: "compare it with '=', '!=', '<', '<=', '>', '>='"
        case .days: "compare it with a duration such as '3 weeks'"
        case .term: "use '= TERM', '!= TERM' or 'in [TERM, …]'"
        case .terms: "use 'any', 'all' or 'none' with a list"
        }
    }
}

extension SyntaxValue {
    /// The value for messages.
    var described: String {
        switch self {
        case .number(let n, let unit, _): "the number '\(RuleToken.format(n))\(unit.map { " " + $0.rawValue + "s" } ?? "")'"
        case .bool(let b): "the bool '\(b)'"
        case .term(let t): "the term '\(t)'"
        case .list: "a list"
        case .tableColumn(let reference): "the table column '\(reference.text)'"
        }
    }
}
