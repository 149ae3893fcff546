import IMRCore
import IMRVocabulary

/// Age, sex and the time since the injury.
enum DemographicFacts {
    /// Days under which an injury counts as recent (acute or subacute): 3 months.
    static let acuteInjuryDays = 90

    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        let cues = analysis.index.cues
        var sexAfterAge: (sex: String, token: Token)?
        if let (age, position) = age(in: text, cues) {
            builder.set(.age, .number(Double(age)), [text.evidence(sentenceIndex(text, offset: text.tokens[position].start))])
            // "a 46 y/o M": a capital letter right after the age.
            if position + 1 < text.tokens.count, let sex = cues.label(of: text.tokens[position + 1], in: .sexAfterAge),
                (65...90).contains(text.bytes[text.tokens[position + 1].start])
            {
                sexAfterAge = (sex, text.tokens[position + 1])
            }
        }
        let firstSexWord = text.tokens.prefix(400).lazy.compactMap { token in cues.label(of: token, in: .sex).map { ($0, token) } }.first
        if let (sex, token) = [sexAfterAge, firstSexWord].compactMap({ $0 }).min(by: { $0.1.start < $1.1.start }) {
            builder.set(.sex, .term(sex), [text.evidence(sentenceIndex(text, offset: token.start))])
        }
        if let injury = analysis.input.header.dateOfInjury ?? injuryDateInSummary(analysis), let decision = analysis.referenceDate {
            let days = injury.days(to: decision)
            if days >= 0 {
                builder.set(.timeSinceInjury, .days(days))
                builder.bool(.acuteInjury, days < acuteInjuryDays, [])
            }
        }
    }

    /// The worker's age and the position of its last token: a count before an `age_words` sequence
    /// ("a 65 year old male", "65-year-old female", "a sixty-five-year-old man", "39 y/o M", "52
    /// years of age"), else a count after an `age_lead` word ("(age 46)", "aged 46").
    private static func age(in text: CaseText, _ cues: CueBook) -> (age: Int, last: Int)? {
        let ageWords = cues.idSequences(.ageWords)
        let starts = Set(ageWords.map { $0[0] })
        for (position, token) in text.tokens.enumerated() where position >= 1 && starts.contains(token.id) {
            if let words = ageWords.first(where: { text.tokens.spells($0, at: position) }),
                let age = cues.count(endingAt: position - 1, in: text.tokens, from: 0)?.value, (14...100).contains(age)
            {
                return (age, position + words.count - 1)
            }
        }
        let lead = cues.wordList(.ageLead)
        for (position, token) in text.tokens.enumerated() where lead.contains(token) {
            if let (age, last) = cues.count(startingAt: position + 1, in: text.tokens), (14...100).contains(age) { return (age, last) }
        }
        return nil
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
