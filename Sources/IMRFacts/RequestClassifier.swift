import IMRLetters
import IMRVocabulary

/// Decides what a request is before the rules run: how it is given (`route`), what kind of
/// request it is (`request_kind`), which side it is for, and which surgery of the same letter it
/// goes with. It also corrects the request facts that a reading of the request alone gets wrong:
///
/// - an injection that contains a local anaesthetic or a percentage is injected, not topical;
/// - a therapist's re-examination or follow-up belongs to the treatment course, not to office visits,
///   and so does a referral or evaluation that states a frequency or a count of visits;
/// - a pre-operative test (labs, ECG, chest X-ray, clearance) named beside a surgery in the same
///   letter is a service associated with that surgery;
/// - a request that names two drugs or more is marked (`drug_count`), so the engine decides it per drug;
/// - a request that names a specialist and no more specific service asks for that specialist's
///   service: "Neurology", "Podiatry evaluation", "Referral to a spine surgeon" (a consultation or
///   the specialty's own evaluation), "Orthopedic follow-up" (an office visit).
///
/// Every word list is data: the `route`, `side`, `kind` and `specialty` entries of `Rules/lexicon/request-classes.lexicon`
/// and the kinds the categories of `categories.lexicon` name with `is`.
struct RequestClassifier {
    /// The facts the classifier reads (with ``correctService(_:_:facts:)``, of the request and of the
    /// letter's other requests): request facts, which no reader writes (`ReaderDeclarationTests`).
    static let reads: [FactName] = [
        .category, .topical, .procedure, .procedures, .requestKind, .associatedService, .compounded, .visitsPerWeek, .visitsRequested,
    ]

    let index: LexiconIndex
    /// The index of the classifier's own vocabularies.
    let words: LexiconIndex

    /// The vocabularies of `Rules/lexicon/request-classes.lexicon`, matched by ``words`` only.
    static let vocabularies = Set([Vocabulary.route, .side, .requestKind, .requestNote, .specialty].map(\.name))

    /// Routes from strongest to weakest: the first one a request names wins.
    static let routeOrder: [Term] = [.injected, .implanted, .transdermal, .topical, .oral]

    /// Corrects the service a request's facts name where its words say more: a specialist named
    /// with no more specific service asks for the specialist's service, and a therapist's
    /// re-examination, or a referral or evaluation that states a frequency or a count of visits,
    /// asks for the treatment course, as does a study's wording with a count or frequency of visits
    /// (`course_form`). Run on the request facts before the case readers (so that
    /// they read the history of the service asked for: "Referral to chiropractor ..., twice a week
    /// for 3 weeks" reads earlier chiropractic, not earlier visits) and again by
    /// ``classify(_:_:facts:others:)``, where it changes nothing more.
    func correctService(_ request: RequestedItem, _ read: RequestText, facts: inout FactSet) {
        let mentions = read.named
        let evidence = [Evidence(source: .request, sentence: request.request, start: 0, end: request.request.utf8.count)]
        func set(_ name: FactName, _ value: FactValue) { facts.insert(Fact(name: name, value: value, evidence: evidence)) }
        // The category of procedure `name`, by its id.
        func category(ofProcedure name: String) -> String? { index.category(ofProcedure: index.id(name)).map(index.name(of:)) }
        let reexamination = terms(.requestKind, in: mentions).contains(index[.reexamination])
        // A specialist named with no more specific service: a follow-up with the specialist is an
        // office visit, else the specialist's own service (a consultation, a psychological evaluation).
        if let service = specialistService(terms(.specialty, in: mentions), reexamination: reexamination, facts: facts) {
            set(.procedure, .term(service))
            set(.procedures, .terms([service]))
            if let serviceCategory = category(ofProcedure: service) { set(.category, .term(serviceCategory)) }
        }
        let procedure = facts.termValue(.procedure)
        // A therapist's re-examination or follow-up visit belongs to the treatment course, and so
        // does a referral or evaluation that states how often or how many visits ("Referral to
        // chiropractor for evaluation of low back pain, twice a week for 3 weeks").
        let courseStated =
            (procedure == .consultation || procedure == .evaluation) && (facts[.visitsPerWeek] != nil || facts[.visitsRequested] != nil)
        let service = index[.service]
        if reexamination || courseStated, let procedures = facts.termsValue(.procedures),
            procedure.map({ kind(ofProcedure: index.id($0)) }) != service,
            let course = procedures.first(where: { kind(ofProcedure: index.id($0)) == service })
        {
            set(.procedure, .term(course))
            if let courseCategory = category(ofProcedure: course) { set(.category, .term(courseCategory)) }
        }
        // A study's wording with a frequency or several visits is a course of treatment
        // (`course_form`): "Ultrasound of the lumbar spine, 6 sessions" is therapeutic ultrasound;
        // "x1" is one study.
        let visits: Double? = if case .number(let count)? = facts[.visitsRequested]?.value { count } else { nil }
        if facts[.visitsPerWeek] != nil || (visits ?? 0) > 1, let named = facts.termValue(.procedure),
            let course = index.cues.group(.courseForm, label: index.id(named))
        {
            set(.procedure, .term(course))
            set(.procedures, .terms([course]))
            if let courseCategory = category(ofProcedure: course) { set(.category, .term(courseCategory)) }
        } else if let study = bareStudy(read, facts: facts) {
            set(.procedure, .term(study))
            set(.procedures, .terms([study]))
            if let studyCategory = category(ofProcedure: study) { set(.category, .term(studyCategory)) }
        }
    }

