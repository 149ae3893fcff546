import IMRCore
import IMRVocabulary

/// Visits of a post-operative therapy course already done (`prior_sessions` for a request that goes
/// with a surgery), told in a sentence of the course that need not name the therapy. MTUS
/// Postsurgical Treatment Guidelines (8 CCR 9792.24.3(c)): the visits done count against the
/// initial course and the general course of the surgery.
///
/// A sentence is of the course when it names the requested therapy (or its bare word), when its
/// words tie it to a done surgery (a `postoperative_link` phrase, or a `surgery_time_leads` phrase
/// ending at most three words before a surgery or a `surgery_anaphors` word: "18 sessions since the
/// repair", "since his cervical fusion"), or when the summary is the therapy's own record (its first sentence names the
/// therapy and a `record_label_words` word: "Physical therapy discharge summary ...").
///
/// In such a sentence, outside a part that names a therapy of another kind, another region or side,
/// a time before the surgery (a `preoperative_lead` at most six words before a surgery, a `preoperative_care`
/// phrase) or a date before it, a count of visits is read:
/// - a count and a `session_units` word (``TreatmentHistoryFacts/count(before:_:_:_:)``: "attended
///   twelve outpatient visits", "8 of 8 authorized visits"), or a count before a
///   `session_count_marker` word that no frequency's period follows ("14 times");
/// - a unit and a count after it past `visit_label_words` and a colon ("Visits: 12 of 12", "Total
///   visits attended: 16", "visit 10 of 12");
/// - of a share ("N of M", "N/M") the first count, the visits used of those granted;
/// - a frequency and the span it ran ("twice a week from 10/10/2016 through 11/21/2016", "twice
///   weekly for the past 7 weeks"), the frequency times the span's weeks.
///
/// A count is done unless a `not_yet` phrase stands in its clause, or a `treatment_planned`, `plan`
/// or `planned` word stands in its part with no `session_past` word there and the count is neither
/// the first of a share nor a visit's number; and its sentence tells it done (a `session_past`,
/// `session_time`, `past` or `treatment_history` word, a tie to the surgery, a share, a label, the
/// therapy's record, or a span that ended). A note's plan section is not read, nor a count the
/// review restates unless it is a share or a label's. With no surgery done there is no course, and
/// a sentence that only names the therapy is of the course when it comes after the surgery's.
enum PostoperativeVisits {
    /// The first count of visits done that the course's sentences tell, and its sentence.
    static func count(
        _ history: TreatmentHistoryFacts.History, family: TermSet, named: [Mention], otherKinds: [Mention],
        surgeries: [SurgeryEvent], isOfAnotherRegion: @escaping (Int, Int) -> Bool
    ) -> (visits: Int, sentence: Int)? {
        let (analysis, text, cues, index) = (history.analysis, history.text, history.index.cues, history.index)
        // No surgery done, no post-operative course.
        guard !text.sentences.isEmpty, let firstSurgery = surgeries.map(\.mention.sentence).min() else { return nil }
        let ownNamed = named.filter { !family.isDisjoint(with: index.ancestors(of: $0.term.id, in: .procedure)) }
        let surgeryDate = surgeries.compactMap(\.date).max()
        let surgeryMentions = surgeries.map(\.mention)
        // The therapy's own record: its first sentence names the therapy and a record word.
        let recordWords = cues.wordList(.recordLabelWords)
        let isRecord = ownNamed.contains { mention in
            mention.sentence == 0 && text.tokens(of: 0).contains { recordWords.contains($0) }
        }
        let links = cues.set(.postoperativeLink)
        let (leads, anaphors) = (cues.set(.surgeryTimeLeads), cues.wordList(.surgeryAnaphors))
        func isTied(_ sentence: Int) -> Bool {
            let range = text.sentences[sentence].tokens
            return links.hits(in: text, sentence: sentence).contains { !$0.negated }
                || leads.hits(in: text, sentence: sentence).contains { lead in
                    !lead.negated
                        && (surgeryMentions.contains { $0.sentence == sentence && $0.first > lead.last && $0.first - lead.last <= 3 }
                            || ((lead.last + 1)...(lead.last + 3)).contains { range.contains($0) && anaphors.contains(text.tokens[$0]) })
                }
        }
        for sentence in text.sentences.indices {
            // A plan's words are read in the count's part (``Context/isDone(_:granted:)``): "8 of 8
            // authorized visits attended" is done.
            guard !analysis.isPlanSection(sentence) else { continue }
            // The therapy named after the surgery is told (therapy named before it may be care before it).
            let names = sentence >= firstSurgery && ownNamed.contains { $0.sentence == sentence }
            let tied = isTied(sentence)
            guard names || tied || isRecord else { continue }
            let others = otherKinds.filter { $0.sentence == sentence }
            let context = Context(
                history: history, sentence: sentence, others: others, surgeryDate: surgeryDate, surgeries: surgeryMentions,
                isOfAnotherRegion: isOfAnotherRegion)
            let told = tied || isRecord || history.isPast(sentence) || analysis.occurs(.treatmentHistory, in: sentence)
            if let visits = context.unitCount(told: told) { return (visits, sentence) }
            if names, let visits = context.frequencyTimesSpan() { return (visits, sentence) }
        }
        return nil
    }

