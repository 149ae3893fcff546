import IMRFacts
import IMRVocabulary

/// The criteria an evaluation considered, kept as it left them: for each `when` leaf evaluated, its
/// rule, its position and its status, beside the request's facts by slot. The ``CriterionTrace``s
/// (each fact's value rendered as text, its evidence) are made only when someone reads them: the
/// explanation, the reports that print a trace, a baseline. A run that prints none does not pay for
/// them.
struct DeferredTrace: Sendable {
    /// One `when` leaf evaluated: the rule's index in the compiled rules, the leaf's index among the
    /// rule's `when` leaves, and the criterion's status (negated as the trace shows it).
    struct Entry: Sendable {
        var rule: Int32
        var leaf: Int32
        var status: CriterionStatus
    }

    let rules: [CompiledRule]
    let facts: SlotFacts
    let entries: [Entry]
    /// The request's facts, when they may tell a topic mention of a fact not documented
    /// (``IMRVocabulary/FactSet/mention(of:)``).
    var mentioning: FactSet?

    /// The criteria, in evaluation order; only those of the rule with id `rule` when one is given.
    func criteria(of rule: String? = nil) -> [CriterionTrace] {
        var criteria: [CriterionTrace] = []
        for entry in entries {
            let compiled = rules[Int(entry.rule)]
            if let rule, compiled.definition.id != rule { continue }
            guard let leaf = compiled.when?.leaves[Int(entry.leaf)] else { continue }
            criteria.append(
                CriterionTrace(
                    rule: compiled.definition.id, criterion: leaf.criterionText(in: facts), status: entry.status,
                    facts: leaf.readSlots.map { name, slot in
                        let fact = facts.fact(at: slot)
                        return TracedFact(
                            name: name, value: fact.map { FactRendering.text($0.value) }, evidence: fact?.evidence ?? [],
                            mention: fact == nil ? mentioning?.mention(of: name) : nil)
                    }))
        }
        return criteria
    }

    /// Appends to `read` the facts read by the criteria of the rule with id `rule`, in evaluation
    /// order, each with its value as the trace renders it: the facts of ``criteria(of:)``, without
    /// the criteria's texts and evidence. A rule's entries follow each other, so its id is compared
    /// once for each run of them.
    func appendCriterionFacts(of rule: String, to read: inout [(name: String, value: String?)]) {
        var current: Int32 = -1
        var matches = false
        for entry in entries {
            if entry.rule != current {
                current = entry.rule
                matches = rules[Int(current)].definition.id == rule
            }
            guard matches, let leaf = rules[Int(current)].when?.leaves[Int(entry.leaf)] else { continue }
            for (name, slot) in leaf.readSlots { read.append((name, facts.value(at: slot).map(FactRendering.text))) }
        }
    }
}

/// A prediction's criteria: as given (built in code, decoded, or combined from parts rendered), or
/// deferred as the engine's evaluation left them (``DeferredTrace``), possibly several evaluations'
/// one after another. Equal, hashed and encoded as the criteria it renders.
enum TraceStorage: Hashable, Sendable, Codable {
    case rendered([CriterionTrace])
    case deferred([DeferredTrace])

    /// Every criterion, in order.
    var criteria: [CriterionTrace] {
        switch self {
        case .rendered(let criteria): criteria
        case .deferred(let traces): traces.flatMap { $0.criteria() }
        }
    }

    /// The criteria of the rule with id `rule`, in order, without rendering the others.
    func criteria(of rule: String) -> [CriterionTrace] {
        switch self {
        case .rendered(let criteria): criteria.filter { $0.rule == rule }
        case .deferred(let traces): traces.flatMap { $0.criteria(of: rule) }
        }
    }

    /// The facts the criteria of the rule with id `rule` read, in order, with their values as rendered
    /// (``DeferredTrace/appendCriterionFacts(of:to:)``).
    func criterionFacts(of rule: String) -> [(name: String, value: String?)] {
        switch self {
        case .rendered(let criteria):
            return criteria.filter { $0.rule == rule }.flatMap { $0.facts.map { ($0.name, $0.value) } }
        case .deferred(let traces):
            var read: [(name: String, value: String?)] = []
            for trace in traces { trace.appendCriterionFacts(of: rule, to: &read) }
            return read
        }
    }

    /// The criteria of `parts` one after another, still deferred when every part is.
    static func joined(_ parts: [TraceStorage]) -> TraceStorage {
        var traces: [DeferredTrace] = []
        for part in parts {
            guard case .deferred(let deferred) = part else { return .rendered(parts.flatMap(\.criteria)) }
            traces += deferred
        }
        return .deferred(traces)
    }

    static func == (lhs: TraceStorage, rhs: TraceStorage) -> Bool { lhs.criteria == rhs.criteria }

    func hash(into hasher: inout Hasher) { hasher.combine(criteria) }

    init(from decoder: any Decoder) throws {
        self = .rendered(try decoder.singleValueContainer().decode([CriterionTrace].self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(criteria)
    }
}
