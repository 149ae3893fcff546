import IMRCore

/// Reads the header block (`Case Number:`, `Date Assigned:` … `Application Received:`) whose labels
/// may wrap over lines or sit side by side in one line.
enum HeaderParser {
    private enum Field: CaseIterable {
        case caseNumber, dateAssigned, dateOfInjury, decisionDate, urDenialDate, priority, applicationReceived

        var label: StaticString {
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
    static func parse(_ lines: LetterLines, _ range: Range<Int>) -> LetterHeader {
        var joined: [UInt8] = []
        joined.reserveCapacity(range.reduce(0) { $0 + lines.cleanCount($1) + 1 })
        var first = true
        for index in range where !lines[index].isBlank {
            if !first { joined.append(0x20) }
            first = false
            joined += lines.cleaned[lines[index].cleanStart..<lines[index].cleanEnd]
        }
        var found: [(field: Field, start: Int, end: Int)] = []
        found.reserveCapacity(Field.allCases.count)
        joined.withUnsafeBufferPointer { bytes in
            for field in Field.allCases {
                let label = field.label
                let offset = label.withUTF8Buffer { ByteSearch.firstOffset(of: $0, in: bytes) }
                if let offset { found.append((field, offset, offset + label.utf8CodeUnitCount)) }
            }
        }
        found.sort { $0.start < $1.start }
        // An ASCII header is read on its bytes, where they are its `Character`s (the cleaned lines
        // hold no carriage return); any other is read by `Character`.
        let text = joined.allSatisfy { $0 < 0x80 } ? nil : String(decoding: joined, as: UTF8.self)
        var header = LetterHeader()
        for (position, entry) in found.enumerated() {
            let valueEnd = position + 1 < found.count ? found[position + 1].start : joined.count
            guard entry.end <= valueEnd else { continue }
            let (value, firstWord) =
                if let text { valueAndFirstWord(text, entry.end, valueEnd) } else { valueAndFirstWord(joined, entry.end, valueEnd) }
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

    /// The value between UTF-8 offsets `start` and `end` of ASCII `bytes`, without surrounding
    /// spaces, and its first word.
    private static func valueAndFirstWord(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (String, String?) {
        var start = start
        var end = end
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return ("", nil) }
        let wordEnd = bytes[start..<end].firstIndex(of: 0x20) ?? end
        return (String(decoding: bytes[start..<end], as: UTF8.self), String(decoding: bytes[start..<wordEnd], as: UTF8.self))
    }

    /// The value between UTF-8 offsets `start` and `end` of `text`, without surrounding spaces, and
    /// its first word, compared by `Character`.
    private static func valueAndFirstWord(_ text: String, _ start: Int, _ end: Int) -> (String, String?) {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let value = text[lower..<utf8.index(lower, offsetBy: end - start)].trimmingCharacters(in: " ")
        // The first of `value.split(separator: " ")`: the value has no leading space.
        let firstWord = value.isEmpty ? nil : String(value[..<(value.firstIndex(of: " ") ?? value.endIndex)])
        return (value, firstWord)
    }
}

extension StringProtocol {
    /// The text without leading and trailing `characters` (ASCII characters, compared as
    /// `Character`s).
    ///
    /// An ASCII byte is a `Character` of its own when the bytes beside it are ASCII too, so the
    /// bytes are trimmed directly while that holds; next to other text the `Character`s are compared.
    func trimmingCharacters(in characters: StaticString) -> String {
        let text = Substring(self)
        let trimmed = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let set = UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount)
            var start = 0
            var end = bytes.count
            while start < end, set.contains(bytes[start]) {
                guard start + 1 == end || bytes[start + 1] < 0x80 else { return nil }
                start += 1
            }
            while start < end, set.contains(bytes[end - 1]) {
                guard end - 1 == start || bytes[end - 2] < 0x80 else { return nil }
                end -= 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return (trimmed ?? nil) ?? characterTrimmed(characters.description)
    }

    /// ``trimmingCharacters(in:)`` compared `Character` by `Character`.
    private func characterTrimmed(_ characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
