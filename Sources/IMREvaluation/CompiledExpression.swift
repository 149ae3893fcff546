import IMRFacts
import IMRRules
import IMRVocabulary

/// A leaf condition compiled for evaluation: the fact is a slot index, values are resolved, and the
/// texts its trace shows are made once (a class, so evaluation does not copy it).
final class CompiledCondition: Sendable {
    enum Test: Sendable {
        case documented
        case boolEquals(Bool)
        case compare(ComparisonOperator, Double)
        case member(Set<String>, negated: Bool)
        case quantified(SetQuantifier, Set<String>)
        /// `documented TABLE.COLUMN`: the table gives the column a value (``lookup``).
        case tableHasValue
    }

    /// A table column a condition reads: `<= postsurgical.general_course`.
    struct TableLookup: Sendable {
        let table: CompiledTable
        let column: Int
    }

    /// The slot of the condition's fact (of the first fact of a sum).
    let slot: Int
    let test: Test

    /// Whether the condition is `documented FACT`.
    var isDocumentedTest: Bool {
        if case .documented = test { return true }
        return false
    }
    /// For a sum (`prior_sessions + visits_requested <= 10`): the slot of each fact after the first
    /// with its sign (1 or -1); empty for a test of one fact.
    let operands: [(slot: Int, sign: Double)]
    /// For a sum: its literals, signed and added (durations in days).
    let constant: Double
    /// Whether the condition compares a sum (its facts and literals) rather than one fact.
    let isSum: Bool
    /// The table column the condition reads, if any: the bound of its comparison is the column's
    /// value in the row the request's facts choose (`test` is then `.compare` with a bound of 0, or
    /// `.tableHasValue`).
    let lookup: TableLookup?
    /// Every fact the condition reads with its slot, once each, in the order written (the trace shows each).
    let readSlots: [(name: String, slot: Int)]
    let source: Condition
    /// The criterion as the trace shows it: the condition's text, after `not ` when it stands under
    /// an odd number of `not`s.
    let criterion: String
    /// The plain request for documentation when the criterion is not documented
    /// (`Documentation of: use duration <= 3 weeks`).
    let documentationRequest: String

    /// Compiles `condition` (`negated` when it stands under an odd number of `not`s); `widen` adds the
    /// narrower lexicon terms to a term list (not to `all`, which asks for the listed terms themselves);
    /// `tables` holds the compiled tables by name (a condition reading a table must find it there).
    init(
        _ condition: Condition, slots: inout FactSlots, negated: Bool = false, tables: [String: CompiledTable] = [:],
        widen: (Set<String>) -> Set<String>
    ) {
        let lookup = condition.tableReference.flatMap { reference in
            tables[reference.table].flatMap { table in table.columnIndex(reference.column).map { TableLookup(table: table, column: $0) } }
        }
        self.lookup = lookup
        // `documented TABLE.COLUMN` names no fact: it reads the table's key facts.
        if case .tableHasValue = condition.test, let key = lookup?.table.keySlots.first {
            self.slot = key.slot
        } else {
            self.slot = slots.slot(for: condition.fact)
        }
        self.source = condition
        var operands: [(slot: Int, sign: Double)] = []
        var constant = 0.0
        for addend in condition.addends {
            let sign: Double = addend.sign == .plus ? 1 : -1
            switch addend.operand {
            case .fact(let name): operands.append((slots.slot(for: name), sign))
            case .number(let n, let unit, _): constant += sign * n * Double(unit?.days ?? 1)
            }
        }
        self.operands = operands
        self.constant = constant
        isSum = !condition.addends.isEmpty
        var readSlots = condition.facts.map { ($0, slots.slot(for: $0)) }
        // A table's key facts are read too: the trace shows the values that chose its row.
        for key in lookup?.table.keySlots ?? [] where !readSlots.contains(where: { $0.0 == key.name }) { readSlots.append(key) }
        self.readSlots = readSlots
        criterion = negated ? "not \(condition.text)" : condition.text
        documentationRequest = "Documentation of: " + Self.plainWords(criterion)
        let test: Test
        switch condition.test {
        case .documented: test = .documented
        case .tableHasValue: test = .tableHasValue
        case .isTrue: test = .boolEquals(true)
        case .member(let terms): test = .member(widen(Set(terms.map(\.term))), negated: false)
        case .quantified(.all, let terms): test = .quantified(.all, Set(terms.map(\.term)))
        case .quantified(let quantifier, let terms): test = .quantified(quantifier, widen(Set(terms.map(\.term))))
        case .compare(let op, let value):
            switch value {
            case .bool(let b): test = .boolEquals(op == .notEqual ? !b : b)
            case .term(let t): test = .member(widen([t]), negated: op == .notEqual)
            case .number(let n, let unit, _): test = .compare(op, n * Double(unit?.days ?? 1))
            // The parser gives comparisons no list; read one as membership all the same.
            case .list(let terms): test = .member(widen(Set(terms.map(\.term))), negated: op == .notEqual)
            // The bound is read from the table (``lookup``) when the condition is evaluated.
            case .tableColumn: test = .compare(op, 0)
            }
        }
        self.test = test
    }

