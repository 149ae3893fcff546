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

    /// Whether sentence `later` tells of a later time than sentence `sentence` (both told).
    func isLater(_ later: Int, than sentence: Int) -> Bool {
        guard let a = ranks[later], let b = ranks[sentence] else { return false }
        return a > b
    }
}
