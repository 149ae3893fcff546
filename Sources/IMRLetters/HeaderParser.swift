import IMRCore

/// Reads the header block (`Case Number:`, `Date Assigned:` … `Application Received:`) whose labels
/// may wrap over lines or sit side by side in one line.
enum HeaderParser {
    private enum Field: CaseIterable {
        case caseNumber, dateAssigned, dateOfInjury, decisionDate, urDenialDate, priority, applicationReceived

        var label: String {
            switch self {
            case .caseNumber: "Case Number:"
            case .dateAssigned: "Date Assigned:"
            case .dateOfInjury: "Date of Injury:"
            case .decisionDate: "Decision Date:"
            case .urDenialDate: "UR Denial Date:"
            case .priority: "Priority:"
            case .applicationReceived: "Application Received:"
            }
        }
    }

    /// Parses the header from the cleaned texts of its lines (joined with spaces, so wrapped labels
    /// read whole).
    static func parse(_ lines: some Sequence<SourceLine>) -> LetterHeader {
        let text = lines.filter { !$0.isBlank }.map(\.clean).joined(separator: " ")
        var found: [(field: Field, range: Range<String.Index>)] = []
        for field in Field.allCases {
            if let range = text.fastRange(of: field.label) { found.append((field, range)) }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var header = LetterHeader()
        for (position, entry) in found.enumerated() {
            let valueEnd = position + 1 < found.count ? found[position + 1].range.lowerBound : text.endIndex
            guard entry.range.upperBound <= valueEnd else { continue }
            let value = text[entry.range.upperBound..<valueEnd].trimmingCharacters(in: " ")
            let firstWord = value.split(separator: " ").first.map(String.init)
            switch entry.field {
            case .caseNumber: header.caseNumber = value.isEmpty ? nil : value
            case .priority: header.priority = value.isEmpty ? nil : value
            case .dateAssigned: header.dateAssigned = firstWord.flatMap { SimpleDate($0) }
            case .dateOfInjury: header.dateOfInjury = firstWord.flatMap { SimpleDate($0) }
            case .decisionDate: header.decisionDate = firstWord.flatMap { SimpleDate($0) }
            case .urDenialDate: header.urDenialDate = firstWord.flatMap { SimpleDate($0) }
            case .applicationReceived: header.applicationReceived = firstWord.flatMap { SimpleDate($0) }
            }
        }
        return header
    }
}

extension StringProtocol {
    /// The text without leading and trailing `characters`.
    func trimmingCharacters(in characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
