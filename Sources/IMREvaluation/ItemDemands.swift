import IMRFacts
import IMRLetters
import IMRVocabulary

/// The facts each item of a letter asks of the extractor (``FactDemand``): the facts every item asks
/// (every rule's `applies` facts, and the facts the engine and the harness read themselves), read
/// first; then, of every rule whose `applies` holds on them, the facts of its criteria and its `needs`.
///
/// Exact: the readers that write an `applies` fact run first as they will run after (with the
/// readers whose facts they consult, ``FactReader/reads``), so the rules that apply are the same.
/// An associated service's `applies` may read the outcome of the letter's surgery, not known before
/// it is decided: the rules that apply with any outcome are asked for.
enum ItemDemands {
    /// The facts the engine and the harness read of an item themselves: `category` (the surgery an
    /// associated service goes with; the harness's category), `associated_service`, `procedures`
    /// (an associated service's `index_surgery`), `drug_count` (``FactExtractor/drugParts(of:facts:in:)``),
    /// `drug` and `procedure` (the abstention's reason).
    static let engineFacts: [FactName] = [.category, .associatedService, .procedures, .drugCount, .drug, .procedure]

    /// The facts every item asks for, and each rule's criteria facts (by index into `rules`).
    static func demands(of rules: [CompiledRule]) -> (base: FactDemand, criteria: [FactDemand]) {
        var base = FactDemand()
        for fact in engineFacts { base.insert(fact) }
        for rule in rules {
            for leaf in rule.applies.leaves {
                for read in leaf.readSlots { base.insert(read.name) }
            }
        }
        let criteria = rules.map { rule in
            var demand = FactDemand()
            for leaf in rule.when?.leaves ?? [] {
                for read in leaf.readSlots { demand.insert(read.name) }
            }
            for need in rule.definition.needs {
                for fact in need.facts { demand.insert(fact.term) }
            }
            return demand
        }
        return (base, criteria)
    }
}

extension Engine {
    /// The facts each item asks for, in order (``ItemDemands``), from its facts read for the facts
    /// every item asks (``CompiledRules/baseDemand``), on which the rules' `applies` are evaluated.
    /// An item of several drugs (`drug_count` 2 or more, decided per drug on parts read anew) asks
    /// for every fact.
    func demands(of facts: [FactSet]) -> [FactDemand] {
        demandsAndRules(of: facts).demands
    }

    /// The facts each item asks for (``demands(of:)``), and per item the active rules whose
    /// `applies` held on those facts, as positions in ``CompiledRules/activeOrder`` in precedence
    /// order: the `applies` facts are read in full before the demand, so the evaluation of the
    /// item's facts takes them as they are (``evaluate(_:index:request:includeDrafts:applying:)``).
    /// `nil` for an item whose rules are not known then: an associated service (its `applies` may
    /// read the surgery's outcome) and an item of several drugs.
    func demandsAndRules(of facts: [FactSet]) -> (demands: [FactDemand], applying: [[Int]?]) {
        let associated = facts.map { $0.value(.associatedService) == .bool(true) }
        // The surgery the associated services go with (``predictWithFacts(_:facts:drugParts:applying:)``).
        let primary = facts.indices.first { !associated[$0] && facts[$0].value(.category) == .term("surgery") }
        var applying: [[Int]?] = Array(repeating: nil, count: facts.count)
        let demands = facts.indices.map { position in
            if case .number(let count)? = facts[position][.drugCount]?.value, count >= 2 { return FactDemand.all }
            var demand = compiled.baseDemand
            guard associated[position], let primary else {
                applying[position] = addApplying(to: &demand, facts[position])
                return demand
            }
            let procedures = facts[primary][.procedures]
            for outcome in [PredictedOutcome.upheld, .overturned, .abstain] {
                var withOutcome = facts[position]
                withOutcome.insert(Fact(name: .primaryOutcome, value: .term(outcome.rawValue)))
                if let procedures { withOutcome.insert(Fact(name: .indexSurgery, value: procedures.value, evidence: procedures.evidence)) }
                addApplying(to: &demand, withOutcome)
            }
            return demand
        }
        return (demands, applying)
    }

    /// Adds to `demand` the criteria facts of every active rule whose `applies` holds on `facts`;
    /// returns those rules' positions in ``CompiledRules/activeOrder``, in order.
    @discardableResult
    private func addApplying(to demand: inout FactDemand, _ facts: FactSet) -> [Int] {
        let slotFacts = compiled.slots.facts(of: facts)
        var applying: [Int] = []
        for position in compiled.activeIndex.candidates(slotFacts) {
            let ruleIndex = compiled.activeOrder[position]
            guard compiled.rules[ruleIndex].applies.evaluate(slotFacts) == .yes else { continue }
            applying.append(position)
            demand.formUnion(compiled.criteriaDemands[ruleIndex])
        }
        return applying
    }
}
