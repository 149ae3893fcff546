import IMRCore
import IMRVocabulary

/// The static, conservative analysis of `applies` conditions: which rules may govern the same
/// request (overlap) and which rule's requests are all governed by another (cover).
///
/// `applies` is put in disjunctive normal form over *literals*, each a constraint on one fact
/// (term sets, bool values, numeric intervals, `any`/`all`/`none` sets, `documented`). Other
/// tests (`!=` on numbers, `not all`, `not documented`) are opaque: they never contradict and
/// only imply themselves. A term set of `in`, `= TERM`, `any` or `all` is a *membership*.
///
/// Two conjunctions **overlap** when the constraints on every fact can hold together and
/// - both have memberships, and a membership of one intersects a membership of the other, terms
///   widened by their lexicon parents (so `ingredients any [baclofen]` meets
///   `drug_classes any [muscle_relaxant]` when baclofen's parents include muscle_relaxant, while
///   `drug in [baclofen]` and `drug in [tizanidine]` do not meet); or
/// - one has no membership (e.g. `applies topical`) and they constrain a common fact.
///
/// A rule **covers** another when every conjunction of the other implies some conjunction of it;
/// a membership is implied by a membership on any fact whose every term has a parent (or is a
/// term) in it. When the normal form would exceed ``maximumConjunctions``, the rule is left out.
struct PrecedenceAnalysis {
    static let maximumConjunctions = 64
    let hierarchy: TermHierarchy

    init(lexicon: Lexicon) {
        hierarchy = lexicon.hierarchy
    }

    /// The terms with their ancestors.
    private func widened(_ terms: Set<String>) -> Set<String> {
        terms.reduce(into: terms) { $0.formUnion(hierarchy.ancestorsInAnyVocabulary(of: $1)) }
    }

    /// R020, R021 and R022 diagnostics for the active rules.
    func diagnostics(for rules: [RuleDefinition]) -> [Diagnostic] {
        let forms = rules.map { rule in rule.applies.flatMap { normalForm($0.value) }.map { $0.map(prepared) } }
        let priorities = rules.map(\.priorityValue)
        let unconditional: [RuleOutcome?] = rules.map { rule in
            guard rule.when == nil, rule.provided == nil, let then = rule.then?.value, then != .next else { return nil }
            return then
        }
        var out: [Diagnostic] = []
        for b in rules.indices {
            guard let formB = forms[b] else { continue }
            for a in rules.indices where a != b {
                guard let formA = forms[a] else { continue }
                if priorities[a] == priorities[b], a < b, overlaps(formA, formB) {
                    out.append(overlapDiagnostic(first: rules[a], second: rules[b]))
                }
                if priorities[a] > priorities[b], let then = unconditional[a], covers(formA, formB) {
                    let ruleA = rules[a]
                    let ruleB = rules[b]
                    out.append(
                        .rule(
                            .unreachable, .warning,
                            "rule '\(ruleB.id)' is unreachable: rule '\(ruleA.id)' (priority \(ruleA.priorityValue)) applies to every request it applies to and always decides \(then.rawValue)",
                            file: ruleB.file, at: ruleB.position,
                            notes: ["'\(ruleA.id)' is defined at \(SourceLocation(file: ruleA.file, ruleA.position))"]))
                }
            }
        }
        return out
    }

    private func overlapDiagnostic(first: RuleDefinition, second: RuleDefinition) -> Diagnostic {
        let outcomesA = first.possibleOutcomes
        let outcomesB = second.possibleOutcomes
        let opposite =
            (outcomesA.contains(.upheld) && outcomesB.contains(.overturned))
            || (outcomesA.contains(.overturned) && outcomesB.contains(.upheld))
        let position = second.applies?.position ?? second.position
        let note = "'\(first.id)' is defined at \(SourceLocation(file: first.file, first.position))"
        if opposite {
            return .rule(
                .conflict,
                "rules '\(first.id)' and '\(second.id)' may apply to the same request with equal priority \(second.priorityValue) and opposite outcomes; give one a higher priority",
                file: second.file, at: position, notes: [note])
        }
        return .rule(
            .ambiguousPrecedence,
            "rules '\(first.id)' and '\(second.id)' may apply to the same request with equal priority \(second.priorityValue); precedence must be explicit",
            file: second.file, at: position, notes: [note])
    }

    // MARK: Literals

    struct Interval: Hashable {
        var low = -Double.infinity, lowOpen = true, high = Double.infinity, highOpen = true

        func intersected(_ other: Interval) -> Interval {
            var result = self
            if other.low > low || (other.low == low && other.lowOpen) { (result.low, result.lowOpen) = (other.low, other.lowOpen) }
            if other.high < high || (other.high == high && other.highOpen) { (result.high, result.highOpen) = (other.high, other.highOpen) }
            return result
        }

        var isEmpty: Bool { low > high || (low == high && (lowOpen || highOpen)) }

        func contains(_ other: Interval) -> Bool {
            (low < other.low || (low == other.low && (!lowOpen || other.lowOpen)))
                && (high > other.high || (high == other.high && (!highOpen || other.highOpen)))
        }
    }

