import IMRCore
import IMRVocabulary

/// `recent_myocardial_infarction` told by a date: an infarction named (`infarction_names`) with a
/// full or month-and-year date at most four words after it in its part of the sentence (no comma or
/// `;` between: "a non-ST-elevation myocardial infarction in 02/2016", "MI 10/21/2016"), dated within
/// `infarction_recovery_limit`'s `days` before the request ("the acute recovery phase following
/// myocardial infarction", the tricyclics' labels, which give no number; the fact's own phrases read
/// an infarction told days or weeks back, not months). A month and year counts from the month's first
/// day. Not an infarction dated years back, one undated or dated by its year only ("MI in 2009"), one
/// dated after the request; another person's is left out by the fact (`skips others`).
enum InfarctionDates {
    /// The `infarction_names` hits dated within the recovery phase, as `yes` hits.
    static func hits(_ analysis: CaseAnalysis) -> [CueHit] {
        guard let now = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate else { return [] }
        let text = analysis.text
        let names = analysis.index.cues.set(.infarctionNames).hits(in: text)
        guard !names.isEmpty else { return [] }
        let limit = analysis.index.cues.threshold(.days, in: .infarctionRecoveryLimit)
        return names.filter { hit in
            let end = min(hit.last + 5, text.sentences[hit.sentence].tokens.upperBound)
            // The first word that opens its part of the sentence after the name ends the reach.
            let reach = ((hit.last + 1)..<end).prefix { !text.tokens[$0].commaBefore && !text.tokens[$0].semicolonBefore }
            guard let last = reach.last else { return false }
            let bytes = text.tokens[hit.last].end..<text.tokens[last].end
            return analysis.dates.contains { date in
                guard date.sentence == hit.sentence, bytes.contains(date.offset) else { return false }
                let days = date.date.days(to: now)
                return days >= 0 && days <= limit
            }
        }.map { CueHit(label: CueLabelID(.yes), sentence: $0.sentence, first: $0.first, last: $0.last, negated: $0.negated) }
    }
}