    /// A criterion in plain words: `diagnoses any [multiple_sclerosis]` → `diagnoses (multiple sclerosis)`,
    /// `use_duration <= 3 weeks` → `use duration <= 3 weeks`.
    static func plainWords(_ criterion: String) -> String {
        // Rule texts are ASCII: replaced byte by byte (Foundation's search, made for any text, was a
        // sixth of loading the rules). Other text keeps Foundation's replacement.
        guard criterion.utf8.allSatisfy({ $0 < 0x80 }) else {
            return criterion.replacingOccurrences(of: " any [", with: " (").replacingOccurrences(of: " all [", with: " (all of ")
                .replacingOccurrences(of: " only [", with: " (only ").replacingOccurrences(of: " in [", with: " (").replacingOccurrences(
                    of: "]", with: ")"
                )
                .replacingOccurrences(of: "_", with: " ")
        }
        var bytes = Array(criterion.utf8)
        // The bracket targets all hold '[': a text without one (most sums and comparisons) skips them.
        if bytes.contains(UInt8(ascii: "[")) {
            for (target, replacement) in bracketReplacements where contains(target, in: bytes) {
                bytes = replacing(target, with: replacement, in: bytes)
            }
        }
        // `]` → `)` then `_` → ` `: one byte for one, and neither output is the other's target, so
        // the two passes are one.
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "]") {
                bytes[index] = UInt8(ascii: ")")
            } else if bytes[index] == UInt8(ascii: "_") {
                bytes[index] = UInt8(ascii: " ")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The replacements of ``plainWords(_:)`` that open a list, in order (then `]` → `)` and `_` → ` `).
    private static let bracketReplacements: [([UInt8], [UInt8])] = [
        (" any [", " ("), (" all [", " (all of "), (" only [", " (only "), (" in [", " ("),
    ].map { (Array($0.utf8), Array($1.utf8)) }

    /// Whether `target` occurs in `bytes`.
    private static func contains(_ target: [UInt8], in bytes: [UInt8]) -> Bool {
        guard bytes.count >= target.count else { return false }
        return bytes.withUnsafeBufferPointer { text in
            target.withUnsafeBufferPointer { target in
                for start in 0...(text.count - target.count) where text[start] == target[0] {
                    var offset = 1
                    while offset < target.count, text[start + offset] == target[offset] { offset += 1 }
                    if offset == target.count { return true }
                }
                return false
            }
        }
    }

    /// `bytes` with every occurrence of `target` replaced by `replacement`, left to right.
    private static func replacing(_ target: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == target[0], index + target.count <= bytes.count, bytes[index..<index + target.count].elementsEqual(target) {
                result += replacement
                index += target.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// Whether the request for documentation names the facts that were not documented: a sum's, or
    /// those of a comparison with a table column (its key facts with its own).
    var namesUndocumentedFacts: Bool { isSum || lookup != nil }

    /// The criterion as a trace shows it for a request's facts: with the value a table gave its
    /// bound, as the table writes it (`visits_requested <= postsurgical.initial_course (12)`,
    /// `time_since_surgery <= postsurgical.period (6 months)`, `(no row)` when none).
    func criterionText(in facts: SlotFacts) -> String {
        guard let lookup else { return criterion }
        return criterion + " (" + (lookup.table.text(ofColumn: lookup.column, in: facts) ?? "no row") + ")"
    }

    /// The plain request for documentation when the criterion is not documented: for a sum, or a
    /// comparison with a table column, of the facts in `undocumented`
    /// (`Documentation of: prior sessions (in prior sessions + visits requested <= 10)`).
    func documentationRequest(undocumented: [String]) -> String {
        guard namesUndocumentedFacts, !undocumented.isEmpty else { return documentationRequest }
        return "Documentation of: " + Self.plainWords(undocumented.joined(separator: ", ")) + " (in " + Self.plainWords(criterion) + ")"
    }

    /// The truth of the condition for the fact values of a request by slot: a sum is unknown when
    /// any of its facts is not documented.
    func evaluate(in facts: SlotFacts) -> Kleene {
        if let lookup { return evaluate(lookup, in: facts) }
        guard isSum else { return evaluate(facts.value(at: slot)) }
        guard case .compare(let op, let bound) = test, var sum = Self.amount(facts.value(at: slot)) else { return .unknown }
        for operand in operands {
            guard let amount = Self.amount(facts.value(at: operand.slot)) else { return .unknown }
            sum += operand.sign * amount
        }
        return Kleene(Self.compare(sum + constant, op, bound))
    }

    /// The truth of a condition that reads a table column: `documented TABLE.COLUMN` is whether the
    /// table gives the column a value; a comparison is unknown without one (or without its facts).
    private func evaluate(_ lookup: TableLookup, in facts: SlotFacts) -> Kleene {
        let bound = lookup.table.value(ofColumn: lookup.column, in: facts)
        if case .tableHasValue = test { return Kleene(bound != nil) }
        guard let bound, case .compare(let op, _) = test, var sum = Self.amount(facts.value(at: slot)) else { return .unknown }
        for operand in operands {
            guard let amount = Self.amount(facts.value(at: operand.slot)) else { return .unknown }
            sum += operand.sign * amount
        }
        return Kleene(Self.compare(sum + constant, op, bound))
    }

    /// A number, or a duration in days; `nil` for another value or none.
    private static func amount(_ value: FactValue?) -> Double? {
        switch value {
        case .number(let x)?: x
        case .days(let d)?: Double(d)
        default: nil
        }
    }

    /// The truth of the condition for a fact value (`nil`: not documented); a sum is evaluated by
    /// ``evaluate(in:)``.
    func evaluate(_ value: FactValue?) -> Kleene {
        guard let value else {
            if case .documented = test { return .no }
            return .unknown
        }
        // The test first, then the value: no tuple of the two is copied.
        switch test {
        case .documented:
            return .yes
        case .tableHasValue:
            // Read from the table by ``evaluate(in:)``; a value alone does not say.
            return .unknown
        case .boolEquals(let expected):
            guard case .bool(let actual) = value else { return .unknown }
            return Kleene(expected == actual)
        case .compare(let op, let bound):
            switch value {
            case .number(let x): return Kleene(Self.compare(x, op, bound))
            case .days(let d): return Kleene(Self.compare(Double(d), op, bound))
            default: return .unknown
            }
        case .member(let set, let negated):
            guard case .term(let t) = value else { return .unknown }
            return Kleene(set.contains(t) != negated)
        case .quantified(let quantifier, let set):
            switch value {
            case .terms(let terms): return Kleene(Self.quantify(quantifier, set, terms))
            case .term(let t): return Kleene(Self.quantify(quantifier, set, [t]))
            default: return .unknown
            }
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
        case .only: !terms.isEmpty && terms.allSatisfy { set.contains($0) }
        }
    }
}

/// An expression compiled to a flat array of nodes over its leaf conditions (no boxes or
/// reference counting while evaluating).
final class CompiledExpression: Sendable {
    struct Node: Sendable {
        enum Kind: Sendable { case and, or, not, leaf }
        var kind: Kind
        /// For `leaf`: the leaf index; otherwise the first index of the node's children in ``children``.
        var start: Int
        var count: Int
    }

    let nodes: [Node]
    let children: [Int]
    let root: Int
    let leaves: [CompiledCondition]
    /// Whether each leaf stands under an odd number of `not`s: the trace then shows the criterion as
    /// the rule states it (`not already_using`) with the status of that negation.
    let leafNegated: [Bool]

    init(
        _ expression: RuleExpression, slots: inout FactSlots, tables: [String: CompiledTable] = [:],
        widen: (Condition, Set<String>) -> Set<String>
    ) {
        var nodes: [Node] = []
        var children: [Int] = []
        var leaves: [CompiledCondition] = []
        var leafNegated: [Bool] = []
        var negated = false
        func build(_ expression: RuleExpression) -> Int {
            let node: Node
            switch expression {
            case .and(let parts), .or(let parts):
                let indices = parts.map(build)
                node = Node(kind: { if case .and = expression { .and } else { .or } }(), start: children.count, count: indices.count)
                children += indices
            case .not(let inner, _):
                negated.toggle()
                let index = build(inner)
                negated.toggle()
                node = Node(kind: .not, start: children.count, count: 1)
                children.append(index)
            case .condition(let condition):
                leaves.append(CompiledCondition(condition, slots: &slots, negated: negated, tables: tables) { widen(condition, $0) })
                leafNegated.append(negated)
                node = Node(kind: .leaf, start: leaves.count - 1, count: 0)
            }
            nodes.append(node)
            return nodes.count - 1
        }
        self.root = build(expression)
        self.nodes = nodes
        self.children = children
        self.leaves = leaves
        self.leafNegated = leafNegated
    }

    /// The truth of the expression, evaluating leaves on demand (short-circuiting on decided values).
    func evaluate(_ facts: SlotFacts) -> Kleene {
        evaluate(root, LeafValues(leaves: leaves, facts: facts))
    }

    /// The truth of the expression from precomputed leaf results.
    func evaluate(leafResults: [Kleene]) -> Kleene {
        evaluate(root, LeafResults(results: leafResults))
    }

    /// The truth of the sub-expression at node `index` from precomputed leaf results (a rule's
    /// `provided` or `when` part, ``CompiledRule/provision``).
    func evaluate(node index: Int, leafResults: [Kleene]) -> Kleene {
        evaluate(index, LeafResults(results: leafResults))
    }

    /// The truth of the sub-expression at node `index`, evaluating leaves on demand.
    func evaluate(node index: Int, facts: SlotFacts) -> Kleene {
        evaluate(index, LeafValues(leaves: leaves, facts: facts))
    }

    /// The node index of the `position`th child of the `and`, `or` or `not` node at `index`.
    func child(of index: Int, at position: Int) -> Int {
        children[nodes[index].start + position]
    }

    /// The truth of the node at `index`; generic rather than a closure, so that each use is
    /// specialised and a leaf costs no call through a context.
    private func evaluate(_ index: Int, _ leaf: some LeafTruth) -> Kleene {
        let node = nodes[index]
        switch node.kind {
        case .leaf:
            return leaf.truth(ofLeaf: node.start)
        case .not:
            return !evaluate(children[node.start], leaf)
        case .and:
            var result = Kleene.yes
            for child in node.start..<(node.start + node.count) {
                result = result && evaluate(children[child], leaf)
                if result == .no { return .no }
            }
            return result
        case .or:
            var result = Kleene.no
            for child in node.start..<(node.start + node.count) {
                result = result || evaluate(children[child], leaf)
                if result == .yes { return .yes }
            }
            return result
        }
    }
}

/// The truth of each leaf of an expression, by leaf index.
private protocol LeafTruth {
    func truth(ofLeaf index: Int) -> Kleene
}

/// Leaves evaluated on demand against a request's facts by slot.
private struct LeafValues: LeafTruth {
    let leaves: [CompiledCondition]
    let facts: SlotFacts

    func truth(ofLeaf index: Int) -> Kleene {
        leaves[index].evaluate(in: facts)
    }
}

/// Leaves already evaluated.
private struct LeafResults: LeafTruth {
    let results: [Kleene]

    func truth(ofLeaf index: Int) -> Kleene { results[index] }
}

/// Fact names interned to slot indices, so evaluation reads an array instead of a dictionary.
struct FactSlots: Sendable {
    private(set) var names: [String] = []
    /// The slot of each fact name by its ordinal (``Fact/ordinal``; -1: no rule reads it).
    private var byOrdinal: [Int] = []

    mutating func slot(for name: String) -> Int {
        let ordinal = FactName.ordinal(named: name)
        if ordinal < byOrdinal.count, byOrdinal[ordinal] >= 0 { return byOrdinal[ordinal] }
        if ordinal >= byOrdinal.count { byOrdinal.append(contentsOf: repeatElement(-1, count: ordinal + 1 - byOrdinal.count)) }
        names.append(name)
        byOrdinal[ordinal] = names.count - 1
        return names.count - 1
    }

    /// The facts of `set` by slot.
    func facts(of set: FactSet) -> SlotFacts {
        // A request documents fewer facts than the rules read: look up each fact's slot by its
        // ordinal, reading the facts in place.
        var positions = [Int32](repeating: -1, count: names.count)
        let all = set.all
        all.withUnsafeBufferPointer { facts in
            for position in facts.indices {
                let ordinal = facts[position].ordinal
                if ordinal < byOrdinal.count, byOrdinal[ordinal] >= 0 { positions[byOrdinal[ordinal]] = Int32(position) }
            }
        }
        return SlotFacts(all: all, positions: positions)
    }
}

/// A request's facts by slot: where each slot's fact is in the request's ``FactSet``, so that
/// reading them by slot copies no fact that no condition reads.
struct SlotFacts {
    /// The facts of the set, in its order.
    let all: [Fact]
    /// For each slot, the position of its fact in `all` (-1: not documented).
    let positions: [Int32]

    /// The fact at `slot` (`nil`: not documented).
    func fact(at slot: Int) -> Fact? {
        let position = positions[slot]
        return position < 0 ? nil : all[Int(position)]
    }

    /// The value of the fact at `slot` (`nil`: not documented).
    func value(at slot: Int) -> FactValue? {
        let position = positions[slot]
        return position < 0 ? nil : all[Int(position)].value
    }
}
