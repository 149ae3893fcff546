import IMRFacts
import IMRLetters
import IMRRules
import IMRVocabulary

/// Predicts every requested item of a case from its input only.
///
/// For each request the rules whose `applies` holds are taken in precedence order (priority
/// descending, then id); each gives `then`, `else` or `undocumented` by the three-valued truth of
/// its `when`; `next` passes on, and the first `upheld` or `overturned` decides. When none does,
/// the engine abstains.
public struct Engine: Sendable {
    /// The rules; compiled again whenever they are replaced.
    public var ruleSet: RuleSet {
        didSet { compiled = CompiledRules(ruleSet, lexicon: extractor.lexicon) }
    }
    public var extractor: FactExtractor
    private(set) var compiled: CompiledRules
    /// Suggestions for unrecognised requests, from the lexicon's names.
    private let nearMiss: NearMiss

    public init(ruleSet: RuleSet, lexicon: Lexicon) {
        self.ruleSet = ruleSet
        self.extractor = FactExtractor(lexicon: lexicon)
        self.compiled = CompiledRules(ruleSet, lexicon: lexicon)
        self.nearMiss = NearMiss(lexicon)
    }

    /// One prediction per request of `input`, in order. Associated services are evaluated after the
    /// surgery they go with, so their rules can read `primary_outcome`.
    public func predict(_ input: CaseInput) -> [Prediction] {
        predictWithFacts(input).map(\.prediction)
    }

    /// One prediction per request of `input`, in order, each with the facts it was made from: the
    /// facts its rules read (``ItemDemands``), or with `everyFact` every fact the extractor reads.
    /// The predictions, traces included, are the same either way.
    public func predictWithFacts(_ input: CaseInput, everyFact: Bool = false) -> [(prediction: Prediction, facts: FactSet)] {
        let (caseFacts, facts, applying) = readFacts(of: input, everyFact: everyFact)
        let parts = zip(input.requests, facts).map { extractor.drugParts(of: $0, facts: $1, in: caseFacts) }
        return predictWithFacts(input.requests, facts: facts, drugParts: parts, applying: applying)
    }

    /// The facts of each request of `input`, in order, that its rules read (``ItemDemands``), or with
    /// `everyFact` every fact the extractor reads; and the case facts read for them.
    public func facts(of input: CaseInput, everyFact: Bool = false) -> (caseFacts: CaseFacts, facts: [FactSet]) {
        let read = readFacts(of: input, everyFact: everyFact)
        return (read.caseFacts, read.facts)
    }

    /// ``facts(of:everyFact:)``, with per item the active rules whose `applies` the demand found to
    /// hold (``demandsAndRules(of:)``; none known with `everyFact`).
    func readFacts(of input: CaseInput, everyFact: Bool) -> (caseFacts: CaseFacts, facts: [FactSet], applying: [[Int]?]) {
        guard !everyFact else {
            let caseFacts = extractor.caseFacts(for: input)
            return (caseFacts, input.requests.map { extractor.facts(for: $0, in: caseFacts) }, [])
        }
        var applying: [[Int]?] = []
        let (caseFacts, facts) = extractor.facts(of: input, first: compiled.baseDemand) { firstFacts in
            let read = demandsAndRules(of: firstFacts)
            applying = read.applying
            return read.demands
        }
        return (caseFacts, facts, applying)
    }

    /// Predictions for requests with their facts (see ``predictWithFacts(_:facts:)``).
    func predict(_ requests: [RequestedItem], facts: [FactSet]) -> [Prediction] {
        predictWithFacts(requests, facts: facts).map(\.prediction)
    }

