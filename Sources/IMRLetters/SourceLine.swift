#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        lines.reserveCapacity(data.count / 32)
        data.withUnsafeBufferPointer { data in
            guard let base = data.baseAddress else { return }
            var start = 0
            var number = 1
            // The C library's `memchr` finds each line feed (a byte loop cost six instructions a byte).
            while start < data.count, let found = memchr(base + start, 0x0A, data.count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                lines.append(RawLine(number: number, start: start, end: trimmedCR(data, start, index)))
                start = index + 1
                number += 1
            }
            if start < data.count {
                lines.append(RawLine(number: number, start: start, end: trimmedCR(data, start, data.count)))
            }
        }
        return lines
    }

    private static func trimmedCR(_ data: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        end > start && data[end - 1] == 0x0D ? end - 1 : end
    }
}

/// A logical line of the letter after layout normalisation: content without surrounding
/// whitespace, and where its cleaned text (for matching labels and headings) lies in
/// ``LetterLines/cleaned``.
struct SourceLine: Hashable, Sendable {
    /// 1-based line number in the file.
    var number: Int
    /// Offset of the first non-blank byte.
    var start: Int {
        didSet { isPlain = false }
    }
    /// Offset just past the last non-blank byte (`start == end` for a blank line).
    var end: Int {
        didSet { isPlain = false }
    }
    /// The range in ``LetterLines/cleaned`` of the content with markdown markup (`**`, `###`, `<b>`,
    /// `</b>`) removed, tabs and runs of spaces collapsed to one space, trimmed.
    var cleanStart: Int
    var cleanEnd: Int
    /// Whether the line's bytes are one run of ``PlainRuns`` (hyphens included) that starts with a
    /// byte no rule looks at (not `#`, `*`, `<`, `-` or a blank): its cleaned text and its content in
    /// ``TextNormalizer`` are then its bytes as they are. Cleared when `start` or `end` moves.
    var isPlain = false

    var isBlank: Bool { start == end }

    /// Writes the markup-free, whitespace-collapsed text of `data[start..<end]` at `bytes[count...]`
    /// (which has room for `end - start` bytes), returning the new count.
    static func writeClean(
        _ data: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to bytes: UnsafeMutablePointer<UInt8>, at count: Int
    ) -> Int {
        let base = count
        var count = count
        var index = start
        var hashes = start
        while hashes < end && data[hashes] == UInt8(ascii: "#") { hashes += 1 }
        if hashes > start && hashes < end && data[hashes] == 0x20 { index = hashes }
        while index < end {
            let byte = data[index]
            if byte > 0x20 && byte != UInt8(ascii: "*") && byte != UInt8(ascii: "<") {
                // A run of bytes no rule looks at, with single spaces after them, is copied whole.
                let runEnd = PlainRuns.end(data, from: index + 1, to: end, hyphens: false)
                (bytes + count).update(from: data.baseAddress! + index, count: runEnd - index)
                count += runEnd - index
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
                if count > base, bytes[count - 1] != 0x20 {
                    bytes[count] = 0x20
                    count += 1
                }
                index += 1
                continue
            }
            bytes[count] = byte
            count += 1
            index += 1
        }
        while count > base && bytes[count - 1] == 0x20 { count -= 1 }
        var first = base
        while first < count && bytes[first] == 0x20 { first += 1 }
        if first > base {
            (bytes + base).update(from: bytes + first, count: count - first)
            count -= first - base
        }
        return count
    }

    /// Whether a line starting with `byte` starts with a run that the cleaner and the normaliser
    /// copy as it is: above the space, and not `#`, `*`, `<` or `-`.
    @inline(__always)
    static func startsPlainRun(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != UInt8(ascii: "#") && byte != UInt8(ascii: "*") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "-")
    }

    private static let markupTags = [Array("<b>".utf8), Array("</b>".utf8)]

    /// The length of a `<b>` or `</b>` tag at `index`, if there is one.
    static func markupTagLength(_ data: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        for bytes in markupTags {
            if end - index >= bytes.count && data[index..<index + bytes.count].elementsEqual(bytes) {
                return bytes.count
            }
        }
        return nil
    }

    /// The length of a `<b>` or `</b>` tag at `index`, if there is one.
    static func markupTagLength(_ data: [UInt8], _ index: Int, _ end: Int) -> Int? {
        data.withUnsafeBufferPointer { markupTagLength($0, index, end) }
    }
}

/// The logical lines of a letter, with every line's cleaned text in one buffer: no string is made
/// for a line unless a rule needs it as one. Comparisons with ASCII labels and headings are made on
/// the bytes when the line's cleaned text is ASCII (where they equal the string comparisons), and on
/// the string otherwise.
struct LetterLines {
    let lines: [SourceLine]
    /// The cleaned texts of all lines, one after another.
    let cleaned: [UInt8]
    /// Whether the whole letter is ASCII (then so is every cleaned text).
    let isASCII: Bool
    /// Whether each line's cleaned text is ASCII (empty when the whole letter is).
    private let asciiLines: [Bool]

