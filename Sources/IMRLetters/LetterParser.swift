import IMRCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        let summary = TextNormalizer.normalize(bytes, lines: summaryLines(lines, sections.summary), keepsShortLines: true)
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
            guard let base = text.baseAddress else { return }
            var start = 0
            while start < text.count {
                // The C library's `memchr` finds each line feed.
                let found = memchr(base + start, 0x0A, text.count - start)
                let end = found.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? text.count
                if end > start {
                    paragraphs.append(String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self))
                }
                start = end + 1
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
