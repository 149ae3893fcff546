/// The text layouts IMR letters arrive in (DESIGN.md §2).
public enum LetterLayout: String, Hashable, Sendable, Codable {
    /// Web page text: `<b>Case Number:</b>` header, `###` headings, `**Item:** Upheld`.
    case markdown
    /// PDF text with an empty line after every line; whitespace-only lines are the real blank lines.
    case doubledPDF
    /// Compact PDF text: header block, then sections; blank lines separate paragraphs (and page gaps).
    case compactPDF

    private static let markdownHeading = Array("### ".utf8)

    /// Detects the layout of `data` from its first bytes and its pattern of empty lines.
    static func detect(_ data: [UInt8], lines: [RawLine]) -> LetterLayout {
        let head = data.prefix(4096)
        if ByteSearch.firstOffset(of: "<b>Case Number:</b>".utf8, in: head) != nil
            || lines.contains(where: { $0.hasPrefix(markdownHeading, in: data) })
        {
            return .markdown
        }
        var nonEmpty = 0
        var adjacent = 0
        var previousNonEmpty = false
        for line in lines {
            let isEmpty = line.end == line.start
            if !isEmpty {
                nonEmpty += 1
                if previousNonEmpty { adjacent += 1 }
            }
            previousNonEmpty = !isEmpty
        }
        return nonEmpty >= 10 && adjacent * 10 < nonEmpty ? .doubledPDF : .compactPDF
    }
}
