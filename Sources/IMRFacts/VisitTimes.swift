import IMRCore

/// The time each sentence of a summary tells of: the visit, day or study its findings belong to,
/// read once per summary (``CaseAnalysis/visitTimes``). A note tells an earlier visit's findings
/// beside the latest examination's ("Urgent care noted a small effusion that evening." then "When I
/// examined him on 10/21/2016 there was no effusion"); a finding belongs to its own time.
///
/// A sentence's time is, in this order:
/// - the note's own time when it holds a `visit_now` phrase ("today", "this visit", "on
///   re-examination"): its own date when it writes one, else the latest date of the summary not
///   after the date the request is judged at;
/// - its first date not after that date nor right after a `visit_date_skips` word (at most two
///   words before it: "since 03/2016", "injured 03/14/2016", "DOI 03/14/2016", "scheduled for
///   12/06/2016": the start of a course or of the injury, or a time still to come, is no visit);
/// - the month and day that open it as an entry's label, a colon after them, in the year of the
///   dated sentence before it (the next year when that would fall before it: "Clinic note 08/09/2016
///   and recheck 08/23/2016: ... 08/23: gait now normal"), not after the date the request is judged at;
/// - a time before every dated one when it holds a `visit_earlier` phrase ("initially", "at the
///   first visit", "in the emergency department", "on the day of injury");
/// - else the time of the sentence before it (a note goes on with the visit it dated), none
///   before the summary tells one.
struct VisitTimes: Sendable {
    /// Per sentence, its time as a rank (a later time has a greater rank); `nil` when none is told.
    let ranks: [Int?]

    /// The rank of a time before every dated one.
    private static let earlier = Int.min / 2

    init(_ analysis: CaseAnalysis) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let count = text.sentences.count
        let reference = analysis.referenceDate
        func inTime(_ date: SimpleDate) -> Bool { reference.map { date <= $0 } ?? true }
        let skips = cues.wordList(.visitDateSkips)
        // The dates that may time a visit, by sentence (in text order).
        var dated = [SimpleDate?](repeating: nil, count: count)
        var latest: SimpleDate?
        for mention in analysis.dates where inTime(mention.date) && dated[mention.sentence] == nil {
            let sentence = text.sentences[mention.sentence].tokens
            let token = text.tokens[sentence].firstIndex { $0.end > mention.offset } ?? sentence.upperBound
            let before = max(sentence.lowerBound, token - 2)..<token
            guard !before.contains(where: { skips.contains(text.tokens[$0]) }) else { continue }
            dated[mention.sentence] = mention.date
            latest = max(latest ?? mention.date, mention.date)
        }
        // An entry dated by its month and day only, in the year of the dated sentence before it.
        var previousDate: SimpleDate?
        for sentence in 0..<count {
            if let date = dated[sentence] {
                previousDate = date
            } else if let before = previousDate, let date = Self.entryMonthAndDay(opening: text.sentences[sentence], text, after: before),
                inTime(date)
            {
                dated[sentence] = date
                latest = max(latest ?? date, date)
                previousDate = date
            }
        }
        var now = [Bool](repeating: false, count: count)
        for hit in cues.set(.visitNow).hits(in: text) where !hit.negated { now[hit.sentence] = true }
        var earlier = [Bool](repeating: false, count: count)
        for hit in cues.set(.visitEarlier).hits(in: text) where !hit.negated { earlier[hit.sentence] = true }
        let nowRank = latest.map(\.dayNumber) ?? Int.max / 2
        var ranks = [Int?](repeating: nil, count: count)
        var previous: Int?
        for sentence in 0..<count {
            let rank: Int? =
                if now[sentence] {
                    dated[sentence].map(\.dayNumber) ?? nowRank
                } else if let date = dated[sentence] {
                    date.dayNumber
                } else if earlier[sentence] {
                    Self.earlier
                } else {
                    previous
                }
            ranks[sentence] = rank
            previous = rank
        }
        self.ranks = ranks
    }

    /// The date of a month and day (one or two digits each, a `/` between) that open `sentence`
    /// with a `:` right after them ("08/23: gait now normal"), in the year of `before`, or the
    /// next year when that would fall before it; `nil` when the sentence opens otherwise.
    private static func entryMonthAndDay(opening sentence: Sentence, _ text: CaseText, after before: SimpleDate) -> SimpleDate? {
        let bytes = text.bytes
        var index = sentence.start
        while index < sentence.end, bytes[index] == 32 { index += 1 }
        func number() -> Int? {
            var value = 0
            let start = index
            while index < sentence.end, index - start < 3, (48...57).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
            }
            return (1...2).contains(index - start) ? value : nil
        }
        guard let month = number(), index < sentence.end, bytes[index] == 47 else { return nil }
        index += 1
        guard let day = number(), index < sentence.end, bytes[index] == 58, (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let date = SimpleDate(year: before.year, month: month, day: day)
        return date < before ? SimpleDate(year: before.year + 1, month: month, day: day) : date
    }

    /// Whether sentence `later` tells of a later time than sentence `sentence` (both told).
    func isLater(_ later: Int, than sentence: Int) -> Bool {
        guard let a = ranks[later], let b = ranks[sentence] else { return false }
        return a > b
    }
}
