import IMRCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks that raw bytes can be a text letter before any parsing: not empty, no NUL bytes, valid UTF-8.
enum InputValidation {
    /// Throws a diagnostic naming `file` (and the line of the offending byte) when `data` is not text;
    /// a byte-order mark alone is an empty file. Returns whether `data` is all ASCII.
    @discardableResult
    static func check(_ data: [UInt8], file: String) throws(Diagnostic) -> Bool {
        let text = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw Diagnostic(message: "empty file: not an IMR letter", location: SourceLocation(file: file))
        }
        if isASCIIWithoutNUL(data) { return true }
        try checkText(data, file: file)
        return false
    }

    /// Whether every byte of `data` is ASCII and none is NUL (then it is text), read eight bytes at a time.
    static func isASCIIWithoutNUL(_ data: [UInt8]) -> Bool {
        data.withUnsafeBytes { raw in
            let high: UInt64 = 0x8080_8080_8080_8080
            let low: UInt64 = 0x0101_0101_0101_0101
            var index = 0
            // A byte of 0x80 or more sets its high bit; a zero byte sets it in `word - low` and not
            // in `word`. Four words at a time (their flags ORed), then one.
            @inline(__always) func flags(_ word: UInt64) -> UInt64 { word | ((word &- low) & ~word) }
            while index &+ 32 <= raw.count {
                let a = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let b = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
                let c = raw.loadUnaligned(fromByteOffset: index &+ 16, as: UInt64.self)
                let d = raw.loadUnaligned(fromByteOffset: index &+ 24, as: UInt64.self)
                if (flags(a) | flags(b) | flags(c) | flags(d)) & high != 0 { return false }
                index &+= 32
            }
            while index + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if flags(word) & high != 0 { return false }
                index += 8
            }
            while index < raw.count {
                if raw[index] == 0 || raw[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }
    }

    /// Throws a diagnostic naming `file` when `data` has a NUL byte (binary) or is not valid UTF-8.
    static func checkText(_ data: [UInt8], file: String) throws(Diagnostic) {
        if let nul = data.withUnsafeBufferPointer({ data -> Int? in
            guard let base = data.baseAddress, let found = memchr(base, 0, data.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }) {
            throw Diagnostic(
                message: "binary file (NUL byte at offset \(nul)): not an IMR letter",
                location: SourceLocation(file: file, line: lineNumber(of: nul, in: data)))
        }
        if let bad = firstInvalidUTF8(data) {
            let hex = String(data[bad], radix: 16, uppercase: true)
            throw Diagnostic(
                message: "not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(bad))",
                location: SourceLocation(file: file, line: lineNumber(of: bad, in: data)))
        }
    }

    /// The 1-based line containing byte `offset`.
    static func lineNumber(of offset: Int, in data: [UInt8]) -> Int {
        var line = 1
        for index in 0..<min(offset, data.count) where data[index] == 0x0A { line += 1 }
        return line
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ data: [UInt8]) -> Int? {
        data.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence;
    /// runs of ASCII are skipped eight bytes at a time.
    private static func firstInvalidUTF8(_ data: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = data.count
        let raw = UnsafeRawBufferPointer(data)
        while index < count {
            let lead = data[index]
            if lead < 0x80 {
                if index + 8 <= count && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                } else {
                    index += 1
                }
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let byte = data[index + offset]
                let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if byte < min || byte > max { return index }
            }
            index += length
        }
        return nil
    }
}

extension LetterParser {
    /// Throws a diagnostic naming `file` (and the line) when `data` is not text: a NUL byte (binary)
    /// or invalid UTF-8. For inputs that are not letters, such as a bare clinical summary.
    public static func checkIsText(_ data: [UInt8], file: String) throws(Diagnostic) {
        try InputValidation.checkText(data, file: file)
    }
}
