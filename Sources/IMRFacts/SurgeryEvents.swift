import IMRCore
import IMRVocabulary

/// A surgery the summary tells of, as an event: its mention (procedure, sentence, tokens), its
/// status, and when it was or will be done as the summary tells it.
struct SurgeryEvent {
    /// Where a surgery stands, as its clause tells it.
    enum Status: Equatable {
        /// Done: told as history (``TreatmentHistoryFacts/History/isPast(surgery:)``), dated before
        /// the reference date, or dated by an interval ("six weeks out from").
        case done
        /// Authorized, certified, scheduled, or dated after the reference date.
        case upcoming
        /// Requested and not yet decided.
        case requested
        /// Denied by the review, declined by the worker, or negated.
        case denied
        /// Only weighed: a candidate, an option, a surgery that may follow.
        case considered
        /// Named without a word of its status.
        case named
    }

    let mention: Mention
    let status: Status
    /// The date told with it (``PriorInjectionFacts/datesTold(with:in:_:_:_:)``).
    let date: SimpleDate?
    /// The year told alone with it ("a lumbar fusion in 2009"), when no date is told with it
    /// (``SurgeryDateFacts/yearTold(with:in:_:_:through:isTerm:)``).
    let year: Int?
    /// The days from it to the note told as an interval ("POD 10", "3 wks post-op from", "two
    /// months out from the fusion"), when no date is told with it.
    let interval: Int?
}

/// The surgeries of a summary as events (``SurgeryEvent``): every mention of a procedure of the
/// `surgery` category (not an assistant surgeon, not the surgery word of "non-surgical", of a
/// person's specialty in brackets or of a `no_prior_surgery` phrase: "surgical history ... none";
/// a surgeon's consult, ``CaseAnalysis/namesConsult(_:)``, is only considered), its
/// status from the words of its clause that stand nearer to it than to another surgery named there
/// (`surgery_denied`, `surgery_considered`, `surgery_upcoming`, `surgery_requested`, strongest
/// first; authorized or scheduled with every date told before the request's: done since; only
/// considered, with every date before the request's and its surgeon after it, `surgery_performer`:
/// done; a date after it that an `other_event_date_leads` word leads is another event's,
/// ``ownDates(of:_:_:_:)``; a date is told with it after the noun phrase its name opens,
/// ``OperationPhrases``: "Surgical stabilization of left ribs 5-7 (...) on 11/01/2016"), else
/// in a `plan` phrase of its clause and dated after the reference date or not at all (upcoming when
/// dated, else requested), else from its dates (after the reference date: upcoming; before it:
/// done), else from the history's words (done).
/// Read once per summary (``SentenceCache``).
enum SurgeryEvents {
    static func events(_ analysis: CaseAnalysis) -> [SurgeryEvent] { analysis.cache.surgeryEvents { read(analysis) } }

