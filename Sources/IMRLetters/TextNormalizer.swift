#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Joins logical lines into flowing paragraphs, undoing PDF artefacts, and remembers where every
/// output byte came from.
///
/// - Lines of a paragraph are joined with one space; a line ending in `letter-` or `digit-` followed
///   by a line starting with a letter or digit is joined without a space (`short-` + `term` →
///   `short-term`, `10-30-` + `2016` → `10-30-2016`).
/// - A blank line separates paragraphs (one `\n` in the output) unless it is a page gap: the line
///   before it does not end a sentence, or the line after it starts in lower case.
/// - With `keepsShortLines` (a summary), a line break the writer made is kept: in a summary never
///   wrapped at a page's edge, before a bullet, and after a line that ends well short of the widest
///   (a list's item, a note's labelled line, a dated entry); a wrapped paragraph's lines are full
///   (``keepsBreak(_:_:_:width:)``).
/// - Markdown markup is dropped, runs of blanks collapse to one space, and a word split inside a
///   line (`drug- taking`) is re-joined (`drug-taking`) unless the next word is a conjunction
///   (`pre- and post-operative`).
///
/// The output is written once into storage of its final arrays (it is never longer than the lines
/// plus one separator each), with no intermediate copy.
struct TextNormalizer {
    private let data: UnsafeBufferPointer<UInt8>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    /// Where each output byte came from; `nil` when the offsets are not kept (the summary's evidence
    /// needs them; the truth texts do not).
    private let offsets: UnsafeMutablePointer<Int>?