    /// Predictions for requests with their facts: the other items first, then the associated
    /// services with `primary_outcome` set from the first surgical item.
    /// A request with `drugParts` (one per drug it names) is decided per drug (``combine(_:index:request:)``).
    /// `applying`, when it holds a list for a request, names the rules whose `applies` holds on its
    /// facts (``demandsAndRules(of:)``): they are not evaluated again.
    func predictWithFacts(
        _ requests: [RequestedItem], facts: [FactSet], drugParts: [[(text: String, facts: FactSet)]] = [], applying: [[Int]?] = []
    ) -> [(prediction: Prediction, facts: FactSet)] {
        var factSets = facts
        let associated = factSets.map { $0.value(.associatedService) == .bool(true) }
        var predictions: [Prediction?] = Array(repeating: nil, count: factSets.count)
        var primaryOutcome: PredictedOutcome?
        var primaryProcedures: Fact?
        for position in factSets.indices where !associated[position] {
            let request = requests[position]
            let parts = position < drugParts.count ? drugParts[position] : []
            let prediction =
                parts.isEmpty
                ? evaluateDeferred(
                    factSets[position], index: request.index, request: request.request, includeDrafts: false,
                    applying: position < applying.count ? applying[position] : nil)
                : combine(
                    parts.map { ($0.text, evaluate($0.facts, index: request.index, request: $0.text)) }, index: request.index,
                    request: request.request)
            if primaryOutcome == nil, factSets[position].value(.category) == .term("surgery") {
                primaryOutcome = prediction.outcome
                if let procedures = factSets[position][.procedures] {
                    primaryProcedures = Fact(name: .indexSurgery, value: procedures.value, evidence: procedures.evidence)
                }
            }
            predictions[position] = prediction
        }
        for position in factSets.indices where associated[position] {
            if let primaryOutcome {
                factSets[position].insert(Fact(name: .primaryOutcome, value: .term(primaryOutcome.rawValue)))
            }
            if let primaryProcedures { factSets[position].insert(primaryProcedures) }
            let request = requests[position]
            predictions[position] = evaluate(factSets[position], index: request.index, request: request.request)
        }
        return zip(predictions, factSets).compactMap { prediction, facts in prediction.map { ($0, facts) } }
    }

    /// The prediction for one request's facts. With `includeDrafts`, draft rules take part too
    /// (as `imr test` evaluates examples).
    public func evaluate(_ facts: FactSet, index: Int = 0, request: String = "", includeDrafts: Bool = false) -> Prediction {
        evaluateDeferred(facts, index: index, request: request, includeDrafts: includeDrafts)
    }

    /// A leaf condition identified by its rule and position among the rule's `when` leaves.
    struct LeafID: Hashable {
        var rule: Int
        var leaf: Int
    }

    /// The prediction, and the `when` leaves that were evaluated to met or unmet.
    func evaluateTracked(_ facts: FactSet, index: Int, request: String, includeDrafts: Bool) -> (
        prediction: Prediction, exercised: [LeafID]
    ) {
        let prediction = evaluateDeferred(facts, index: index, request: request, includeDrafts: includeDrafts)
        guard case .deferred(let traces) = prediction.trace else { return (prediction, []) }
        // A leaf not documented has that status whether or not it stands under a `not`.
        let exercised = traces.flatMap(\.entries).filter { $0.status != .notDocumented }.map {
            LeafID(rule: Int($0.rule), leaf: Int($0.leaf))
        }
        return (prediction, exercised)
    }

