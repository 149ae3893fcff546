import IMRLetters
import IMRVocabulary

/// The request facts of IMR practice (`Rules/request-practice.rules`): whether the item is the
/// remaining portion of a request utilization review certified in part (and whether what UR
/// certified was a distinct service), whether it was already authorized, the doses of an injected
/// drug, and whether it leaves unspecified how many, how often, how long or which tests. Their words are the `note` entries
/// of `Rules/lexicon/request-classes.lexicon`.
struct RequestPracticeFacts {
    let index: LexiconIndex
    /// The index of the classifier's vocabularies (the `note` words among them).
    let words: LexiconIndex

    /// The facts of `facts` the practice facts read: the request's, the classifier's `route`, and
    /// `duration_requested`, which a reader writes (``FactReader/requestProcedure``): read before them
    /// whichever facts are asked (``FactExtractor/facts(of:first:then:)``).
    static let reads: [FactName] = [
        .drug, .procedure, .procedures, .bodyRegions, .ingredients, .drugClasses, .quantity, .refills, .associatedService, .route,
        .visitsRequested, .visitsPerWeek, .durationRequested, .injectionsRequested,
    ]

    /// Adds the practice facts of `request` (`read`: its text) to `facts`; returns them, in the order added.
    @discardableResult
    func read(_ request: RequestedItem, _ read: RequestText, facts: inout FactSet, caseFacts: CaseFacts) -> [Fact] {
        let requestText = read.text
        let requestEvidence = [Evidence(source: .request, sentence: request.request, start: 0, end: request.request.utf8.count)]
        let notes = TermSet(read.words.filter { !$0.negated && $0.term.kind == .requestNote }.map(\.term.id))
        var added: [Fact] = []
        func insert(_ fact: Fact) {
            facts.insert(fact)
            added.append(fact)
        }
        func set(_ name: FactName, _ value: Bool, _ evidence: [Evidence]) {
            insert(Fact(name: name, value: .bool(value), evidence: evidence))
        }

        // Summary sentences that name the requested drug or procedure, with the notes they carry.
        // The ids of the names the lexicon has (a few: built by insertion).
        let ids = { (names: [String]) in TermSet(inserting: names.lazy.map(index.id).filter { $0 != .missing }) }
        let requested = ids([facts.termValue(.drug), facts.termValue(.procedure)].compactMap { $0 })
        let requestedRegions = ids(facts.termsValue(.bodyRegions) ?? [])
        var summaryNotes: [TermID: Evidence] = [:]
        if let analysis = caseFacts.analysis, !requested.isEmpty {
            // A note speaks only of items of its own sentence, so only the sentences that name a
            // requested drug or procedure are read for notes.
            var sentences: [Int] = []
            for vocabulary in [Vocabulary.drug, .procedure] {
                for item in analysis.mentions(of: vocabulary)
                where !item.negated && requested.contains(item.term.id) && !sentences.contains(item.sentence) {
                    sentences.append(item.sentence)
                }
            }
            sentences.sort()
            // A partial certification is the review's decision, not a work status modified.
            let partial = index[.partialCertification]
            let notes = words.mentions(in: analysis.text, sentences: sentences) { $0.kind == .requestNote }.filter {
                !$0.negated
                    && ($0.term.id != partial
                        || PartialCertification.isReviewDecision(sentence: $0.sentence, first: $0.first, last: $0.last, analysis))
            }
            // The drugs and procedures the summary names (read only when it holds a note).
            let items =
                notes.isEmpty
                ? [] : analysis.mentions.filter { !$0.negated && ($0.term.kind == .drug || $0.term.kind == .procedure) }
            for note in notes {
                guard summaryNotes[note.term.id] == nil else { continue }
                // A note governs the first item named after it ("modified the request for Trezix … and
                // non-certified Flurbiprofen`), else every item named before it (`Percocet and Opana were
                // modified`), within its clause: a `;` or a new line ends what it speaks of (`MBB non-cert;
                // baclofen non-cert; Percocet and Opana modified`, `Trezix modified to 5 caps; flurbiprofen non-cert`).
                let clause = analysis.text.clause(sentence: note.sentence, token: note.first)
                let inSentence = items.filter { $0.sentence == note.sentence && clause.contains($0.first) }.sorted { $0.first < $1.first }
                let after = inSentence.first { $0.first > note.last }
                let governed = after.map { [$0] } ?? inSentence.filter { $0.last < note.first }
                // The span the note speaks of: up to the next item after the governed one, or from the sentence start.
                let span: ClosedRange<Int> =
                    after.map { item in item.first...((inSentence.first { $0.first > item.last }?.first ?? Int.max) - 1) }
                    ?? (Int.min...note.first)
                let spanRegions = TermSet(
                    analysis.mentions.filter {
                        $0.sentence == note.sentence && $0.term.kind == .bodyRegion && span.contains($0.first)
                    }
                    .map(\.term.id))
                let regionsAgree = requestedRegions.isEmpty || spanRegions.isEmpty || !spanRegions.isDisjoint(with: requestedRegions)
                if regionsAgree, governed.contains(where: { requested.contains($0.term.id) }) {
                    summaryNotes[note.term.id] = analysis.text.evidence(note.sentence)
                }
            }
        }

        // The remaining portion: the letter's own layout (original, authorized, remaining), the
        // request's words, or a summary sentence saying UR certified the requested item in part.
        if request.authorizedPortion != nil || request.originalRequest != nil {
            let distinct = request.authorizedPortion.map { isDistinct($0, from: facts) } ?? false
            set(.remainingPortion, !distinct, requestEvidence)
            set(.distinctFromAuthorized, distinct, requestEvidence)
        } else if notes.contains(index[.remaining]) {
            set(.remainingPortion, true, requestEvidence)
        } else if let evidence = summaryNotes[index[.partialCertification]] {
            set(.remainingPortion, true, [evidence])
        } else {
            set(.remainingPortion, false, [])
        }

        if notes.contains(index[.alreadyAuthorized]) {
            set(.alreadyAuthorized, true, requestEvidence)
        } else if let evidence = summaryNotes[index[.alreadyAuthorized]] {
            set(.alreadyAuthorized, true, [evidence])
        } else {
            set(.alreadyAuthorized, false, [])
        }

        // An injected drug is one dose unless the request says otherwise (its quantity, before the
        // request is judged unspecified).
        if let doses = injectedDoses(read.phrase, facts: facts) {
            insert(Fact(name: .quantity, value: .number(Double(doses)), evidence: requestEvidence))
        }

        // Unspecified: the request says so, it names a kind of test without naming the test ("Labs"
        // apart from a surgery), a course without its extent, or a drug without its amount.
        let testKind = read.words.contains {
            $0.term.kind == .requestKind && index.ancestors(of: $0.term.id, in: .requestKind).contains(index[.test])
        }
        let namesNothing = facts[.procedure] == nil && facts[.drug] == nil && facts[.ingredients] == nil
        set(
            .requestUnspecified,
            notes.contains(index[.unspecified]) || (testKind && namesNothing) || testsUnnamed(read, facts)
                || courseWithoutExtent(read, facts) || drugWithoutAmount(requestText, read.words, facts),
            requestEvidence)
        return added
    }

