import IMRCore
import IMRVocabulary

/// `time_since_surgery`: for a service that goes with a surgery (post-operative therapy), the time
/// from the latest surgery of the requested region that the summary dates to the date of the
/// request (the request for authorization's, else the review's). The Postsurgical Treatment
/// Guidelines (8 CCR 9792.24.3) give each surgery a postsurgical physical medicine period (3 to 8
/// months, 6 for a surgery they do not list) counted from the surgery; after it, the Chronic Pain
/// Medical Treatment Guidelines apply.
///
/// A surgery's date is told with it as an injection's is (``PriorInjectionFacts/datesTold(with:in:_:_:_:)``:
/// "right shoulder arthroscopy on 6/1/2016", "the 6/1/2016 rotator cuff repair"; after the noun
/// phrase its name opens, ``OperationPhrases``: "ORIF of the left ribs 5-7 on 11/01/2016"), before the
/// request, outside the review's sentences; the surgery is neither negated, planned nor still to
/// come, and is of the requested region and side (``TreatmentHistoryFacts/History/inRegion(_:)``).
/// When the sentence names another procedure too, only the surgery's part of it (between commas) is
/// read.
///
/// With neither a date nor a year, an interval told with a done surgery of the region
/// (``SurgeryEvents/interval(toldWith:clause:surgeries:_:)``: "POD 10", "3 wks post-op from", "two
/// months out from the fusion") is the time, counted to the note.
///
/// A surgery dated by its year alone ("a lumbar fusion in 2014", "cervical fusion (2012)", "a 2013
/// carpal tunnel release") is dated when the request's date makes its period unambiguous: when
/// even the year's last day is more than the longest postsurgical period (`postsurgical_period_limit`'s
/// days: 8 months, a vertebral fracture's) before the request, the time is counted from that day (at least that long ago), and
/// every postsurgical rule reads the period as past. A year closer to the request leaves the time
/// not documented, even beside an older whole date.
enum SurgeryDateFacts {
    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        SurgeryStatusFacts.read(analysis, requestFacts: requestFacts, into: &builder)
        guard requestFacts[.associatedService]?.value == .bool(true) || requestFacts[.postoperative]?.value == .bool(true) else { return }
        let (index, text) = (analysis.index, analysis.text)
        var regions: TermSet = []
        if case .terms(let list)? = requestFacts[.bodyRegions]?.value { regions = TermSet(inserting: list.compactMap(index.ids.id)) }
        let history = TreatmentHistoryFacts.History(analysis: analysis, regions: regions, side: BodySide(requestFacts: requestFacts))
        // An interval told with a done surgery of the region ("POD 10", "six weeks out from her
        // carpal tunnel release") is counted to the note, so it needs no date of the request.
        func interval() {
            if let event = SurgeryEvents.events(analysis).first(where: {
                $0.status == .done && $0.interval != nil && history.inRegion($0.mention)
            }), let days = event.interval {
                builder.set(.timeSinceSurgery, .days(days), [text.evidence(event.mention.sentence)])
            }
        }
        guard let asked = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate else {
            interval()
            return
        }
        let procedures = analysis.mentions(of: .procedure)
        let dates = Dictionary(grouping: analysis.dates, by: \.sentence)
        var latest: (date: SimpleDate, sentence: Int)?
        var latestYear: (year: Int, sentence: Int)?
        for mention in procedures
        where index.category(ofProcedure: mention.term.id) == index[.surgery]
            && !analysis.isReviewSentence(mention.sentence)
            && !ProcedureReliefFacts.stillToCome(mention, analysis)
            && history.inRegion(mention)
            && !analysis.isNonsurgical(mention)
        {
            // A surgery denied or only weighed was not done ("would consider a TKA after weight loss").
            if let status = SurgeryEvents.status(of: mention, analysis), status == .denied || status == .considered { continue }
            let sentence = mention.sentence
            let others = procedures.contains { $0.sentence == sentence && $0.first != mention.first }
            let span = others ? ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence) : text.sentences[sentence].tokens
            let own = SurgeryEvents.ownDates(of: mention, dates[sentence] ?? [], text, index.cues)
            for date in PriorInjectionFacts.datesTold(with: OperationPhrases.widened(mention, analysis), in: span, own, text, index.cues)
            where date < asked && latest.map({ date > $0.date }) ?? true {
                latest = (date, sentence)
            }
            if let year = yearTold(
                with: mention, in: span, dates[sentence] ?? [], text, through: asked.year,
                isTerm: { token in
                    analysis.mentions(inSentence: sentence).contains { $0.first <= token && token <= $0.last }
                        || index.cues.set(.bodySides).hits(in: text, sentence: sentence).contains { $0.first <= token && token <= $0.last }
                }),
                latestYear.map({ year > $0.year }) ?? true
            {
                latestYear = (year, sentence)
            }
        }
        if let (year, sentence) = latestYear, latest.map({ year > $0.date.year }) ?? true {
            let lastDay = SimpleDate(year: year, month: 12, day: 31)
            guard lastDay.days(to: asked) > index.cues.threshold(.days, in: .postsurgicalPeriodLimit) else { return }
            builder.set(.timeSinceSurgery, .days(lastDay.days(to: asked)), [text.evidence(sentence)])
            return
        }
        guard let latest else {
            // Neither a date nor a year.
            interval()
            return
        }
        builder.set(.timeSinceSurgery, .days(latest.date.days(to: asked)), [text.evidence(latest.sentence)])
    }

    /// The year written alone with `mention` in `span` of its sentence: a four-digit number from
    /// 1950 to `through` within ``PriorInjectionFacts/wordsAfter`` tokens after it ("fusion in 2014",
    /// "fusion (2012)"), or before it with only terms between (`isTerm`: a side, a region; "a 2014
    /// fusion", "a 2013 right shoulder arthroscopy"; not "injured in 2012 and underwent a fusion",
    /// the injury's year), that is not the year of a whole date of the sentence (`dates`: "on
    /// 6/1/2014", "June 1, 2014").
    static func yearTold(
        with mention: Mention, in span: Range<Int>, _ dates: [DateMention], _ text: CaseText, through: Int,
        isTerm: (Int) -> Bool
    ) -> Int? {
        let (tokens, bytes) = (text.tokens, text.bytes)
        func year(at token: Int) -> Int? {
            guard span.contains(token), tokens[token].digits >= 0, tokens[token].end - tokens[token].start == 4 else { return nil }
            let value = Int(tokens[token].digits)
            let start = tokens[token].start
            guard (1950...through).contains(value),
                start == 0 || (bytes[start - 1] != 47 && bytes[start - 1] != 45),
                !dates.contains(where: { $0.date.year == value && $0.offset <= start && start - $0.offset <= 20 })
            else { return nil }
            return value
        }
        let after = (mention.last + 1)...(mention.last + PriorInjectionFacts.wordsAfter)
        if let found = after.lazy.compactMap(year(at:)).first { return found }
        // Before the surgery, each token between the year and it is part of a term (a side, a region).
        var token = mention.first - 1
        while token >= span.lowerBound, mention.first - token <= PriorInjectionFacts.tokensBefore {
            if let found = year(at: token) { return found }
            guard isTerm(token) else { return nil }
            token -= 1
        }
        return nil
    }
}
