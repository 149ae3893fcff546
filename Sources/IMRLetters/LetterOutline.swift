import IMRCore

/// A readable outline of a parsed letter, as `imr parse` prints it by default.
public enum LetterOutline {
    /// How many leading characters of the clinical case summary the outline shows.
    static let summaryPreviewLength = 240

    /// The outline of `letter`: file, header fields, credentials, the start of the summary, and each
    /// item with its request, decision, MAXIMUS guideline and citations.
    public static func text(_ letter: Letter) -> String {
        let input = letter.input
        let header = input.header
        var lines = [input.file]
        let fields: [(String, String?)] = [
            ("case number", header.caseNumber), ("date assigned", header.dateAssigned?.description),
            ("date of injury", header.dateOfInjury?.description), ("decision date", header.decisionDate?.description),
            ("UR denial date", header.urDenialDate?.description), ("priority", header.priority),
            ("application received", header.applicationReceived?.description),
        ]
        for (name, value) in fields { lines.append("  \(name): \(value ?? "-")") }
        lines.append("  licensure: \(list(input.credentials.licensure))")
        lines.append("  specialties: \(list(input.credentials.specialties))")
        let summary = input.summary.text.fastReplacing("\n", with: " ")
        let preview = summary.count > summaryPreviewLength ? summary.prefix(summaryPreviewLength) + "…" : summary
        lines.append("  summary: \(preview)")
        lines.append("  items: \(input.requests.count)")
        for (request, truth) in zip(input.requests, letter.truth.items) {
            lines.append("  \(request.index + 1). \(request.request)")
            if let original = request.originalRequest { lines.append("     original request: \(original)") }
            if let authorized = request.authorizedPortion { lines.append("     authorized: \(authorized)") }
            lines.append("     decision: \(truth.decision.rawValue)")
            lines.append("     MAXIMUS guideline: \(truth.maximusGuideline)")
            for citation in truth.citations { lines.append("     cites: \(describe(citation))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "mtus Chronic Pain Medical Treatment 2016; Muscle relaxants (for pain); pp. 63-66".
    static func describe(_ citation: GuidelineCitation) -> String {
        var text = "\(citation.source.rawValue) \(citation.document)"
        if let year = citation.year { text += " \(year)" }
        if !citation.sections.isEmpty { text += "; " + citation.sections.joined(separator: " | ") }
        if !citation.pages.isEmpty { text += "; pp. " + citation.pages.joined(separator: ", ") }
        return text
    }

    private static func list(_ values: [String]) -> String {
        values.isEmpty ? "-" : values.joined(separator: ", ")
    }
}