    private static func read(_ analysis: CaseAnalysis) -> [SurgeryEvent] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let history = TreatmentHistoryFacts.History(analysis: analysis, regions: [])
        // "The surgical history was stated to be none" (`no_prior_surgery`) names no surgery.
        let none = cues.set(.noPriorSurgery).hits(in: text)
        let surgeries = analysis.mentions(of: .procedure).filter { mention in
            history.isSurgery(mention.term.id) && !analysis.isNonsurgical(mention)
                && !none.contains { $0.sentence == mention.sentence && $0.first <= mention.first && mention.last <= $0.last }
        }
        guard !surgeries.isEmpty else { return [] }
        let dates = Dictionary(grouping: analysis.dates, by: \.sentence)
        let reference = analysis.referenceDate
        let asked = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? reference
        let statusWords: [(CueName, SurgeryEvent.Status)] = [
            (.surgeryDenied, .denied), (.surgeryConsidered, .considered), (.surgeryUpcoming, .upcoming), (.surgeryRequested, .requested),
        ]
        return surgeries.map { mention in
            let sentence = mention.sentence
            let clause = text.clause(sentence: sentence, token: mention.first)
            let inClause = surgeries.filter { $0.sentence == sentence && clause.contains($0.first) }
            // A status word is the surgery's when no other procedure of its clause stands nearer to
            // it ("she was referred for a course of physical therapy" refers the therapy).
            let procedures = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .procedure && clause.contains($0.first) }
            func distance(_ hit: CueHit, _ other: ClosedRange<Int>) -> Int {
                hit.first > other.upperBound
                    ? hit.first - other.upperBound : hit.last < other.lowerBound ? other.lowerBound - hit.last : 0
            }
            // Procedures joined into one operation ("an arthroscopic debridement with subacromial
            // decompression offered") share the status word nearest to any of them.
            let operation = joinedOperation(of: mention, among: procedures, text, cues)
            func isOwn(_ hit: CueHit) -> Bool {
                clause.contains(hit.first)
                    && procedures.allSatisfy {
                        operation.contains($0.first) || distance(hit, operation) <= distance(hit, $0.first...$0.last)
                    }
            }
            let others = analysis.mentions(inSentence: sentence).contains { named in
                named.term.kind == .procedure && named.first != mention.first && !inClause.contains { $0.first == named.first }
            }
            let span =
                others ? ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence) : text.sentences[sentence].tokens
            // A date after the operation's noun phrase is told with it (``OperationPhrases``).
            let told = PriorInjectionFacts.datesTold(
                with: OperationPhrases.widened(mention, analysis), in: span, ownDates(of: mention, dates[sentence] ?? [], text, cues), text,
                cues)
            let interval = interval(toldWith: mention, clause: clause, surgeries: surgeries, analysis)
            var status: SurgeryEvent.Status = .named
            if mention.negated {
                status = .denied
            } else if analysis.namesConsult(mention) {
                // A surgeon's consult ("spine surgery consultation 07/12/2016"): surgery weighed.
                status = .considered
            } else if let found = statusWords.first(where: { name, _ in
                cues.set(name).hits(in: text, sentence: sentence).contains { isOwn($0) && (!$0.negated || name == .surgeryDenied) }
            }) {
                status = found.1
                // "not authorized", "not certified": a certification negated is a denial.
                if status == .upcoming,
                    cues.set(.surgeryUpcoming).hits(in: text, sentence: sentence).contains(where: { isOwn($0) && $0.negated })
                {
                    status = .denied
                }
                // Authorized or scheduled for a date before the request: done since ("fusion on
                // 11/08/2016, authorized" in a note after it).
                if status == .upcoming, let asked, !told.isEmpty, told.allSatisfy({ $0 < asked }) { status = .done }
                // Only weighed by its clause's words, yet told with every date before the request
                // and the surgeon who did it after it (`surgery_performer`: "on 09/01/2016, by the
                // treating surgeon, who referred her here"): done; the weighing words are the surgeon's.
                if status == .considered, let asked, !told.isEmpty, told.allSatisfy({ $0 < asked }),
                    cues.set(.surgeryPerformer).hits(in: text, sentence: sentence).contains(where: {
                        !$0.negated && clause.contains($0.first) && $0.first > mention.last
                    })
                {
                    status = .done
                }
            } else if told.allSatisfy({ date in reference.map { date > $0 } ?? true }),
                cues.set(.plan).hits(in: text, sentence: sentence).contains(where: { !$0.negated && clause.contains($0.first) })
            {
                // In a plan's words and not dated before ("The treatment plan included a right
                // shoulder arthroscopy"): asked for, not done.
                status = told.isEmpty ? .requested : .upcoming
            } else if let reference, told.contains(where: { $0 > reference }) {
                status = .upcoming
            } else if !told.isEmpty || interval != nil || history.isPast(surgery: mention) {
                status = .done
            }
            let before = reference.map { reference in told.filter { $0 <= reference } } ?? told
            let date = status == .upcoming ? told.max() : before.max()
            let year =
                date != nil
                ? nil
                : SurgeryDateFacts.yearTold(
                    with: mention, in: span, dates[sentence] ?? [], text, through: reference?.year ?? 2030,
                    isTerm: { token in
                        analysis.mentions(inSentence: sentence).contains { $0.first <= token && token <= $0.last }
                            || cues.set(.bodySides).hits(in: text, sentence: sentence).contains { $0.first <= token && token <= $0.last }
                    })
            if status == .named, year != nil { status = .done }
            return SurgeryEvent(
                mention: mention, status: status, date: date, year: year, interval: date == nil && year == nil ? interval : nil)
        }
    }

    /// Whether surgery `mention` is told done (its event's status, ``SurgeryEvent/Status/done``),
    /// outside the review's sentences and a plan's (a note's plan section, a `plan` word: "11/2/2016:
    /// knee arthroscopy was recommended").
    static func isDone(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let sentence = mention.sentence
        return !analysis.isReviewSentence(sentence) && !analysis.isPlanSection(sentence) && !analysis.occurs(.plan, in: sentence)
            && status(of: mention, analysis) == .done
    }

    /// The tokens of the operation surgery `mention` is part of: the mention, widened over the
    /// procedures of `procedures` (those of its clause) joined to it by `operation_joiners` words,
    /// with at most one other word between (the noun an adjective names the surgery by: "an
    /// arthroscopic debridement with subacromial decompression") and no punctuation ("a discectomy
    /// and fusion"): one operation, whose status words are all its procedures'.
    static func joinedOperation(of mention: Mention, among procedures: [Mention], _ text: CaseText, _ cues: CueBook) -> ClosedRange<Int> {
        let (tokens, bytes, joiners) = (text.tokens, text.bytes, cues.wordList(.operationJoiners))
        func joins(_ from: Int, _ to: Int) -> Bool {
            guard from < to, ((from + 1)...to).allSatisfy({ !bytes[tokens[$0 - 1].end..<tokens[$0].start].contains(where: isPunctuation) })
            else { return false }
            let between = (from + 1)..<to
            let others = between.filter { !joiners.contains(tokens[$0]) }.count
            return between.isEmpty || others < between.count && others <= 1
        }
        var (first, last) = (mention.first, mention.last)
        var grown = true
        while grown {
            grown = false
            for other in procedures where other.first > last && joins(last, other.first) || other.last < first && joins(other.last, first) {
                (first, last) = (min(first, other.first), max(last, other.last))
                grown = true
            }
        }
        return first...last
    }

    /// Whether byte `byte` between two words breaks an operation's name (any mark but a space, a
    /// hyphen or a slash).
    private static func isPunctuation(_ byte: UInt8) -> Bool { byte != 32 && byte != 45 && byte != 47 }

    /// The status of surgery `mention`'s event, `nil` when it is none (a surgery word that names
    /// no surgery).
    static func status(of mention: Mention, _ analysis: CaseAnalysis) -> SurgeryEvent.Status? {
        events(analysis).first { $0.mention.sentence == mention.sentence && $0.mention.first == mention.first }?.status
    }

    /// The dates of `dates` (of the sentence of surgery `mention`) that may be its own: not one
    /// after it with an `other_event_date_leads` word at most three words before the date and after
    /// the surgery ("Right total hip arthroplasty: surgeon's consult 11/02/2016", "lumbar fusion,
    /// denied by UR 10/28/2016").
    static func ownDates(of mention: Mention, _ dates: [DateMention], _ text: CaseText, _ cues: CueBook) -> [DateMention] {
        guard !dates.isEmpty else { return dates }
        let (leads, tokens) = (cues.wordList(.otherEventDateLeads), text.tokens)
        let sentence = text.sentences[mention.sentence].tokens
        return dates.filter { date in
            guard let token = sentence.first(where: { tokens[$0].end > date.offset }), token > mention.last else { return true }
            return !(max(mention.last + 1, token - 3)..<token).contains { leads.contains(tokens[$0]) }
        }
    }

    /// The days an interval tells from the surgery `mention` to the note: a `surgery_day_leads`
    /// phrase and a count after it ("POD 10", "post-op day #4"), or a count and a unit of time and a
    /// `surgery_interval_links` phrase after them ("six weeks out from", "3 wks post-op", "4 weeks
    /// s/p"; not "two weeks after the surgery", which may time another event), in the surgery's clause, before it with at most six words between the link
    /// and the surgery, or after it with the surgery the only one of the clause.
    static func interval(toldWith mention: Mention, clause: ClosedRange<Int>, surgeries: [Mention], _ analysis: CaseAnalysis) -> Int? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let tokens = text.tokens
        let sentence = mention.sentence
        let alone = surgeries.allSatisfy { $0.sentence != sentence || !clause.contains($0.first) || $0.first == mention.first }
        func reaches(_ token: Int) -> Bool {
            token <= mention.first ? mention.first - token <= 6 : alone
        }
        for lead in cues.set(.surgeryDayLeads).hits(in: text, sentence: sentence) where clause.contains(lead.first) && !lead.negated {
            var next = lead.last + 1
            while next <= clause.upperBound, next - lead.last <= 2 {
                if let count = cues.count(tokens[next]), reaches(lead.last) { return count }
                next += 1
            }
        }
        for link in cues.set(.surgeryIntervalLinks).hits(in: text, sentence: sentence)
        where clause.contains(link.first) && !link.negated && reaches(link.last) {
            let unit = link.first - 1
            guard unit > clause.lowerBound, let days = cues.days(inUnit: tokens[unit]),
                let (count, _) = cues.count(endingAt: unit - 1, in: tokens, from: clause.lowerBound), count > 0
            else { continue }
            return count * days
        }
        return nil
    }
}
