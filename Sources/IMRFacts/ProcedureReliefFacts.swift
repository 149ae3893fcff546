import IMRVocabulary

/// `prior_relief_percent` and `prior_relief_duration`: the pain relief an earlier injection of the
/// requested kind gave and how long it lasted, read from the statements that speak of it wherever
/// they stand (``InjectionResults``: its own sentence, a later dated entry, a sentence that refers
/// back to it). The repeat criteria are stated in both: an epidural injection after at least 50%
/// relief for six to eight weeks (CPMTG 2009, p. 46), trigger point injections after more than 50%
/// for six weeks (p. 122), a radiofrequency neurotomy after at least 50% for 12 weeks (ODG Low Back).
///
/// The wording is data. In a statement with a relief word (`drug_relief`, `injection_relief`) not
/// negated: the relief as a percentage, a fraction (``DrugResponseFacts/reliefPercent(_:tokens:hits:)``)
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
/// relief (``ActivityStatements``, ``WorkReturns``); and the medication it reduced
/// (`prior_medication_reduced`: a drug stopped or lowered, ``MedicationReductions``, told with the
/// relief or in a statement after it; only true is read), which CPMTG p. 46 asks of a repeat epidural.
enum ProcedureReliefFacts {
    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        guard case .term(let procedure)? = requestFacts[.procedure]?.value, requestFacts.termValue(.category) == Term.injection.name
        else { return }
        let (index, text, cues) = (analysis.index, analysis.text, analysis.index.cues)
        let family = index.ancestors(of: index.id(procedure), in: .procedure)
        // An injection of another region, or of the other side ("Left L4-5 TFESI" for a right
        // L5-S1 request), is another injection: its relief is not the requested one's.
        let (anotherRegion, side) = (
            PriorInjectionFacts.anotherRegion(analysis, requestFacts: requestFacts), BodySide(requestFacts: requestFacts)
        )
        let statements = InjectionResults.statements(
            analysis, requested: index.id(procedure), family: family,
            ofAnotherRegion: { mention in
                anotherRegion(mention)
                    || !BodySide.bears(
                        analysis.side(
                            sentence: mention.sentence, first: mention.first, last: mention.last,
                            regionWithin: PriorInjectionFacts.regionWindow),
                        on: side)
            })
        var percent: (Double, Int)?
        var duration: (Int, Int)?
        var relieved: [Int] = []
        var reduced: Int?
        let hedges = cues.set(.reliefHedge)
        for statement in statements {
            let (sentence, span) = (statement.sentence, statement.span)
            // A relief left in doubt ("maybe 20%, hard to say") tells neither its size nor its time;
            // a time told in a later comma part, past the doubt, still tells its time ("helped a lot,
            // maybe 75%, until the pain crept back in around week eight").
            if let doubt = hedges.hits(in: text, sentence: sentence).last(where: { span.contains($0.first) }) {
                let rest = ProcedureFacts.commaPart(of: doubt.last, in: text, sentence: sentence).upperBound..<span.upperBound
                let wearing = rest.isEmpty ? [] : wearOff(in: rest, sentence: sentence, analysis)
                if !wearing.isEmpty, let days = reliefDays(in: rest, text, cues, wearing: wearing) { duration = (days, sentence) }
                continue
            }
            let hits = InjectionResults.reliefHits(sentence, analysis)
            let told = hits.contains { !$0.negated && span.contains($0.first) }
            let value = reliefPercent(in: span, sentence: sentence, hits: hits, told: told, analysis)
            if let value { percent = (value, sentence) }
            let relief = told || (value ?? 0) > 0
            if relief { relieved.append(sentence) }
            // A drug stopped or lowered with the relief or after it (``MedicationReductions``).
            if reduced == nil, !relieved.isEmpty,
                MedicationReductions.reductions(in: sentence, analysis).contains(where: { span.contains($0.verb.first) })
            {
                reduced = sentence
            }
            // The relief's time: told with the relief, or with its wearing off ("the pain returned in
            // mid-July, about ten weeks after the injection").
            let wearing = wearOff(in: span, sentence: sentence, analysis)
            guard relief || !wearing.isEmpty else { continue }
            if let days = reliefDays(in: span, text, cues, wearing: wearing) ?? datedDays(statement, wearing: wearing, analysis) {
                duration = (days, sentence)
            }
        }
        if let (value, sentence) = percent { builder.set(.priorReliefPercent, .number(value), [text.evidence(sentence)]) }
        if let (days, sentence) = duration { builder.set(.priorReliefDuration, .days(days), [text.evidence(sentence)]) }
        if let sentence = reduced { builder.bool(.priorMedicationReduced, true, [text.evidence(sentence)]) }
        if builder.facts[.priorTherapyBenefit] == nil, !relieved.isEmpty {
            let gains = (ActivityStatements.hits(analysis) + WorkReturns.hits(analysis) + workResumed(analysis)).filter {
                !$0.negated && $0.label != .no && relieved.contains($0.sentence)
            }
            if let sentence = gains.first?.sentence ?? reduced { builder.bool(.priorTherapyBenefit, true, [text.evidence(sentence)]) }
        }
    }

    /// A return to work told with the word for the duty (`work`: "went back to regular duty",
    /// "returned to work", "back to full duty"): a `work` phrase of duty, not negated, that a
    /// `work_returns` way back opens or ends at most two words before. A status alone ("remains on
    /// modified duty", "is working") tells no change.
    static func workResumed(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let ways = cues.set(.workReturns).hits(in: text).filter { !$0.negated }
        guard !ways.isEmpty else { return [] }
        return cues.set(.work).hits(in: text).filter { phrase in
            !phrase.negated && phrase.label != .notWorking
                && ways.contains { $0.sentence == phrase.sentence && $0.first <= phrase.first && phrase.first - $0.last <= 2 }
        }
    }

    /// The relief's wearing off told in `span` of `sentence` (`relief_wear_off`: "wore off", "came
    /// back", "the pain returned"), not a return to work ("returned to work", "back to full duty").
    static func wearOff(in span: Range<Int>, sentence: Int, _ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let wearing = cues.set(.reliefWearOff).hits(in: text, sentence: sentence).filter { !$0.negated && span.contains($0.first) }
        guard !wearing.isEmpty else { return [] }
        // A way back is a return to work only with the duty's word after it ("back to full duty"),
        // not "the pain had come back to where it was".
        let duties = cues.set(.work).hits(in: text, sentence: sentence)
        let ways = cues.set(.workReturns).hits(in: text, sentence: sentence).filter { way in
            duties.contains { $0.first >= way.first && $0.first - way.last <= 2 }
        }
        let work = duties + ways
        return wearing.filter { hit in !work.contains { $0.first <= hit.last && hit.first <= $0.last } }
    }

    /// The relief of `span` (of `sentence`, whose relief words are `hits`; `told`: one of them, not
    /// negated, is in the span): with a relief word, a percentage, a fraction or two scores
    /// (``DrugResponseFacts/reliefPercent(_:tokens:hits:)``), else a share in words; without one,
    /// the pain told before and after (``MeasureChanges/painChanges(in:sentence:)``: "arm pain 9/10
    /// before, 4/10 after"), the share of the pain before that went (none when it rose).
    static func reliefPercent(in span: Range<Int>, sentence: Int, hits: [CueHit], told: Bool, _ analysis: CaseAnalysis) -> Double? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        if told {
            if let value = DrugResponseFacts.reliefPercent(analysis, tokens: span, hits: hits) { return value }
            // A percentage in words ("sixty percent less pain"): a count before a `percent_words` word.
            let percentWords = cues.wordList(.percentWords)
            if let token = span.first(where: { $0 > span.lowerBound && percentWords.contains(text.tokens[$0]) }),
                let value = cues.count(text.word(at: token - 1)), value <= 100
            {
                return Double(value)
            }
            // Two scores beside a relief word, in either order ("3/10, down from 8/10 before the
            // procedure"): the relief word says the pain fell.
            let scores = painScores(in: span, text)
            if scores.count == 2, let high = scores.max(), let low = scores.min(), high > 0 {
                return ((high - low) / high * 1000).rounded() / 10
            }
            let words = span.map(text.word(at:))
            if let amount = cues.sequences(.reliefAmounts).first(where: { contains(words, $0.words) }) { return Double(amount.label) }
        }
        if let change = MeasureChanges.painChanges(in: analysis, sentence: sentence).first(where: { span.contains($0.first) }),
            let before = change.before, let after = change.after, before > 0
        {
            return max(0, ((before - after) / before * 1000).rounded() / 10)
        }
        // Two scores, one of them marked as the earlier (`score_before_marks` right after it: "2/10,
        // compared with 8/10 before the neurotomy"): the share of it that went (none when the pain rose).
        guard let (before, after) = scoresBeforeAfter(in: span, text, cues), before > 0 else { return nil }
        return max(0, ((before - after) / before * 1000).rounded() / 10)
    }

    /// The two pain scores of `span` when one is marked as the earlier one: a `score_before_marks`
    /// word at most two words after it ("8/10 before the procedure", "7/10 prior"). The earlier
    /// score and the other.
    static func scoresBeforeAfter(in span: Range<Int>, _ text: CaseText, _ cues: CueBook) -> (Double, Double)? {
        let marks = cues.wordList(.scoreBeforeMarks)
        var scores: [(value: Double, token: Int)] = []
        for token in span {
            if let value = painScores(in: token..<(token + 1), text).first { scores.append((value, token)) }
        }
        guard scores.count == 2 else { return nil }
        // "/10" may be tokens of its own: the mark is looked for within three tokens after.
        func marked(_ token: Int) -> Bool {
            ((token + 1)..<min(span.upperBound, token + 4)).contains { marks.contains(text.tokens[$0]) }
        }
        switch (marked(scores[0].token), marked(scores[1].token)) {
        case (true, false): return (scores[0].value, scores[1].value)
        case (false, true): return (scores[1].value, scores[0].value)
        default: return nil
        }
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
    /// to a date after a `relief_until` word or after its wearing off (`wearing`: "wore off around
    /// 04/15/2016"), else to the statement's date when a `relief_ongoing`
    /// word tells the relief is still there. Nil without the injection's date.
    static func datedDays(_ statement: InjectionResults.Statement, wearing: [CueHit], _ analysis: CaseAnalysis) -> Int? {
        guard let injected = statement.injectionDate else { return nil }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (until, ongoing, negation) = (cues.words(.reliefUntil), cues.words(.reliefOngoing), cues.words(.negationBefore))
        let span = statement.span
        let first = text.tokens[span.lowerBound].start
        let end = text.tokens[span.upperBound - 1].end
        let dates = analysis.dates.filter { $0.sentence == statement.sentence && $0.offset >= first && $0.offset < end }
        // The words after which a date ends the relief: an `until` word, the last word of a wearing
        // off, a `relief_by_date` word with a wearing off after it ("by 04/01/2016 the pain had come back").
        let by = cues.words(.reliefByDate)
        let ends =
            span.filter { until.contains(text.word(at: $0)) } + wearing.map(\.last)
            + span.filter { position in by.contains(text.word(at: position)) && wearing.contains { $0.first > position + 1 } }
        for position in ends.sorted() {
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
    /// counts, the lower. A count before a `relief_time_after` word is a time since the procedure:
    /// the duration when the span tells the relief wearing off (`wearing`, its hits), else none;
    /// one before a `duration_ago` word is past, unless a wearing off follows it.
    static func reliefDays(in span: Range<Int>, _ text: CaseText, _ cues: CueBook, wearing: [CueHit]) -> Int? {
        let (lead, of, ago) = (cues.words(.reliefDurationLead), cues.words(.reliefDurationOf), cues.words(.durationAgo))
        let since = cues.words(.reliefTimeAfter)
        let filler = cues.words(.reliefDurationFiller)
        let articles = cues.wordList(.articles)
        let (onset, wearAt) = (cues.words(.reliefOnset), cues.words(.reliefWearAt))
        for position in span where position > span.lowerBound {
            // A unit before its count after a wearing off ("crept back in around week eight").
            if let unit = cues.days(inUnit: text.word(at: position)), position + 1 < span.upperBound,
                let count = cues.count(text.word(at: position + 1))
            {
                var before = position - 1
                while before > span.lowerBound, before >= position - 2, filler.contains(text.word(at: before)) { before -= 1 }
                if wearAt.contains(text.word(at: before)), wearing.contains(where: { $0.last == before - 1 }) { return count * unit }
            }
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
            // A time before something is past ("two months ago", "three months before the visit"),
            // unless what follows is the relief's end ("for about three months before the symptoms
            // gradually returned").
            guard !ago.contains(next) || wearing.contains(where: { $0.first > position + 1 }) else { continue }
            // The lead word, before at most two filler words ("for a good six weeks", "for about
            // ten days"); an estimate ("about six months", itself a filler and a lead) leads when
            // no lead stands before it.
            var before = first - 1
            while before > span.lowerBound, before >= first - 2, filler.contains(text.word(at: before)) { before -= 1 }
            // A time told as the relief's onset ("the relief began about two weeks after") is no duration.
            if (max(span.lowerBound, first - 4)..<first).contains(where: { onset.contains(text.word(at: $0)) }) { continue }
            // A time right after a wearing off, a `relief_wear_at` word between ("wore off at 3 weeks").
            let afterWearing =
                before >= span.lowerBound && wearAt.contains(text.word(at: before)) && wearing.contains { $0.last == before - 1 }
            let led = afterWearing || (before >= span.lowerBound && lead.contains(text.word(at: before)))
            let estimated = (max(span.lowerBound, before + 1)..<first).contains { lead.contains(text.word(at: $0)) }
            // A time after the procedure is a span when a lead opens it ("for about ten days after
            // the injection"); else it is when something happened ("about six months after the
            // procedure"): the relief's end only when the statement tells it wearing off, not its
            // onset ("the relief began about two weeks after the injection").
            if since.contains(next) {
                if led || !wearing.isEmpty { return count * unit }
                continue
            }
            if led || estimated || of.contains(next) { return count * unit }
        }
        return nil
    }
}
