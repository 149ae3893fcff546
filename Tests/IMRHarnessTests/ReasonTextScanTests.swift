import Foundation
import IMRLetters
import Testing

@testable import IMRHarness

/// The byte scans of `ReasonText` read ASCII text exactly as the Unicode paths do.
@Suite struct ReasonTextScanTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every rationale of the corpus, and text made to reach the edges of the rules.
    static let texts: [String] = {
        let corpus = root.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let rationales = names.flatMap { name -> [String] in
            guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(name).path),
                let letter = try? LetterParser.parse([UInt8](data), file: name)
            else { return [] }
            return letter.truth.items.map(\.rationale)
        }
        return rationales + [
            "", " ", "'", "'s", "''s", "The worker's pain. It is 7/10! 2 visits?  no.", "A. b. C.\tD.\n\nE", "Dr. Smith's note; no PT.",
            "end. ", ". A", "x.  Y", "WORKER'S Knee'S", "a-b/c_d", "Naïve café. Über", "line\r\nbreak. Next",
        ]
    }()

    @Test func sentencesAreTheSame() {
        #expect(Self.texts.count > 100)
        for text in Self.texts { #expect(ReasonText.sentences(text) == ReasonText.characterSentences(text), "\(text.prefix(80))") }
    }

    @Test func wordsAreTheSame() {
        for text in Self.texts { #expect(ReasonText.words(text) == ReasonText.scalarWords(text), "\(text.prefix(80))") }
    }
}
