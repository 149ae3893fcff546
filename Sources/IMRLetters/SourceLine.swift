/// One physical line of the raw letter: byte range without the line terminator.
struct RawLine: Hashable, Sendable {
    /// 1-based line number in the file.
    var number: Int
    /// Offset of the first byte.
    var start: Int
    /// Offset just past the last byte, excluding `\n` and `\r`.
    var end: Int

    /// Whether the line's bytes start with `prefix`.
    func hasPrefix(_ bytes: [UInt8], in data: [UInt8]) -> Bool {
        end - start >= bytes.count && data[start..<start + bytes.count].elementsEqual(bytes)
    }

    /// Splits `data` into lines.
    static func split(_ data: [UInt8]) -> [RawLine] {
        var lines: [RawLine] = []
        var start = 0
        var number = 1
        for index in data.indices where data[index] == 0x0A {
            lines.append(RawLine(number: number, start: start, end: trimmedCR(data, start, index)))
            start = index + 1
            number += 1
        }
        if start < data.count {
            lines.append(RawLine(number: number, start: start, end: trimmedCR(data, start, data.count)))
        }
        return lines
    }

    private static func trimmedCR(_ data: [UInt8], _ start: Int, _ end: Int) -> Int {
        end > start && data[end - 1] == 0x0D ? end - 1 : end
    }
}

/// A logical line of the letter after layout normalisation: content without surrounding
/// whitespace, plus a cleaned text for matching labels and headings.
struct SourceLine: Hashable, Sendable {
    /// 1-based line number in the file.
    var number: Int
    /// Offset of the first non-blank byte.
    var start: Int
    /// Offset just past the last non-blank byte (`start == end` for a blank line).
    var end: Int
    /// The content with markdown markup (`**`, `###`, `<b>`, `</b>`) removed, tabs and runs of spaces
    /// collapsed to one space, trimmed.
    var clean: String

    var isBlank: Bool { start == end }

    /// Builds the logical lines of `data` for `layout`: for the doubled PDF layout, empty lines
    /// (artefacts) are dropped and whitespace-only lines become the blank lines.
    static func lines(of data: [UInt8], raw: [RawLine], layout: LetterLayout) -> [SourceLine] {
        var result: [SourceLine] = []
        result.reserveCapacity(raw.count)
        for line in raw {
            if layout == .doubledPDF && line.start == line.end { continue }
            var start = line.start
            var end = line.end
            while start < end && isSpace(data[start]) { start += 1 }
            while end > start && isSpace(data[end - 1]) { end -= 1 }
            result.append(SourceLine(number: line.number, start: start, end: end, clean: cleanText(data, start, end)))
        }
        return result
    }

    /// Markup-free, whitespace-collapsed text of `data[start..<end]`.
    static func cleanText(_ data: [UInt8], _ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        var index = start
        var hashes = start
        while hashes < end && data[hashes] == UInt8(ascii: "#") { hashes += 1 }
        if hashes > start && hashes < end && data[hashes] == 0x20 { index = hashes }
        while index < end {
            let byte = data[index]
            if byte > 0x20 && byte != UInt8(ascii: "*") && byte != UInt8(ascii: "<") {
                // A run of bytes no rule looks at, with single spaces after them, is copied whole.
                var runEnd = index + 1
                while runEnd < end {
                    let next = data[runEnd]
                    guard
                        (next > 0x20 && next != UInt8(ascii: "*") && next != UInt8(ascii: "<"))
                            || (next == 0x20 && data[runEnd - 1] != 0x20)
                    else { break }
                    runEnd += 1
                }
                data.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[index..<runEnd])) }
                index = runEnd
                continue
            }
            if byte == UInt8(ascii: "*") && index + 1 < end && data[index + 1] == UInt8(ascii: "*") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "<") {
                if let skip = markupTagLength(data, index, end) {
                    index += skip
                    continue
                }
            }
            if isSpace(byte) {
                if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
                index += 1
                continue
            }
            bytes.append(byte)
            index += 1
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        while bytes.first == 0x20 { bytes.removeFirst() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let markupTags = [Array("<b>".utf8), Array("</b>".utf8)]

    /// The length of a `<b>` or `</b>` tag at `index`, if there is one.
    static func markupTagLength(_ data: [UInt8], _ index: Int, _ end: Int) -> Int? {
        for bytes in markupTags {
            if end - index >= bytes.count && data[index..<index + bytes.count].elementsEqual(bytes) {
                return bytes.count
            }
        }
        return nil
    }
}

/// Space, tab, carriage return, vertical tab or form feed.
@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
}
