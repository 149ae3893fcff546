import IMRVocabulary

/// `prior_relief_percent` and `prior_relief_duration`: the pain relief an earlier injection of the
/// requested kind gave and how long it lasted, read from the statements that speak of it wherever
/// they stand (``InjectionResults``: its own sentence, a later dated entry, a sentence that refers
/// back to it). The repeat criteria are stated in both: an epidural injection after at least 50%
/// relief for six to eight weeks (CPMTG 2009, p. 46), trigger point injections after more than 50%
/// for six weeks (p. 122), a radiofrequency neurotomy after at least 50% for 12 weeks (ODG Low Back).
///
/// The wording is data. In a statement with a relief word (`drug_relief`, `injection_relief`) not
/// negated: the relief as a percentage, a fraction (``DrugResponseFacts/reliefPercent(_:tokens:hits:_:)``)
/// or a share of the pain in words (`relief_amounts`: "most of the leg pain", "pain free"); without
/// one, two pain scores. How long: a count and a unit of time after a `relief_duration_lead` word
/// (a `relief_duration_filler` word or two between: "for a good six weeks"), or before a
/// `relief_duration_of` word, not before a `duration_ago` word; else from the injection's date to a
/// date after a `relief_until` word ("lasted through 07/25/2016"), or to the statement's own date
/// when the relief is still there (`relief_ongoing`: "is holding there", "still present at that
/// visit"). The latest statement that tells each wins: the latest injection is the one a repeat
/// follows.
///
/// For a repeat, the last injection's functional benefit (`prior_therapy_benefit`) when the therapy
/// history leaves it untold: an activity regained or a return to work told in a statement with
/// relief (``ActivityStatements``, ``WorkReturns``).
enum ProcedureReliefFacts {
    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        guard case .term(let procedure)? = requestFacts[.procedure]?.value, requestFacts.termValue(.category) == Term.injection.name
        else { return }
        let (index, text, cues) = (analysis.index, analysis.text, analysis.index.cues)
        let family = index.ancestors(of: index.id(procedure), in: .procedure)
        let statements = InjectionResults.statements(
            analysis, family: family, ofAnotherRegion: PriorInjectionFacts.anotherRegion(analysis, requestFacts: requestFacts))
        var percent: (Double, Int)?
        var duration: (Int, Int)?
        var relieved: [Int] = []
        for statement in statements {
            let (sentence, span) = (statement.sentence, statement.span)
            let hits = InjectionResults.reliefHits(sentence, analysis)
            let told = hits.contains { !$0.negated && span.contains($0.first) }
            let value = reliefPercent(in: span, sentence: sentence, hits: hits, told: told, analysis)
            if let value { percent = (value, sentence) }
            guard told || (value ?? 0) > 0 else { continue }
            relieved.append(sentence)
            if let days = reliefDays(in: span, text, cues) ?? datedDays(statement, analysis) { duration = (days, sentence) }
        }
        if let (value, sentence) = percent { builder.set(.priorReliefPercent, .number(value), [text.evidence(sentence)]) }
        if let (days, sentence) = duration { builder.set(.priorReliefDuration, .days(days), [text.evidence(sentence)]) }
        if builder.facts[.priorTherapyBenefit] == nil, !relieved.isEmpty {
            let gains = (ActivityStatements.hits(analysis) + WorkReturns.hits(analysis)).filter {
                !$0.negated && $0.label != .no && relieved.contains($0.sentence)
            }
            if let gain = gains.first { builder.bool(.priorTherapyBenefit, true, [text.evidence(gain.sentence)]) }
        }
    }

    /// The relief of `span` (of `sentence`, whose relief words are `hits`; `told`: one of them, not
    /// negated, is in the span): with a relief word, a percentage, a fraction or two scores
    /// (``DrugResponseFacts/reliefPercent(_:tokens:hits:_:)``), else a share in words; without one,
    /// the pain told before and after (``MeasureChanges/painChanges(in:sentence:)``: "arm pain 9/10
    /// before, 4/10 after"), the share of the pain before that went (none when it rose).
    static func reliefPercent(in span: Range<Int>, sentence: Int, hits: [CueHit], told: Bool, _ analysis: CaseAnalysis) -> Double? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        if told {
            if let value = DrugResponseFacts.reliefPercent(text, tokens: span, hits: hits, cues) { return value }
            // Two scores beside a relief word, in either order ("3/10, down from 8/10 before the
            // procedure"): the relief word says the pain fell.
            let scores = painScores(in: span, text)
            if scores.count == 2, let high = scores.max(), let low = scores.min(), high > 0 {
                return ((high - low) / high * 1000).rounded() / 10
            }
            let words = span.map(text.word(at:))
            if let amount = cues.sequences(.reliefAmounts).first(where: { contains(words, $0.words) }) { return Double(amount.label) }
        }
        guard let change = MeasureChanges.painChanges(in: analysis, sentence: sentence).first(where: { span.contains($0.first) }),
            let before = change.before, let after = change.after, before > 0
        else { return nil }
        return max(0, ((before - after) / before * 1000).rounded() / 10)
    }

    /// The pain scores of `span`: each number of 0 to 10 written with "/10" after it, its bytes
    /// read once.
    static func painScores(in span: Range<Int>, _ text: CaseText) -> [Double] {
        let bytes = text.bytes
        var (position, scores) = (text.tokens[span.lowerBound].start, [Double]())
        let stop = text.tokens[span.upperBound - 1].end
        while position < stop {
            guard isDigit(bytes[position]), position == 0 || !isDigit(bytes[position - 1]) && bytes[position - 1] != 46 else {
                position += 1
                continue
            }
            var end = position
            var value = 0.0
            while end < bytes.count, isDigit(bytes[end]) {
                value = value * 10 + Double(bytes[end] - 48)
                end += 1
            }
            if end + 2 < bytes.count, bytes[end] == 47, bytes[end + 1] == 49, bytes[end + 2] == 48, value <= 10 { scores.append(value) }
            position = end
        }
        return scores
    }

    /// How long the relief of `statement` lasted in days, told by dates: from the injection's date
    /// to a date after a `relief_until` word, else to the statement's date when a `relief_ongoing`
    /// word tells the relief is still there. Nil without the injection's date.
    static func datedDays(_ statement: InjectionResults.Statement, _ analysis: CaseAnalysis) -> Int? {
        guard let injected = statement.injectionDate else { return nil }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (until, ongoing, negation) = (cues.words(.reliefUntil), cues.words(.reliefOngoing), cues.words(.negationBefore))
        let span = statement.span
        let first = text.tokens[span.lowerBound].start
        let end = text.tokens[span.upperBound - 1].end
        let dates = analysis.dates.filter { $0.sentence == statement.sentence && $0.offset >= first && $0.offset < end }
        for position in span where until.contains(text.word(at: position)) {
            let after = text.tokens[position].end
            let told = dates.first { date in
                date.offset >= after && date.date > injected && (statement.date.map { date.date <= $0 } ?? true)
            }
            if let told { return injected.days(to: told.date) }
        }
        guard let date = statement.date, date > injected,
            span.contains(where: { position in
                ongoing.contains(text.word(at: position))
                    && !(max(span.lowerBound, position - 2)..<position).contains { negation.contains(text.word(at: $0)) }
            })
        else { return nil }
        return injected.days(to: date)
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

    /// The first duration of relief in `span`: a count and a unit of time after a lead word (at most
    /// two filler words between), or before a word that ties it to the relief; of a range of
    /// counts, the lower.
    static func reliefDays(in span: Range<Int>, _ text: CaseText, _ cues: CueBook) -> Int? {
        let (lead, of, ago) = (cues.words(.reliefDurationLead), cues.words(.reliefDurationOf), cues.words(.durationAgo))
        let filler = cues.words(.reliefDurationFiller)
        let articles = cues.wordList(.articles)
        for position in span where position > span.lowerBound {
            // A unit after an article is one of it ("the relief lasted a day").
            let word = text.word(at: position - 1)
            guard let unit = cues.days(inUnit: text.word(at: position)),
                var count = cues.count(word) ?? (articles.contains(text.tokens[position - 1]) ? 1 : nil)
            else {
                continue
            }
            var first = position - 1
            if first - 1 >= span.lowerBound, let low = cues.count(text.word(at: first - 1)), low < count {
                count = low
                first -= 1
            }
            let next = position + 1 < span.upperBound ? text.word(at: position + 1) : ""
            guard !ago.contains(next) else { continue }
            // The lead word, before at most two filler words ("for a good six weeks").
            var before = first - 1
            while before > span.lowerBound, before >= first - 2, filler.contains(text.word(at: before)) { before -= 1 }
            if (before >= span.lowerBound && lead.contains(text.word(at: before))) || of.contains(next) { return count * unit }
        }
        return nil
    }
}
