import IMRHarness

/// An item row without a trace written straight to bytes, as Foundation's `JSONEncoder` writes it
/// with sorted keys and unescaped slashes, pretty-printed or compact (the same bytes, several times
/// faster: a run writes one row per item). A row with a trace goes through the encoder.
///
/// The row is written into storage allocated once at its largest possible size (every string byte
/// escaped as `\u00XX`, every member at its deepest indent), so writing a key, a value or an indent
/// is a copy, with no capacity check.
struct RowJSON {
    /// Where the next byte goes.
    private var out: UnsafeMutablePointer<UInt8>
    /// Pretty-printed (two spaces per level, `" : "` between key and value) or compact.
    let pretty: Bool
    private var depth: Int
    /// Whether the next key or element is the first of its object or array.
    private var first = true

    /// A writer into `out` whose object starts at nesting `depth` (pretty rows of the report's
    /// `items` are at 2).
    private init(out: UnsafeMutablePointer<UInt8>, pretty: Bool, depth: Int) {
        self.out = out
        self.pretty = pretty
        self.depth = depth
        if pretty { indent() }
    }

    /// The row's object; its keys in sorted order, as `ItemRow.encode(to:)` gives them.
    static func row(_ row: EvaluationReport.ItemRow, pretty: Bool, depth: Int = 0) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity(row, depth: depth)) { buffer, count in
            guard let start = buffer.baseAddress else { return }
            var json = RowJSON(out: start, pretty: pretty, depth: depth)
            json.write(row)
            count = json.out - start
        }
    }

    /// The most bytes ``row(_:pretty:depth:)`` can write: each string byte escaped in six, each
    /// member (key, separators, line break and indent at the deepest level) in 64 bytes and its indent.
    private static func capacity(_ row: EvaluationReport.ItemRow, depth: Int) -> Int {
        var strings =
            row.category.utf8.count + row.file.utf8.count + row.request.utf8.count
            + (row.citation?.utf8.count ?? 0) + row.maximusGuideline.utf8.count + (row.rule?.utf8.count ?? 0)
            + row.confidence.rawValue.utf8.count
        var members = 16
        for named in row.namedReasons {
            strings += named.fact.utf8.count + named.sentence.utf8.count + named.status.rawValue.utf8.count
            members += 5
        }
        return 6 * strings + members * (64 + 2 * (depth + 4)) + 64
    }

    private mutating func write(_ row: EvaluationReport.ItemRow) {
        open(UInt8(ascii: "{"))
        member("actual", row.actual.rawValue)
        member("basis", row.basis?.rawValue)
        member("category", row.category)
        member("citation", row.citation)
        member("citationAgrees", row.citationAgrees)
        member("confidence", row.confidence.rawValue)
        member("file", row.file)
        key("index")
        var index = String(row.index)
        index.withUTF8 { put($0) }
        member("letterCites", row.letterCites)
        member("maximusGuideline", row.maximusGuideline)
        key("namedReasons")
        open(UInt8(ascii: "["))
        for named in row.namedReasons {
            separate()
            open(UInt8(ascii: "{"))
            member("fact", named.fact)
            member("sentence", named.sentence)
            member("status", named.status.rawValue)
            close(UInt8(ascii: "}"))
        }
        close(UInt8(ascii: "]"))
        member("predicted", row.predicted.rawValue)
        member("reasonAgrees", row.reasonAgrees)
        member("request", row.request)
        member("rule", row.rule)
        close(UInt8(ascii: "}"))
    }

    // MARK: Bytes

    private mutating func put(_ byte: UInt8) {
        out.initialize(to: byte)
        out += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        out.initialize(from: base, count: bytes.count)
        out += bytes.count
    }

    private mutating func put(_ text: StaticString) {
        out.initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        out += text.utf8CodeUnitCount
    }

    // MARK: Structure

    /// Opens an object or array one level deeper.
    private mutating func open(_ bracket: UInt8) {
        put(bracket)
        depth += 1
        first = true
    }

    /// Closes an object or array; the encoder writes an empty one pretty-printed as the opening,
    /// a blank line and the closing.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            put(10)
            if first { put(10) }
            indent()
        }
        put(bracket)
        first = false
    }

    /// The comma before every member but the first, and the member's line.
    private mutating func separate() {
        if !first { put(UInt8(ascii: ",")) }
        first = false
        if pretty {
            put(10)
            indent()
        }
    }

    /// A member's key: a name of ASCII letters, which needs no escape.
    private mutating func key(_ name: StaticString) {
        separate()
        put(UInt8(ascii: "\""))
        put(name)
        put(UInt8(ascii: "\""))
        put(pretty ? " : " : ":")
    }

    private mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { string(value) } else { put("null") }
    }

    private mutating func member(_ name: StaticString, _ value: Bool?) {
        key(name)
        put(value.map { $0 ? "true" : "false" } ?? "null")
    }

    private mutating func indent() {
        out.initialize(repeating: 32, count: depth * 2)
        out += depth * 2
    }

    // MARK: Values

    private mutating func string(_ text: String) {
        put(UInt8(ascii: "\""))
        var text = text
        // Runs of bytes that need no escape are found eight bytes at a time and copied whole; the
        // rest are escaped one by one.
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            var index = 0
            while index < utf8.count {
                let runEnd = Self.plainEnd(base, from: index, to: utf8.count)
                if runEnd > index {
                    put(UnsafeBufferPointer(start: base + index, count: runEnd - index))
                    index = runEnd
                    continue
                }
                escape(base[index])
                index += 1
            }
        }
        put(UInt8(ascii: "\""))
    }

    /// The end of the run of bytes from `start` (before `end`) that a JSON string writes as they
    /// are: not a control character, `"` or `\\`. Read eight bytes at a time.
    @inline(__always)
    private static func plainEnd(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // The high bit of every zero byte of `word`, and no other bit.
        func zeroBytes(_ word: UInt64) -> UInt64 { ~(((word & low7) &+ low7) | word | low7) }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A control character is a byte whose top three bits are clear.
            let stops =
                zeroBytes(word & (ones &* 0xE0)) | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
                | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
            if stops != 0 { return index + stops.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = base[index]
            guard byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") else { break }
            index += 1
        }
        return index
    }

    /// Appends `byte` as a JSON string writes it: a quote, a backslash or a control character escaped.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): put("\\\"")
        case UInt8(ascii: "\\"): put("\\\\")
        case 0x08: put("\\b")
        case 0x0C: put("\\f")
        case 0x0A: put("\\n")
        case 0x0D: put("\\r")
        case 0x09: put("\\t")
        case 0..<0x20:
            let hex: StaticString = "0123456789abcdef"
            put("\\u00")
            put(hex.utf8Start[Int(byte >> 4)])
            put(hex.utf8Start[Int(byte & 15)])
        default: put(byte)
        }
    }
}
