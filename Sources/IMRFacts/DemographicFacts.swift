import IMRCore
import IMRVocabulary

/// Age, sex and the time since the injury.
enum DemographicFacts {
    /// Days under which an injury counts as recent (acute or subacute): 3 months.
    static let acuteInjuryDays = 90

    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        // A count before an `age_words` sequence: "a 65 year old male", "65-year-old female",
        // "a sixty-five-year-old man", "39 y/o M", "52 years of age".
        let ageWords = analysis.index.cues.idSequences(.ageWords)
        let starts = Set(ageWords.map { $0[0] })
        for (position, token) in text.tokens.enumerated() where position >= 1 && starts.contains(token.id) {
            guard ageWords.contains(where: { text.tokens.spells($0, at: position) }),
                let age = analysis.index.cues.count(endingAt: position - 1, in: text.tokens, from: 0)?.value, (14...100).contains(age)
            else { continue }
            let sentence = sentenceIndex(text, offset: token.start)
            builder.set(.age, .number(Double(age)), [text.evidence(sentence)])
            break
        }
        for token in text.tokens.prefix(400) {
            if let sex = analysis.index.cues.label(of: token, in: .sex) {
                builder.set(.sex, .term(sex), [text.evidence(sentenceIndex(text, offset: token.start))])
                break
            }
        }
        if let injury = analysis.input.header.dateOfInjury ?? injuryDateInSummary(analysis), let decision = analysis.referenceDate {
            let days = injury.days(to: decision)
            if days >= 0 {
                builder.set(.timeSinceInjury, .days(days))
                builder.bool(.acuteInjury, days < acuteInjuryDays, [])
            }
        }
    }

    /// A date in the sentence that names the injury date ("date of injury", "injured on", "industrial
    /// injury": the `injury_date` words).
    private static func injuryDateInSummary(_ analysis: CaseAnalysis) -> SimpleDate? {
        let cues = analysis.index.cues.wordList(.injuryDate)
        for mention in analysis.dates {
            if analysis.text.tokens(of: mention.sentence).contains(where: cues.contains) { return mention.date }
        }
        return nil
    }
}
