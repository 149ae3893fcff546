import IMRCore
import IMRVocabulary

/// `drug_screen_interval`: how long before the request (its date when the summary gives it, else
/// the UR date, else the decision date) the last urine drug screen documented as done was
/// collected, from a date in the sentence naming it. The frequency of testing follows the worker's
/// risk (MTUS Opioid Treatment Guidelines 2016, 3.3.6; ODG Urine drug testing), so a repeat test
/// is judged by the time since the last one when the new one is asked for.
///
/// A screen may head a log of tests instead (``loggedDates(under:_:)``: "UDT history:" over
/// "03/02/2021 | hydrocodone | consistent" lines): each line's date is a test's.
///
/// The wording is data: the `drug_screen` set (`medications.cues`) names the screen and the
/// selection sets (`selection.cues`) tell a screen done from one only planned or pending.
enum DrugScreenIntervalFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        guard let reference = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate else { return }
        var latest: (days: Int, sentence: Int)?
        for hit in analysis.index.cues.set(.drugScreen).hits(in: analysis.text) where !analysis.isReviewSentence(hit.sentence) {
            if let logged = loggedDates(under: hit, analysis) {
                for date in logged {
                    let days = date.date.days(to: reference)
                    if days >= 0, days < latest?.days ?? Int.max { latest = (days, date.sentence) }
                }
                continue
            }
            guard SelectionFacts.timing(of: hit, analysis) == .done || isDatedDone(hit, analysis, before: reference) else { continue }
            for date in analysis.dates where date.sentence == hit.sentence {
                let days = date.date.days(to: reference)
                if days >= 0, days < latest?.days ?? Int.max { latest = (days, hit.sentence) }
            }
        }
        if let latest { builder.set(.drugScreenInterval, .days(latest.days), [analysis.text.evidence(latest.sentence)]) }
    }

    /// The dates of the log that screen `hit` heads: when the hit's line is a heading (it ends in
    /// a `:`, or holds six words at most over a line of column names) with no date of its own,
    /// the lines right after it that each open with a date ("03/02/2021 | hydrocodone |
    /// consistent", "01/12/2021  consistent"), one line of column names ("Date | Result") allowed
    /// first, up to a blank line or one that opens with no date. A line with a `selection_not_yet` or `selection_planned` word
    /// ("06/01/2023 | ordered, pending") is no test done. `nil` when the hit heads no log.
    static func loggedDates(under hit: CueHit, _ analysis: CaseAnalysis) -> [DateMention]? {
        guard !hit.negated else { return nil }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let bytes = text.bytes
        var start = text.tokens[hit.first].start
        while start > 0, bytes[start - 1] != 10 { start -= 1 }
        var end = text.tokens[hit.last].end
        while end < bytes.count, bytes[end] != 10 { end += 1 }
        guard end < bytes.count else { return nil }
        let line = start..<end
        let words = text.tokens.partitioningIndex { $0.start >= end } - text.tokens.partitioningIndex { $0.start >= start }
        var close = end
        while close > start, isSpace(bytes[close - 1]) { close -= 1 }
        let colon = close > start && bytes[close - 1] == 58
        guard colon || words <= 6, !analysis.dates.contains(where: { line.contains($0.offset) }) else {
            return nil
        }
        let notDone = [CueName.selectionNotYet, .selectionPlanned].flatMap { cues.set($0).hits(in: text) }.filter { !$0.negated }
        var found: [DateMention] = []
        var dated: [DateMention] = []
        var lineStart = end + 1
        var header = true
        var columns = false
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            var first = lineStart
            while first < lineEnd, isSpace(bytes[first]) || bytes[first] == 124 || bytes[first] == 45 || bytes[first] == 42 { first += 1 }
            guard first < lineEnd else { break }
            guard let date = analysis.dates.first(where: { $0.offset == first }) else {
                guard header else { break }
                (header, columns) = (false, true)
                lineStart = lineEnd + 1
                continue
            }
            header = false
            dated.append(date)
            let tokens = text.tokens.partitioningIndex { $0.start >= lineStart }..<text.tokens.partitioningIndex { $0.start >= lineEnd }
            if !notDone.contains(where: { tokens.contains($0.first) }) { found.append(date) }
            lineStart = lineEnd + 1
        }
        return (colon || columns) && !dated.isEmpty ? found : nil
    }

    /// Whether screen `hit` is told done by its own date: a date before `reference` in its clause
    /// (between semicolons), and neither a `selection_not_yet` nor a `selection_planned` word
    /// there but one that qualifies a drug (within two words before a drug, a class, a
    /// `dose_words`, `medication_words` or `regimen_words` word: "the prescribed hydrocodone",
    /// "prescribed medications", "the prescribed regimen"). "The last urine drug test was on
    /// 03/22/2016, eight months ago, and was consistent with the prescribed hydrocodone" is a test
    /// done; "UDS ordered 12/01/2016" and "a UDS was ordered on 03/22/2016, and the result is
    /// pending" are not.
    static func isDatedDone(_ hit: CueHit, _ analysis: CaseAnalysis, before reference: SimpleDate?) -> Bool {
        guard !hit.negated, let reference else { return false }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let sentence = text.sentences[hit.sentence].tokens
        var clause = hit.first..<(hit.last + 1)
        while clause.lowerBound > sentence.lowerBound, !text.tokens[clause.lowerBound].semicolonBefore {
            clause = (clause.lowerBound - 1)..<clause.upperBound
        }
        while clause.upperBound < sentence.upperBound, !text.tokens[clause.upperBound].semicolonBefore {
            clause = clause.lowerBound..<(clause.upperBound + 1)
        }
        let bytes = text.tokens[clause.lowerBound].start..<text.tokens[clause.upperBound - 1].end
        guard analysis.dates.contains(where: { $0.sentence == hit.sentence && bytes.contains($0.offset) && $0.date < reference }) else {
            return false
        }
        let words = [cues.wordList(.doseWords), cues.wordList(.medicationWords), cues.wordList(.regimenWords)]
        let drugs = analysis.mentions(inSentence: hit.sentence).filter { $0.term.kind == .drug || $0.term.kind == .drugClass }
        func qualifiesDrug(_ word: CueHit) -> Bool {
            let upper = min(word.last + 3, clause.upperBound)
            guard word.last + 1 < upper else { return false }
            return (word.last + 1..<upper).contains { position in
                words.contains { $0.contains(text.tokens[position]) } || drugs.contains { $0.first == position }
            }
        }
        return ![CueName.selectionNotYet, .selectionPlanned].contains { name in
            cues.set(name).hits(in: text, sentence: hit.sentence).contains {
                !$0.negated && clause.contains($0.first) && !qualifiesDrug($0)
            }
        }
    }
}
