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

/// One item's request side (``FactExtractor/requestSide(for:in:)``): read once, before the readers,
/// whichever facts are asked of them (``FactDemand``).
struct RequestSide: Sendable {
    /// The request facts as the request readers read them.
    var requestFacts: FactSet
    /// The request facts with the classifier's.
    var facts: FactSet
    /// The request's prepared text.
    var read: RequestText
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

    /// The request-independent facts of `input`: every one (``FactDemand/all``).
    public func caseFacts(for input: CaseInput) -> CaseFacts {
        var caseFacts = prepared(input)
        var builder = FactBuilder()
        readCase(caseFacts, gate: .all, into: &builder)
        caseFacts.facts = builder.facts
        return caseFacts
    }

    /// All facts for `request`: its request facts, the case facts, and the case facts that depend
    /// on the request (e.g. `use_duration` of the requested drug).
    public func facts(for request: RequestedItem, in caseFacts: CaseFacts) -> FactSet {
        let side = requestSide(for: request, in: caseFacts)
        var builder = FactBuilder()
        readRequest(request, in: caseFacts, side: side, gate: .all, into: &builder)
        return facts(for: request, in: caseFacts, side: side, builder: builder).facts
    }

    /// The facts of each request of `input`, in order, read on demand: first the facts `first` asks
    /// for, of every item, with those the practice facts read (``RequestPracticeFacts/reads``); then
    /// each item's facts `demands` asks for, given those (``FactDemand``: a reader runs when a fact
    /// it writes is asked; the case readers for every item's). Each item's request side
    /// (``requestSide(for:in:)``) and practice facts are read once. Returns the case facts read, and
    /// the facts of each item.
    ///
    /// The readers run in the second pass read on from the first, into the same facts, when each
    /// commutes with every reader of the first it would have run before (``ReaderGate``); else the
    /// item (or the case) is read anew.
    public func facts(
        of input: CaseInput, first: FactDemand, then demands: ([FactSet]) -> [FactDemand]
    ) -> (caseFacts: CaseFacts, facts: [FactSet]) {
        var caseFacts = prepared(input)
        let requests = input.requests
        let sides = requests.map { requestSide(for: $0, in: caseFacts) }
        // The practice facts read a reader's fact: it is read first, and they with it, once.
        var firstDemand = first
        for fact in RequestPracticeFacts.reads { firstDemand.insert(fact) }
        let firstGate = ReaderGate(demand: firstDemand)
        var caseBuilder = FactBuilder()
        readCase(caseFacts, gate: firstGate, into: &caseBuilder)
        caseFacts.facts = caseBuilder.facts
        var builders = Array(repeating: FactBuilder(), count: requests.count)
        for position in requests.indices {
            readRequest(requests[position], in: caseFacts, side: sides[position], gate: firstGate, into: &builders[position])
        }
        let firstFacts = requests.indices.map { self.facts(for: requests[$0], in: caseFacts, side: sides[$0], builder: builders[$0]) }
        let asked = demands(firstFacts.map(\.facts))
        var letter = FactDemand()
        for demand in asked { letter.formUnion(demand) }
        if let next = ReaderGate.continuing(from: firstGate, demand: letter) {
            readCase(caseFacts, gate: next, into: &caseBuilder)
        } else {
            caseBuilder = FactBuilder()
            readCase(caseFacts, gate: ReaderGate(demand: letter), into: &caseBuilder)
        }
        caseFacts.facts = caseBuilder.facts
        let facts = requests.indices.map { position in
            if let next = ReaderGate.continuing(from: firstGate, demand: asked[position]) {
                readRequest(requests[position], in: caseFacts, side: sides[position], gate: next, into: &builders[position])
            } else {
                builders[position] = FactBuilder()
                readRequest(
                    requests[position], in: caseFacts, side: sides[position], gate: ReaderGate(demand: asked[position]),
                    into: &builders[position])
            }
            return self.facts(
                for: requests[position], in: caseFacts, side: sides[position], builder: builders[position],
                practice: firstFacts[position].practice
            ).facts
        }
        return (caseFacts, facts)
    }

    /// `input` prepared for its readers, no case fact read yet: the summary, and each request read.
    func prepared(_ input: CaseInput) -> CaseFacts {
        var result = CaseFacts(input: input, facts: FactSet())
        result.analysis = CaseAnalysis(input: input, index: index)
        result.topics = result.analysis.map(TopicMentions.init)
        (result.requestReadings, result.requestTexts) = requestReadings(of: input)
        return result
    }

