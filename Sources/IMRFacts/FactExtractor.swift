import IMRLetters

/// The facts of a case that do not depend on the request.
public struct CaseFacts: Sendable {
    public var input: CaseInput
    public var facts: FactSet
    /// The prepared summary, kept for the request-dependent facts (rebuilt when absent).
    var analysis: CaseAnalysis?

    public init(input: CaseInput, facts: FactSet) {
        self.input = input
        self.facts = facts
    }
}

/// Reads facts from a case input and its requests, each with its evidence.
///
/// Only the case input is read (header, summary, request text): never a decision or rationale.
public struct FactExtractor: Sendable {
    public var lexicon: Lexicon {
        didSet { index = LexiconIndex(lexicon) }
    }
    private var index: LexiconIndex

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        index = LexiconIndex(lexicon)
    }

    /// The request-independent facts of `input`.
    public func caseFacts(for input: CaseInput) -> CaseFacts {
        let analysis = CaseAnalysis(input: input, index: index)
        var builder = FactBuilder()
        DemographicFacts.read(analysis, into: &builder)
        ClinicalFacts.read(analysis, into: &builder)
        OutcomeFacts.read(analysis, into: &builder)
        MedicationFacts.read(analysis, into: &builder)
        var result = CaseFacts(input: input, facts: builder.facts)
        result.analysis = analysis
        return result
    }

    /// All facts for `request`: its request facts, the case facts, and the case facts that depend
    /// on the request (e.g. `use_duration` of the requested drug).
    public func facts(for request: RequestedItem, in caseFacts: CaseFacts) -> FactSet {
        let analysis = caseFacts.analysis ?? CaseAnalysis(input: caseFacts.input, index: index)
        let (requestFacts, _, mentions) = RequestReader(index: index).facts(for: request)
        var builder = FactBuilder()
        RequestCaseFacts.read(analysis, request: request, requestFacts: requestFacts, requestMentions: mentions, into: &builder)
        var facts = caseFacts.facts
        facts.merge(builder.facts)
        facts.merge(requestFacts)
        return facts
    }
}
