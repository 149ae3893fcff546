import IMRLetters
import IMRVocabulary

/// The facts of a case that do not depend on the request.
public struct CaseFacts: Sendable {
    public var input: CaseInput
    public var facts: FactSet
    /// The prepared summary, kept for the request-dependent facts (rebuilt when absent).
    var analysis: CaseAnalysis?
    /// The request facts of each request of the case, in order, read once per case (each request's
    /// own facts, the other items for the classifier, the drug classes for companion facts).
    var requestReadings: [(request: RequestedItem, facts: FactSet)]?
    /// The text of each request of `requestReadings`, prepared once for the request reader, the
    /// classifier and the practice facts.
    var requestTexts: [RequestText]?
    /// The summary's topic words, read when a request's facts are asked for a mention (``TopicMentions``).
    var topics: TopicMentions?

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
        let main = LexiconIndex(lexicon) { !classifier.contains($0) }
        return (main, LexiconIndex(lexicon, matching: { classifier.contains($0) }, cues: main.cues))
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
        SelectionFacts.read(analysis, into: &builder)
        BodyMassIndexFacts.read(analysis, into: &builder)
        DrugScreenIntervalFacts.read(analysis, into: &builder)
        DeclaredFactReader.read(analysis, into: &builder)
        var result = CaseFacts(input: input, facts: builder.facts)
        result.analysis = analysis
        result.topics = TopicMentions(analysis)
        (result.requestReadings, result.requestTexts) = requestReadings(of: input)
        return result
    }

    /// All facts for `request`: its request facts, the case facts, and the case facts that depend
    /// on the request (e.g. `use_duration` of the requested drug).
    public func facts(for request: RequestedItem, in caseFacts: CaseFacts) -> FactSet {
        let analysis = caseFacts.analysis ?? CaseAnalysis(input: caseFacts.input, index: index)
        let readings: [(request: RequestedItem, facts: FactSet)]
        let texts: [RequestText]
        if let read = caseFacts.requestReadings, let prepared = caseFacts.requestTexts {
            (readings, texts) = (read, prepared)
        } else {
            (readings, texts) = requestReadings(of: caseFacts.input)
        }
        // A part of a request (one drug of several) is read anew; a request of the case was read once.
        let position = readings.firstIndex { $0.request == request }
        let read = position.map { texts[$0] } ?? RequestText(request.request, index: index, words: classifierIndex)
        var requestFacts = position.map { readings[$0].facts } ?? RequestReader(index: index).facts(of: read)
        let classifier = RequestClassifier(index: index, words: classifierIndex)
        // The case readers read the history of the service the request asks for.
        classifier.correctService(request, read, facts: &requestFacts)
        // ...and of the side it names (a left-knee MRI reads the left knee's diagnoses).
        if let side = classifier.side(of: read) {
            let evidence = Evidence(source: .request, sentence: request.request, start: 0, end: request.request.utf8.count)
            requestFacts.insert(Fact(name: .side, value: .term(side), evidence: [evidence]))
        }
        // ...and a service the summary ties to a surgery (``PostoperativeLink``) reads its post-operative history.
        PostoperativeLink.link(analysis, requestFacts: &requestFacts)
        var builder = FactBuilder()
        RequestDrugFacts.read(analysis, request: request, requestFacts: requestFacts, into: &builder)
        TreatmentHistoryFacts.read(analysis, request: request, requestFacts: requestFacts, into: &builder)
        ProcedureFacts.read(analysis, request: request, words: read.phrase, requestFacts: requestFacts, into: &builder)
        ClinicalFacts.read(analysis, requestFacts: requestFacts, into: &builder)
        DrugResponseFacts.read(analysis, requestFacts: requestFacts, into: &builder)
        ProcedureReliefFacts.read(analysis, requestFacts: requestFacts, into: &builder)
        var facts = caseFacts.facts
        // Room for the request's facts and the classifier's (a few), so that the set grows once.
        facts.reserveCapacity(facts.count + builder.facts.count + requestFacts.count + 16)
        for name in builder.withdrawn { facts.remove(named: name) }
        facts.merge(builder.facts)
        facts.merge(requestFacts)
        addCompanionFacts(of: request, readings: readings, to: &facts)
        // The other requests read in place (a filtered copy of the readings retained every request and fact set).
        let others = readings.lazy.filter { $0.request.index != request.index }
        classifier.classify(request, read, facts: &facts, others: others)
        RequestPracticeFacts(index: index, words: classifierIndex).read(request, read, facts: &facts, caseFacts: caseFacts)
        // What the summary mentions of the facts it leaves not documented.
        facts.mentionSource = caseFacts.topics ?? TopicMentions(analysis)
        return facts
    }

    /// `concurrent_opioid` / `concurrent_nsaid` from the other items requested in the same case
    /// (a stool softener requested with post-operative Norco goes with an opioid): each from the
    /// first other item of its class, unless `facts` documents it as true already.
    private func addCompanionFacts(
        of request: RequestedItem, readings: [(request: RequestedItem, facts: FactSet)], to facts: inout FactSet
    ) {
        var nsaid: Fact?
        var opioid: Fact?
        var needsNsaid = facts.value(.concurrentNsaid) != .bool(true)
        var needsOpioid = facts.value(.concurrentOpioid) != .bool(true)
        guard needsNsaid || needsOpioid else { return }
        let (nsaidClass, opioidClass) = (Term.nsaid.name, Term.opioid.name)
        // Read in place by position (binding each reading copied its request and fact set).
        for position in readings.indices where readings[position].request.index != request.index && (needsNsaid || needsOpioid) {
            guard case .terms(let classes)? = readings[position].facts.value(.drugClasses) else { continue }
            let other = readings[position].request.request
            let evidence = { [Evidence(source: .request, sentence: other, start: 0, end: other.utf8.count)] }
            if needsNsaid, classes.contains(nsaidClass) {
                nsaid = Fact(name: .concurrentNsaid, value: .bool(true), evidence: evidence())
                needsNsaid = false
            }
            if needsOpioid, classes.contains(opioidClass) {
                opioid = Fact(name: .concurrentOpioid, value: .bool(true), evidence: evidence())
                needsOpioid = false
            }
        }
        // In name order, as they were added before.
        if let nsaid { facts.insert(nsaid) }
        if let opioid { facts.insert(opioid) }
    }

    /// The request facts of every request of `input`, in order, and each request's prepared text.
    private func requestReadings(of input: CaseInput) -> (readings: [(request: RequestedItem, facts: FactSet)], texts: [RequestText]) {
        let reader = RequestReader(index: index)
        let texts = input.requests.map { RequestText($0.request, index: index, words: classifierIndex) }
        return (zip(input.requests, texts).map { ($0, reader.facts(of: $1)) }, texts)
    }
}
