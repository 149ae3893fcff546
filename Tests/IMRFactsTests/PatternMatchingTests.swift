import IMRCore
import IMRVocabulary
import Testing

@testable import IMRFacts

/// Cue phrases with gaps (`modified the ... request`) in real sentences: the filler words a gap
/// admits, and the clause it stays within.
@Suite struct PatternMatchingTests {
    static let cues = MatchingTests.index.cues

    struct Case: Sendable, CustomTestStringConvertible {
        var pattern: String
        var folded: Bool
        var sentence: String
        /// The words matched, or `nil` for no match.
        var matched: String?
        var testDescription: String { "\(pattern): \(sentence)" }
    }

    static let cases: [Case] = [
        // Filler words between the words of a pattern.
        .init(
            pattern: "modified the ... request", folded: false, sentence: "UR modified the concurrent PT request to an initial trial.",
            matched: "modified the concurrent PT request"),
        .init(
            pattern: "modified the ... request", folded: false, sentence: "The reviewer modified the request.",
            matched: "modified the request"),
        .init(
            pattern: "modified the ... request", folded: false, sentence: "UR modified the physical therapy requests.",
            matched: "modified the physical therapy requests"),
        .init(
            pattern: "modified the ... request", folded: false, sentence: "He returned to modified duty and the request was made.",
            matched: nil),
        // Exact words stay exact; folded ones match every inflection.
        .init(pattern: "modified the ... request", folded: false, sentence: "UR modified the number of sessions requested.", matched: nil),
        .init(
            pattern: "improve ... pain", folded: true, sentence: "Improvement in her low back pain was noted.",
            matched: "Improvement in her low back pain"),
        .init(
            pattern: "pain ...2 improve", folded: true, sentence: "Her pain has since improved with Norco.",
            matched: "pain has since improved"),
        // The count bounds the filler words.
        .init(pattern: "pain ...2 improve", folded: true, sentence: "Her pain in the low back improved.", matched: nil),
        // A gap does not cross a clause boundary, a ';' or a sentence end.
        .init(pattern: "pain ... improve", folded: true, sentence: "Pain persists but sleep improved.", matched: nil),
        .init(pattern: "pain ... improve", folded: true, sentence: "Pain persists; sleep improved.", matched: nil),
        // ... nor a coordinator: the words after it are another item.
        .init(pattern: "decrease ...2 pain", folded: true, sentence: "Range of motion was decreased and pain was 6/10.", matched: nil),
        .init(pattern: "pain ... improve", folded: true, sentence: "She has severe pain and improved sleep.", matched: nil),
        .init(pattern: "pain ... improve", folded: true, sentence: "Pain persists. Sleep improved.", matched: nil),
        // A gap written with '+' crosses a coordinator (a list of treatments), not a clause boundary.
        .init(
            pattern: "therapy ...4+ fail", folded: true, sentence: "Therapy and medications have failed.",
            matched: "Therapy and medications have failed"),
        .init(
            pattern: "therapy ...6+ not help", folded: true, sentence: "Therapy, chiropractic care and medications did not help.",
            matched: "Therapy, chiropractic care and medications did not help"),
        .init(pattern: "therapy ...4+ fail", folded: true, sentence: "Therapy helped but medications failed.", matched: nil),
        .init(pattern: "therapy ...4+ fail", folded: true, sentence: "Therapy helped; medications failed.", matched: nil),
        // No gap admits a negating word: it would turn the phrase around.
        .init(pattern: "pain ...2 improve", folded: true, sentence: "Her pain has not improved.", matched: nil),
        .init(pattern: "acupuncture ...6+ fail", folded: true, sentence: "Acupuncture denied - has not failed PT.", matched: nil),
        // Several gaps; the nearest place where the rest matches.
        .init(
            pattern: "request ... was ... modified", folded: false, sentence: "The request for PT was then modified to six visits.",
            matched: "request for PT was then modified"),
    ]

    @Test(arguments: cases)
    func patternsInRealSentences(_ example: Case) {
        let table = Self.cues.wordTable
        func flags(_ name: CueName) -> [Bool] {
            var flags = Array(repeating: false, count: table.count)
            for word in Self.cues.words(name) where table.id(word) >= 0 { flags[Int(table.id(word))] = true }
            return flags
        }
        let matcher = PhraseMatcher(
            sets: [[(example.pattern, "yes", example.folded)]], words: table, boundaries: flags(.clauseBoundary),
            coordinators: flags(.coordinators), negators: flags(.negationBefore))
        let text = MatchingTests.text(example.sentence)
        let found = text.sentences.indices.flatMap { matcher.matches(in: text, text.sentences[$0].tokens) }
        let spans = found.map {
            String(text.text.utf8.dropFirst(text.tokens[$0.first].start).prefix(text.tokens[$0.last].end - text.tokens[$0.first].start))!
        }
        #expect(spans == (example.matched.map { [$0] } ?? []))
    }

    /// A text's cue starts leave out a token where no phrase of the set can go on: the next token
    /// is not the second word of one. A one-word phrase, or a gap after the first word, always starts.
    @Test(arguments: [
        (["pain relief"], false, "Pain relief was good.", [Int32(0)]),
        // The next word is one no phrase spells (the second-word signature is 64 bits of word ids,
        // so a known word may share a bit with "relief" as the shipped table grows).
        (["pain relief"], false, "Pain qwxz.", []),
        (["pain relief"], false, "Her pain", []),
        (["pain relief", "pain"], false, "Pain persists.", [0]),
        (["denied"], false, "The request was denied", [3]),
        (["pain ... improve"], true, "Pain has improved.", [0]),
    ])
    func cueStartsNeedTheSecondWord(_ phrases: [String], _ folded: Bool, _ sentence: String, _ expected: [Int32]) {
        let matcher = PhraseMatcher(sets: [phrases.map { ($0, "yes", folded) }], words: Self.cues.wordTable)
        #expect(matcher.starts(in: MatchingTests.text(sentence).tokens).starts == expected)
    }

    /// UR's partial certification in other words: the shipped `partial_certification` pattern.
    @Test(arguments: [
        ("UR modified the concurrent PT request to an initial trial.", true),
        ("The UR modified the request for 12 sessions to 6.", true),
        ("She continues on modified duty and the request for PT was submitted.", false),
    ])
    func partialCertificationInOtherWords(_ sentence: String, _ expected: Bool) {
        let hits = Self.cues.set(.partialCertification).hits(in: MatchingTests.text(sentence))
        #expect(hits.contains { !$0.negated } == expected, "hits: \(hits)")
    }

    /// Shipped patterns that replace lists of word-order variants, in real sentences.
    @Test(arguments: [
        (CueName.postoperativeCare, "She attended 12 sessions of physical therapy after her knee surgery.", true),
        (CueName.postoperativeCare, "Therapy following the lumbar surgery helped.", true),
        (CueName.postoperativeCare, "Physical therapy after surgery was authorized.", true),
        (CueName.postoperativeCare, "He had therapy after the injury but before surgery.", false),
        (CueName.painImproved, "Norco relieves her low back pain.", true),
        (CueName.painImproved, "The medication relieved his pain.", true),
        (CueName.painImproved, "Range of motion was decreased and pain was 7/10.", false),
    ])
    func patternsOfTheShippedData(_ set: CueName, _ sentence: String, _ expected: Bool) {
        let hits = Self.cues.set(set).hits(in: MatchingTests.text(sentence))
        #expect(hits.contains { !$0.negated && $0.label == .yes } == expected, "hits: \(hits)")
    }
}