    enum Constraint: Hashable {
        case include(Set<String>)
        case exclude(Set<String>)
        case bool(Bool)
        case range(Interval)
        case any(Set<String>)
        case all(Set<String>)
        case none(Set<String>)
        case documented
        case opaque(String)
    }

    struct Literal: Hashable {
        var fact: String
        var constraint: Constraint
    }

    typealias Conjunction = [Literal]

    /// A conjunction with what the pairwise tests read of it, computed once per rule rather than
    /// once per pair of rules (the analysis compares every pair at every load).
    struct Prepared {
        var literals: Conjunction
        /// The constraints on each fact, in the literals' order.
        var byFact: [String: [Constraint]]
        var facts: Set<String>
        var memberships: [Set<String>]
        /// Each membership widened by the terms' ancestors.
        var widenedMemberships: [Set<String>]
        var isSatisfiable: Bool
    }

    /// `conjunction` with its grouping, facts, memberships and satisfiability.
    func prepared(_ conjunction: Conjunction) -> Prepared {
        let byFact = grouped(conjunction)
        let memberships = memberships(conjunction)
        return Prepared(
            literals: conjunction, byFact: byFact, facts: Set(conjunction.map(\.fact)), memberships: memberships,
            widenedMemberships: memberships.map(widened), isSatisfiable: byFact.values.allSatisfy(satisfiable))
    }

    /// The disjunctive normal form, or `nil` when too large.
    func normalForm(_ expression: RuleExpression, negated: Bool = false) -> [Conjunction]? {
        switch expression {
        case .not(let inner, _):
            return normalForm(inner, negated: !negated)
        case .condition(let condition):
            return [[literal(condition, negated: negated)]]
        case .and(let parts), .or(let parts):
            var isAnd = if case .and = expression { true } else { false }
            if negated { isAnd.toggle() }
            var result: [Conjunction] = isAnd ? [[]] : []
            for part in parts {
                guard let form = normalForm(part, negated: negated) else { return nil }
                if isAnd {
                    result = result.flatMap { left in form.map { left + $0 } }
                } else {
                    result += form
                }
                if result.count > Self.maximumConjunctions { return nil }
            }
            return result
        }
    }

    private func literal(_ condition: Condition, negated: Bool) -> Literal {
        let fact = condition.fact
        let opaque = Literal(fact: fact, constraint: .opaque((negated ? "not " : "") + condition.text))
        func make(_ constraint: Constraint) -> Literal { Literal(fact: fact, constraint: constraint) }
        // A sum, or a bound read from a table, bounds no single fact: it only implies itself.
        guard condition.addends.isEmpty, condition.tableReference == nil else { return opaque }
        switch condition.test {
        case .documented:
            return negated ? opaque : make(.documented)
        case .tableHasValue:
            return opaque
        case .isTrue:
            return make(.bool(!negated))
        case .member(let terms):
            let set = Set(terms.map(\.term))
            return make(negated ? .exclude(set) : .include(set))
        case .quantified(let quantifier, let terms):
            let set = Set(terms.map(\.term))
            switch (quantifier, negated) {
            case (.any, false), (.none, true): return make(.any(set))
            case (.any, true), (.none, false): return make(.none(set))
            case (.all, false): return make(.all(set))
            case (.all, true), (.only, _): return opaque
            }
        case .compare(var op, let value):
            if negated {
                op =
                    switch op {
                    case .equal: .notEqual
                    case .notEqual: .equal
                    case .less: .greaterOrEqual
                    case .lessOrEqual: .greater
                    case .greater: .lessOrEqual
                    case .greaterOrEqual: .less
                    }
            }
            switch value {
            case .bool(let b):
                return make(.bool(op == .equal ? b : !b))
            case .term(let t):
                return op == .equal ? make(.include([t])) : op == .notEqual ? make(.exclude([t])) : opaque
            case .number(let n, let unit, _):
                let v = n * Double(unit?.days ?? 1)
                switch op {
                case .equal: return make(.range(Interval(low: v, lowOpen: false, high: v, highOpen: false)))
                case .notEqual: return opaque
                case .less: return make(.range(Interval(high: v, highOpen: true)))
                case .lessOrEqual: return make(.range(Interval(high: v, highOpen: false)))
                case .greater: return make(.range(Interval(low: v, lowOpen: true)))
                case .greaterOrEqual: return make(.range(Interval(low: v, lowOpen: false)))
                }
            case .list, .tableColumn:
                return opaque
            }
        }
    }

    // MARK: Satisfiability and implication

    private func grouped(_ conjunction: Conjunction) -> [String: [Constraint]] {
        var out: [String: [Constraint]] = [:]
        for literal in conjunction { out[literal.fact, default: []].append(literal.constraint) }
        return out
    }

