import IMRCore
import IMRVocabulary
import Testing

@testable import IMRFacts

/// The matching core on real phrasing: inflections, abbreviations, word forms that carry time,
/// negation and hedging, and the date formats letters use.
@Suite struct MatchingTests {
    static let index = LexiconIndex(shippedLexicon.lexicon)

    static func text(_ sentence: String) -> CaseText { CaseText(sentence, source: .summary, cues: index.cues) }

    static func stem(_ word: String) -> String {
        String(decoding: index.cues.wordTable.inflection.stem(Array(word.utf8)), as: UTF8.self)
    }

    /// Inflections of one word share its stem; other words keep theirs.
    @Test(arguments: [
        ["improve", "improved", "improves", "improving", "improvement", "improvements"],
        ["help", "helps", "helped", "helping"],
        ["deny", "denies", "denied", "denying"],
        ["stop", "stops", "stopped", "stopping"],
        ["tolerate", "tolerated", "tolerates", "tolerating"],
        ["decrease", "decreased", "decreases", "decreasing"],
        ["bleed", "bleeds", "bleeding"],
        ["tear", "tears", "tearing"],
        ["screen", "screens", "screening"],
    ])
    func inflectionsShareAStem(_ forms: [String]) {
        let stems = Set(forms.map(Self.stem))
        #expect(stems.count == 1, "\(forms) → \(stems.sorted())")
    }

    @Test(arguments: [
        ("noted", "not"), ("used", "us"), ("status", "statu"), ("less", "les"), ("diagnosis", "diagnosi"), ("working", "work"),
        ("l4", "l"),
    ])
    func differentWordsKeepDifferentStems(_ word: String, _ other: String) {
        #expect(Self.stem(word) != Self.stem(other))
    }

    /// Every name of `exact_forms` is a cue set or a vocabulary (a misspelt one would fold silently).
    @Test func exactFormsNameSetsAndVocabularies() {
        let lexicon = shippedLexicon.lexicon
        let names = Set(lexicon.cues.sets.keys).union(lexicon.entries.keys).map { phraseWords($0).joined(separator: " ") }
        let listed = lexicon.cues[CueName.exactForms.name]?.phrases ?? []
        #expect(!listed.isEmpty)
        for entry in listed { #expect(names.contains(entry.phrase), "\(entry.location): '\(entry.phrase)' names no cue set or vocabulary") }
    }

    struct CueCase: Sendable, CustomTestStringConvertible {
        var set: CueName
        var sentence: String
        /// The hit expected (its label, and whether its clause negates it), or `nil` for none.
        var hit: (label: String, negated: Bool)?
        var testDescription: String { "\(set.name): \(sentence)" }
    }

    static let cueCases: [CueCase] = [
        // Inflections of a cue phrase's words.
        .init(set: .painImproved, sentence: "Improving pain was reported with Norco.", hit: ("yes", false)),
        .init(set: .painImproved, sentence: "The medication decreased her pain.", hit: ("yes", false)),
        .init(set: .painImproved, sentence: "She reports the patches help with pain.", hit: ("yes", false)),
        .init(set: .functionalImprovement, sentence: "She has improved function since the injections.", hit: ("yes", false)),
        .init(set: .functionalImprovement, sentence: "Improvement in function was noted.", hit: ("yes", false)),
        .init(set: .drugScreen, sentence: "Urine drug screening was consistent.", hit: ("yes", false)),
        .init(set: .significantChange, sentence: "She complained of increasing pain.", hit: ("yes", false)),
        // Negation and hedging in the clause.
        .init(set: .regionalNerveFindings, sentence: "He denies numbness or tingling.", hit: ("yes", true)),
        .init(set: .regionalNerveFindings, sentence: "The patient denied numbness.", hit: ("yes", true)),
        .init(set: .painImproved, sentence: "Gabapentin gave no relief.", hit: ("no", false)),
        .init(set: .painImproved, sentence: "She tried ibuprofen without relief.", hit: ("no", false)),
        .init(set: .painImproved, sentence: "She tried ibuprofen w/o relief.", hit: ("no", false)),
        .init(set: .painImproved, sentence: "Tramadol no longer helps.", hit: ("yes", true)),
        .init(set: .radicularExamSigns, sentence: "Pinprick was diminished over the lateral foot.", hit: ("yes", false)),
        .init(set: .radicularExamSigns, sentence: "Dermatomes were intact to light touch.", hit: ("no", false)),
        .init(set: .redFlags, sentence: "Red flags were not noted.", hit: ("yes", true)),
        .init(set: .redFlags, sentence: "There were no red flags, but she reports fever.", hit: ("yes", false)),
        // Word forms that carry the time are matched as written.
        .init(set: .past, sentence: "He is unable to perform his usual duties.", hit: nil),
        .init(set: .past, sentence: "An MRI was performed on 3/2/2016.", hit: ("yes", false)),
        .init(set: .past, sentence: "He is s/p right knee arthroscopy.", hit: ("yes", false)),
        .init(set: .past, sentence: "She has a h/o lumbar fusion.", hit: ("yes", false)),
    ]

    @Test(arguments: cueCases)
    func cuePhrasesInRealSentences(_ example: CueCase) {
        let hits = Self.index.cues.set(example.set).hits(in: Self.text(example.sentence))
        if let hit = example.hit {
            #expect(hits.contains { Self.index.cues.labelText($0.label) == hit.label && $0.negated == hit.negated }, "hits: \(hits)")
        } else {
            #expect(hits.isEmpty, "hits: \(hits)")
        }
    }

    struct MentionCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var term: String
        var negated = false
        var hedged = false
        var testDescription: String { "\(term): \(sentence)" }
    }

