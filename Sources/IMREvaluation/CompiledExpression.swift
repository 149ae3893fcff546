import IMRFacts
import IMRRules

/// A leaf condition compiled for evaluation: the fact is a slot index, values are resolved.
struct CompiledCondition: Sendable {
    enum Test: Sendable {
        case documented
        case boolEquals(Bool)
        case compare(ComparisonOperator, Double)
        case member(Set<String>, negated: Bool)
        case quantified(SetQuantifier, Set<String>)
    }

    var slot: Int
    var test: Test
    var source: Condition

    init(_ condition: Condition, slot: Int) {
        self.slot = slot
        self.source = condition
        switch condition.test {
        case .documented: test = .documented
        case .isTrue: test = .boolEquals(true)
        case .member(let terms): test = .member(Set(terms.map(\.term)), negated: false)
        case .quantified(let quantifier, let terms): test = .quantified(quantifier, Set(terms.map(\.term)))
        case .compare(let op, let value):
            switch value {
            case .bool(let b): test = .boolEquals(op == .notEqual ? !b : b)
            case .term(let t): test = .member([t], negated: op == .notEqual)
            case .number(let n, let unit, _): test = .compare(op, n * Double(unit?.days ?? 1))
            case .list(let terms): test = .quantified(.all, Set(terms.map(\.term)))
            }
        }
    }

    /// The truth of the condition for a fact value (`nil`: not documented).
    func evaluate(_ value: FactValue?) -> Kleene {
        if case .documented = test { return Kleene(value != nil) }
        guard let value else { return .unknown }
        switch (test, value) {
        case (.boolEquals(let expected), .bool(let actual)):
            return Kleene(expected == actual)
        case (.compare(let op, let bound), .number(let x)):
            return Kleene(Self.compare(x, op, bound))
        case (.compare(let op, let bound), .days(let d)):
            return Kleene(Self.compare(Double(d), op, bound))
        case (.member(let set, let negated), .term(let t)):
            return Kleene(set.contains(t) != negated)
        case (.quantified(let quantifier, let set), .terms(let terms)):
            return Kleene(Self.quantify(quantifier, set, terms))
        case (.quantified(let quantifier, let set), .term(let t)):
            return Kleene(Self.quantify(quantifier, set, [t]))
        default:
            return .unknown
        }
    }

    private static func compare(_ x: Double, _ op: ComparisonOperator, _ bound: Double) -> Bool {
        switch op {
        case .equal: x == bound
        case .notEqual: x != bound
        case .less: x < bound
        case .lessOrEqual: x <= bound
        case .greater: x > bound
        case .greaterOrEqual: x >= bound
        }
    }

    private static func quantify(_ quantifier: SetQuantifier, _ set: Set<String>, _ terms: [String]) -> Bool {
        switch quantifier {
        case .any: terms.contains { set.contains($0) }
        case .none: !terms.contains { set.contains($0) }
        case .all: set.allSatisfy { terms.contains($0) }
        }
    }
}

/// An expression compiled to a tree over its leaf conditions.
struct CompiledExpression: Sendable {
    indirect enum Node: Sendable {
        case and([Node]), or([Node]), not(Node)
        case leaf(Int)
    }

    var root: Node
    var leaves: [CompiledCondition]

    init(_ expression: RuleExpression, slots: inout FactSlots) {
        var leaves: [CompiledCondition] = []
        func build(_ expression: RuleExpression) -> Node {
            switch expression {
            case .and(let parts): return .and(parts.map(build))
            case .or(let parts): return .or(parts.map(build))
            case .not(let inner, _): return .not(build(inner))
            case .condition(let condition):
                leaves.append(CompiledCondition(condition, slot: slots.slot(for: condition.fact)))
                return .leaf(leaves.count - 1)
            }
        }
        self.root = build(expression)
        self.leaves = leaves
    }

    /// The truth of the expression, evaluating leaves on demand (short-circuiting on decided values).
    func evaluate(_ values: [Fact?]) -> Kleene {
        evaluate(root) { leaves[$0].evaluate(values[leaves[$0].slot]?.value) }
    }

    /// The truth of the expression from precomputed leaf results.
    func evaluate(leafResults: [Kleene]) -> Kleene {
        evaluate(root) { leafResults[$0] }
    }

    private func evaluate(_ node: Node, _ leaf: (Int) -> Kleene) -> Kleene {
        switch node {
        case .leaf(let index):
            return leaf(index)
        case .not(let inner):
            return !evaluate(inner, leaf)
        case .and(let parts):
            var result = Kleene.yes
            for part in parts {
                result = result && evaluate(part, leaf)
                if result == .no { return .no }
            }
            return result
        case .or(let parts):
            var result = Kleene.no
            for part in parts {
                result = result || evaluate(part, leaf)
                if result == .yes { return .yes }
            }
            return result
        }
    }
}

/// Fact names interned to slot indices, so evaluation reads an array instead of a dictionary.
struct FactSlots: Sendable {
    private(set) var names: [String] = []
    private var indices: [String: Int] = [:]

    mutating func slot(for name: String) -> Int {
        if let index = indices[name] { return index }
        names.append(name)
        indices[name] = names.count - 1
        return names.count - 1
    }

    /// The facts of `set` by slot.
    func values(of set: FactSet) -> [Fact?] {
        names.map { set[$0] }
    }
}
