import IMRLetters
import IMRVocabulary

/// Whether UR certified part of the request (`ur_partially_certified`): an authorized portion in
/// the request, else a partial certification the summary states for the requested treatment.
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
        for hit in hits {
            let part = part(around: hit, analysis.text)
            // Negated within its own part: "denied Norco, partially certified Duragesic" certifies part of Duragesic.
            if hit.negated, (part.lowerBound..<hit.first).contains(where: { negators.contains(analysis.text.tokens[$0]) }) { continue }
            if namesRequested(in: part, of: hit, requested, analysis) {
                builder.bool(.urPartiallyCertified, true, [analysis.text.evidence(hit.sentence)])
                return
            }
        }
        builder.bool(.urPartiallyCertified, false, [])
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
