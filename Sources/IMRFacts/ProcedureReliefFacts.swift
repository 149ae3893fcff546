import IMRVocabulary

/// `prior_relief_percent` and `prior_relief_duration`: the pain relief an earlier injection of the
/// requested kind gave and how long it lasted, read from the sentences that name such an injection.
/// The repeat criteria are stated in both: an epidural injection after at least 50% relief for six to
/// eight weeks (CPMTG 2009, p. 46), trigger point injections after more than 50% for six weeks
/// (p. 122), a radiofrequency neurotomy after at least 50% for 12 weeks (ODG Low Back).
///
/// The wording is data: the relief words of `drug_relief`, a percentage or two pain scores
/// (``DrugResponseFacts/reliefPercent(_:tokens:hits:_:)``), and a duration after a
/// `relief_duration_lead` word, or before a `relief_duration_of` word, not before a `duration_ago`
/// word, unless the injection is negated or still to come. When a sentence names an injection of
/// another kind too, only the requested one's part of the sentence (between commas) is read. The
/// last sentence that states each wins: the latest injection is the one a repeat follows.
enum ProcedureReliefFacts {
    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        guard case .term(let procedure)? = requestFacts[.procedure]?.value, requestFacts.termValue(.category) == Term.injection.name
        else { return }
        let (index, text, cues) = (analysis.index, analysis.text, analysis.index.cues)
        let family = index.ancestors(of: index.id(procedure), in: .procedure)
        let injections = analysis.mentions(of: .procedure).filter { index.category(ofProcedure: $0.term.id) == index[.injection] }
        var percent: (Double, Int)?
        var duration: (Int, Int)?
        var read: Set<Int> = []
        for mention in injections
        where !analysis.isReviewSentence(mention.sentence)
            && !family.isDisjoint(with: index.ancestors(of: mention.term.id, in: .procedure))
            && !stillToCome(mention, analysis)
        {
            let sentence = mention.sentence
            let others = injections.contains {
                $0.sentence == sentence && family.isDisjoint(with: index.ancestors(of: $0.term.id, in: .procedure))
            }
            let span = others ? ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence) : text.sentences[sentence].tokens
            guard read.insert(span.lowerBound).inserted else { continue }
            let hits = cues.set(.drugRelief).hits(in: text, sentence: sentence)
            guard hits.contains(where: { !$0.negated && span.contains($0.first) }) else { continue }
            if let value = DrugResponseFacts.reliefPercent(text, tokens: span, hits: hits, cues), sentence >= (percent?.1 ?? 0) {
                percent = (value, sentence)
            }
            if let days = reliefDays(in: span, text, cues), sentence >= (duration?.1 ?? 0) { duration = (days, sentence) }
        }
        if let (value, sentence) = percent { builder.set(.priorReliefPercent, .number(value), [text.evidence(sentence)]) }
        if let (days, sentence) = duration { builder.set(.priorReliefDuration, .days(days), [text.evidence(sentence)]) }
    }

    /// Whether `mention` is negated, in a plan section, or still to come in its part of the
    /// sentence (a `selection_not_yet` word: pending, scheduled): its sentence tells no relief had.
    static func stillToCome(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        if mention.negated || analysis.isPlanSection(mention.sentence) { return true }
        let part = ProcedureFacts.commaPart(of: mention.first, in: analysis.text, sentence: mention.sentence)
        return analysis.index.cues.set(.selectionNotYet).hits(in: analysis.text, sentence: mention.sentence).contains {
            !$0.negated && part.contains($0.first)
        }
    }

    /// The first duration of relief in `span`: a count and a unit of time after a lead word, or
    /// before a word that ties it to the relief; of a range of counts, the lower.
    static func reliefDays(in span: Range<Int>, _ text: CaseText, _ cues: CueBook) -> Int? {
        let (lead, of, ago) = (cues.words(.reliefDurationLead), cues.words(.reliefDurationOf), cues.words(.durationAgo))
        for position in span where position > span.lowerBound {
            guard let unit = cues.days(inUnit: text.word(at: position)), var count = cues.count(text.word(at: position - 1)) else {
                continue
            }
            var first = position - 1
            if first - 1 >= span.lowerBound, let low = cues.count(text.word(at: first - 1)), low < count {
                count = low
                first -= 1
            }
            let next = position + 1 < span.upperBound ? text.word(at: position + 1) : ""
            guard !ago.contains(next) else { continue }
            if (first > span.lowerBound && lead.contains(text.word(at: first - 1))) || of.contains(next) { return count * unit }
        }
        return nil
    }
}
