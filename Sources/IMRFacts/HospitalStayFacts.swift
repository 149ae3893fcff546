import IMRCore
import IMRVocabulary

/// `hospital_stay_days`: the days of a hospital stay the summary tells (the skilled nursing
/// facility's "hospitalized for at least three days"), the last one told outside the review and
/// the plan. A `hospital_stay_words` phrase ("hospitalized", "inpatient", "admitted", "hospital
/// stay", "2-day stay", "length of stay"), neither negated nor with a `hospital_stay_others` phrase
/// in its clause (a nursing facility's or a rehabilitation unit's stay) nor a `planned` phrase before
/// it in its sentence ("Surgeon's plan: ...; 2-3 day inpatient stay"), tells the days:
/// - by a count of days or nights (`time_units` of one day, `hospital_night_units`) within six words
///   of it in its clause, the count right before its unit ("a 2-day stay", "hospitalized for 3
///   days", "three nights in hospital", "LOS: 4 days"), no `hospital_stay_skips` word right after
///   the unit ("admitted 3 days after the fall");
/// - by the date within six words after it and a later date within six words after a
///   `hospital_discharge_words` phrase of its sentence or the next ("admitted 11/02/2016 ...
///   discharged 11/04/2016": 2 days), at most `hospital_stay_limit`'s days apart, the discharge not told to come (a
///   `hospital_discharge_prospects` word right after it: "discharge anticipated 11/07/2016": a stay
///   still running is not counted);
/// - by a span of dates within six words after it ("inpatient from 3/1 to 3/5/2016": 4 days), its
///   ends joined by a `date_span_ends` word, a year on either end or the reference date's, at most
///   `hospital_stay_limit`'s days long.
/// A stay's days are the nights between its admission and its discharge. An office visit's date,
/// a surgery's date alone and "admitted to the practice" tell none.
enum HospitalStayFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        var latest: (days: Int, sentence: Int)?
        let others = cues.set(.hospitalStayOthers).hits(in: text)
        let planned = cues.set(.planned).hits(in: text).filter { !$0.negated }
        for hit in cues.set(.hospitalStayWords).hits(in: text)
        where !hit.negated && !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanSection(hit.sentence) {
            let clause = text.clause(sentence: hit.sentence, token: hit.first)
            guard !others.contains(where: { $0.sentence == hit.sentence && clause.contains($0.first) }),
                !planned.contains(where: { $0.sentence == hit.sentence && $0.first < hit.first }),
                let days = counted(hit, clause, text, cues) ?? dated(hit, analysis) ?? spanned(hit, analysis)
            else { continue }
            latest = (days, hit.sentence)
        }
        if let latest { builder.set(.hospitalStayDays, .number(Double(latest.days)), [text.evidence(latest.sentence)]) }
    }

    /// The days a count of days or nights near stay phrase `hit` in its `clause` tells (see the type).
    private static func counted(_ hit: CueHit, _ clause: ClosedRange<Int>, _ text: CaseText, _ cues: CueBook) -> Int? {
        let (nights, skips) = (cues.wordList(.hospitalNightUnits), cues.wordList(.hospitalStaySkips))
        let (low, high) = (max(clause.lowerBound + 1, hit.first - 6), min(clause.upperBound, hit.last + 6))
        guard low <= high else { return nil }
        for unit in low...high {
            let token = text.tokens[unit]
            guard cues.days(inUnit: token) == 1 || nights.contains(token), let count = cues.count(text.tokens[unit - 1]),
                count > 0, count < 100, unit + 1 > clause.upperBound || !skips.contains(text.tokens[unit + 1])
            else { continue }
            return count
        }
        return nil
    }

    /// The days between the date after stay phrase `hit` and a later discharge date (see the type).
    private static func dated(_ hit: CueHit, _ analysis: CaseAnalysis) -> Int? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard let admitted = date(after: hit.last, sentence: hit.sentence, analysis) else { return nil }
        let prospects = cues.wordList(.hospitalDischargeProspects)
        for discharge in cues.set(.hospitalDischargeWords).hits(in: text)
        where (discharge.sentence == hit.sentence && discharge.first > hit.last || discharge.sentence == hit.sentence + 1)
            && !discharge.negated
        {
            if discharge.last + 1 < text.sentences[discharge.sentence].tokens.upperBound,
                prospects.contains(text.tokens[discharge.last + 1])
            {
                return nil
            }
            guard let left = date(after: discharge.last, sentence: discharge.sentence, analysis) else { continue }
            let days = admitted.days(to: left)
            return days >= 0 && days <= cues.threshold(.days, in: .hospitalStayLimit) ? days : nil
        }
        return nil
    }

    /// The first date (``CaseAnalysis/dates``) within six words after token `token` of `sentence`.
    private static func date(after token: Int, sentence: Int, _ analysis: CaseAnalysis) -> SimpleDate? {
        let text = analysis.text
        let end = min(text.sentences[sentence].tokens.upperBound, token + 7)
        guard token + 1 < end else { return nil }
        let (from, to) = (text.tokens[token].end, text.tokens[end - 1].end)
        return analysis.dates.first { $0.sentence == sentence && $0.offset >= from && $0.offset < to }?.date
    }

    /// The days of a span of dates within six words after stay phrase `hit` (see the type).
    private static func spanned(_ hit: CueHit, _ analysis: CaseAnalysis) -> Int? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let ends = cues.wordList(.dateSpanEnds)
        let end = min(text.sentences[hit.sentence].tokens.upperBound, hit.last + 7)
        for index in (hit.last + 1)..<max(hit.last + 1, end) where ends.contains(text.tokens[index]) && index > hit.last + 1 {
            guard index + 1 < text.sentences[hit.sentence].tokens.upperBound,
                let first = piece(endingAt: text.tokens[index].start, text),
                let last = piece(startingAt: text.tokens[index + 1].start, text)
            else { continue }
            let year = last.year ?? first.year ?? analysis.referenceDate?.year
            guard let year, let from = SimpleDate(parts: first, year: first.year ?? year),
                let to = SimpleDate(parts: last, year: year)
            else { continue }
            let days = from.days(to: to)
            return days >= 0 && days <= cues.threshold(.days, in: .hospitalStayLimit) ? days : nil
        }
        return nil
    }

    /// A written date `M/D` or `M/D/Y` (its parts) that ends at the spaces before offset `offset`.
    private static func piece(endingAt offset: Int, _ text: CaseText) -> (month: Int, day: Int, year: Int?)? {
        let bytes = text.bytes
        var end = offset
        while end > 0, bytes[end - 1] == 32 { end -= 1 }
        var start = end
        while start > 0, isDigit(bytes[start - 1]) || bytes[start - 1] == 47 { start -= 1 }
        return parts(bytes[start..<end])
    }

    /// A written date `M/D` or `M/D/Y` (its parts) that starts at offset `offset`.
    private static func piece(startingAt offset: Int, _ text: CaseText) -> (month: Int, day: Int, year: Int?)? {
        let bytes = text.bytes
        var end = offset
        while end < bytes.count, isDigit(bytes[end]) || bytes[end] == 47 { end += 1 }
        if end > offset, bytes[end - 1] == 47 { end -= 1 }
        return parts(bytes[offset..<end])
    }

    /// The month, day and year (two digits: 20YY) of `M/D` or `M/D/Y`, or `nil`.
    private static func parts(_ written: ArraySlice<UInt8>) -> (month: Int, day: Int, year: Int?)? {
        let numbers = written.split(separator: 47, omittingEmptySubsequences: false).map { piece in
            piece.isEmpty || piece.count > 4 ? nil : piece.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        guard numbers.count == 2 || numbers.count == 3, let month = numbers[0], let day = numbers[1], (1...12).contains(month),
            (1...31).contains(day)
        else { return nil }
        guard numbers.count == 3 else { return (month, day, nil) }
        guard let year = numbers[2] else { return nil }
        return (month, day, year < 100 ? 2000 + year : year)
    }
}

extension SimpleDate {
    /// The date of `parts` in `year`, or `nil` when the day is past the month's end.
    fileprivate init?(parts: (month: Int, day: Int, year: Int?), year: Int) {
        let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard parts.day <= lengths[parts.month - 1] else { return nil }
        self.init(year: year, month: parts.month, day: parts.day)
    }
}
