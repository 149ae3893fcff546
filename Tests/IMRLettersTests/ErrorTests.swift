import IMRCore
import Testing

@testable import IMRLetters

/// Bad input is reported as a diagnostic naming the file (and the line when known), never a crash.
@Suite struct ErrorTests {
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var description: String
        var testDescription: String { name }
    }

    static let truth = TestSupport.truthLines()

    static let cases: [ErrorCase] = [
        ErrorCase(name: "empty", bytes: [], description: "x.txt: error: empty file: not an IMR letter"),
        ErrorCase(name: "blank", bytes: Array(" \n\n".utf8), description: "x.txt: error: empty file: not an IMR letter"),
        ErrorCase(
            name: "byte-order mark alone", bytes: [0xEF, 0xBB, 0xBF, 0x0A], description: "x.txt: error: empty file: not an IMR letter"),
        ErrorCase(
            name: "larger than 1 MiB", bytes: Array(TestSupport.compactLetter(items: String(repeating: "x", count: 1 << 20)).utf8),
            description: "x.txt: error: the file is 1049384 bytes; a letter or case file is read up to 1048576 bytes (1 MiB)"),
        ErrorCase(
            name: "request longer than 4 KiB",
            bytes: Array(TestSupport.compactLetter(items: "Soma \(String(repeating: "350mg ", count: 700)): Upheld\n\n\(truth)").utf8),
            description: "x.txt:24: error: request 1 is 4204 bytes; a request is read up to 4096 bytes"),
        ErrorCase(
            name: "binary", bytes: Array("abc\ndef".utf8) + [0, 1, 2],
            description: "x.txt:2: error: binary file (NUL byte at offset 7): not an IMR letter"),
        ErrorCase(
            name: "not UTF-8", bytes: Array("Case Number:\nCaf".utf8) + [0xE9, 0x0A],
            description: "x.txt:2: error: not valid UTF-8 (byte 0xE9 at offset 16)"),
        ErrorCase(
            name: "not a letter", bytes: Array("Dear reader,\nthis is a shopping list.\n".utf8),
            description: "x.txt: error: no 'IMR ISSUES, DECISIONS AND RATIONALES' section"),
        ErrorCase(
            name: "truncated before the decisions",
            bytes: Array(TestSupport.compactLetter(items: "").split(separator: "IMR ISSUES")[0].utf8),
            description: "x.txt: error: no 'IMR ISSUES, DECISIONS AND RATIONALES' section (truncated letter?)"),
        ErrorCase(
            name: "truncated after a decision", bytes: Array(TestSupport.compactLetter(items: "Soma 350mg #45: Upheld\n").utf8),
            description: "x.txt:24: error: decision 'Upheld' is not followed by 'Claims Administrator guideline:' / "
                + "'MAXIMUS guideline:' / 'Decision rationale:' (truncated letter?)"),
        ErrorCase(
            name: "truncated before the rationale",
            bytes: Array(TestSupport.compactLetter(items: "Soma 350mg #45: Upheld\n\nMAXIMUS guideline: Decision based on MTUS.").utf8),
            description: "x.txt:24: error: the item decided here has no 'Decision rationale:' (truncated letter?)"),
        ErrorCase(
            name: "item without a decision",
            bytes: Array(TestSupport.compactLetter(items: "Soma 350mg #45: Upheld\n\n\(truth)\n\nBaclofen 10mg #60\n\n\(truth)").utf8),
            description: "x.txt:35: error: a second 'Claims Administrator guideline:' for the item decided at line 24: "
                + "an item without a decision (Upheld/Overturned)?"),
        ErrorCase(
            name: "rationale cut off",
            bytes: Array(
                TestSupport.compactLetter(
                    items: "Soma 350mg #45: Upheld\n\n\(TestSupport.truthLines(rationale: "The request is not medically"))"
                ).utf8),
            description: "x.txt:31: error: the letter ends mid-sentence in its decisions section: a rationale or an item's "
                + "request is cut off (truncated letter?)"),
        ErrorCase(
            name: "item request without its decision at the end",
            bytes: Array(TestSupport.compactLetter(items: "Soma 350mg #45: Upheld\n\n\(truth)\n\nBaclofen 10mg #60:").utf8),
            description: "x.txt:33: error: the letter ends mid-sentence in its decisions section: a rationale or an item's "
                + "request is cut off (truncated letter?)"),
        ErrorCase(
            name: "no items", bytes: Array(TestSupport.compactLetter(items: "Nothing was decided.").utf8),
            description: "x.txt:22: error: no decided items (Upheld/Overturned) in the 'IMR ISSUES, DECISIONS AND RATIONALES' section"),
    ]

    @Test(arguments: cases)
    func diagnostics(_ testCase: ErrorCase) {
        #expect(throws: Diagnostic.self) { try LetterParser.parse(testCase.bytes, file: "x.txt") }
        do {
            _ = try LetterParser.parse(testCase.bytes, file: "x.txt")
        } catch {
            #expect(error.description == testCase.description)
            #expect(error.severity == .error)
        }
    }

    /// A real letter may end its last rationale without a full stop; its conclusion is complete.
    @Test func aConclusionWithoutAFullStopIsNotTruncation() throws {
        let text = TestSupport.compactLetter(
            items: "Soma 350mg #45: Upheld\n\n\(TestSupport.truthLines(rationale: "The request is not medically necessary"))")
        #expect(try TestSupport.parse(text).truth.items.map(\.decision) == [.upheld])
    }

    @Test func olderHeadingIsRecognised() throws {
        let text = TestSupport.compactLetter(items: "Soma 350mg #45: Upheld\n\n\(Self.truth)")
            .replacing("IMR ISSUES, DECISIONS AND RATIONALES", with: "IMR DECISION(S) AND RATIONALE(S)")
        #expect(try TestSupport.parse(text).truth.items.map(\.decision) == [.upheld])
    }
}
