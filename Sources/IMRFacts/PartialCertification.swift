import IMRLetters
import IMRVocabulary

/// Whether UR certified part of the request (`ur_partially_certified`): an authorized portion in
/// the request, else a partial certification the summary states for the requested treatment: a
/// decision of the review (``isReviewDecision(sentence:first:last:_:)``), not visits done or a work
/// status modified.
///
/// A statement belongs to the treatments its part of the sentence names: the words between the
/// commas or semicolons around it ("denied Norco, partially certified Duragesic, denied Soma"
/// certifies part of Duragesic only), else the whole sentence ("The requested physical therapy
/// was modified as an initial set of visits is recommended" is about physical therapy, not an
/// acupuncture request beside it). A statement that names no treatment ("the request was
/// modified") stands for every request.
enum PartialCertification {
    /// The requested treatment: its drug, ingredients and classes, and its procedures.
    struct Requested {
        var drug: TermID?
        var drugTerms: TermSet
        var procedures: TermSet
    }

    static func read(_ analysis: CaseAnalysis, request: RequestedItem, requestFacts: FactSet, into builder: inout FactBuilder) {
        if request.authorizedPortion != nil {
            builder.bool(.urPartiallyCertified, true, [])
            return
        }
        let hits = analysis.index.cues.set(.partialCertification).hits(in: analysis.text)
        guard !hits.isEmpty else {
            builder.bool(.urPartiallyCertified, false, [])
            return
        }
        let requested = requestedTerms(requestFacts, analysis.index)
        let negators = analysis.index.cues.wordList(.negationBefore)
        let scope = RegionScope(
            regions: TermSet(inserting: (requestFacts.termsValue(.bodyRegions) ?? []).compactMap(analysis.index.ids.id)))
        for hit in hits where isReviewDecision(sentence: hit.sentence, first: hit.first, last: hit.last, analysis) {
            let part = part(around: hit, analysis.text)
            // Negated within its own part: "denied Norco, partially certified Duragesic" certifies part of Duragesic.
            if hit.negated, (part.lowerBound..<hit.first).contains(where: { negators.contains(analysis.text.tokens[$0]) }) { continue }
            if namesRequested(in: part, of: hit, requested, analysis), isOfRequestedRegion(hit, in: part, scope, analysis) {
                builder.bool(.urPartiallyCertified, true, [analysis.text.evidence(hit.sentence)])
                return
            }
        }
        builder.bool(.urPartiallyCertified, false, [])
    }

    /// Whether the statement at tokens `first...last` of `sentence` is a decision of the review on
    /// the request: a `review_actor` phrase stands in its sentence (who decides or what is decided
    /// on, its own words included: "partially certified", "UR modified ... to 6"), or a treatment
    /// named right before the statement is its subject and the sentence before names the review,
    /// or the treatment is cut to an amount or a weaning ("Norco was modified to #60 for weaning";
    /// "Utilization review non-certified the MBB. The Percocet was modified to initiate weaning.");
    /// and no `work` phrase overlaps it or follows it right after ("released from modified to regular duty": a work status). Visits done, the
    /// clinician's changes and a modified job are no certification.
    static func isReviewDecision(sentence: Int, first: Int, last: Int, _ analysis: CaseAnalysis) -> Bool {
        let (cues, text) = (analysis.index.cues, analysis.text)
        let actors = cues.set(.reviewActor)
        // Going on from the sentence before, the statement's subject is a treatment ("The Percocet
        // and Opana were modified"): one named right before it.
        func treatmentSubject() -> Bool {
            analysis.mentions(inSentence: sentence).contains { mention in
                [Vocabulary.drug, .ingredient, .procedure].contains(mention.term.kind) && mention.last < first && first - mention.last <= 2
            }
        }
        // ...and the sentence before names the review, the treatment is cut to an amount ("Norco was
        // modified to #60") or to a weaning (`weaning`).
        func cutToAnAmount() -> Bool {
            let next = last + 1
            guard next < text.sentences[sentence].tokens.upperBound else { return false }
            return text.tokens[next].digits >= 0 || cues.count(text.tokens[next]) != nil
        }
        guard
            !actors.hits(in: text, sentence: sentence).isEmpty
                || (treatmentSubject()
                    && ((sentence > 0 && !actors.hits(in: text, sentence: sentence - 1).isEmpty) || cutToAnAmount()
                        || cues.set(.weaning).occurs(in: text, sentence: sentence)))
        else { return false }
        return !cues.set(.work).hits(in: text, sentence: sentence).contains { $0.first <= last + 1 && $0.last >= first }
    }

