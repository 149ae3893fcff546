import Foundation
import IMRLetters
import Testing

@testable import IMRFacts

/// The sets the cue book's matcher walks together (the topics' words and their `with` sets, found
/// for all of them once a summary is asked for one: ``TogetherStarts``) start where a pass for each
/// set alone finds them to, on the corpus's summaries; and a summary's text gives those starts.
@Test func setsWalkedTogetherStartWhereEachSetAloneStarts() throws {
    let index = MatchingTests.index
    let phrases = index.cues.phrases
    let together = (0..<phrases.setCount).filter { phrases.walksTogether($0) }
    #expect(together.count >= index.cues.topics.count, "\(together.count) sets walked together")
    #expect(together.allSatisfy { !phrases.walks($0) })
    let path = packageRoot + "/Corpus"
    var compared = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: path).filter({ $0.hasSuffix(".txt") }).sorted() {
        let file = path + "/" + name
        let letter = try LetterParser.parse([UInt8](try #require(FileManager.default.contents(atPath: file))), file: file)
        let text = CaseText(letter.input.summary.text, source: .summary, cues: index.cues)
        let (starts, offsets) = phrases.startsTogether(in: text.tokens)
        for set in together {
            let alone = phrases.starts(in: text.tokens, set: set)
            #expect(Array(starts[Int(offsets[set])..<Int(offsets[set + 1])]) == alone, "\(name) set \(set)")
            #expect(text.withCueStarts(of: set) { Array($0) } == alone, "\(name) set \(set)")
            compared += alone.count
        }
    }
    #expect(compared > 1000, "\(compared) starts compared")
}
