import IMRHarness

/// An item row without a trace written straight to bytes, as Foundation's `JSONEncoder` writes it
/// with sorted keys and unescaped slashes, pretty-printed or compact (the same bytes, several times
/// faster: a run writes one row per item). A row with a trace goes through the encoder.
struct RowJSON {
    private(set) var bytes: [UInt8] = []
    /// Pretty-printed (two spaces per level, `" : "` between key and value) or compact.
    let pretty: Bool
    private var depth: Int
    /// Whether the next key or element is the first of its object or array.
    private var first = true

    /// A writer whose object starts at nesting `depth` (pretty rows of the report's `items` are at 2).
    init(pretty: Bool, depth: Int = 0) {
        self.pretty = pretty
        self.depth = depth
        bytes.reserveCapacity(1024)
        if pretty { indent() }
    }

    /// The row's object; its keys in sorted order, as `ItemRow.encode(to:)` gives them.
    static func row(_ row: EvaluationReport.ItemRow, pretty: Bool, depth: Int = 0) -> [UInt8] {
        var json = RowJSON(pretty: pretty, depth: depth)
        json.open(UInt8(ascii: "{"))
        json.member("actual", row.actual.rawValue)
        json.member("basis", row.basis?.rawValue)
        json.member("category", row.category)
        json.member("citation", row.citation)
        json.member("citationAgrees", row.citationAgrees)
        json.member("file", row.file)
        json.key("index")
        json.bytes.append(contentsOf: String(row.index).utf8)
        json.member("letterCites", row.letterCites)
        json.member("maximusGuideline", row.maximusGuideline)
        json.key("namedReasons")
        json.open(UInt8(ascii: "["))
        for named in row.namedReasons {
            json.separate()
            json.open(UInt8(ascii: "{"))
            json.member("fact", named.fact)
            json.member("sentence", named.sentence)
            json.member("status", named.status.rawValue)
            json.close(UInt8(ascii: "}"))
        }
        json.close(UInt8(ascii: "]"))
        json.member("predicted", row.predicted.rawValue)
        json.member("reasonAgrees", row.reasonAgrees)
        json.member("request", row.request)
        json.member("rule", row.rule)
        json.close(UInt8(ascii: "}"))
        return json.bytes
    }

    // MARK: Structure

    /// Opens an object or array one level deeper.
    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        first = true
    }

    /// Closes an object or array; the encoder writes an empty one pretty-printed as the opening,
    /// a blank line and the closing.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            bytes.append(10)
            if first { bytes.append(10) }
            indent()
        }
        bytes.append(bracket)
        first = false
    }

    /// The comma before every member but the first, and the member's line.
    private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        if pretty {
            bytes.append(10)
            indent()
        }
    }

    /// A member's key: a name of ASCII letters, which needs no escape.
    private mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        bytes.append(UInt8(ascii: "\""))
        append(pretty ? " : " : ":")
    }

    private mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { string(value) } else { append("null") }
    }

    private mutating func member(_ name: StaticString, _ value: Bool?) {
        key(name)
        append(value.map { $0 ? "true" : "false" } ?? "null")
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(32, count: depth * 2))
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: Values

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        // Runs of bytes that need no escape are copied whole; the rest one by one.
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                var runEnd = index
                while runEnd < utf8.count {
                    let byte = utf8[runEnd]
                    guard byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") else { break }
                    runEnd += 1
                }
                if runEnd > index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<runEnd]))
                    index = runEnd
                    continue
                }
                escape(utf8[index])
                index += 1
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `byte` as a JSON string writes it: a quote, a backslash or a control character escaped.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes += [92, 34]
        case UInt8(ascii: "\\"): bytes += [92, 92]
        case 0x08: bytes += [92, UInt8(ascii: "b")]
        case 0x0C: bytes += [92, UInt8(ascii: "f")]
        case 0x0A: bytes += [92, UInt8(ascii: "n")]
        case 0x0D: bytes += [92, UInt8(ascii: "r")]
        case 0x09: bytes += [92, UInt8(ascii: "t")]
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes += [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
        default: bytes.append(byte)
        }
    }
}