    /// Whether the request asks for laboratory tests without naming one ("Labs", "Blood work"):
    /// every procedure it names lies in a `request_unnamed_tests` phrase, and it is not a service
    /// of a surgery (whose pre-operative tests the surgery's rules judge).
    private func testsUnnamed(_ read: RequestText, _ facts: FactSet) -> Bool {
        guard facts.boolValue(.associatedService) != true, facts[.drug] == nil, facts[.procedure] != nil else { return false }
        let unnamed = index.cues.set(.requestUnnamedTests).hits(in: read.text).filter { !$0.negated }
        guard !unnamed.isEmpty else { return false }
        return read.mentions.filter { !$0.negated && $0.term.kind == .procedure }.allSatisfy { mention in
            unnamed.contains { $0.first <= mention.first && mention.last <= $0.last }
        }
    }

    /// Whether the request asks for a course of visits (`service_extent` label `course`: physical
    /// therapy, chiropractic, acupuncture ...) without saying how many, how often or how long: no
    /// visits, frequency, duration or quantity, and no evaluation or re-examination named with it
    /// (label `visit`, or a re-examination or referral word: "Chiropractic re-exam" is one visit).
    private func courseWithoutExtent(_ read: RequestText, _ facts: FactSet) -> Bool {
        guard facts[.drug] == nil, let procedure = facts.termValue(.procedure),
            [FactName.visitsRequested, .visitsPerWeek, .durationRequested, .quantity, .injectionsRequested].allSatisfy({ facts[$0] == nil })
        else { return false }
        // The extent its own name gives, else the first of its broader procedures' (in name order).
        let extent = { (name: String) in
            let id = index.id(name)
            return ([id] + index.ancestors(of: id, in: .procedure).filter { $0 != id }).lazy.compactMap {
                index.cues.group(.serviceExtent, label: $0)
            }.first
        }
        guard extent(procedure).map({ $0 == .course }) ?? false else { return false }
        let named = facts.termsValue(.procedures) ?? [procedure]
        let visitWord = read.words.contains {
            !$0.negated && $0.term.kind == .requestKind && index.ancestors(of: $0.term.id, in: .requestKind).contains(index[.referral])
        }
        return !visitWord && !named.contains { extent($0).map { $0 == .visit } ?? false }
    }

