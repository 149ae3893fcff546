import Foundation
import IMRCore
import IMRVocabulary
import Testing

/// The lexicon parser cuts an ASCII line on bytes and any other line `Character` by `Character`:
/// both readings give the same lexicon and the same diagnostics.
@Suite struct LexiconASCIITests {
    /// The shipped lexicon files, and a few broken lines, read as they are (ASCII) and with a
    /// non-ASCII comment appended to every line (the `Character` reading): same entries, same
    /// diagnostics.
    @Test func asciiAndCharacterReadingsAgree() throws {
        let directory = packageRoot + "/Rules/lexicon"
        var sources: [(file: String, text: String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".lexicon") {
            sources.append((name, try String(contentsOfFile: directory + "/" + name, encoding: .utf8)))
        }
        #expect(sources.count > 5)
        sources.append(
            (
                "broken.lexicon",
                "drug  broken_one :  a b ,, c # note\nwidget x\n  is\n  also  d ,e\t \n\tis  opioid\ncode 123 procedure mri\n"
                    + "code : drug x\ndrug Bad-Id: y\n  ingredients q\ncode S32.0-: diagnosis lumbar_fracture\n"
            ))
        let asASCII = Lexicon.parse(sources: sources)
        let withComments = sources.map { source in
            (
                source.file,
                source.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + " # café — naïve" }.joined(separator: "\n")
            )
        }
        #expect(withComments.allSatisfy { $0.1.split(separator: "\n").allSatisfy { !$0.utf8.allSatisfy { $0 < 0x80 } } })
        let asCharacters = Lexicon.parse(sources: withComments)
        #expect(asASCII.lexicon.entries == asCharacters.lexicon.entries)
        #expect(asASCII.diagnostics.map(\.description) == asCharacters.diagnostics.map(\.description))
        #expect(asASCII.diagnostics.count >= 4)
    }
}
