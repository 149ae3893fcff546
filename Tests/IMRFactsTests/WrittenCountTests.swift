import IMRCore
import IMRVocabulary
import Testing

@testable import IMRFacts

/// Counts written in words, as summaries write them: read before a unit ("twenty-four visits") and
/// from their first word.
@Suite struct WrittenCountTests {
    static let cues = MatchingTests.index.cues

    /// (phrase before a unit, its count); the unit follows the last word.
    @Test(arguments: [
        ("completed twenty-four sessions", 24),
        ("for forty minutes", 40),
        ("completed twelve sessions", 12),
        ("a total of 24 visits", 24),
        ("one hundred tablets", 100),
        ("a hundred tablets", 100),
        ("two hundred fifty milligrams", 250),
        ("one hundred twelve tablets", 112),
        ("one hundred twenty four tablets", 124),
        ("a couple of weeks", 2),
        ("a couple weeks", 2),
        ("a dozen sessions", 12),
        ("ninety nine days", 99),
        ("for seventeen months", 17),
    ])
    func aCountBeforeItsUnit(_ phrase: String, _ expected: Int) {
        let tokens = MatchingTests.text(phrase).tokens
        let found = Self.cues.count(endingAt: tokens.count - 2, in: tokens, from: 0)
        #expect(found?.value == expected)
        // Read forward from where it starts, the same count ends before the unit.
        if let found {
            #expect(Self.cues.count(startingAt: found.first, in: tokens)?.last == tokens.count - 2)
        }
    }

    /// Digits never combine with number words, vague amounts are not counts, and a count of words
    /// stops at a word that does not continue it.
    @Test(
        arguments: [
            ("he had 20 four-hour sessions", 4),
            ("she had a few sessions", nil),
            ("she had several sessions", nil),
            ("he completed sessions", nil),
            ("four twenty sessions", 20),
            ("three hundred sixty five days", 365),
        ] as [(String, Int?)])
    func whatIsNotOneCount(_ phrase: String, _ expected: Int?) {
        let text = MatchingTests.text(phrase)
        let tokens = text.tokens
        let unit = tokens.firstIndex { ["sessions", "hour", "days"].contains(text.word(of: $0)) } ?? tokens.count
        #expect(Self.cues.count(endingAt: unit - 1, in: tokens, from: 0)?.value == expected)
    }

    /// The age: a count, in digits or words, before an `age_words` sequence.
    @Test(
        arguments: [
            ("39 y/o M, occupational claim from 10/18/16.", 39),
            ("The patient is a 52 years of age female.", 52),
            ("He is a sixty-five-year-old man.", 65),
            ("A 47 yo female injured her back.", 47),
            ("She reports a 2 year old fracture.", nil),
        ] as [(String, Int?)])
    func theAgeInItsWordings(_ summary: String, _ expected: Int?) {
        #expect(summaryFacts(summary)["age"]?.value == expected.map { .number(Double($0)) })
    }

    /// Facts that read counts, from summaries that write them in words.
    @Test func countsInWordsReachTheFacts() {
        let age = summaryFacts("The injured worker is a forty-five-year-old male who fell at work.")["age"]?.value
        #expect(age == .number(45))
        let sessions = requestFacts(
            "Physical therapy 2 times a week for 6 weeks",
            summary: "She has completed twenty-four sessions of physical therapy for the lumbar spine.")["prior_sessions"]?.value
        #expect(sessions == .number(24))
        let couple = requestFacts(
            "Physical therapy 2 times a week for 6 weeks", summary: "He attended a couple of sessions of physical therapy.")[
                "prior_sessions"]?.value
        #expect(couple == .number(2))
    }
}
