import IMRCore
import IMRLetters

/// Builds the case input of `imr check` from a bare clinical summary or a whole letter.
public enum CaseCheck {
    /// Headings that mark the text as a whole IMR letter rather than a bare summary.
    static let letterHeadings = [
        "CLINICAL CASE SUMMARY", "IMR ISSUES", "DECISIONS AND RATIONALES", "HOW THE IMR FINAL DETERMINATION WAS MADE",
    ]

    /// Whether `text` is a whole letter: it carries the case-summary heading and another IMR section heading.
    public static func isLetter(_ text: String) -> Bool {
        let upper = text.uppercased()
        return upper.contains(letterHeadings[0]) && letterHeadings.dropFirst().contains { upper.contains($0) }
    }

    /// The case input of `text` (read from `file`) with `requests` as its items. A letter is parsed
    /// and its own items and truth are dropped; bare text is the summary as given.
    public static func input(text: String, file: String, requests: [String]) throws(Diagnostic) -> CaseInput {
        let items = requests.enumerated().map { RequestedItem(index: $0.offset, request: $0.element) }
        if let empty = requests.firstIndex(where: { $0.allSatisfy(\.isWhitespace) }) {
            throw Diagnostic(message: "request \(empty + 1) is empty", location: SourceLocation(file: file))
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw Diagnostic(message: "the case summary is empty", location: SourceLocation(file: file))
        }
        if isLetter(text) {
            var input = try LetterParser.parse(Array(text.utf8), file: file).input
            input.requests = items
            guard !input.summary.text.allSatisfy(\.isWhitespace) else {
                throw Diagnostic(message: "the letter's clinical case summary is empty", location: SourceLocation(file: file))
            }
            return input
        }
        return CaseInput(
            file: file, header: LetterHeader(), credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: text),
            requests: items)
    }
}
