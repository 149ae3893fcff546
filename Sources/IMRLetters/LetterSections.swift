import IMRCore

/// The line ranges of a letter's sections, found by their headings.
struct LetterSections {
    /// Heading of the section explaining how the determination was made (holds the credentials).
    static let howMadeHeading: StaticString = "HOW THE IMR FINAL DETERMINATION WAS MADE"
    static let summaryHeading: StaticString = "CLINICAL CASE SUMMARY"
    static let issuesHeading: StaticString = "IMR ISSUES, DECISIONS AND RATIONALES"
    /// Older letters' name for the issues section.
    static let olderIssuesHeadings: [StaticString] = ["IMR DECISION(S) AND RATIONALE(S)", "IMR DECISIONS AND RATIONALES"]

    /// Lines before the first heading (the header block, when the layout has one).
    var header: Range<Int>
    /// Lines of the "how the determination was made" section (with the credentials).
    var howMade: Range<Int>
    /// Lines of the clinical case summary.
    var summary: Range<Int>
    /// Lines of the issues, decisions and rationales section.
    var issues: Range<Int>

    /// Finds the sections in `lines`, or throws naming what is missing.
    static func find(in lines: LetterLines, file: String) throws(Diagnostic) -> LetterSections {
        var howMade: Int?
        var summary: Int?
        var issues: Int?
        for index in 0..<lines.count where !lines[index].isBlank && lines.cleanCount(index) < 60 {
            if howMade == nil && lines.cleanUppercasedEquals(index, howMadeHeading) {
                howMade = index
            } else if summary == nil && lines.cleanUppercasedEquals(index, summaryHeading) {
                summary = index
            } else if issues == nil
                && (lines.cleanUppercasedEquals(index, issuesHeading)
                    || olderIssuesHeadings.contains { lines.cleanUppercasedEquals(index, $0) })
            {
                issues = index
            }
        }
        guard let issues else {
            let truncated = howMade != nil || summary != nil
            throw Diagnostic(
                message: "no '\(issuesHeading)' section\(truncated ? " (truncated letter?)" : "")",
                location: SourceLocation(file: file))
        }
        guard let summary, summary < issues else {
            throw Diagnostic(
                message: "no '\(summaryHeading)' section before the decisions",
                location: SourceLocation(file: file, line: lines[issues].number))
        }
        let firstHeading = min(howMade ?? summary, summary)
        let howMadeRange = howMade.map { $0 < summary ? ($0 + 1)..<summary : summary..<summary } ?? summary..<summary
        return LetterSections(
            header: 0..<firstHeading, howMade: howMadeRange, summary: (summary + 1)..<issues,
            issues: (issues + 1)..<lines.count)
    }
}
