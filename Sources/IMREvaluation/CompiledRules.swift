import IMRFacts
import IMRRules
import IMRVocabulary

/// A rule ready for evaluation (a class, so the hot loop does not copy it).
final class CompiledRule: Sendable {
    let definition: RuleDefinition
    let applies: CompiledExpression
    let when: CompiledExpression?
    let then: RuleOutcome
    let otherwise: RuleOutcome
    let undocumented: RuleOutcome
    /// The rule's basis (guideline or IMR practice).
    let basis: RuleBasis
    /// The rule's citation and its additional citations, in order.
    let citations: [RuleCitation]

    init(
        definition: RuleDefinition, applies: CompiledExpression, when: CompiledExpression?, then: RuleOutcome,
        otherwise: RuleOutcome, undocumented: RuleOutcome
    ) {
        self.definition = definition
        self.applies = applies
        self.when = when
        self.then = then
        self.otherwise = otherwise
        self.undocumented = undocumented
        basis = definition.basisValue
        citations = ([definition.citation] + definition.additionalCitations.map(Optional.some)).compactMap { $0?.value }
    }
}

/// The rules of a rule set compiled once, with their precedence orders.
struct CompiledRules: Sendable {
    var rules: [CompiledRule]
    var slots: FactSlots
    /// The tables the rules read, by name order.
    var tables: [CompiledTable]
    /// Indices of the active rules in precedence order (priority descending, then id).
    var activeOrder: [Int]
    /// Indices of the active and draft rules in precedence order (for examples).
    var testOrder: [Int]
    /// `activeOrder` and `testOrder` indexed by the terms each rule's `applies` needs.
    var activeIndex: RuleIndex
    var testIndex: RuleIndex

    init(_ ruleSet: RuleSet, lexicon: Lexicon) {
        var slots = FactSlots()
        var rules: [CompiledRule] = []
        // A term list on a fact of a lexicon vocabulary also holds the narrower terms.
        let widen = { (condition: Condition, terms: Set<String>) -> Set<String> in
            switch ruleSet.catalog[condition.fact]?.kind {
            case .term(let vocabulary)?, .terms(let vocabulary)?: lexicon.hierarchy.widened(terms, in: vocabulary)
            default: terms
            }
        }
        // The tables first: a condition that reads one is compiled with it.
        var tables: [String: CompiledTable] = [:]
        for name in ruleSet.tables.keys.sorted() {
            let table = ruleSet.tables[name]!
            tables[name] = CompiledTable(table, slots: &slots) { fact, terms in
                switch ruleSet.catalog[fact]?.kind {
                case .term(let vocabulary)?, .terms(let vocabulary)?: lexicon.hierarchy.widened(terms, in: vocabulary)
                default: terms
                }
            }
        }
        for definition in ruleSet.rules {
            guard let applies = definition.applies, let then = definition.then else { continue }
            // The parser refuses deeper expressions (R009); a rule built in code is held to the same limit.
            let depth = max(applies.value.depth, definition.when?.value.depth ?? 0)
            guard depth <= RuleExpression.maximumDepth else { continue }
            // The checker refuses a rule reading a table or column it does not know (R061); a rule
            // built in code is held to the same.
            guard
                Self.readsKnownTables(applies.value, tables)
                    && definition.when.map({ Self.readsKnownTables($0.value, tables) }) ?? true
            else { continue }
            rules.append(
                CompiledRule(
                    definition: definition,
                    applies: CompiledExpression(applies.value, slots: &slots, tables: tables, widen: widen),
                    when: definition.when.map { CompiledExpression($0.value, slots: &slots, tables: tables, widen: widen) },
                    then: then.value, otherwise: definition.elseOutcome, undocumented: definition.undocumentedOutcome))
        }
        func order(_ statuses: Set<RuleStatus>) -> [Int] {
            rules.indices
                .filter { statuses.contains(rules[$0].definition.status?.value ?? .retired) }
                .sorted {
                    let a = rules[$0].definition
                    let b = rules[$1].definition
                    return a.priorityValue != b.priorityValue ? a.priorityValue > b.priorityValue : a.id < b.id
                }
        }
        self.rules = rules
        self.slots = slots
        self.tables = tables.keys.sorted().map { tables[$0]! }
        self.activeOrder = order([.active])
        self.testOrder = order([.active, .draft])
        self.activeIndex = RuleIndex(order: activeOrder, rules: rules)
        self.testIndex = RuleIndex(order: testOrder, rules: rules)
    }

    /// Whether every table column `expression` reads is a column of `tables` (walked in place: no
    /// list of the conditions is made for each rule loaded).
    private static func readsKnownTables(_ expression: RuleExpression, _ tables: [String: CompiledTable]) -> Bool {
        switch expression {
        case .and(let parts), .or(let parts): parts.allSatisfy { readsKnownTables($0, tables) }
        case .not(let inner, _): readsKnownTables(inner, tables)
        case .condition(let condition):
            condition.tableReference.map { tables[$0.table]?.columnIndex($0.column) != nil } ?? true
        }
    }
}
