import IMRCore
import IMRVocabulary

/// `last_injection_interval` and `injections_past_year`: the earlier injections of the requested kind
/// that the summary dates, counted back from the date of the request (the request for
/// authorization's, else the review's). The repeat limits are stated in time: an epidural steroid
/// injection no more than four times a region in a year (CPMTG 2009, p. 46), trigger point
/// injections not at an interval of less than two months (p. 122), a radiofrequency neurotomy not
/// within six months of the last (ODG Low Back). The past year is `injection_year_limit`'s days
/// before the request.
///
/// A date is an injection's when it stands just after it ("a lumbar ESI on 9/1/2016", "ESIs on
/// 1/10/2016, 4/12/2016 and 7/11/2016": a list goes on from date to date) or just before it ("the
/// 9/1/2016 ESI"), before the request, outside the review's sentences, and the injection is neither
/// negated, planned nor still to come (``ProcedureReliefFacts/stillToCome(_:_:)``); a visit's date
/// told farther away ("On 11/1/2016 she reported 60% relief from the ESI") is not. When the
/// sentence names an injection of another kind too, only the requested one's part of it (between
/// commas) is read. Each date counts once. The limits are a region's ("per region"): an injection
/// told of another region than the requested one ("a cervical ESI on 1/10/2016" for a lumbar
/// request: the region its own words name, else the one named nearest to it within
/// ``regionWindow`` words; a limb counts for the spine whose roots reach it,
/// ``TreatmentHistoryFacts/regionFamily(of:_:)``) is not counted; one told of no region is.
enum PriorInjectionFacts {
    /// Words around an injection within which the region named nearest to it is its region.
    static let regionWindow = 4
    /// Words that may stand between an injection and the date after it ("on", "at L4-5 on").
    static let wordsAfter = 5
    /// Tokens from a date's first token to the injection after it (the date's own, "the 9/1/2016
    /// lumbar ESI").
    static let tokensBefore = 5
    /// Tokens from one date of a list to the next ("9/1/2016, 11/3/2016 and").
    static let tokensBetweenDates = 8

    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        guard case .term(let procedure)? = requestFacts[.procedure]?.value, requestFacts.termValue(.category) == Term.injection.name,
            let asked = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate
        else { return }
        let (index, text) = (analysis.index, analysis.text)
        let family = index.ancestors(of: index.id(procedure), in: .procedure)
        let injections = analysis.mentions(of: .procedure).filter { index.category(ofProcedure: $0.term.id) == index[.injection] }
        let dates = Dictionary(grouping: analysis.dates, by: \.sentence)
        // "RFA" is a radiofrequency ablation, and a request for authorization too ("The RFA dated
        // 11/16/16"): a mention that a `request_date` phrase covers is the request.
        let requests = index.cues.set(.requestDate).hits(in: text)
        let ofAnotherRegion = anotherRegion(analysis, requestFacts: requestFacts)
        var given: [SimpleDate: Int] = [:]
        for mention in injections
        where !analysis.isReviewSentence(mention.sentence)
            && !family.isDisjoint(with: index.ancestors(of: mention.term.id, in: .procedure))
            && !ProcedureReliefFacts.stillToCome(mention, analysis)
            && !requests.contains(where: { $0.sentence == mention.sentence && $0.first <= mention.first && $0.last >= mention.last })
            && !ofAnotherRegion(mention)
        {
            let sentence = mention.sentence
            let others = injections.contains {
                $0.sentence == sentence && family.isDisjoint(with: index.ancestors(of: $0.term.id, in: .procedure))
            }
            let span = others ? ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence) : text.sentences[sentence].tokens
            for date in datesTold(with: mention, in: span, dates[sentence] ?? [], text, analysis.index.cues) where date < asked {
                given[date] = given[date] ?? sentence
            }
        }
        guard let last = given.keys.max(), let sentence = given[last] else { return }
        builder.set(.lastInjectionInterval, .days(last.days(to: asked)), [text.evidence(sentence)])
        let yearDays = index.cues.threshold(.days, in: .injectionYearLimit)
        let year = given.filter { $0.key.days(to: asked) <= yearDays }
        builder.set(.injectionsPastYear, .number(Double(year.count)), Set(year.values).sorted().map { text.evidence($0) })
    }

    /// Whether an injection mention is told of another region than the requested one: the region
    /// its own words name, else the one named nearest to it within ``regionWindow`` words, outside
    /// the requested regions and the limbs their spinal roots reach
    /// (``TreatmentHistoryFacts/regionFamily(of:_:)``: "an ESI for right leg pain" is lumbar). Never
    /// when the request names no region.
    static func anotherRegion(_ analysis: CaseAnalysis, requestFacts: FactSet) -> (Mention) -> Bool {
        let index = analysis.index
        var requested: TermSet = []
        if case .terms(let list)? = requestFacts[.bodyRegions]?.value { requested = TermSet(inserting: list.compactMap(index.ids.id)) }
        let scope = RegionScope(regions: requested.union(TreatmentHistoryFacts.regionFamily(of: requested, index.cues)))
        return { mention in
            guard !requested.isEmpty,
                let region = analysis.nearestRegion(
                    sentence: mention.sentence, first: mention.first, last: mention.last, within: regionWindow)
            else { return false }
            return !scope.includes(region, index)
        }
    }

    /// The dates told with `mention` within `span` of its sentence, whose dates are `dates`: those
    /// just after it, within ``wordsAfter`` words, a list going on from date to date ("on
    /// 1/10/2016, 4/12/2016 and 7/11/2016": only `coordinators` and `dated_entry_lead` words
    /// between), else the one just before it, within ``tokensBefore`` tokens ("the 9/1/2016 ESI").
    /// A date outside the span is not told with it, and a date after it wins over one before it,
    /// which dates the note that tells it ("Post-op note 11/08/2016: right knee arthroscopy
    /// 10/25/2016"); a date that follows a list's last date with other words between dates
    /// something else ("arthroscopy on 10/25/2016, seen in the office on 11/08/2016").
    static func datesTold(
        with mention: Mention, in span: Range<Int>, _ dates: [DateMention], _ text: CaseText, _ cues: CueBook
    ) -> [SimpleDate] {
        guard !span.isEmpty else { return [] }
        // Each date of the span with its first token, in text order.
        let (first, end) = (text.tokens[span.lowerBound].start, text.tokens[span.upperBound - 1].end)
        let placed = dates.compactMap { date in
            date.offset < first || date.offset >= end
                ? nil : span.first { text.tokens[$0].end > date.offset }.map { (date: date.date, token: $0, offset: date.offset) }
        }
        let (coordinators, leads) = (cues.wordList(.coordinators), cues.wordList(.datedEntryLead))
        func isWord(_ token: Int) -> Bool { text.tokens[token].digits == Token.notDigits }
        var told: [SimpleDate] = []
        var (reach, previous) = (mention.last + 1 + wordsAfter, Int?.none)
        for (date, token, _) in placed where token > mention.last {
            guard token <= reach else { break }
            if let previous,
                ((previous + 1)..<token).contains(where: {
                    isWord($0) && !coordinators.contains(text.tokens[$0]) && !leads.contains(text.tokens[$0])
                })
            {
                break
            }
            told.append(date)
            (reach, previous) = (token + tokensBetweenDates, token)
        }
        if told.isEmpty, let (date, _, _) = placed.last(where: { $0.token < mention.first && mention.first - $0.token <= tokensBefore }) {
            told.append(date)
        }
        if told.isEmpty { told = entryDates(of: mention, placed.filter { $0.token < mention.first }, text, cues) }
        return told
    }

    /// Tokens from the first token after the dates that open a list entry to the treatment the entry
    /// names ("07/26/2016: R C4-5 and C5-6 radiofrequency neurotomy").
    static let entryReach = 10

    /// The dates that open the line or list entry of `mention` (`placed`: the dates before it in its
    /// span, with their first tokens and offsets), a colon or a spaced dash after them, when the
    /// entry is of `mention`: "- 07/26/2016: R C4-5 and C5-6 radiofrequency neurotomy (Dr. X)",
    /// "03/2015 - L5-S1 TFESI, 60% x 3 mo", "02/09/2016 and 02/23/2016: medial branch blocks" (a list
    /// of dates joined by `coordinators`). The treatment stands within ``entryReach`` tokens after
    /// them with no comma, `;`, clause verb or word of another event (`dated_entry_other_events`)
    /// between: "11/01/2016: follow-up, relief since the ESI" dates a visit, and a date after a
    /// label ("Next: 08/2016 RFA") opens no line.
    static func entryDates(
        of mention: Mention, _ placed: [(date: SimpleDate, token: Int, offset: Int)], _ text: CaseText, _ cues: CueBook
    ) -> [SimpleDate] {
        let (bytes, tokens) = (text.bytes, text.tokens)
        guard let opening = placed.firstIndex(where: { opensEntry($0.offset, $0.token, text) }) else { return [] }
        let coordinators = cues.wordList(.coordinators)
        var run = [placed[opening]]
        for next in placed[(opening + 1)...] {
            let words = (run[run.count - 1].token + 1)..<next.token
            guard words.allSatisfy({ tokens[$0].digits != Token.notDigits || coordinators.contains(tokens[$0]) }) else { break }
            run.append(next)
        }
        // The entry opens at the first token after the last date's characters, a colon or a spaced
        // dash between them.
        var dateEnd = run[run.count - 1].offset
        while dateEnd < bytes.count, bytes[dateEnd] >= 48 && bytes[dateEnd] <= 57 || bytes[dateEnd] == 47 || bytes[dateEnd] == 45 {
            dateEnd += 1
        }
        guard let entry = (run[run.count - 1].token..<mention.first + 1).first(where: { tokens[$0].start >= dateEnd }),
            entry <= mention.first, mention.first - entry <= entryReach
        else { return [] }
        let mark = bytes[dateEnd..<tokens[entry].start].filter { $0 != 32 && $0 != 9 }
        guard mark == [58] || mark == [45] || mark == [0xE2, 0x80, 0x93] else { return [] }
        let (others, verbs) = (cues.wordList(.datedEntryOtherEvents), cues.wordList(.clauseVerbs))
        for position in entry..<mention.first {
            if position > entry, tokens[position].commaBefore || tokens[position].semicolonBefore { return [] }
            if others.contains(tokens[position]) || verbs.contains(tokens[position]) { return [] }
        }
        if mention.first > entry, tokens[mention.first].commaBefore || tokens[mention.first].semicolonBefore { return [] }
        return run.map(\.date)
    }

    /// Whether the date at byte `offset` (its first token `token`) opens a list entry: it is the
    /// first of its line after a bullet or an item's number ("-", "*", "•", "1.", "2)") and white
    /// space (``ListItems/opensLine(at:in:)``); or, in a paragraph whose lines were joined (a letter's summary), it follows a spaced
    /// dash or bullet ("... rotation improved. - 07/26/2016: ...", "Injections: - 06/14/2016: ...")
    /// or a sentence's end.
    private static func opensEntry(_ offset: Int, _ token: Int, _ text: CaseText) -> Bool {
        let bytes = text.bytes
        if ListItems.opensLine(at: offset, in: bytes) { return true }
        guard token > 0, text.tokens[token - 1].end < offset else { return false }
        // A spaced dash or bullet right before the date (after a sentence's end, a `;` or a label's
        // `:` at most), or a sentence's end alone: the gap's marks, white space apart.
        let gap = bytes[text.tokens[token - 1].end..<offset]
        guard gap.last == 32 else { return false }
        if gap.filter({ $0 != 32 && $0 != 9 }) == [46] { return true }
        guard let lead = ListItems.marksBeforeSpacedBullet(gap, in: bytes) else { return false }
        return lead.isEmpty || lead.count == 1 && (lead.first == 46 || lead.first == 59 || lead.first == 58)
    }
}
