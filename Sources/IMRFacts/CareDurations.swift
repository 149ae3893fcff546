import IMRVocabulary

/// `conservative_care_duration`: the longest length told of a course of conservative care (ODG Hip
/// & Pelvis, Sacroiliac joint blocks, criterion 1: "failure of at least 4-6 weeks of aggressive
/// conservative therapy"), in days: a count and a `time_units` word told of a
/// `conservative_treatment` phrase in its clause, either after it, a `care_duration_leads` word
/// before the count ("PT x 8 weeks", "physical therapy for six weeks", "12 PT visits over 8
/// weeks", "3 visits over 12 days"), or before it with "of" or as one compound word ("six weeks of
/// physical therapy", "a 3-month home program"); an article counts one ("a month of therapy"). Not
/// read: a time ago ("PT 6 weeks ago"), a review's or a plan's sentence, care negated.
enum CareDurations {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let care = cues.set(.conservativeTreatment).hits(in: text)
        guard !care.isEmpty else { return }
        let (leads, ago, articles) = (cues.wordList(.careDurationLeads), cues.wordList(.durationAgo), cues.wordList(.articles))
        let tokens = text.tokens
        // The days of a count at `count` and the unit right after it, unless "ago" follows.
        func length(count: Int, clause: ClosedRange<Int>) -> Int? {
            guard count >= clause.lowerBound, count + 1 <= clause.upperBound, let days = cues.days(inUnit: tokens[count + 1]) else {
                return nil
            }
            if count + 2 <= clause.upperBound, ago.contains(tokens[count + 2]) { return nil }
            let value = cues.count(tokens[count]) ?? (articles.contains(tokens[count]) ? 1 : nil)
            return value.map { $0 * days }
        }
        var best: (days: Int, sentence: Int)?
        for hit in care where !hit.negated && !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanOnly(hit.sentence) {
            let clause = text.clause(sentence: hit.sentence, token: hit.first)
            var found: [Int] = []
            // After it: a lead word, then the count and its unit ("x 8 weeks", "over 12 days").
            for lead in (hit.last + 1)..<min(clause.upperBound + 1, hit.last + 8) where leads.contains(tokens[lead]) {
                if let days = length(count: lead + 1, clause: clause) { found.append(days) }
            }
            // Before it: the count and its unit, then "of" or nothing, at most one word more.
            for count in max(clause.lowerBound, hit.first - 5)..<hit.first {
                guard let days = length(count: count, clause: clause), hit.first - (count + 2) <= 2 else { continue }
                found.append(days)
            }
            if let days = found.max(), best == nil || days > best!.days { best = (days, hit.sentence) }
        }
        if let best { builder.set(.conservativeCareDuration, .days(best.days), [text.evidence(best.sentence)]) }
    }
}
