#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search over UTF-8 bytes (the generic `firstRange(of:)` is slow on Linux).
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`, if any: the C library's `memchr`
    /// finds each candidate first byte, `memcmp` compares the rest.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress, haystack.count >= needle.count else {
            return needle.isEmpty ? 0 : nil
        }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            guard let found = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if needle.count == 1 || memcmp(base + index + 1, needle.baseAddress! + 1, needle.count - 1) == 0 { return index }
            index += 1
        }
        return nil
    }

    /// The offset of the first occurrence of `needle` in `haystack`, if any.
    static func firstOffset(of needle: some Collection<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        if let found = needle.withContiguousStorageIfAvailable({ firstOffset(of: $0, in: haystack) }) { return found }
        return Array(needle).withUnsafeBufferPointer { firstOffset(of: $0, in: haystack) }
    }

    /// The offset of the first occurrence of `needle` in `haystack`, if any.
    static func firstOffset(of needle: some Collection<UInt8>, in haystack: some Collection<UInt8>) -> Int? {
        if let found = haystack.withContiguousStorageIfAvailable({ firstOffset(of: needle, in: $0) }) { return found }
        return Array(haystack).withUnsafeBufferPointer { firstOffset(of: needle, in: $0) }
    }
}

extension StringProtocol {
    /// The range of the first occurrence of the ASCII-led `needle`, found by a byte scan.
    func fastRange(of needle: String) -> Range<String.Index>? {
        guard let offset = ByteSearch.firstOffset(of: needle.utf8, in: utf8) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Whether the text contains `needle` (byte scan).
    func fastContains(_ needle: String) -> Bool {
        ByteSearch.firstOffset(of: needle.utf8, in: utf8) != nil
    }

    /// The pieces between occurrences of `separator` (empty pieces kept).
    func fastSplit(separator: String) -> [Substring] {
        var pieces: [Substring] = []
        var rest = self[...]
        while let range = rest.fastRange(of: separator) {
            pieces.append(Substring(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(Substring(rest))
        return pieces
    }

    /// The text with every occurrence of `target` replaced by `replacement`.
    func fastReplacing(_ target: String, with replacement: String) -> String {
        fastSplit(separator: target).joined(separator: replacement)
    }
}