    static let mentionCases: [MentionCase] = [
        .init(sentence: "Past medical history: HTN and DM.", term: "hypertension"),
        .init(sentence: "Past medical history: HTN and DM.", term: "diabetes"),
        .init(sentence: "EMG showed bilateral CTS.", term: "carpal_tunnel_syndrome"),
        .init(sentence: "MRI revealed medial meniscal tearing.", term: "meniscus_tear"),
        .init(sentence: "He has possible radiculopathy.", term: "radiculopathy", hedged: true),
        .init(sentence: "X-rays were ordered to rule out fracture.", term: "fracture", hedged: true),
        .init(sentence: "X-rays were ordered to r/o fracture.", term: "fracture", hedged: true),
        .init(sentence: "There is no evidence of radiculopathy.", term: "radiculopathy", negated: true),
    ]

    @Test(arguments: mentionCases)
    func lexiconTermsInRealSentences(_ example: MentionCase) {
        let mentions = Self.index.mentions(in: Self.text(example.sentence)).filter { Self.index.name(of: $0.term.id) == example.term }
        #expect(!mentions.isEmpty, "no mention of \(example.term)")
        for mention in mentions {
            #expect(mention.negated == example.negated && mention.hedged == example.hedged, "\(mention)")
        }
    }

    @Test(arguments: [
        ("Seen on 2/3/14 for follow-up.", "2014-02-03"),
        ("Seen on 02-03-2014 for follow-up.", "2014-02-03"),
        ("Seen on 2014-02-03 for follow-up.", "2014-02-03"),
        ("Seen on Feb. 3, 2014 for follow-up.", "2014-02-03"),
        ("Seen on February 3rd, 2014 for follow-up.", "2014-02-03"),
        ("Seen on 3 February 2014 for follow-up.", "2014-02-03"),
        ("Seen on the 3rd of February, 2014 for follow-up.", "2014-02-03"),
        ("Surgery in February of 2014.", "2014-02-01"),
        ("Surgery in Feb 2014.", "2014-02-01"),
        ("Surgery in 2/2014.", "2014-02-01"),
    ])
    func datesInEveryFormat(_ sentence: String, _ expected: String) {
        let dates = findDates(in: Self.text(sentence), Self.index.cues).map(\.date)
        #expect(dates == [SimpleDate(expected)].compactMap { $0 }, "\(dates)")
    }

    @Test(arguments: ["Pain is 8/10 without medication.", "Norco 10/325 mg #90.", "He may return in 4 weeks; May is not a date here."])
    func numbersThatAreNotDates(_ sentence: String) {
        #expect(findDates(in: Self.text(sentence), Self.index.cues).isEmpty)
    }
}
