import IMRLetters
import IMRVocabulary

/// The facts of a case that do not depend on the request.
public struct CaseFacts: Sendable {
    public var input: CaseInput
    public var facts: FactSet
    /// The prepared summary, kept for the request-dependent facts (rebuilt when absent).
    var analysis: CaseAnalysis?
    /// The drug classes each request of the case names, by request index (for companion facts).
    var requestedClasses: [Int: Set<String>]?

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
        didSet { (index, classifierIndex) = Self.indexes(lexicon) }
    }
    var index: LexiconIndex
    /// The request classifier's words (route, side, kind), matched apart so that they never compete
    /// with the names of drugs and procedures.
    var classifierIndex: LexiconIndex

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        (index, classifierIndex) = Self.indexes(lexicon)
    }

    private static func indexes(_ lexicon: Lexicon) -> (LexiconIndex, LexiconIndex) {
        let classifier = RequestClassifier.vocabularies
        return (LexiconIndex(lexicon) { !classifier.contains($0) }, LexiconIndex(lexicon) { classifier.contains($0) })
    }

    /// The request-independent facts of `input`.
    public func caseFacts(for input: CaseInput) -> CaseFacts {
        let analysis = CaseAnalysis(input: input, index: index)
        var builder = FactBuilder()
        DemographicFacts.read(analysis, into: &builder)
        ClinicalFacts.read(analysis, into: &builder)
        OutcomeFacts.read(analysis, into: &builder)
        MedicationFacts.read(analysis, into: &builder)
        ProcedureFacts.read(analysis, into: &builder)
        DeclaredFactReader.read(analysis, into: &builder)
        var result = CaseFacts(input: input, facts: builder.facts)
        result.analysis = analysis
        result.requestedClasses = requestedClasses(of: input)
        return result
    }

    /// All facts for `request`: its request facts, the case facts, and the case facts that depend
    /// on the request (e.g. `use_duration` of the requested drug).
    public func facts(for request: RequestedItem, in caseFacts: CaseFacts) -> FactSet {
        let analysis = caseFacts.analysis ?? CaseAnalysis(input: caseFacts.input, index: index)
        let (requestFacts, _, _) = RequestReader(index: index).facts(for: request)
        var builder = FactBuilder()
        RequestDrugFacts.read(analysis, request: request, requestFacts: requestFacts, into: &builder)
        TreatmentHistoryFacts.read(analysis, request: request, requestFacts: requestFacts, into: &builder)
        ProcedureFacts.read(analysis, request: request, requestFacts: requestFacts, into: &builder)
        DrugResponseFacts.read(analysis, requestFacts: requestFacts, into: &builder)
        var facts = caseFacts.facts
        facts.merge(builder.facts)
        facts.merge(requestFacts)
        let classes = caseFacts.requestedClasses ?? requestedClasses(of: caseFacts.input)
        for fact in companionFacts(of: request, in: caseFacts.input, classes: classes, current: facts) { facts.insert(fact) }
        let reader = RequestReader(index: index)
        let others = caseFacts.input.requests.filter { $0.index != request.index }.map { ($0, reader.facts(for: $0).facts) }
        RequestClassifier(index: index, words: classifierIndex).classify(request, facts: &facts, others: others)
        RequestPracticeFacts(index: index, words: classifierIndex).read(request, facts: &facts, caseFacts: caseFacts)
        return facts
    }

    /// `concurrent_opioid` / `concurrent_nsaid` from the other items requested in the same case
    /// (a stool softener requested with post-operative Norco goes with an opioid).
    private func companionFacts(of request: RequestedItem, in input: CaseInput, classes byRequest: [Int: Set<String>], current: FactSet)
        -> [Fact]
    {
        var found: [String: Fact] = [:]
        for other in input.requests where other.index != request.index {
            guard let classes = byRequest[other.index] else { continue }
            let evidence = Evidence(source: .request, sentence: other.request, start: 0, end: other.request.utf8.count)
            for (name, drugClass) in [("concurrent_opioid", "opioid"), ("concurrent_nsaid", "nsaid")]
            where classes.contains(drugClass) && found[name] == nil && current[name]?.value != .bool(true) {
                found[name] = Fact(name: name, value: .bool(true), evidence: [evidence])
            }
        }
        return found.values.sorted { $0.name < $1.name }
    }

    /// The drug classes named by each request of `input` that names a drug.
    private func requestedClasses(of input: CaseInput) -> [Int: Set<String>] {
        let reader = RequestReader(index: index)
        var result: [Int: Set<String>] = [:]
        for request in input.requests {
            if case .terms(let classes)? = reader.facts(for: request).facts["drug_classes"]?.value { result[request.index] = Set(classes) }
        }
        return result
    }
}
