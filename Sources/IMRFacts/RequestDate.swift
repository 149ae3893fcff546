import IMRCore
import IMRVocabulary

extension CaseAnalysis {
    /// The date the disputed treatment was requested, when the summary gives it: the latest date,
    /// not after the review's (the header's UR denial date, else the IMR decision date) nor before
    /// `injury`, written in a sentence that tells the request for authorization (a `request_date`
    /// phrase: "The Request for Authorization dated 11/15/2016", "A request was submitted on
    /// 11-16-16") before any phrase of the review's decision on it (`review_decision`): in "An RFA
    /// of 11/17/16 requested an MRI, which UR non-certified on 11/28/16" the request's date is
    /// 11/17/16, and a date after "UR denied" or "The UR dated 12-6-16 non-certified the request"
    /// is the decision's. The guideline's thresholds of time (ACOEM's 3-4 weeks of symptoms, the
    /// months of chronic pain) hold at the request, not at its review.
    func requestDate(after injury: SimpleDate?) -> SimpleDate? {
        requestDates.filter { date in injury.map { date >= $0 } ?? true }.max()
    }

    /// The dates ``requestDate(after:)`` chooses among, before the injury's bound: read once per
    /// summary.
    private var requestDates: [SimpleDate] { cache.requestDates { readRequestDates() } }

    /// The dates of request sentences before their decision's phrase, not a use's start, not after
    /// the review's date.
    private func readRequestDates() -> [SimpleDate] {
        let cues = index.cues
        let requests = Set(cues.set(.requestDate).hits(in: text).map(\.sentence))
        guard !requests.isEmpty else { return [] }
        let decisions = Dictionary(grouping: cues.set(.reviewDecision).hits(in: text), by: \.sentence)
        let review = input.header.urDenialDate ?? input.header.decisionDate
        let since = cues.wordList(.sinceLead)
        // A date a `since_lead` word leads, within three words before it, is a use's start ("the
        // request for Baclofen (since at least July 2015)"), not the request's date.
        func isStart(_ mention: DateMention) -> Bool {
            let range = text.sentences[mention.sentence].tokens
            guard let token = range.first(where: { text.tokens[$0].start >= mention.offset }) else { return false }
            return (max(range.lowerBound, token - 3)..<token).contains { since.contains(text.tokens[$0]) }
        }
        return dates.filter { mention in
            requests.contains(mention.sentence)
                && !(decisions[mention.sentence] ?? []).contains { text.tokens[$0.first].start < mention.offset }
                && !isStart(mention)
        }.map(\.date).filter { date in review.map { date <= $0 } ?? true }
    }
}