    /// Builds the logical lines of `data` for `layout`: for the doubled PDF layout, empty lines
    /// (artefacts) are dropped and whitespace-only lines become the blank lines.
    init(of data: [UInt8], raw: [RawLine], layout: LetterLayout, isASCII: Bool) {
        var lines: [SourceLine] = []
        lines.reserveCapacity(raw.count)
        // A line's cleaned text is never longer than the line.
        let cleaned = [UInt8](unsafeUninitializedCapacity: data.count) { cleaned, count in
            data.withUnsafeBufferPointer { data in
                for line in raw {
                    if layout == .doubledPDF && line.start == line.end { continue }
                    var start = line.start
                    var end = line.end
                    while start < end && isSpace(data[start]) { start += 1 }
                    while end > start && isSpace(data[end - 1]) { end -= 1 }
                    let cleanStart = count
                    // Most lines are one plain run: their bytes are copied, and the normaliser
                    // copies them too without reading them again.
                    let isPlain =
                        end > start && SourceLine.startsPlainRun(data[start])
                        && PlainRuns.end(data, from: start + 1, to: end, hyphens: true) == end
                    if isPlain {
                        (cleaned.baseAddress! + count).update(from: data.baseAddress! + start, count: end - start)
                        count += end - start
                    } else {
                        count = SourceLine.writeClean(data, start, end, to: cleaned.baseAddress!, at: count)
                    }
                    lines.append(
                        SourceLine(number: line.number, start: start, end: end, cleanStart: cleanStart, cleanEnd: count, isPlain: isPlain))
                }
            }
        }
        self.lines = lines
        self.cleaned = cleaned
        self.isASCII = isASCII
        asciiLines = isASCII ? [] : lines.map { line in !cleaned[line.cleanStart..<line.cleanEnd].contains { $0 >= 0x80 } }
    }

    var count: Int { lines.count }

    subscript(index: Int) -> SourceLine { lines[index] }

    subscript(range: Range<Int>) -> ArraySlice<SourceLine> { lines[range] }

    /// The cleaned text of line `index`.
    func clean(_ index: Int) -> String {
        String(decoding: cleaned[lines[index].cleanStart..<lines[index].cleanEnd], as: UTF8.self)
    }

    /// The UTF-8 length of the cleaned text of line `index`.
    func cleanCount(_ index: Int) -> Int {
        lines[index].cleanEnd - lines[index].cleanStart
    }

    /// Whether the cleaned text of line `index` is ASCII.
    func cleanIsASCII(_ index: Int) -> Bool {
        isASCII || asciiLines[index]
    }

    /// Whether the cleaned bytes from `offset` are the UTF-8 bytes of `text` (`text` fits before the
    /// buffer's end).
    private func cleanedBytes(at offset: Int, equal text: StaticString) -> Bool {
        cleaned.withUnsafeBufferPointer { memcmp($0.baseAddress! + offset, text.utf8Start, text.utf8CodeUnitCount) == 0 }
    }

    /// `clean(index).hasPrefix(prefix)` for an ASCII `prefix`.
    func cleanHasPrefix(_ index: Int, _ prefix: StaticString) -> Bool {
        guard cleanIsASCII(index) else { return clean(index).hasPrefix(prefix.description) }
        let line = lines[index]
        return line.cleanEnd - line.cleanStart >= prefix.utf8CodeUnitCount && cleanedBytes(at: line.cleanStart, equal: prefix)
    }

    /// `clean(index).hasSuffix(suffix)` for an ASCII `suffix`.
    func cleanHasSuffix(_ index: Int, _ suffix: StaticString) -> Bool {
        guard cleanIsASCII(index) else { return clean(index).hasSuffix(suffix.description) }
        let line = lines[index]
        return line.cleanEnd - line.cleanStart >= suffix.utf8CodeUnitCount
            && cleanedBytes(at: line.cleanEnd - suffix.utf8CodeUnitCount, equal: suffix)
    }

    /// `clean(index).uppercased() == text` for an upper-case ASCII `text`.
    func cleanUppercasedEquals(_ index: Int, _ text: StaticString) -> Bool {
        let line = lines[index]
        guard cleanIsASCII(index) else { return clean(index).uppercased() == text.description }
        guard line.cleanEnd - line.cleanStart == text.utf8CodeUnitCount else { return false }
        return cleaned.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < text.utf8CodeUnitCount {
                let byte = bytes[line.cleanStart + offset]
                guard (isLowercase(byte) ? byte - 0x20 : byte) == text.utf8Start[offset] else { return false }
                offset += 1
            }
            return true
        }
    }
}

/// Space, tab, carriage return, vertical tab or form feed.
@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
}