    /// The prediction for one request's facts, its criteria deferred (``DeferredTrace``). `applying`:
    /// the positions in ``CompiledRules/activeOrder`` of the active rules whose `applies` holds on
    /// `facts`, in order, when the item's demand found them (``demandsAndRules(of:)``); else the
    /// index's candidates are taken and each one's `applies` is evaluated here.
    private func evaluateDeferred(
        _ facts: FactSet, index: Int, request: String, includeDrafts: Bool, applying: [Int]? = nil
    ) -> Prediction {
        let slotFacts = compiled.slots.facts(of: facts)
        var entries: [DeferredTrace.Entry] = []
        // The rules that applied and passed on, by index (their ids are read only to abstain).
        var applied: [Int] = []
        // The leaf results of the rule at hand, one buffer for every rule.
        var results: [Kleene] = []
        let order = includeDrafts ? compiled.testOrder : compiled.activeOrder
        func criteria() -> TraceStorage {
            .deferred([DeferredTrace(rules: compiled.rules, facts: slotFacts, entries: entries, mentioning: facts.mayMention ? facts : nil)]
            )
        }
        // Only the rules that can apply, in precedence order (the others' `applies` cannot hold);
        // those the demand found to apply are taken as they are.
        let known = includeDrafts ? nil : applying
        let candidates = known ?? (includeDrafts ? compiled.testIndex : compiled.activeIndex).candidates(slotFacts)
        for (candidate, position) in candidates.enumerated() {
            let ruleIndex = order[position]
            let rule = compiled.rules[ruleIndex]
            guard known != nil || rule.applies.evaluate(slotFacts) == .yes else { continue }
            applied.append(ruleIndex)
            // The entries of this rule's criteria: one per leaf of `when` (of `provided`, then `when`), in order.
            let first = entries.count
            results.removeAll(keepingCapacity: true)
            if let when = rule.when {
                results.reserveCapacity(when.leaves.count)
                entries.reserveCapacity(entries.count + when.leaves.count)
                for (leafIndex, leaf) in when.leaves.enumerated() {
                    let result = leaf.evaluate(in: slotFacts)
                    results.append(result)
                    entries.append(
                        DeferredTrace.Entry(
                            rule: Int32(ruleIndex), leaf: Int32(leafIndex),
                            status: CriterionStatus(when.leafNegated[leafIndex] ? !result : result)))
                }
            }
            let outcome = rule.outcome(leafResults: results)
            guard outcome != .next else { continue }
            let decided: PredictedOutcome = outcome == .upheld ? .upheld : .overturned
            var missing: [String] = []
            if decided == .upheld {
                missing = missingDocumentation(rule, criteria: entries[first...], facts: facts, slotFacts: slotFacts)
            }
            let unread =
                facts.mayMention ? unreadMentions(rule, outcome: outcome, results: results, criteria: entries[first...], facts: facts) : []
            // Most decisions are a guideline's: its citations as they are, without a copy.
            let governing = governingCitations(
                after: candidates.dropFirst(candidate + 1).lazy.map { order[$0] }, facts: slotFacts, basis: rule.definition.basisValue,
                applying: known != nil)
            var prediction = Prediction(
                index: index, request: request, outcome: decided, rule: rule.definition.id, ruleTitle: rule.definition.title?.value,
                basis: rule.definition.basisValue, citation: rule.definition.citation?.value,
                citations: governing.isEmpty ? rule.citations : rule.citations + governing,
                reasons: rule.definition.reasons, trace: criteria(),
                missingDocumentation: missing)
            prediction.wordingRecalled = rule.definition.wordingRecalled?.value
            if !unread.isEmpty { (prediction.confidence, prediction.unreadMentions) = (.tentative, unread) }
            return prediction
        }
        let reason = abstainReason(facts, applied: applied.map { compiled.rules[$0].definition.id }, request: request)
        return Prediction(index: index, request: request, outcome: .abstain, trace: criteria(), abstainReason: reason)
    }

    /// The documentation an Upheld by `rule` asks for, from its criteria (one entry per leaf of
    /// `when`, in order). A need about facts is shown when a criterion on one of them is not met (an
    /// unmet `not documented X`, X being documented, is not a criterion that failed), or
    /// when one of them that no criterion reads is not documented as true; a need about no fact
    /// always. Each criterion not documented adds a plain request for its facts, unless a need shown
    /// is already about one of them.
    private func missingDocumentation(
        _ rule: CompiledRule, criteria: ArraySlice<DeferredTrace.Entry>, facts: FactSet, slotFacts: SlotFacts
    ) -> [String] {
        // A rule without `when` has no criteria.
        let leaves = rule.when?.leaves ?? []
        // A rule reads a few facts: its criteria are searched in place, no lists or sets are built.
        func reads(_ criterion: DeferredTrace.Entry, _ fact: String) -> Bool {
            leaves[Int(criterion.leaf)].readSlots.contains { $0.name == fact }
        }
        // A criterion that failed asks for its facts' documentation, but for `not documented X`
        // (as in `not documented X or X <= 6`): unmet, it says X is documented, which asks for nothing.
        func failed(_ criterion: DeferredTrace.Entry) -> Bool {
            guard criterion.status != .met else { return false }
            let leaf = Int(criterion.leaf)
            return !(criterion.status == .unmet && leaves[leaf].isDocumentedTest && rule.when?.leafNegated[leaf] == true)
        }
        let shown = rule.definition.needs.filter { need in
            need.facts.isEmpty
                || need.facts.contains { fact in
                    criteria.contains { failed($0) && reads($0, fact.term) }
                        || (!criteria.contains { reads($0, fact.term) } && facts[fact.term]?.value != .bool(true))
                }
        }
        var missing = shown.map(\.text)
        for criterion in criteria where criterion.status == .notDocumented {
            let leaf = leaves[Int(criterion.leaf)]
            guard !leaf.readSlots.contains(where: { read in shown.contains { $0.facts.contains { $0.term == read.name } } }) else {
                continue
            }
            // Only a sum, or a comparison with a table column, names its facts not documented.
            missing.append(
                leaf.namesUndocumentedFacts
                    ? leaf.documentationRequest(undocumented: leaf.readSlots.filter { slotFacts.fact(at: $0.slot) == nil }.map(\.name))
                    : leaf.documentationRequest)
        }
        return missing
    }

