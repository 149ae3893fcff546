import IMRCore

/// A token of the rule language.
struct RuleToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// An identifier, keyword, rule id (`a.b`) or unit.
        case word(String)
        case number(Double)
        case string(String)
        /// `( ) [ ] , ; = != < <= > >= + -`
        case symbol(String)
    }

    var kind: Kind
    var position: SourcePosition
    /// UTF-8 offsets of the token in the file.
    var start: Int
    var end: Int

    var word: String? {
        if case .word(let w) = kind { return w }
        return nil
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }

    /// The token for messages: `'foo'`, `"text"`, `end of line`.
    var display: String {
        switch kind {
        case .word(let w): "'\(w)'"
        case .number(let n): "'\(RuleToken.format(n))'"
        case .string: "a string"
        case .symbol(let s): "'\(s)'"
        }
    }

    static func format(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
    }
}

/// One directive: the tokens of a line, or of several lines while a `(` or `[` is open.
struct LogicalLine: Sendable {
    var tokens: [RuleToken]
    /// The first lexical error of the line, if any (the tokens stop before it).
    var error: Diagnostic?
}

/// Splits a rule file into logical lines of tokens. Scans UTF-8 bytes.
struct RuleLexer {
    /// Numbers in rules stay below this, so every conversion and comparison of them is exact.
    static let largestNumber = 1e15

    let file: String
    let bytes: [UInt8]

    init(file: String, text: String) {
        self.file = file
        self.bytes = Array(text.utf8)
    }

    /// The source text between two offsets with runs of whitespace collapsed to one space.
    func text(from start: Int, to end: Int) -> String {
        var out: [UInt8] = []
        var lastSpace = false
        for byte in bytes[start..<end] {
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                if !lastSpace { out.append(32) }
                lastSpace = true
            } else {
                out.append(byte)
                lastSpace = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func lines() -> [LogicalLine] {
        var result: [LogicalLine] = []
        var current = LogicalLine(tokens: [])
        var depth = 0
        var line = 1
        var lineStart = 0
        var i = 0
        var skipToEndOfLine = false
        func position(_ offset: Int) -> SourcePosition { SourcePosition(line: line, column: offset - lineStart + 1) }
        func finishLine() {
            if depth > 0 && current.error == nil {
                guard startsWithDirective(at: i), let first = current.tokens.first else { return }
                current.error = .rule(.syntax, "unclosed '(' or '[' at end of directive", file: file, at: first.position)
            }
            if !current.tokens.isEmpty || current.error != nil { result.append(current) }
            current = LogicalLine(tokens: [])
            depth = 0
            skipToEndOfLine = false
        }
        func fail(_ message: String, at offset: Int) {
            if current.error == nil {
                current.error = .rule(.syntax, message, file: file, at: position(offset))
            }
            skipToEndOfLine = true
        }
        while i < bytes.count {
            let byte = bytes[i]
            if endsLine(at: i) {
                i += 1
                line += 1
                lineStart = i
                finishLine()
                continue
            }
            if skipToEndOfLine || byte == 35 {  // '#'
                while i < bytes.count && !endsLine(at: i) { i += 1 }
                continue
            }
            if byte == 32 || byte == 9 || byte == 13 {
                i += 1
                continue
            }
            let start = i
            if isIdentifierStart(byte) {
                while i < bytes.count && (isIdentifierStart(bytes[i]) || isDigit(bytes[i]) || bytes[i] == 46) { i += 1 }
                let word = String(decoding: bytes[start..<i], as: UTF8.self)
                // Room for a directive's tokens at its first (growing one at a time cost a copy at 1, 2, 4, 8).
                if current.tokens.isEmpty { current.tokens.reserveCapacity(16) }
                current.tokens.append(RuleToken(kind: .word(word), position: position(start), start: start, end: i))
            } else if isDigit(byte) {
                while i < bytes.count && (isDigit(bytes[i]) || bytes[i] == 46) { i += 1 }
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                guard let value = Double(text) else {
                    fail("invalid number '\(text)'", at: start)
                    continue
                }
                guard value < Self.largestNumber else {
                    fail("number '\(text)' is too large (the limit is 10^15)", at: start)
                    continue
                }
                current.tokens.append(RuleToken(kind: .number(value), position: position(start), start: start, end: i))
            } else if byte == 34 {  // '"'
                i += 1
                var content: [UInt8] = []
                content.reserveCapacity(64)
                var closed = false
                while i < bytes.count && bytes[i] != 10 && bytes[i] != 13 {  // a string ends on its line
                    if bytes[i] == 92 && i + 1 < bytes.count && (bytes[i + 1] == 34 || bytes[i + 1] == 92) {
                        content.append(bytes[i + 1])
                        i += 2
                        continue
                    }
                    if bytes[i] == 34 {
                        closed = true
                        i += 1
                        break
                    }
                    content.append(bytes[i])
                    i += 1
                }
                guard closed else {
                    fail("unterminated string", at: start)
                    continue
                }
                let string = String(decoding: content, as: UTF8.self)
                current.tokens.append(RuleToken(kind: .string(string), position: position(start), start: start, end: i))
            } else {
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                var symbol: String
                switch byte {
                case 40, 91:
                    symbol = byte == 40 ? "(" : "["
                    depth += 1
                case 41, 93:
                    symbol = byte == 41 ? ")" : "]"
                    depth = max(0, depth - 1)
                case 43: symbol = "+"
                case 45: symbol = "-"
                case 44: symbol = ","
                case 59: symbol = ";"
                case 61: symbol = "="
                case 33 where next == 61: symbol = "!="
                case 60: symbol = next == 61 ? "<=" : "<"
                case 62: symbol = next == 61 ? ">=" : ">"
                default:
                    let scalar = String(decoding: bytes[i..<min(bytes.count, i + utf8Length(byte))], as: UTF8.self)
                    fail("unexpected character '\(scalar)'", at: start)
                    continue
                }
                i += symbol.utf8.count
                current.tokens.append(RuleToken(kind: .symbol(symbol), position: position(start), start: start, end: i))
            }
        }
        if depth > 0 && current.error == nil, let first = current.tokens.first {
            current.error = .rule(.syntax, "unclosed '(' or '[' at end of file", file: file, at: first.position)
        }
        depth = 0
        finishLine()
        return result
    }

    /// Whether the line starting at `offset` begins with a directive keyword (so an open bracket
    /// on the previous line was never closed).
    private func startsWithDirective(at offset: Int) -> Bool {
        var i = offset
        while i < bytes.count && (bytes[i] == 32 || bytes[i] == 9) { i += 1 }
        let start = i
        while i < bytes.count && isIdentifierStart(bytes[i]) { i += 1 }
        return RuleParser.directives.contains(String(decoding: bytes[start..<i], as: UTF8.self))
    }

    /// Whether the byte at `offset` ends a line: LF, or a CR not followed by LF (so CRLF ends at
    /// its LF, and a CR-only file has lines).
    private func endsLine(at offset: Int) -> Bool {
        bytes[offset] == 10 || (bytes[offset] == 13 && (offset + 1 == bytes.count || bytes[offset + 1] != 10))
    }

    private func isIdentifierStart(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 }
    private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private func utf8Length(_ b: UInt8) -> Int { b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4 }
}
