/// HTML building blocks: escaping and evidence highlighting.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped for element content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` escaped, with the UTF-8 byte ranges `marks` (clamped, merged when they overlap) in `<mark>`.
    static func highlight(_ text: String, marks: [Range<Int>]) -> String {
        let bytes = Array(text.utf8)
        let clamped =
            marks
            .map { min(max($0.lowerBound, 0), bytes.count)..<min(max($0.upperBound, 0), bytes.count) }
            .filter { !$0.isEmpty }
            .sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in clamped {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        func piece(_ range: Range<Int>) -> String { escape(String(decoding: bytes[range], as: UTF8.self)) }
        var result = ""
        var position = 0
        for range in merged {
            result += piece(position..<range.lowerBound)
            result += "<mark>" + piece(range) + "</mark>"
            position = range.upperBound
        }
        result += piece(position..<bytes.count)
        return result
    }
}