    /// The study a course's bare word asks for (`course_form` read back): a request that names only
    /// a course of `course_form` by one word of `request_bare_study` ("ultrasound"), names the place
    /// it is for (a side or a body region) and states no count, frequency or duration asks for the
    /// study of that place: "Ultrasound, right groin (inguinal)" is a diagnostic ultrasound, as
    /// "Ultrasound of the right groin" is; "Ultrasound 1 times 8", "Ultrasound, lumbar, 2x/week" and
    /// "Therapeutic ultrasound, right shoulder" stay the course. Nil otherwise.
    private func bareStudy(_ read: RequestText, facts: FactSet) -> String? {
        guard let course = facts.termValue(.procedure), facts.termsValue(.procedures) ?? [course] == [course],
            facts[.visitsPerWeek] == nil, facts[.visitsRequested] == nil,
            index.cues.groupLabels(.courseForm).contains(course),
            let study = index.cues.group(.courseForm, memberIDs: course).ids.first.map(index.name(of:))
        else { return nil }
        let courseID = index.id(course)
        let bareWords = index.cues.wordList(.requestBareStudy)
        let mentions = read.mentions.filter { $0.term.kind == .procedure && !$0.negated }
        guard mentions.count == 1, let named = mentions.first, named.term.id == courseID, named.first == named.last,
            bareWords.contains(read.text.tokens[named.first])
        else { return nil }
        let placed = read.named.contains { $0.term.kind == .bodyRegion || $0.term.kind == .side }
        guard placed, ProcedureFacts.durationDays(read.phrase, index.cues) == nil else { return nil }
        return study
    }

    /// The terms of `vocabulary` among `mentions`, by id, each once in the order named.
    private func terms(_ vocabulary: Vocabulary, in mentions: [Mention]) -> [TermID] {
        var ids: [TermID] = []
        for mention in mentions where mention.term.kind == vocabulary && !ids.contains(mention.term.id) { ids.append(mention.term.id) }
        return ids
    }

