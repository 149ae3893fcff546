/// Reads the expert reviewer's credentials from the "how the determination was made" section.
enum CredentialsParser {
    /// Parses either the labelled form (`State(s) of Licensure:` / `Certification(s)/Specialty:`) or
    /// the sentence form ("is Board Certified in Occupational Medicine and is licensed to practice in
    /// California.").
    static func parse(_ paragraphs: [String]) -> ReviewerCredentials {
        var credentials = ReviewerCredentials()
        for paragraph in paragraphs {
            if let value = value(after: "State(s) of Licensure:", in: paragraph, before: "Certification(s)/Specialty:") {
                credentials.licensure += list(value)
            }
            if let value = value(after: "Certification(s)/Specialty:", in: paragraph, before: nil) {
                credentials.specialties += list(value)
            }
            if credentials.specialties.isEmpty, let value = sentenceValue(after: "Board Certified in ", in: paragraph) {
                let specialty = value.fastRange(of: " and is ").map { String(value[..<$0.lowerBound]) } ?? value
                credentials.specialties += list(specialty)
            }
            if credentials.licensure.isEmpty, let value = sentenceValue(after: "licensed to practice in ", in: paragraph) {
                credentials.licensure += list(value.fastReplacing(" and ", with: ", "))
            }
        }
        return credentials
    }

    private static func value(after label: String, in text: String, before stop: String?) -> String? {
        guard let range = text.fastRange(of: label) else { return nil }
        var value = text[range.upperBound...]
        if let stop, let stopRange = value.fastRange(of: stop) { value = value[..<stopRange.lowerBound] }
        return String(value)
    }

    /// The words after `phrase` up to the end of its sentence.
    private static func sentenceValue(after phrase: String, in text: String) -> String? {
        guard let range = text.fastRange(of: phrase) else { return nil }
        let rest = text[range.upperBound...]
        let end = rest.fastRange(of: ". ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end]).trimmingCharacters(in: ". ")
    }

    private static func list(_ value: String) -> [String] {
        // An ASCII value without carriage returns (each byte is then a `Character` and a Unicode
        // scalar of its own) is split on the comma byte and trimmed of spaces and full stops on its
        // bytes: the pieces of the `Character` split and Foundation's trim, which took most of this
        // parser's time.
        var value = value
        if let pieces = value.withUTF8({ bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var pieces: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: ",") {
                var (first, end) = (start, index)
                while first < end && (bytes[first] == 0x20 || bytes[first] == UInt8(ascii: ".")) { first += 1 }
                while end > first && (bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: ".")) { end -= 1 }
                if end > first { pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<end]), as: UTF8.self)) }
                start = index + 1
            }
            return pieces
        }) {
            return pieces
        }
        return value.split(separator: ",").map { $0.trimmingCharacters(in: " .") }.filter { !$0.isEmpty }
    }
}
