import IMRCore
import IMRVocabulary

/// The rules of a precedence order indexed by the terms their `applies` needs, so that a request
/// tests only the rules that can apply to it instead of every rule.
///
/// A rule's *guard* is a necessary condition of its `applies` being met: a fact slot and a set of
/// terms such that `applies` can hold only when the fact's value (a term, or a list of terms) holds
/// one of them. `drug_classes any [opioid] and …` is guarded by `drug_classes` and `{opioid}`;
/// `procedure in [knee_brace] or (procedure in [brace] and …)` by `procedure` and
/// `{knee_brace, brace}`. A rule with no guard (`applies not associated_service and …`) is always
/// a candidate. The candidates are tested in full, so the index changes which rules are tested,
/// never what a test gives.
struct RuleIndex: Sendable {
    /// A necessary condition of an `applies`: the value at `slot` holds a term of `terms`.
    struct Guard: Equatable, Sendable {
        var slot: Int
        var terms: Set<String>
    }

    /// Positions in the order of the rules with no guard.
    private let unguarded: [Int]
    /// For each guarded slot, the positions in the order of the rules guarded by each term.
    private let guarded: [(slot: Int, positions: TermPositions)]

    /// Indexes the rules of `order` (indices into `rules`).
    init(order: [Int], rules: [CompiledRule]) {
        var unguarded: [Int] = []
        var bySlot: [Int: [String: [Int]]] = [:]
        for (position, ruleIndex) in order.enumerated() {
            guard let found = Self.guard(of: rules[ruleIndex].applies) else {
                unguarded.append(position)
                continue
            }
            for term in found.terms { bySlot[found.slot, default: [:]][term, default: []].append(position) }
        }
        self.unguarded = unguarded
        self.guarded = bySlot.keys.sorted().map { ($0, TermPositions(bySlot[$0]!)) }
    }

    /// The positions in the order of the rules whose `applies` can hold for `facts`, ascending:
    /// every rule whose `applies` holds is among them.
    func candidates(_ facts: SlotFacts) -> [Int] {
        var result = unguarded
        for (slot, positions) in guarded {
            switch facts.value(at: slot) {
            case .term(let term)?:
                if let found = positions[term] { result += found }
            case .terms(let terms)?:
                for term in terms {
                    if let found = positions[term] { result += found }
                }
            default: break
            }
        }
        guard result.count > unguarded.count else { return result }
        result.sort()
        var unique = 0
        for position in result.indices where unique == 0 || result[position] != result[unique - 1] {
            result[unique] = result[position]
            unique += 1
        }
        result.removeLast(result.count - unique)
        return result
    }

    /// The guard of `expression`, if it has one: a positive term test (`in [...]`, `any [...]`), an
    /// `and` with a guarded part, or an `or` whose parts are all guarded on one slot.
    static func `guard`(of expression: CompiledExpression) -> Guard? {
        func find(_ index: Int) -> Guard? {
            let node = expression.nodes[index]
            let parts = expression.children[node.start..<(node.start + node.count)]
            switch node.kind {
            case .leaf:
                let leaf = expression.leaves[node.start]
                switch leaf.test {
                // `in`/`=` holds only for a term of the set; `any` only for a list holding one (or such a term).
                case .member(let terms, negated: false), .quantified(.any, let terms): return Guard(slot: leaf.slot, terms: terms)
                default: return nil
                }
            case .not:
                return nil
            case .and:
                // Every part must hold: the guard of any part is one of the whole.
                return parts.lazy.compactMap(find).first
            case .or:
                // One part must hold: a guard of the whole only if every part has one on the same slot.
                var union: Guard?
                for part in parts {
                    guard let found = find(part), union == nil || union!.slot == found.slot else { return nil }
                    union = Guard(slot: found.slot, terms: (union?.terms ?? []).union(found.terms))
                }
                return union
            }
        }
        return find(expression.root)
    }
}

/// The positions of a guarded slot's rules by term (``RuleIndex``), found by the FNV-1a hash of the
/// term's bytes: a `[String: [Int]]` look-up hashed the term with the seeded SipHash (about 500
/// instructions, several a request). A term with a byte above ASCII, or any term when a key has
/// one, is looked up in the dictionary, which compares by canonical equivalence.
struct TermPositions: Sendable {
    private let dictionary: [String: [Int]]
    private let table: OpenAddressTable<String, [Int]>
    private let unicodeTerms: Bool

    init(_ dictionary: [String: [Int]]) {
        self.dictionary = dictionary
        var table = OpenAddressTable<String, [Int]>(minimumCapacity: dictionary.count)
        for (term, positions) in dictionary.sorted(by: { $0.key < $1.key }) { table.append(term, positions, hash: Self.hash(term)) }
        self.table = table
        unicodeTerms = dictionary.keys.contains { $0.utf8.contains { $0 >= 0x80 } }
    }

    /// The positions of the rules guarded by `term`, or `nil`.
    subscript(term: String) -> [Int]? {
        var spelled = term
        let (hash, ascii) = spelled.withUTF8 { bytes in
            (FNV1a.hash(bytes, 0, bytes.count), !bytes.contains { $0 >= 0x80 })
        }
        guard ascii && !unicodeTerms else { return dictionary[term] }
        return table.value(of: term, hash: hash)
    }

    private static func hash(_ term: String) -> UInt64 {
        var term = term
        return term.withUTF8 { FNV1a.hash($0, 0, $0.count) }
    }
}
