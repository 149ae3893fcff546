import IMRVocabulary

/// The therapy a day the worker has taken part in or is stated able to tolerate, in minutes
/// (`daily_therapy_tolerance`), for an intensive inpatient rehabilitation program (about 3 hours of
/// therapy a day, at least 5 days a week).
///
/// Read where the worker's part is told (a `therapy_tolerance_leads` phrase: "completed",
/// "managed", "tolerates", "is unable to tolerate") in a sentence about therapy (a `bare_therapy`
/// or `session_units` word), outside the review and
/// the plan: the first time after the lead (a count and a `therapy_time_units` word: "20 minutes",
/// "90-minute", "3 hours"), up to the sentence's end or a `;`,
/// times the sessions: a count right before it ("two 90-minute sessions a day": 180) or a
/// `dose_frequency` phrase after it ("about 20 minutes at a time, twice a day": 40). The program's
/// own hours ("the facility's program is 3 hours of therapy a day") have no lead and are not read.
/// The last sentence that tells one gives the value.
enum TherapyTolerance {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let leads = cues.set(.therapyToleranceLeads).hits(in: text)
        guard !leads.isEmpty else { return }
        let sessions = cues.wordList(.sessionUnits)
        func aboutTherapy(_ sentence: Int) -> Bool {
            !cues.set(.bareTherapy).hits(in: text, sentence: sentence).isEmpty
                || text.sentences[sentence].tokens.contains { sessions.contains(text.tokens[$0]) }
        }
        var found: (minutes: Int, sentence: Int)?
        for lead in leads where !analysis.isReviewSentence(lead.sentence) && !analysis.isPlanSection(lead.sentence) {
            let sentence = lead.sentence
            guard aboutTherapy(sentence) else { continue }
            var end = lead.last + 1
            let upper = text.sentences[sentence].tokens.upperBound
            while end < upper, !text.tokens[end].semicolonBefore { end += 1 }
            guard let minutes = minutes(after: lead.last, before: end, analysis) else { continue }
            found = (minutes, sentence)
        }
        if let found { builder.set(.dailyTherapyTolerance, .number(Double(found.minutes)), [text.evidence(found.sentence)]) }
    }

    /// The minutes a day told in tokens `(lead + 1)..<end`: the first time and its sessions.
    private static func minutes(after lead: Int, before end: Int, _ analysis: CaseAnalysis) -> Int? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        func size(_ word: String) -> Int? { cues.label(of: word, in: .therapyTimeUnits).flatMap(Int.init) }
        for token in (lead + 1)..<end {
            guard let count = cues.count(text.tokens[token]), token + 1 < end, let unit = size(text.word(of: text.tokens[token + 1]))
            else { continue }
            let length = count * unit
            // Sessions: a count right before the time, else a frequency a day after it.
            if token > lead + 1, let sessions = cues.count(text.tokens[token - 1]) { return length * sessions }
            let words = ((token + 1)..<end).map { text.word(of: text.tokens[$0]) }
            for (phrase, label) in cues.sequences(.doseFrequency) {
                if words.indices.contains(where: { words.hasSequence(phrase, at: $0) }), let perDay = Int(label) {
                    return length * perDay
                }
            }
            return length
        }
        return nil
    }
}