    /// The side of the body `read` names: bilateral when it names both sides or says bilateral, else
    /// the one it names; with no `side` word, the one side told of the regions it names as a summary
    /// tells it (``BodySide/told(of:in:sentence:sides:mentions:cues:)``: "EMG RLE", "NCV BUE", "MRI L
    /// knee", "knee, right"); `nil` when it names none.
    func side(of read: RequestText) -> String? {
        var sides: [TermID] = []
        for mention in read.named where mention.term.kind == .side && !sides.contains(mention.term.id) {
            sides.append(mention.term.id)
        }
        let has = { (side: Term) in sides.contains(index[side]) }
        if sides.isEmpty, let told = regionSide(of: read) {
            return (told == .bilateral ? Term.bilateral : told == .left ? Term.left : Term.right).name
        }
        return has(.bilateral) || (has(.left) && has(.right)) ? Term.bilateral.name : sides.first.map(index.name(of:))
    }

    /// The side told of the body regions and procedures `read` names (`body_sides`: "EMG RLE", "L
    /// TKA"): bilateral when they tell both sides, `nil` when they tell none.
    private func regionSide(of read: RequestText) -> BodySide? {
        let hits = index.cues.set(.bodySides).hits(in: read.text)
        guard !hits.isEmpty else { return nil }
        let regions = read.mentions.filter { ($0.term.kind == .bodyRegion || $0.term.kind == .procedure) && !$0.negated }
        var told: [BodySide] = []
        for region in regions {
            let sides = hits[...].filter { $0.sentence == region.sentence }
            let nearby = read.mentions[...].filter { $0.sentence == region.sentence }
            if let side = BodySide.told(
                of: region.first...region.last, in: read.text, sentence: region.sentence, sides: sides[...], mentions: nearby[...],
                cues: index.cues), !told.contains(side)
            {
                told.append(side)
            }
        }
        guard let first = told.first else { return nil }
        return told.count == 1 ? first : .bilateral
    }

    /// Adds the classification of `request` to `facts` (its request facts and case facts) and corrects
    /// the request facts it overrides. `read` is the request's text; `others` are the other requests
    /// of the same letter with their request facts.
    func classify(
        _ request: RequestedItem, _ read: RequestText, facts: inout FactSet, others: some Sequence<(request: RequestedItem, facts: FactSet)>
    ) {
        let mentions = read.named
        let evidence = [Evidence(source: .request, sentence: request.request, start: 0, end: request.request.utf8.count)]
        func set(_ name: FactName, _ value: FactValue) { facts.insert(Fact(name: name, value: value, evidence: evidence)) }
        correctService(request, read, facts: &facts)
        let category = facts.termValue(.category)

        // Route: what the request says, else what its procedure is (an injection), else a drug is oral.
        let routes = terms(.route, in: mentions)
        var route = Self.routeOrder.first { routes.contains(index[$0]) }.map(\.name)
        if route == nil, let category, category == .injection { route = Term.injected.name }
        if route == nil, facts.boolValue(.topical) == true { route = Term.topical.name }
        if route == nil, category == .medication { route = Term.oral.name }
        if let route {
            set(.route, .term(route))
            // An injection or an implanted pump is not a topical, whatever it contains.
            if route == .injected || route == .implanted, facts.boolValue(.topical) == true { set(.topical, .bool(false)) }
        }

        // Kind: the procedure's own kind (a pre-operative test), else its category's.
        if let found = facts.termValue(.procedure).flatMap({ ownKind(ofProcedure: index.id($0)) })
            ?? facts.termValue(.category).flatMap({ kind(ofCategory: index.id($0)) })
        {
            set(.requestKind, .term(index.name(of: found)))
        }

        if let side = side(of: read) { set(.side, .term(side)) }

        // A pre-operative test beside a surgery of the same letter goes with that surgery.
        let surgery = others.lazy.compactMap { other -> String? in
            guard other.facts.termValue(.category) == .surgery, other.facts.boolValue(.associatedService) != true else { return nil }
            return other.facts.termValue(.procedure) ?? Term.surgery.name
        }.first
        if let surgery {
            let preoperative = facts.termValue(.requestKind).map {
                index.ancestors(of: index.id($0), in: .requestKind).contains(index[.preoperativeTest])
            }
            if preoperative == true, facts.boolValue(.associatedService) != true { set(.associatedService, .bool(true)) }
            if facts.boolValue(.associatedService) == true { set(.associatedSurgery, .term(surgery)) }
        }

        // Separate drugs named in one request ("Norco and Soma"); a compound is one product.
        // An injection mixes its drugs (a steroid with a local anaesthetic): one product. The drugs a
        // laboratory test measures are no products ("Urine drug screen for hydrocodone and oxycodone").
        // Names joined as one combination product ("Docusate/senna 50/8.6 mg") are one product.
        var drugs = terms(.drug, in: mentions)
        if drugs.count >= 2 {
            let joins = read.combinationJoins
            if !joins.isEmpty { drugs = terms(.drug, in: mentions.filter { !joins.contains($0.first) }) }
        }
        let oneProduct = facts.boolValue(.compounded) == true || route == .injected || route == .implanted
        if !drugs.isEmpty, oneProduct || facts[.drug] != nil || facts[.ingredients] != nil {
            set(.drugCount, .number(Double(oneProduct ? 1 : drugs.count)))
        }
    }