    private init(data: UnsafeBufferPointer<UInt8>, bytes: UnsafeMutableBufferPointer<UInt8>, offsets: UnsafeMutablePointer<Int>?) {
        self.data = data
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Normalises `lines` of `data`; paragraphs are separated by `paragraphSeparator`.
    /// With `keepsShortLines`, a line break the writer made is kept (``keepsBreak(_:_:_:width:)``).
    static func normalize(
        _ data: [UInt8], lines: some Collection<SourceLine>, paragraphSeparator: UInt8 = 0x0A, keepsShortLines: Bool = false
    ) -> NormalizedText {
        let capacity = Self.capacity(lines)
        var offsets: [Int] = []
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { bytes, byteCount in
            offsets = [Int](unsafeUninitializedCapacity: capacity + 1) { offsets, offsetCount in
                byteCount = run(data, lines, paragraphSeparator, bytes, offsets.baseAddress, keepsShortLines: keepsShortLines)
                offsetCount = byteCount + 1
            }
        }
        return NormalizedText(text: String(decoding: bytes, as: UTF8.self), originalOffsets: offsets)
    }

    /// The text of ``normalize(_:lines:paragraphSeparator:)`` alone, without the offsets.
    static func text(_ data: [UInt8], lines: some Collection<SourceLine>, paragraphSeparator: UInt8 = 0x0A) -> String {
        String(unsafeUninitializedCapacity: capacity(lines)) { run(data, lines, paragraphSeparator, $0, nil) }
    }

    /// The UTF-8 bytes of ``text(_:lines:paragraphSeparator:)``.
    static func bytes(_ data: [UInt8], lines: some Collection<SourceLine>, paragraphSeparator: UInt8 = 0x0A) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity(lines)) { $1 = run(data, lines, paragraphSeparator, $0, nil) }
    }

    /// An upper bound of the output's length: every line and one separator after it.
    private static func capacity(_ lines: some Collection<SourceLine>) -> Int {
        var capacity = 0
        for line in lines { capacity += line.end - line.start + 1 }
        return capacity
    }

    /// Writes the normalised `lines` into `bytes` (and where each byte came from into `offsets`, with
    /// one more entry for the end), returning the number of bytes written.
    private static func run(
        _ data: [UInt8], _ lines: some Collection<SourceLine>, _ paragraphSeparator: UInt8,
        _ bytes: UnsafeMutableBufferPointer<UInt8>, _ offsets: UnsafeMutablePointer<Int>?, keepsShortLines: Bool = false
    ) -> Int {
        data.withUnsafeBufferPointer { data in
            var normalizer = TextNormalizer(data: data, bytes: bytes, offsets: offsets)
            var previous: SourceLine?
            var previousIsTable = false
            var blankOffset: Int?
            var endOffset = 0
            let tables = tableLines(data, lines)
            // The widest line's length, when short lines keep their breaks (zero keeps none).
            let width = keepsShortLines ? lines.reduce(0) { max($0, $1.end - $1.start) } : 0
            for (number, line) in lines.enumerated() {
                if line.isBlank {
                    if previous != nil && blankOffset == nil { blankOffset = line.start }
                    continue
                }
                let isTable = tables[number]
                if let previous {
                    if let blankOffset, !gapJoins(data, previous, line) {
                        normalizer.trimTrailingSpaces()
                        normalizer.append(paragraphSeparator, from: blankOffset)
                    } else if !normalizer.joinsHyphenated(next: line) {
                        normalizer.trimTrailingSpaces()
                        // A table's line keeps its line break (before and after it), and so does a
                        // line the writer ended short.
                        let keeps =
                            isTable || previousIsTable || blankOffset == nil && keepsBreak(data, previous, line, width: width)
                        normalizer.append(keeps ? 0x0A : 0x20, from: previous.end)
                    }
                }
                normalizer.appendContent(of: line, keepsCells: isTable)
                previous = line
                previousIsTable = isTable
                blankOffset = nil
                endOffset = line.end
            }
            normalizer.trimTrailingSpaces()
            offsets?[normalizer.count] = endOffset
            return normalizer.count
        }
    }

    /// Per line of `lines`, whether it is a line of a table: it divides into cells (``dividesCells(_:_:)``)
    /// and so does the line right before or after it (a table has a header and a row at least).
    /// A table's line keeps its line break, and its runs of blanks are written as one tab, so that
    /// its rows and cells stay apart.
    private static func tableLines(_ data: UnsafeBufferPointer<UInt8>, _ lines: some Collection<SourceLine>) -> [Bool] {
        let divided = lines.map { !$0.isBlank && dividesCells(data, $0) }
        guard divided.contains(true) else { return divided }
        return divided.indices.map { index in
            divided[index] && (index > 0 && divided[index - 1] || index + 1 < divided.count && divided[index + 1])
        }
    }

    /// Whether a bar (`|`) divides `line`, or a tab or a run of three blanks or more between its
    /// words, not after a sentence's end ("Knee flexion   85   118   130"; not "her fall.   On").
    private static func dividesCells(_ data: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        // A plain line (``SourceLine/isPlain``) holds no tab and no two blanks together: only a bar
        // can divide it, found by the C library's `memchr` (most lines are plain).
        if line.isPlain { return memchr(data.baseAddress! + line.start, Int32(UInt8(ascii: "|")), line.end - line.start) != nil }
        var index = line.start
        var blanks = 0
        while index < line.end {
            let byte = data[index]
            if byte == UInt8(ascii: "|") || byte == 0x09 { return true }
            blanks = byte == 0x20 ? blanks + 1 : 0
            if blanks == 3, index >= line.start + 3, data[index - 3] != UInt8(ascii: ".") { return true }
            index += 1
        }
        return false
    }

    /// The widths a page's wrapped lines may take, in bytes, with room to spare: the corpus's widest
    /// summary lines take 94 to 106. A summary whose widest line is wider or narrower was not
    /// wrapped at a page's edge.
    static let pageWidths = 60...140

    /// Whether the line break between `above` and `below` (no blank line between them) is the
    /// writer's, not a page's wrap. A line that starts in lower case after one that ends no sentence
    /// goes on with its sentence ("has filed" + "a claim for ..."). Otherwise the break is kept when
    /// the summary was never wrapped (its widest line, `width`, is not as wide as a page's lines:
    /// ``pageWidths``); when `below` opens with a bullet (`-`, `*`, `•` and a space); or when `above`
    /// with a space and the first word of `below` would take less than three quarters of `width`. A
    /// wrapped paragraph's lines are full, the next line's first word did not fit on them (in the
    /// corpus such a line with that word takes 86% of the widest line or more); a list's item, a
    /// note's labelled line ("Meds: ...") or a dated entry ends where its writer ended it.
    private static func keepsBreak(_ data: UnsafeBufferPointer<UInt8>, _ above: SourceLine, _ below: SourceLine, width: Int) -> Bool {
        guard width > 0, !isLowercase(data[below.start]) || endsSentence(data, above) else { return false }
        if !pageWidths.contains(width) { return true }
        var wordEnd = below.start
        while wordEnd < below.end, data[wordEnd] != 0x20, data[wordEnd] != 0x09 { wordEnd += 1 }
        let word = data[below.start..<wordEnd]
        if word.elementsEqual("-".utf8) || word.elementsEqual("*".utf8) || word.elementsEqual("•".utf8) { return true }
        return 4 * (above.end - above.start + 1 + word.count) < 3 * width
    }

    /// Whether a blank line between `above` and `below` is a page gap inside one paragraph.
    private static func gapJoins(_ data: UnsafeBufferPointer<UInt8>, _ above: SourceLine, _ below: SourceLine) -> Bool {
        isLowercase(data[below.start]) || !endsSentence(data, above)
    }

    /// Whether `line` ends with `.`, `:`, `;`, `?` or `!` (before closing quotes, brackets or `**`).
    static func endsSentence(_ data: [UInt8], _ line: SourceLine) -> Bool {
        data.withUnsafeBufferPointer { endsSentence($0, line) }
    }

    /// Whether `line` ends with `.`, `:`, `;`, `?` or `!` (before closing quotes, brackets or `**`).
    private static func endsSentence(_ data: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        var end = line.end
        while end > line.start {
            switch data[end - 1] {
            case UInt8(ascii: "*"), UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "]"), 0x20: end -= 1
            default:
                switch data[end - 1] {
                case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "!"): return true
                default: return false
                }
            }
        }
        return false
    }

    private var last: UInt8? { count > 0 ? bytes[count - 1] : nil }

    private mutating func append(_ byte: UInt8, from offset: Int) {
        bytes[count] = byte
        offsets?[count] = offset
        count += 1
    }

    private mutating func trimTrailingSpaces() {
        while count > 0 && bytes[count - 1] == 0x20 { count -= 1 }
    }

    /// When the output ends in `letter-` or `digit-` and `next` starts with a letter or digit, the line
    /// break is dropped (`short-` + `term`, `10-30-` + `2016`).
    private mutating func joinsHyphenated(next: SourceLine) -> Bool {
        trimTrailingSpaces()
        return count >= 2 && bytes[count - 1] == UInt8(ascii: "-") && isAlphanumeric(bytes[count - 2])
            && isAlphanumeric(data[next.start])
    }

    /// Appends the content of `line`; with `keepsCells` (a table's line) a run of two blanks or more,
    /// or a tab, is written as one tab.
    private mutating func appendContent(of line: SourceLine, keepsCells: Bool = false) {
        var index = line.start
        let end = line.end
        if line.isPlain {
            // One plain run (``SourceLine/isPlain``): what the loop below would copy.
            copy(from: index, to: end)
            return
        }
        var hashes = index
        while hashes < end && data[hashes] == UInt8(ascii: "#") { hashes += 1 }
        if hashes > index && hashes < end && data[hashes] == 0x20 { index = hashes }
        while index < end {
            let byte = data[index]
            if Self.isPlain(byte) {
                // A run of bytes that need no rule is copied whole. A single space after a plain byte
                // is part of the run: the space rule would copy it as it is (the output then ends in
                // that plain byte, not in a space or line break).
                // A hyphen inside the run is copied as the rules below would copy it, unless a space
                // follows it.
                let runEnd = PlainRuns.end(data, from: index + 1, to: end, hyphens: true)
                copy(from: index, to: runEnd)
                index = runEnd
                continue
            }
            if byte == UInt8(ascii: "*") && index + 1 < end && data[index + 1] == UInt8(ascii: "*") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "<"), let skip = SourceLine.markupTagLength(data, index, end) {
                index += skip
                continue
            }
            if isSpace(byte) {
                if keepsCells, byte == 0x09 || index + 1 < end && isSpace(data[index + 1]) {
                    var next = index
                    while next < end, isSpace(data[next]) { next += 1 }
                    if let last, last != 0x0A {
                        trimTrailingSpaces()
                        append(0x09, from: index)
                    }
                    index = next
                    continue
                }
                if let last, last != 0x20, last != 0x0A, last != 0x09 { append(0x20, from: index) }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "-"), index + 2 < end, data[index + 1] == 0x20, let last,
                isLetter(last), isLowercase(data[index + 2]), !startsConjunction(index + 2, end)
            {
                append(byte, from: index)
                index += 2
                continue
            }
            append(byte, from: index)
            index += 1
        }
    }

    /// Appends `data[start..<end]` as it is (and the offsets it came from).
    @inline(__always)
    private mutating func copy(from start: Int, to end: Int) {
        (bytes.baseAddress! + count).update(from: data.baseAddress! + start, count: end - start)
        if let offsets {
            // The offsets, consecutive, in a loop the compiler can vectorise.
            let target = offsets + count
            var written = 0
            while written < end &- start {
                target[written] = start &+ written
                written &+= 1
            }
        }
        count += end - start
    }

    /// Whether no rule of ``appendContent(of:)`` looks at `byte`: not `*`, `<`, `-` or a space.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != UInt8(ascii: "*") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "-")
    }

    /// Whether the word at `index` is `and`, `or`, `to` or `nor`.
    private func startsConjunction(_ index: Int, _ end: Int) -> Bool {
        var wordEnd = index
        while wordEnd < end && isLetter(data[wordEnd]) { wordEnd += 1 }
        let word = String(decoding: data[index..<wordEnd], as: UTF8.self)
        return ["and", "or", "to", "nor"].contains(word)
    }
}

@inline(__always)
func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
}

@inline(__always)
func isLowercase(_ byte: UInt8) -> Bool {
    byte >= 0x61 && byte <= 0x7A
}

@inline(__always)
func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
}