    /// Whether a drug request gives no quantity (`#N`, refills) and no amount or duration: no number
    /// right before an `amount` word ("60 tablets", "one month supply"), nor a number with a unit
    /// glued to it ("240g", "420ml"), nor a defined course (`request_dose_pack`: "Medrol Dosepak";
    /// `request_taper` of a corticosteroid: "prednisone taper"). With a `prescription_frequency`, a
    /// count of 1-4 before a `dose_count_units` word is one dose, not a supply ("one tab tid").
    /// "Post-op Zofran", "Percocet 5/325mg" and "Tramadol 50mg one tab tid" leave it unspecified.
    private func drugWithoutAmount(_ text: CaseText, _ mentions: [Mention], _ facts: FactSet) -> Bool {
        guard facts[.drug] != nil || facts[.ingredients] != nil, facts[.quantity] == nil, facts[.refills] == nil else { return false }
        // A dose pack, or a corticosteroid's taper, is a defined course.
        let words = text.tokens.map(text.word(of:))
        if index.cues.occurs(.requestDosePack, in: words)
            || (facts.termsValue(.drugClasses)?.contains(Term.corticosteroid.name) == true && index.cues.occurs(.requestTaper, in: words))
        {
            return false
        }
        let amounts = mentions.filter { $0.term.kind == .requestNote && $0.term.id == index[.amount] }
        if !amounts.isEmpty {
            // With a frequency, "1 tab" or "2 patches" is one dose ("one tab tid"), not a supply.
            let sig = index.cues.occurs(.prescriptionFrequency, in: words)
            let doseUnits = index.cues.words(.doseCountUnits)
            let supplied = amounts.contains { amount in
                guard amount.first > 0, let count = index.cues.count(text.word(at: amount.first - 1)) else { return false }
                return !(sig && (1...4).contains(count) && doseUnits.contains(text.word(at: amount.first)))
            }
            if supplied { return false }
        }
        // A word is ASCII letters and digits, so its leading numerals are its leading digit bytes:
        // the words that start with digits and go on (read against the names only when there is one).
        let glued = words.lazy.filter { word in word.utf8.first.map(isDigit) == true && !word.utf8.allSatisfy(isDigit) }
        guard !glued.isEmpty else { return true }
        // One-word names: no space (byte 32; Foundation's `contains` of a string costs a search).
        let units = Set((index.lexicon.entry(Term.amount.name, in: .requestNote)?.names ?? []).filter { !$0.utf8.contains(32) })
        return !glued.contains { word in
            let utf8 = word.utf8
            return units.contains(String(decoding: utf8.dropFirst(utf8.prefix(while: isDigit).count), as: UTF8.self))
        }
    }

    /// Whether the authorized part is a different service: its first drug or procedure, with its
    /// broader procedures, shares nothing with the remaining item's drug or procedure.
    private func isDistinct(_ authorized: String, from facts: FactSet) -> Bool {
        let mentions = index.mentions(in: CaseText(authorized, source: .request, cues: index.cues))
            .filter { !$0.negated }
        guard let first = mentions.first(where: { ($0.term.kind == .drug || $0.term.kind == .procedure) })?.term.id,
            let requested = facts.termValue(.drug) ?? facts.termValue(.procedure)
        else { return false }
        let widened = { (id: TermID) in index.ancestors(of: id, in: .procedure).union([id]) }
        return widened(first).isDisjoint(with: widened(index.id(requested)))
    }
}