    /// One sentence of the course and what bounds its counts.
    private struct Context {
        let history: TreatmentHistoryFacts.History
        let sentence: Int
        let others: [Mention]
        let surgeryDate: SimpleDate?
        let surgeries: [Mention]
        let isOfAnotherRegion: (Int, Int) -> Bool

        var text: CaseText { history.text }
        var cues: CueBook { history.index.cues }

        /// Whether the count at `token` stands where the course's visits may be told: not in a
        /// part naming a therapy of another kind, another region or side, or a time before the
        /// surgery.
        func isCourse(_ token: Int, told: Bool = false) -> Bool {
            let part = ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
            // A share or a label's count is no review restated ("12 of 12 authorized visits completed").
            guard told || !history.analysis.restatesReview(sentence, token: token), !others.contains(where: { part.contains($0.first) }),
                !isOfAnotherRegion(sentence, token),
                history.isOnRequestedSide(sentence: sentence, first: token, last: token)
            else { return false }
            let clause = text.clause(sentence: sentence, token: token)
            let before =
                cues.set(.preoperativeLead).hits(in: text, sentence: sentence).contains { lead in
                    clause.contains(lead.first)
                        && surgeries.contains { $0.sentence == sentence && $0.first > lead.last && $0.first - lead.last <= 6 }
                }
                || cues.set(.preoperativeCare).hits(in: text, sentence: sentence).contains { clause.contains($0.first) }
            if before { return false }
            if let surgeryDate {
                // A share written with a slash ("6/6 visits") is no date.
                let spans = history.datedSpans(in: part).filter { !($0.first...$0.last).contains(token) }
                if !spans.isEmpty, spans.allSatisfy({ $0.date < surgeryDate }) { return false }
            }
            return true
        }

        /// Whether the count at `token` was done: no `not_yet` phrase in its clause, and no planned
        /// word in its part unless a `session_past` word stands there too or the count is the
        /// first of a share or a visit's number (`granted`).
        func isDone(_ token: Int, granted: Bool) -> Bool {
            let clause = text.clause(sentence: sentence, token: token)
            if cues.set(.notYet).hits(in: text, sentence: sentence).contains(where: { clause.contains($0.first) }) { return false }
            if granted { return true }
            let part = ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
            let planned = [CueName.treatmentPlanned, .plan, .planned].contains { name in
                cues.set(name).hits(in: text, sentence: sentence).contains { !$0.negated && part.contains($0.first) }
            }
            guard planned else { return true }
            let done = cues.wordList(.sessionPast)
            return part.contains { done.contains(text.tokens[$0]) }
        }

        /// The first count of visits told with a unit in the sentence.
        func unitCount(told: Bool) -> Int? {
            let tokens = text.tokens(of: sentence)
            let (units, markers) = (cues.wordList(.sessionUnits), cues.wordList(.sessionCountMarker))
            let (labels, past, time) = (cues.wordList(.visitLabelWords), cues.wordList(.sessionPast), cues.wordList(.sessionTime))
            let tells = told || tokens.contains { past.contains($0) || time.contains($0) }
            for unit in tokens.indices {
                if units.contains(tokens[unit]) {
                    // A label: the unit, label words, then the count ("Visits: 12 of 12", "visit 10 of 12").
                    var next = unit + 1
                    while next < tokens.endIndex, labels.contains(tokens[next]) { next += 1 }
                    if next < tokens.endIndex, let value = cues.count(tokens[next]), value > 0, value < 200, !isDate(next),
                        isCourse(next, told: true), isDone(next, granted: true)
                    {
                        return value
                    }
                    guard let (value, token) = TreatmentHistoryFacts.count(before: unit, text, tokens, cues) else { continue }
                    // Of a share ("6/6 visits", "8 of 8 authorized visits") the first count was used.
                    let first = shareFirst(of: token)
                    let share = first != nil || (token + 1 < unit && cues.wordList(.sessionShare).contains(tokens[token + 1]))
                    if tells || share, isCourse(token, told: share), isDone(token, granted: share) { return first ?? value }
                } else if markers.contains(tokens[unit]), tells, unit > tokens.startIndex, let value = cues.count(tokens[unit - 1]),
                    value > 0, value < 200, !isFrequency(after: unit), isCourse(unit - 1), isDone(unit - 1, granted: false)
                {
                    // "been to therapy 14 times": a count before the marker that no period follows.
                    return value
                }
            }
            return nil
        }