    /// Whether constraints on one fact can hold together.
    private func satisfiable(_ constraints: [Constraint]) -> Bool {
        var include: Set<String>?
        var exclude: Set<String> = []
        var bools: Set<Bool> = []
        var range = Interval()
        var all: Set<String> = []
        var none: Set<String> = []
        var anys: [Set<String>] = []
        for constraint in constraints {
            switch constraint {
            case .include(let s): include = include.map { $0.intersection(s) } ?? s
            case .exclude(let s): exclude.formUnion(s)
            case .bool(let b): bools.insert(b)
            case .range(let r): range = range.intersected(r)
            case .any(let s): anys.append(s)
            case .all(let s): all.formUnion(s)
            case .none(let s): none.formUnion(s)
            case .documented, .opaque: break
            }
        }
        if let include, include.subtracting(exclude).isEmpty { return false }
        if bools.count > 1 || range.isEmpty || !all.isDisjoint(with: none) { return false }
        return anys.allSatisfy { !$0.isSubset(of: none) }
    }

    /// The membership term sets of a conjunction.
    private func memberships(_ conjunction: Conjunction) -> [Set<String>] {
        conjunction.compactMap { literal in
            switch literal.constraint {
            case .include(let s), .any(let s), .all(let s): s
            default: nil
            }
        }
    }

    /// Whether two normal forms may hold for the same request.
    func overlaps(_ a: [Prepared], _ b: [Prepared]) -> Bool {
        for ca in a {
            for cb in b {
                let related: Bool
                if ca.memberships.isEmpty || cb.memberships.isEmpty {
                    related = cb.literals.contains { ca.facts.contains($0.fact) }
                } else {
                    related = ca.memberships.indices.contains { i in
                        cb.memberships.indices.contains { j in
                            !ca.memberships[i].isDisjoint(with: cb.widenedMemberships[j])
                                || !cb.memberships[j].isDisjoint(with: ca.widenedMemberships[i])
                        }
                    }
                }
                if related && satisfiable(together: ca, cb) { return true }
            }
        }
        return false
    }

    /// Whether the constraints of two conjunctions can hold together: those on each fact they share
    /// are tested as one list, those on the other facts were tested with their own conjunction.
    private func satisfiable(together a: Prepared, _ b: Prepared) -> Bool {
        guard a.isSatisfiable && b.isSatisfiable else { return false }
        return a.byFact.allSatisfy { fact, constraints in
            b.byFact[fact].map { satisfiable(constraints + $0) } ?? true
        }
    }

    /// Whether every request `b` holds for, `a` holds for too.
    func covers(_ a: [Prepared], _ b: [Prepared]) -> Bool {
        b.allSatisfy { cb in
            !cb.isSatisfiable || a.contains { ca in implies(cb, ca.literals) }
        }
    }

    private func implies(_ premise: Prepared, _ conclusion: Conjunction) -> Bool {
        conclusion.allSatisfy { literal in
            implies(premise.byFact[literal.fact] ?? [], literal.constraint) || impliedThroughLexicon(premise.literals, literal)
        }
    }

    /// Whether a membership of `literal` follows from a membership on another fact whose every
    /// term is, or has a parent, in it (`ingredients any [baclofen]` ⇒ `drug_classes any [muscle_relaxant]`).
    private func impliedThroughLexicon(_ premise: Conjunction, _ literal: Literal) -> Bool {
        let target: Set<String>
        switch literal.constraint {
        case .include(let s), .any(let s): target = s
        default: return false
        }
        return premise.contains { other in
            guard other.fact != literal.fact else { return false }
            switch other.constraint {
            case .include(let s), .any(let s):
                // `widened([term])` meets `target` (no set made per term).
                return !s.isEmpty
                    && s.allSatisfy { target.contains($0) || !hierarchy.ancestorsInAnyVocabulary(of: $0).isDisjoint(with: target) }
            default:
                return false
            }
        }
    }

    private func implies(_ premise: [Constraint], _ conclusion: Constraint) -> Bool {
        var include: Set<String>?
        var exclude: Set<String> = []
        var range = Interval()
        var all: Set<String> = []
        var none: Set<String> = []
        for constraint in premise {
            switch constraint {
            case .include(let s): include = include.map { $0.intersection(s) } ?? s
            case .exclude(let s): exclude.formUnion(s)
            case .range(let r): range = range.intersected(r)
            case .all(let s): all.formUnion(s)
            case .none(let s): none.formUnion(s)
            default: break
            }
        }
        switch conclusion {
        case .documented:
            return premise.contains { if case .opaque = $0 { false } else { true } }
        case .bool, .opaque:
            return premise.contains(conclusion)
        case .include(let s):
            return include.map { $0.subtracting(exclude).isSubset(of: s) } ?? false
        case .exclude(let s):
            return s.isSubset(of: exclude) || (include.map { $0.subtracting(exclude).isDisjoint(with: s) } ?? false)
        case .range(let r):
            return r.contains(range)
        case .any(let s):
            return !all.isDisjoint(with: s) || premise.contains { if case .any(let t) = $0 { t.isSubset(of: s) } else { false } }
        case .all(let s):
            return s.isSubset(of: all)
        case .none(let s):
            return s.isSubset(of: none)
        }
    }
}
