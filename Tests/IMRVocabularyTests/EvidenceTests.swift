import Foundation
import IMRVocabulary
import Testing

/// A text whose sentences are its words between offsets, counting how often one is read.
private final class CountingText: EvidenceText, @unchecked Sendable {
    let text: String
    var reads = 0

    init(_ text: String) { self.text = text }

    func sentence(from start: Int, to end: Int) -> String {
        reads += 1
        let bytes = Array(text.utf8)[start..<end]
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Evidence read from a text tells the same sentence as evidence given it, and is equal, hashed
/// and encoded as that one; its sentence is read only when asked for.
@Test(arguments: [(0, 9, "The knee."), (10, 24, "It hurts again")])
func evidenceReadFromATextIsTheSentenceGiven(start: Int, end: Int, sentence: String) throws {
    let text = CountingText("The knee. It hurts again.")
    let read = Evidence(source: .summary, start: start, end: end, in: text)
    #expect(text.reads == 0)
    let given = Evidence(source: .summary, sentence: sentence, start: start, end: end)
    #expect(read.sentence == sentence)
    #expect(read == given && read.hashValue == given.hashValue)
    #expect(read != Evidence(source: .request, sentence: sentence, start: start, end: end))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    #expect(try encoder.encode(read) == encoder.encode(given))
    #expect(try JSONDecoder().decode(Evidence.self, from: encoder.encode(read)) == given)
}

/// Moving or rewriting an evidence read from a text keeps what it says as plain evidence would.
@Test func changingEvidenceReadFromATextKeepsItsSentence() {
    let text = CountingText("The knee. It hurts again.")
    var moved = Evidence(source: .summary, start: 0, end: 9, in: text)
    moved.start = 4
    #expect(moved.sentence == "The knee." && moved.start == 4)
    var rewritten = Evidence(source: .summary, start: 0, end: 9, in: text)
    rewritten.sentence = "A knee."
    #expect(rewritten == Evidence(source: .summary, sentence: "A knee.", start: 0, end: 9))
}