        /// The first count of "N/M" when `token` is M (the visits used of those granted).
        func shareFirst(of token: Int) -> Int? {
            let tokens = text.tokens
            guard token > text.sentences[sentence].tokens.lowerBound, tokens[token].digits >= 0, tokens[token - 1].digits >= 0,
                tokens[token].start - tokens[token - 1].end == 1, text.bytes[tokens[token - 1].end] == 47
            else { return nil }
            let first = Int(tokens[token - 1].digits)
            return first > 0 && first <= Int(tokens[token].digits) ? first : nil
        }

        /// Whether the count at `token` is part of a date ("11/16/2016").
        func isDate(_ token: Int) -> Bool {
            history.datedSpans(in: token..<(token + 1)).isEmpty == false
                || (token > 0 && text.tokens[token].start - text.tokens[token - 1].end == 1
                    && [47, 45].contains(text.bytes[text.tokens[token - 1].end]) && text.tokens[token - 1].digits >= 0)
        }

        /// Whether a frequency's period follows the marker at `unit` ("2 times a week").
        func isFrequency(after unit: Int) -> Bool {
            let range = text.sentences[sentence].tokens
            let filler = cues.wordList(.requestFrequencyFiller)
            var next = unit + 1
            while next < range.upperBound, filler.contains(text.tokens[next]) { next += 1 }
            return next < range.upperBound && cues.label(of: text.tokens[next], in: .requestFrequencyPeriod) != nil
        }

        /// A frequency ("twice a week", "2x/week", "3 times weekly") and the span it ran (a count
        /// of a unit of time after it: "for the past 7 weeks"; or the two dates of its clause:
        /// "from 10/10/2016 through 11/21/2016"), the frequency times the span's weeks (rounded);
        /// only a span that ended by the reference date.
        func frequencyTimesSpan() -> Int? {
            let range = text.sentences[sentence].tokens
            let tokens = text.tokens
            let filler = cues.wordList(.requestFrequencyFiller)
            for period in range {
                guard let days = cues.label(of: tokens[period], in: .requestFrequencyPeriod).flatMap({ Int($0) }), days > 0 else {
                    continue
                }
                var back = period - 1
                while back > range.lowerBound, filler.contains(tokens[back]) { back -= 1 }
                guard back >= range.lowerBound, let perPeriod = cues.count(tokens[back]) ?? multiplied(tokens[back]), perPeriod > 0,
                    perPeriod <= 7, isCourse(back), isDone(back, granted: false)
                else { continue }
                let clause = text.clause(sentence: sentence, token: period)
                var spanDays: Int?
                var next = period + 1
                while next + 1 <= clause.upperBound, next + 1 < range.upperBound, next - period <= 5 {
                    if let count = cues.count(tokens[next]), !isDate(next), let unit = cues.days(inUnit: tokens[next + 1]) {
                        spanDays = count * unit
                        break
                    }
                    next += 1
                }
                if spanDays == nil {
                    let dates = history.datedSpans(in: clause.lowerBound..<(clause.upperBound + 1)).filter { $0.first > period }.map(\.date)
                    if dates.count >= 2, let first = dates.min(), let last = dates.max(), first < last,
                        history.analysis.referenceDate.map({ last <= $0 }) ?? true
                    {
                        spanDays = first.days(to: last)
                    }
                }
                guard let spanDays, spanDays >= 7 else { continue }
                let weeks = (spanDays * 7 / days + 3) / 7
                return perPeriod * weeks
            }
            return nil
        }

        /// The count a word writes before a `request_multipliers` word ("2x" of "2x/week").
        func multiplied(_ token: Token) -> Int? {
            let word = text.word(of: token)
            for marker in cues.words(.requestMultipliers) where word.count > marker.count && word.hasSuffix(marker) {
                if let value = Int(word.dropLast(marker.count)) { return value }
            }
            return nil
        }
    }
}
