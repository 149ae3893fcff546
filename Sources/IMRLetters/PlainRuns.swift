/// Finds runs of bytes that the line cleaner and the text normaliser copy unchanged, eight bytes at a
/// time.
///
/// A run continues over every byte above the space except `*` and `<` (markup), and over a space
/// that follows a byte other than a space (a single space is copied as it is). When `hyphens` is set,
/// a `-` followed by a space also ends the run (the normaliser re-joins `drug- taking`).
enum PlainRuns {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of every zero byte of `word`, and no other bit.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & low7) &+ low7) | word | low7)
    }

    /// The end of the run that continues at `start` (the byte before `start` belongs to it), at most
    /// `end`.
    @inline(__always)
    static func end(_ data: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, hyphens: Bool) -> Int {
        let raw = UnsafeRawBufferPointer(data)
        var index = start
        while index + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let spaces = zeroBytes(word ^ (ones &* 0x20))
            // Bytes below 0x20 are those whose top three bits are clear.
            var stops = zeroBytes(word & (ones &* 0xE0)) | zeroBytes(word ^ (ones &* 0x2A)) | zeroBytes(word ^ (ones &* 0x3C))
            // A space after a space (within the word, and across its first byte).
            stops |= spaces & (spaces << 8)
            if data[index - 1] == 0x20 { stops |= spaces & 0x80 }
            if hyphens {
                // A hyphen before a space (within the word, and in its last byte) or at the end.
                let dashes = zeroBytes(word ^ (ones &* 0x2D))
                let lastBeforeSpace: UInt64 = index + 8 == end || data[index + 8] == 0x20 ? 0x80 << 56 : 0
                stops |= dashes & ((spaces >> 8) | lastBeforeSpace)
            }
            if stops != 0 { return index + stops.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = data[index]
            let plain =
                byte > 0x20 && byte != UInt8(ascii: "*") && byte != UInt8(ascii: "<")
                && !(hyphens && byte == UInt8(ascii: "-") && (index + 1 == end || data[index + 1] == 0x20))
            guard plain || (byte == 0x20 && data[index - 1] != 0x20) else { break }
            index += 1
        }
        return index
    }
}