    /// Whether the statement at `hit` is about a requested region: the region named nearest after
    /// it in `part` of its sentence (what was certified: "denied PT for the cervical spine and
    /// partially approved PT for the right shoulder" certifies part of the shoulder's), else the
    /// nearest before it, is a requested one; a statement naming no region is about every region.
    static func isOfRequestedRegion(_ hit: CueHit, in part: Range<Int>, _ scope: RegionScope, _ analysis: CaseAnalysis) -> Bool {
        guard !scope.regions.isEmpty else { return true }
        let named = RegionScope.named(in: hit.sentence, analysis).filter { part.contains($0.first) }
        guard
            let region = named.filter({ $0.first > hit.last }).min(by: { $0.first < $1.first })
                ?? named.filter({ $0.last < hit.first }).max(by: { $0.last < $1.last })
        else { return true }
        return scope.includes(region.region, analysis.index)
    }

    /// The drug, ingredient, class and procedure terms of a request's facts.
    static func requestedTerms(_ facts: FactSet, _ index: LexiconIndex) -> Requested {
        var requested = Requested(drug: facts.termValue(.drug).map(index.id), drugTerms: [], procedures: [])
        for name in [FactName.ingredients, .drugClasses] { requested.drugTerms.formUnion(facts.termIDs(name, index)) }
        requested.procedures.formUnion(facts.termIDs(.procedures, index))
        if let procedure = facts.termValue(.procedure).map(index.id), procedure != .missing { requested.procedures.insert(procedure) }
        return requested
    }

    /// Whether a mention names the requested treatment: its drug, one of its ingredients or
    /// classes, or one of its procedures, a narrower or a broader one.
    static func isRequested(_ mention: Mention, _ requested: Requested, _ index: LexiconIndex) -> Bool {
        let id = mention.term.id
        switch mention.term.kind {
        case .drug: return id == requested.drug
        case .ingredient, .drugClass: return requested.drugTerms.contains(id)
        case .procedure:
            return requested.procedures.contains(id)
                || requested.procedures.contains {
                    index.ancestors(of: id, in: .procedure).contains($0) || index.ancestors(of: $0, in: .procedure).contains(id)
                }
        default: return false
        }
    }

    /// The words of the hit's sentence between the commas or semicolons around it.
    static func part(around hit: CueHit, _ text: CaseText) -> Range<Int> {
        let sentence = text.sentences[hit.sentence].tokens
        func breaks(before index: Int) -> Bool {
            text.tokens[index].semicolonBefore || text.bytes[text.tokens[index - 1].end..<text.tokens[index].start].contains(44)
        }
        var start = hit.first
        while start > sentence.lowerBound, !breaks(before: start) { start -= 1 }
        var end = hit.last + 1
        while end < sentence.upperBound, !breaks(before: end) { end += 1 }
        return start..<end
    }

    /// Whether the statement at `hit` stands for the requested treatment: the treatments (drugs,
    /// their ingredients and classes, procedures) named in `part` of the hit's sentence, else in the
    /// whole sentence, name it, or the sentence names none.
    static func namesRequested(in part: Range<Int>, of hit: CueHit, _ requested: Requested, _ analysis: CaseAnalysis) -> Bool {
        var (named, namedInPart) = (false, false)
        var (requestedInSentence, requestedInPart) = (false, false)
        for mention in analysis.mentions(inSentence: hit.sentence) {
            switch mention.term.kind {
            case .drug, .ingredient, .drugClass, .procedure: break
            default: continue
            }
            let isRequested = isRequested(mention, requested, analysis.index)
            named = true
            requestedInSentence = requestedInSentence || isRequested
            if part.contains(mention.first) {
                namedInPart = true
                requestedInPart = requestedInPart || isRequested
            }
        }
        return !named || (namedInPart ? requestedInPart : requestedInSentence)
    }
}
