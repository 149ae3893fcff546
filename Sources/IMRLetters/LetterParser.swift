import IMRCore

/// Parses the text of an IMR final determination letter in any of the known layouts
/// (``LetterLayout``) into a ``Letter``.
public enum LetterParser {
    /// Parses `data` read from `file`; throws a ``IMRCore/Diagnostic`` naming the file (and the line
    /// when known) for empty, binary, non-UTF-8, truncated or non-letter input, and for an item that
    /// cannot be matched to a decision.
    public static func parse(_ data: [UInt8], file: String) throws(Diagnostic) -> Letter {
        guard data.count <= InputFile.maximumSize else { throw InputFile.tooLarge(data.count, file) }
        let isASCII = try InputValidation.check(data, file: file)
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20]) }
        let raw = RawLine.split(bytes)
        let layout = LetterLayout.detect(bytes, lines: raw)
        let lines = LetterLines(of: bytes, raw: raw, layout: layout, isASCII: isASCII)
        let sections = try LetterSections.find(in: lines, file: file)

        let header = HeaderParser.parse(lines, sections.header)
        let howMade = TextNormalizer.bytes(bytes, lines: lines[sections.howMade])
        let credentials = CredentialsParser.parse(paragraphs(howMade))
        let summary = TextNormalizer.normalize(bytes, lines: summaryLines(lines, sections.summary))
        let items = try ItemParser(data: bytes, lines: lines, range: sections.issues, file: file).parse()

        let input = CaseInput(
            file: file, header: header, credentials: credentials, summary: summary, requests: items.map(\.request))
        return Letter(input: input, truth: Truth(items: items.map(\.truth)))
    }

    /// The non-empty paragraphs of normalised text: split on the byte, as the text has no carriage
    /// return (each `\n` is a `Character` of its own).
    private static func paragraphs(_ text: [UInt8]) -> [String] {
        var paragraphs: [String] = []
        text.withUnsafeBufferPointer { text in
            var start = 0
            for index in 0...text.count where index == text.count || text[index] == 0x0A {
                if index > start { paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
        }
        return paragraphs
    }

    /// The summary's lines without the boilerplate opening ("The expert reviewer developed the
    /// following clinical case summary … including all medical records:").
    private static func summaryLines(_ lines: LetterLines, _ range: Range<Int>) -> ArraySlice<SourceLine> {
        var start = range.lowerBound
        while start < range.upperBound && lines[start].isBlank { start += 1 }
        guard start < range.upperBound, lines.cleanHasPrefix(start, "The expert reviewer developed the following")
        else { return lines[range] }
        var end = start
        while end < range.upperBound && !lines[end].isBlank && !lines.cleanHasSuffix(end, "medical records:") {
            end += 1
        }
        return end < range.upperBound && !lines[end].isBlank ? lines[(end + 1)..<range.upperBound] : lines[range]
    }
}