    /// The service a request asks of a specialist it names (`specialties`, in request order) when it
    /// names no procedure, or only a generic one (an evaluation, a consultation): an office visit when
    /// it names a re-examination ("orthopedic follow-up", and "follow-up in 4 weeks" with no
    /// specialist), else the procedure the first specialty names with `is` ("Neurology evaluation" is
    /// a consultation; "Spine surgeon evaluation" a spine surgery evaluation), or with a count or
    /// frequency of visits the course it names ("Pain psychology 6 sessions"). Nil when the request
    /// names a drug or a specific procedure, or neither a specialist nor a re-examination.
    func specialistService(_ specialties: [TermID], reexamination: Bool, facts: FactSet) -> String? {
        guard facts.termValue(.category) != .medication else { return nil }
        let generic = [Term.evaluation.name, Term.consultation.name]
        let named = facts.termsValue(.procedures) ?? facts.termValue(.procedure).map { [$0] } ?? []
        guard named.allSatisfy(generic.contains), reexamination || !specialties.isEmpty else { return nil }
        if reexamination { return Term.officeVisit.name }
        let services = specialties.first.map { index.lexicon.hierarchy.parents(of: $0, in: .specialty, among: .procedure) } ?? []
        // With a count or frequency of visits, the course the specialty names (`service_extent` `course`).
        if facts[.visitsRequested] != nil || facts[.visitsPerWeek] != nil,
            let course = services.first(where: { index.cues.group(.serviceExtent, label: $0).map { $0 == .course } ?? false })
        {
            return index.name(of: course)
        }
        return services.first.map(index.name(of:)) ?? Term.consultation.name
    }

    /// The kind a procedure names itself (through its broader procedures, in the order of their
    /// names), or nil.
    func ownKind(ofProcedure id: TermID) -> TermID? {
        for procedure in index.ancestors(of: id, in: .procedure) {
            if let kind = index.lexicon.hierarchy.parents(of: procedure, in: .procedure, among: .requestKind).first { return kind }
        }
        return nil
    }

    /// The kind of a procedure, its own or its category's, widened to the top kind (`test` for a
    /// pre-operative test): the first kind above it following each kind's first parent.
    func kind(ofProcedure id: TermID) -> TermID? {
        guard var kind = ownKind(ofProcedure: id) ?? index.category(ofProcedure: id).flatMap({ kind(ofCategory: $0) }) else {
            return nil
        }
        var seen = [kind]
        while let parent = index.lexicon.hierarchy.parents(of: kind, in: .requestKind, among: .requestKind).first, !seen.contains(parent) {
            seen.append(parent)
            kind = parent
        }
        return kind
    }

    /// The kind a category names with `is`.
    func kind(ofCategory id: TermID) -> TermID? {
        index.lexicon.hierarchy.parents(of: id, in: .category, among: .requestKind).first
    }
}
