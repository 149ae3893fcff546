import IMRCore
import IMRVocabulary

/// Age, sex, the time since the injury and the date of the review.
enum DemographicFacts {
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
        // Without a review or decision date the reference is the summary's latest date: when that
        // is the injury's own date, nothing says when the summary was written, and the time since
        // the injury is not documented (a 2001 injury told alone is not acute).
        let dated = analysis.input.header.urDenialDate ?? analysis.input.header.decisionDate
        // An injury fewer than `acute_injury_limit`'s days back is recent (acute or subacute).
        let acuteInjuryDays = cues.threshold(.days, in: .acuteInjuryLimit)
        if let injury = analysis.input.header.dateOfInjury ?? injuryDateInSummary(analysis), let decision = analysis.referenceDate {
            let days = injury.days(to: decision)
            if days > 0 || days == 0 && dated != nil {
                builder.set(.timeSinceInjury, .days(days))
                builder.bool(.acuteInjury, days < acuteInjuryDays, [])
                // The same time at the request, when the summary gives its date.
                let requested = analysis.requestDate(after: injury).map(injury.days(to:)) ?? days
                builder.set(.timeSinceInjuryAtRequest, .days(requested))
            }
        } else if let (days, sentence) = injuryAgo(analysis) {
            // No date of injury anywhere: its time told in words ("injured her back two weeks ago"),
            // counted from the note that tells it (slightly short of the review, never long).
            builder.set(.timeSinceInjury, .days(days), [text.evidence(sentence)])
            builder.bool(.acuteInjury, days < acuteInjuryDays, [text.evidence(sentence)])
            builder.set(.timeSinceInjuryAtRequest, .days(days), [text.evidence(sentence)])
        }
        // The date the request was reviewed, which tells which text of a guideline governed it.
        if let dated {
            builder.set(.reviewDate, .number(Double(dated.year * 10_000 + dated.month * 100 + dated.day)))
        }
    }

    /// The worker's age and the position of its last token: a count before an `age_words` sequence
    /// ("a 65 year old male", "65-year-old female", "a sixty-five-year-old man", "39 y/o M", "52
    /// years of age"), its digits glued to the sequence's first word ("46yo", "46y/o", "46yr old"),
    /// else a count after an `age_lead` word ("(age 46)", "aged 46").
    private static func age(in text: CaseText, _ cues: CueBook) -> (age: Int, last: Int)? {
        let ageWords = cues.idSequences(.ageWords)
        // The sequences' first words, compared as numbers (a few).
        let starts = ageWords.map { $0[0] }
        for (position, token) in text.tokens.enumerated() {
            if position >= 1, starts.contains(token.id), let words = ageWords.first(where: { text.tokens.spells($0, at: position) }),
                let age = cues.count(endingAt: position - 1, in: text.tokens, from: 0)?.value, (14...100).contains(age)
            {
                return (age, position + words.count - 1)
            }
            if token.digits == -1, let (age, last) = gluedAge(at: position, in: text, ageWords, cues) { return (age, last) }
        }
        let lead = cues.wordList(.ageLead)
        for (position, token) in text.tokens.enumerated() where lead.contains(token) {
            if let (age, last) = cues.count(startingAt: position + 1, in: text.tokens), (14...100).contains(age) { return (age, last) }
        }
        return apposedAge(in: text, cues)
    }

    /// An age told apart from an age word: after an `age_titles` word and the capitalised name it
    /// precedes, set off by commas ("Mr. H., 61, has bilateral knee osteoarthritis", "Ms. Alvarez,
    /// 58, a cashier"), or after an `age_subjects` sequence, closed by a comma, a period or an
    /// `age_closers` word ("He is 70 with an acute flare", "She is 52 and takes meloxicam"). A count
    /// followed by anything else is another measure ("He is 70 percent better", "Mr. Lee, 45
    /// minutes late"). A name label and its colon stand where a title does (`age_name_labels`:
    /// "Patient: Rosa Diaz, 44, stocker"). Or after the worker's person and a comma, by an
    /// `age_now` word ("M, now forty-two,").
    private static func apposedAge(in text: CaseText, _ cues: CueBook) -> (age: Int, last: Int)? {
        let (tokens, bytes) = (text.tokens, text.bytes)
        let titles = cues.wordList(.ageTitles)
        let closers = cues.wordList(.ageClosers)
        func count(at position: Int) -> (age: Int, last: Int)? {
            guard position < tokens.count, let (age, last) = cues.count(startingAt: position, in: tokens), (14...100).contains(age)
            else { return nil }
            return (age, last)
        }
        func punctuated(after last: Int, _ marks: [UInt8]) -> Bool {
            let end = tokens[last].end
            return end < bytes.count && marks.contains(bytes[end])
        }
        let comma = UInt8(ascii: ",")
        let period = UInt8(ascii: ".")
        // A name label and its colon stand where a title does ("Patient: Rosa Diaz, 44, stocker").
        let labels = cues.wordList(.ageNameLabels)
        func isNameLabel(_ token: Token) -> Bool {
            labels.contains(token) && token.end < bytes.count && bytes[token.end] == UInt8(ascii: ":")
        }
        for (position, token) in tokens.enumerated() where titles.contains(token) || isNameLabel(token) {
            // The name: one to three capitalised words, then a comma before the count.
            for length in 1...3 where position + length + 1 < tokens.count {
                let name = tokens[(position + 1)...(position + length)]
                guard name.allSatisfy({ (65...90).contains(bytes[$0.start]) }) else { break }
                let countStart = position + length + 1
                guard bytes[tokens[position + length].end..<tokens[countStart].start].contains(comma),
                    let (age, last) = count(at: countStart), punctuated(after: last, [comma])
                else { continue }
                return (age, last)
            }
        }
        let subjects = cues.idSequences(.ageSubjects)
        let starts = Set(subjects.map { $0[0] })
        for (position, token) in tokens.enumerated() where starts.contains(token.id) {
            guard let subject = subjects.first(where: { tokens.spells($0, at: position) }),
                let (age, last) = count(at: position + subject.count)
            else { continue }
            if punctuated(after: last, [comma, period]) || (last + 1 < tokens.count && closers.contains(tokens[last + 1])) {
                return (age, last)
            }
        }
        // The worker's person or sex, a comma, an `age_now` word and the count, closed by a comma or
        // a period ("Claimant: M, now forty-two, claim of 21-Oct-2016"; "a man, now 42, ..."); not a
        // measure now ("flexion, now 90, was 60": no person before it).
        let (now, persons) = (cues.wordList(.ageNow), cues.wordList(.ageNowSubjects))
        for position in tokens.indices.dropFirst() where now.contains(tokens[position]) && tokens[position].commaBefore {
            guard persons.contains(tokens[position - 1]), let (age, last) = count(at: position + 1),
                punctuated(after: last, [comma, period])
            else { continue }
            return (age, last)
        }
        return nil
    }

    /// The age of token `position` when its digits run into the first word of an `age_words`
    /// sequence whose other words follow ("46yo", "46y/o": the token "46y", then "o").
    private static func gluedAge(at position: Int, in text: CaseText, _ ageWords: [[Int32]], _ cues: CueBook) -> (age: Int, last: Int)? {
        let token = text.tokens[position]
        // Most words start with a letter: no age glued to them.
        guard isDigit(text.bytes[token.start]) else { return nil }
        let bytes = text.bytes[token.start..<token.end]
        let digits = bytes.prefix(while: isDigit)
        guard digits.count <= 3, let age = Int(String(decoding: digits, as: UTF8.self)), (14...100).contains(age) else { return nil }
        let rest = cues.wordTable.id(lowerCaseWord(text.bytes, token.start + digits.count, token.end))
        guard rest >= 0, let words = ageWords.first(where: { $0[0] == rest && text.tokens.spells(Array($0.dropFirst()), at: position + 1) })
        else { return nil }
        return (age, position + words.count - 1)
    }

    /// How long ago the injury was, told in words in the clause of an `injury_date` word outside
    /// review sentences: a count and a time unit before a `duration_ago` word ("injured her back
    /// lifting a box two weeks ago", "DOI 3 wks ago") or a `recent_times` phrase ("was injured last
    /// month"), the first told; `nil` when none is.
    static func injuryAgo(_ analysis: CaseAnalysis) -> (days: Int, sentence: Int)? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (injury, ago) = (cues.wordList(.injuryDate), cues.wordList(.durationAgo))
        let recent = cues.set(.recentTimes).hits(in: text)
        for sentence in text.sentences.indices where !analysis.isReviewSentence(sentence) {
            let range = text.sentences[sentence].tokens
            guard let word = range.first(where: { injury.contains(text.tokens[$0]) }) else { continue }
            let clause = text.clause(sentence: sentence, token: word)
            for index in clause where index > clause.lowerBound && index < clause.upperBound {
                guard ago.contains(text.tokens[index + 1]), cues.mayEndCount(text.tokens[index - 1]),
                    let unit = cues.days(inUnit: text.tokens[index]),
                    let (count, _) = cues.count(endingAt: index - 1, in: text.tokens, from: clause.lowerBound)
                else { continue }
                return (count * unit, sentence)
            }
            if let hit = recent.first(where: { $0.sentence == sentence && clause.contains($0.first) }),
                let days = Int(cues.labelText(hit.label))
            {
                return (days, sentence)
            }
        }
        return nil
    }

    /// A date in the sentence that names the injury date ("date of injury", "injured on", "industrial
    /// injury": the `injury_date` words).
    static func injuryDateInSummary(_ analysis: CaseAnalysis) -> SimpleDate? {
        let cues = analysis.index.cues.wordList(.injuryDate)
        for mention in analysis.dates {
            if analysis.text.tokens(of: mention.sentence).contains(where: cues.contains) { return mention.date }
        }
        return nil
    }
}
