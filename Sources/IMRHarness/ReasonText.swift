import Foundation
import IMRCore

/// A criterion the reviewer named in a decision rationale, as met or missing.
public struct NamedCriterion: Hashable, Sendable, Codable {
    /// Whether the reviewer found the criterion met or missing.
    public enum Status: String, Hashable, Sendable, Codable {
        case met, missing
    }

    /// The fact the criterion is about.
    public var fact: String
    public var status: Status
    /// The rationale's sentence that names it (its last mention).
    public var sentence: String

    public init(fact: String, status: Status, sentence: String) {
        self.fact = fact
        self.status = status
        self.sentence = sentence
    }
}

/// Reads a decision rationale (truth side only) into the criteria the reviewer named.
public enum ReasonText {
    /// How many words before a criterion a `negation` phrase may end.
    static let negationWindow = 12
    /// How many words after a criterion an `after` phrase may start.
    static let afterWindow = 6

    /// The criteria `rationale` names, one per fact, in order of first mention. Only sentences with
    /// a `case` phrase count (the others quote the guideline); within them, a criterion phrase is
    /// *missing* when a `negation` phrase ends before it in its clause (within 12 words) or an
    /// `after` phrase starts after it in its clause (within 6 words), and *met* otherwise. Clauses end
    /// at `;` and at `boundary` words. Within a sentence a missing mention outweighs a met one. A fact
    /// named several times takes the status of its last mention.
    ///
    /// This compiles `cues` for one rationale; to read many, compile them once with ``ReasonReader``.
    public static func named(in rationale: String, cues: ReasonCues) -> [NamedCriterion] {
        ReasonReader(cues).named(in: rationale)
    }

    /// `text` as lowercase words of letters and digits (`-`, `/` and other marks separate words).
    /// ASCII text is scanned as bytes (the same words, several times faster); other text by Unicode
    /// scalars.
    static func words(_ text: String) -> [String] {
        var ascii = text
        let scanned: [String]? = ascii.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var words: [String] = []
            var start = -1
            for position in 0...bytes.count {
                let byte = position < bytes.count ? bytes[position] : 0x20
                if isWordByte(byte) {
                    if start < 0 { start = position }
                } else if start >= 0 {
                    var end = position
                    // A possessive `'s` is dropped ("worker's" → "worker"); a lone `'` is no word.
                    if end - start >= 2 && bytes[end - 2] == 0x27 && (bytes[end - 1] == 0x73 || bytes[end - 1] == 0x53) { end -= 2 }
                    let word = String(decoding: bytes[start..<end].lazy.map { isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
                    if word != "'" { words.append(word) }
                    start = -1
                }
            }
            return words
        }
        return scanned ?? scalarWords(text)
    }

    /// An ASCII letter, digit or `'`: a byte of a word.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// ``words(_:)`` of text that is not all ASCII.
    static func scalarWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }.filter { $0 != "'" }
    }

    /// The sentences of `text`: split after `.`, `?` or `!` followed by a space and a capital
    /// letter or digit, and at blank lines; spaces and line breaks collapsed.
    /// ASCII text without carriage returns is scanned as bytes (the same sentences, several times
    /// faster); other text by characters.
    static func sentences(_ text: String) -> [String] {
        guard let (collapsed, ranges) = sentenceRanges(text) else { return characterSentences(text) }
        return ranges.map { String(decoding: collapsed[$0], as: UTF8.self) }
    }

    /// For ASCII text without carriage returns: the text with its spaces and line breaks collapsed,
    /// and the byte range of each of its ``sentences(_:)`` in it (without surrounding spaces);
    /// `nil` for other text.
    static func sentenceRanges(_ text: String) -> (collapsed: [UInt8], ranges: [Range<Int>])? {
        var ascii = text
        return ascii.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var isASCII = true
            // One pass: collapse the blanks and, at each space written before a capital or a digit
            // that follows `.`, `?` or `!`, end a sentence.
            let collapsed = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
                var written = 0
                var space = false
                var start = 0
                for byte in bytes {
                    if byte >= 0x80 || byte == 0x0D {
                        isASCII = false
                        break
                    }
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                        space = written > 0
                        continue
                    }
                    if space {
                        let previous = out[written - 1]
                        if (previous == 0x2E || previous == 0x3F || previous == 0x21)
                            && ((byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39))
                        {
                            ranges.append(trimmedSpaces(out, start..<written))
                            start = written
                        }
                        out[written] = 0x20
                        written += 1
                        space = false
                    }
                    out[written] = byte
                    written += 1
                }
                if isASCII {
                    let rest = trimmedSpaces(out, start..<written)
                    if !rest.isEmpty { ranges.append(rest) }
                }
                count = written
            }
            return isASCII ? (collapsed, ranges) : nil
        }
    }

    /// A blank of ``sentences(_:)``: space, line feed or tab.
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09
    }

    /// A byte that starts a sentence after `.`, `?` or `!` and blanks: a capital letter or a digit.
    @inline(__always)
    static func startsSentence(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Whether `bytes` are ASCII without a carriage return (the text ``sentenceRanges(_:)`` reads),
    /// tested eight bytes at a time.
    static func isASCIIWithoutCR(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        var index = 0
        while index + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte equal to 0x0D is a zero byte of `word ^ carriageReturns`, whose high bit this sets.
            let differs = word ^ carriageReturns
            let zero = ~(((differs & low7) &+ low7) | differs | low7)
            if (word & high) | zero != 0 { return false }
            index += 8
        }
        while index < raw.count {
            if raw[index] >= 0x80 || raw[index] == 0x0D { return false }
            index += 1
        }
        return true
    }

    /// `range` of `bytes` without leading and trailing spaces.
    private static func trimmedSpaces(_ bytes: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        return start..<end
    }

    /// ``sentences(_:)`` of text that is not all ASCII or has carriage returns.
    static func characterSentences(_ text: String) -> [String] {
        let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        var result: [String] = []
        var current = ""
        let characters = Array(collapsed)
        for (position, character) in characters.enumerated() {
            current.append(character)
            guard ".?!".contains(character), position + 2 < characters.count, characters[position + 1] == " " else { continue }
            let next = characters[position + 2]
            if next.isUppercase || next.isNumber {
                result.append(current)
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
        return result.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