    /// The topic mentions a decision by `rule` rests on (``PredictionConfidence/tentative``): those of
    /// the facts of its criteria not documented whose reading could change the rule's outcome (each
    /// such criterion read as met, or as unmet, alone and all together, gives another outcome), and
    /// for an Upheld those of the facts of its `needs` not documented. Empty: the decision is firm.
    private func unreadMentions(
        _ rule: CompiledRule, outcome: RuleOutcome, results: [Kleene], criteria: ArraySlice<DeferredTrace.Entry>, facts: FactSet
    ) -> [TopicMention] {
        var found: [TopicMention] = []
        func add(_ mention: TopicMention) { if !found.contains(where: { $0.fact == mention.fact }) { found.append(mention) } }
        let leaves = rule.when?.leaves ?? []
        // The silent criteria whose facts the summary mentions, with their mentions.
        var silent: [(leaf: Int, mentions: [TopicMention])] = []
        for criterion in criteria where criterion.status == .notDocumented {
            let leaf = Int(criterion.leaf)
            let mentions = leaves[leaf].readSlots.compactMap { facts.mention(of: $0.name) }
            if !mentions.isEmpty { silent.append((leaf, mentions)) }
        }
        if !silent.isEmpty {
            func changes(_ leavesRead: [Int], as value: Kleene) -> Bool {
                var read = results
                for leaf in leavesRead { read[leaf] = value }
                return rule.outcome(leafResults: read) != outcome
            }
            let all = silent.map(\.leaf)
            for (leaf, mentions) in silent
            where changes([leaf], as: .yes) || changes([leaf], as: .no) || changes(all, as: .yes) || changes(all, as: .no) {
                mentions.forEach(add)
            }
        }
        if outcome == .upheld {
            for need in rule.definition.needs {
                for fact in need.facts { if let mention = facts.mention(of: fact.term) { add(mention) } }
            }
        }
        return found
    }

    /// For a decision of IMR practice: the citations of the guideline section that governs the
    /// request the practice rule decided: those of the first guideline rule after it that applies to
    /// the request and would decide it (its `when` does not pass the request on: a post-operative
    /// therapy past its postsurgical period is governed by the chronic pain guideline's physical
    /// medicine, not by the Postsurgical Treatment Guidelines whose rules apply to it and pass it
    /// on); when none would, the first that applies. `applying`: every rule of `rest` applies.
    private func governingCitations(after rest: some Sequence<Int>, facts: SlotFacts, basis: RuleBasis, applying: Bool) -> [RuleCitation] {
        guard basis == .practice else { return [] }
        var firstApplying: [RuleCitation]?
        for ruleIndex in rest {
            let rule = compiled.rules[ruleIndex]
            guard rule.basis == .guideline, applying || rule.applies.evaluate(facts) == .yes else { continue }
            if firstApplying == nil { firstApplying = rule.citations }
            if rule.outcome(facts: facts) != .next { return rule.citations }
        }
        return firstApplying ?? []
    }

    private func abstainReason(_ facts: FactSet, applied: [String], request: String) -> String {
        if !applied.isEmpty {
            return
                "rule\(applied.count == 1 ? "" : "s") \(applied.map { "'\($0)'" }.joined(separator: ", ")) applied but passed the request on"
        }
        for name in ["drug", "procedure"] {
            if let fact = facts[name] { return "no rule applies to \(name) '\(FactRendering.text(fact.value))'" }
        }
        let suggestion = nearMiss.suggestion(for: request).map { "; did you mean '\($0)'?" } ?? ""
        return "request not recognised: the lexicon names no drug or procedure in it" + suggestion
    }
}

extension CriterionStatus {
    init(_ value: Kleene) {
        switch value {
        case .yes: self = .met
        case .no: self = .unmet
        case .unknown: self = .notDocumented
        }
    }
}
