import IMRFacts
import IMRRules
import IMRVocabulary

/// A rule ready for evaluation (a class, so the hot loop does not copy it).
final class CompiledRule: Sendable {
    let definition: RuleDefinition
    let applies: CompiledExpression
    /// The rule's criteria: its `when`, after its `provided` when it has one (both compiled as
    /// one expression, `provided and when`, so that the trace lists the leaves of both in order).
    let when: CompiledExpression?
    /// For a rule with `provided`: the nodes of ``when`` that are the `provided` part and the `when`
    /// part (`nil` without `when`: the rule decides `then` when `provided` holds).
    let provision: (provided: Int, criteria: Int?)?
    let then: RuleOutcome
    let otherwise: RuleOutcome
    let undocumented: RuleOutcome
    /// The rule's basis (guideline or IMR practice).
    let basis: RuleBasis
    /// The rule's citation and its additional citations, in order.
    let citations: [RuleCitation]

    init(
        definition: RuleDefinition, applies: CompiledExpression, when: CompiledExpression?, then: RuleOutcome,
        otherwise: RuleOutcome, undocumented: RuleOutcome, provision: (provided: Int, criteria: Int?)? = nil
    ) {
        self.definition = definition
        self.applies = applies
        self.when = when
        self.provision = provision
        self.then = then
        self.otherwise = otherwise
        self.undocumented = undocumented
        basis = definition.basisValue
        citations = ([definition.citation] + definition.additionalCitations.map(Optional.some)).compactMap { $0?.value }
    }

    /// The rule's outcome from the truth of each leaf of ``when``: `next` when its `provided` part is
    /// not true; else `then`, `else` or `undocumented` by the truth of its `when` (`then` without one).
    func outcome(leafResults: [Kleene]) -> RuleOutcome {
        guard let when else { return then }
        guard let provision else { return outcome(when.evaluate(leafResults: leafResults)) }
        guard when.evaluate(node: provision.provided, leafResults: leafResults) == .yes else { return .next }
        return provision.criteria.map { outcome(when.evaluate(node: $0, leafResults: leafResults)) } ?? then
    }

    /// The rule's outcome for a request's facts (as ``outcome(leafResults:)``, its leaves evaluated on demand).
    func outcome(facts: SlotFacts) -> RuleOutcome {
        guard let when else { return then }
        guard let provision else { return outcome(when.evaluate(facts)) }
        guard when.evaluate(node: provision.provided, facts: facts) == .yes else { return .next }
        return provision.criteria.map { outcome(when.evaluate(node: $0, facts: facts)) } ?? then
    }

    private func outcome(_ truth: Kleene) -> RuleOutcome {
        switch truth {
        case .yes: then
        case .no: otherwise
        case .unknown: undocumented
        }
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
    /// The facts every item asks for (``ItemDemands``): every rule's `applies` facts and the engine's own.
    var baseDemand: FactDemand
    /// Each rule's facts past its `applies` (by index into `rules`): its criteria's (`provided` and
    /// `when`, a table's key facts included) and its `needs` facts.
    var criteriaDemands: [FactDemand]

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
            let depth = max(applies.value.depth, definition.when?.value.depth ?? 0, definition.provided?.value.depth ?? 0)
            guard depth <= RuleExpression.maximumDepth else { continue }
            // The checker refuses a rule reading a table or column it does not know (R061); a rule
            // built in code is held to the same.
            guard
                Self.readsKnownTables(applies.value, tables)
                    && definition.when.map({ Self.readsKnownTables($0.value, tables) }) ?? true
                    && definition.provided.map({ Self.readsKnownTables($0.value, tables) }) ?? true
            else { continue }
            // A rule with `provided`: one expression `provided and when`, whose root's two children
            // are the parts (the compiled expression keeps the nesting as written).
            let criteria: RuleExpression? =
                switch (definition.provided?.value, definition.when?.value) {
                case (let provided?, let when?): .and([provided, when])
                case (let provided?, nil): provided
                case (nil, let when): when
                }
            let when = criteria.map { CompiledExpression($0, slots: &slots, tables: tables, widen: widen) }
            let provision: (provided: Int, criteria: Int?)? =
                switch (definition.provided, definition.when, when) {
                case (_?, _?, let when?): (when.child(of: when.root, at: 0), when.child(of: when.root, at: 1))
                case (_?, nil, let when?): (when.root, nil)
                default: nil
                }
            rules.append(
                CompiledRule(
                    definition: definition,
                    applies: CompiledExpression(applies.value, slots: &slots, tables: tables, widen: widen),
                    when: when, then: then.value, otherwise: definition.elseOutcome, undocumented: definition.undocumentedOutcome,
                    provision: provision))
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
        (baseDemand, criteriaDemands) = ItemDemands.demands(of: rules)
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