    /// Reads into `builder` the case facts of the readers `gate` runs.
    func readCase(_ caseFacts: CaseFacts, gate: ReaderGate, into builder: inout FactBuilder) {
        let analysis = caseFacts.analysis ?? CaseAnalysis(input: caseFacts.input, index: index)
        gate.run(.demographic, &builder) { DemographicFacts.read(analysis, into: &$0) }
        gate.run(.clinical, &builder) { ClinicalFacts.read(analysis, into: &$0) }
        gate.run(.outcome, &builder) { OutcomeFacts.read(analysis, into: &$0) }
        gate.run(.medication, &builder) { MedicationFacts.read(analysis, into: &$0) }
        gate.run(.caseProcedure, &builder) { ProcedureFacts.read(analysis, into: &$0) }
        gate.run(.selection, &builder) { SelectionFacts.read(analysis, into: &$0) }
        gate.run(.bodyMassIndex, &builder) { BodyMassIndexFacts.read(analysis, into: &$0) }
        gate.run(.drugScreenInterval, &builder) { DrugScreenIntervalFacts.read(analysis, into: &$0) }
        gate.run(.hospitalStay, &builder) { HospitalStayFacts.read(analysis, into: &$0) }
        gate.run(.exercise, &builder) { ExerciseNow.read(analysis, into: &$0) }
        gate.run(.antidepressantTrials, &builder) { AntidepressantTrials.read(analysis, into: &$0) }
        DeclaredFactReader.read(analysis, gate: gate, into: &builder)
    }

    /// The request side of `request`: its request facts, the service and side the readers read, and
    /// the classifier's facts (which read request facts only).
    func requestSide(for request: RequestedItem, in caseFacts: CaseFacts) -> RequestSide {
        let analysis = caseFacts.analysis ?? CaseAnalysis(input: caseFacts.input, index: index)
        let (readings, texts) = preparedReadings(of: caseFacts)
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
        // ...and a topical naming no joint reads the joint the summary applies it to.
        TopicalSites.link(analysis, requestFacts: &requestFacts)
        // ...and the frequency the summary's request line states when the request states none (``RequestLines``).
        RequestLines.addFrequency(analysis, requestFacts: &requestFacts)
        var facts = requestFacts
        // The other requests read in place (a filtered copy of the readings retained every request and fact set).
        let others = readings.lazy.filter { $0.request.index != request.index }
        classifier.classify(request, read, facts: &facts, others: others)
        return RequestSide(requestFacts: requestFacts, facts: facts, read: read)
    }

    /// Reads into `builder` the facts of `request` of the request readers `gate` runs.
    func readRequest(
        _ request: RequestedItem, in caseFacts: CaseFacts, side: RequestSide, gate: ReaderGate, into builder: inout FactBuilder
    ) {
        let analysis = caseFacts.analysis ?? CaseAnalysis(input: caseFacts.input, index: index)
        let requestFacts = side.requestFacts
        gate.run(.requestDrug, &builder) { RequestDrugFacts.read(analysis, request: request, requestFacts: requestFacts, into: &$0) }
        TreatmentHistoryFacts.read(analysis, request: request, requestFacts: requestFacts, gate: gate, into: &builder)
        gate.run(.requestProcedure, &builder) {
            ProcedureFacts.read(analysis, request: request, words: side.read.phrase, requestFacts: requestFacts, into: &$0)
        }
        gate.run(.requestClinical, &builder) { ClinicalFacts.read(analysis, requestFacts: requestFacts, into: &$0) }
        gate.run(.drugResponse, &builder) { DrugResponseFacts.read(analysis, requestFacts: requestFacts, into: &$0) }
        gate.run(.procedureRelief, &builder) { ProcedureReliefFacts.read(analysis, requestFacts: requestFacts, into: &$0) }
    }

    /// The facts of `request`: the case facts, less those its readers withdrew, with its readers'
    /// facts (`builder`), its request side, the companion facts and the practice facts: `practice`,
    /// or when `nil` read from the facts before them (``RequestPracticeFacts``). Returns them with
    /// the practice facts.
    func facts(
        for request: RequestedItem, in caseFacts: CaseFacts, side: RequestSide, builder: FactBuilder, practice: [Fact]? = nil
    ) -> (facts: FactSet, practice: [Fact]) {
        var facts = caseFacts.facts
        // What the summary mentions of the facts the request leaves not documented, read when asked.
        facts.mentionSource = caseFacts.topics ?? TopicMentions(caseFacts.analysis ?? CaseAnalysis(input: caseFacts.input, index: index))
        // Room for the request's facts and the classifier's (a few), so that the set grows once.
        facts.reserveCapacity(facts.count + builder.facts.count + side.facts.count + 16)
        for name in builder.withdrawn { facts.remove(named: name) }
        facts.merge(builder.facts)
        // The request side, read before the readers (the classifier reads request facts only).
        facts.merge(side.facts)
        addCompanionFacts(of: request, readings: preparedReadings(of: caseFacts).readings, to: &facts)
        guard let practice else {
            let added = RequestPracticeFacts(index: index, words: classifierIndex).read(
                request, side.read, facts: &facts, caseFacts: caseFacts)
            return (facts, added)
        }
        for fact in practice { facts.insert(fact) }
        return (facts, practice)
    }

    /// The request readings and texts of `caseFacts`, read anew when it holds none.
    func preparedReadings(of caseFacts: CaseFacts) -> (readings: [(request: RequestedItem, facts: FactSet)], texts: [RequestText]) {
        if let read = caseFacts.requestReadings, let prepared = caseFacts.requestTexts { return (read, prepared) }
        return requestReadings(of: caseFacts.input)
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
