import IMRVocabulary

/// `drug_screen_interval`: how long before the request (its date when the summary gives it, else
/// the UR date, else the decision date) the last urine drug screen documented as done was
/// collected, from a date in the sentence naming it. The frequency of testing follows the worker's
/// risk (MTUS Opioid Treatment Guidelines 2016, 3.3.6; ODG Urine drug testing), so a repeat test
/// is judged by the time since the last one when the new one is asked for.
///
/// The wording is data: the `drug_screen` set (`medications.cues`) names the screen and the
/// selection sets (`selection.cues`) tell a screen done from one only planned or pending.
enum DrugScreenIntervalFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        guard let reference = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate else { return }
        var latest: (days: Int, sentence: Int)?
        for hit in analysis.index.cues.set(.drugScreen).hits(in: analysis.text) where !analysis.isReviewSentence(hit.sentence) {
            guard SelectionFacts.timing(of: hit, analysis) == .done else { continue }
            for date in analysis.dates where date.sentence == hit.sentence {
                let days = date.date.days(to: reference)
                if days >= 0, days < latest?.days ?? Int.max { latest = (days, hit.sentence) }
            }
        }
        if let latest { builder.set(.drugScreenInterval, .days(latest.days), [analysis.text.evidence(latest.sentence)]) }
    }
}
