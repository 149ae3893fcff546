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

    /// The case input of the bytes `data` (read from `file`). A letter is parsed and its truth
    /// dropped; bare text is the summary as given. `requests`, when given, replace the letter's own
    /// items (and must not be empty strings).
    public static func input(data: [UInt8], file: String, requests: [String]?) throws(Diagnostic) -> CaseInput {
        try LetterParser.checkIsText(data, file: file)
        let text = String(decoding: data, as: UTF8.self)
        if let requests, let empty = requests.firstIndex(where: { $0.allSatisfy(\.isWhitespace) }) {
            throw Diagnostic(message: "request \(empty + 1) is empty", location: SourceLocation(file: file))
        }
        if let requests, let long = requests.firstIndex(where: { $0.utf8.count > InputFile.maximumRequestSize }) {
            let message = InputFile.requestTooLong(long + 1, size: requests[long].utf8.count)
            throw Diagnostic(message: message, location: SourceLocation(file: file))
        }
        guard !text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) else {  // a byte-order mark alone is empty
            throw Diagnostic(message: "the case summary is empty", location: SourceLocation(file: file))
        }
        var input: CaseInput
        if isLetter(text) {
            input = try LetterParser.parse(data, file: file).input
            guard !input.summary.text.allSatisfy(\.isWhitespace) else {
                throw Diagnostic(message: "the letter's clinical case summary is empty", location: SourceLocation(file: file))
            }
        } else {
            input = CaseInput(
                file: file, header: LetterHeader(), credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: text),
                requests: [])
        }
        if let requests { input.requests = requests.enumerated().map { RequestedItem(index: $0.offset, request: $0.element) } }
        return input
    }
}
