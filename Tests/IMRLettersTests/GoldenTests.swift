import Foundation
import IMRCore
import Testing

@testable import IMRLetters

/// The `imr parse --format json` document of one letter per layout, compared with a committed
/// golden file under `Tests/Fixtures/letters/`. Re-record with `IMR_RECORD=1 swift test`.
@Suite struct GoldenTests {
    static let letters = [
        ("000_5b182d2c9df6dc4d.txt", LetterLayout.markdown),
        ("002_d825e75640f1f9b4.txt", LetterLayout.doubledPDF),
        ("CM16-0249724.txt", LetterLayout.compactPDF),
    ]

    @Test(arguments: letters)
    func jsonMatchesGolden(name: String, layout: LetterLayout) throws {
        let bytes = TestSupport.corpusBytes(name)
        #expect(LetterLayout.detect(bytes, lines: RawLine.split(bytes)) == layout)
        let letter = try LetterParser.parse(bytes, file: "Corpus/\(name)")
        let json = try JSONOutput.string([LetterDocument(letter)])
        let golden = TestSupport.fixturesDirectory.appendingPathComponent(
            name.replacingOccurrences(of: ".txt", with: ".json"))
        if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: TestSupport.fixturesDirectory, withIntermediateDirectories: true)
            try json.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(json == expected, "JSON differs from \(golden.path); re-record with IMR_RECORD=1 if intended")
    }

    @Test func nullFieldsAreWrittenExplicitly() throws {
        let name = "002_d825e75640f1f9b4.txt"
        let letter = try LetterParser.parse(TestSupport.corpusBytes(name), file: name)
        let json = try JSONOutput.string([LetterDocument(letter)])
        #expect(json.contains("\"caseNumber\" : null"))
        #expect(json.contains("\"originalRequest\" : null"))
        #expect(json.contains("\"decision\" : \"upheld\""))
    }
}
