/// Finds runs of bytes that the line cleaner and the text normaliser copy unchanged, eight bytes at a
/// time.
///
/// A run continues over every byte above the space except `*` and `<` (markup), and over a space
/// that follows a byte other than a space (a single space is copied as it is). When `hyphens` is set,
/// a `-` followed by a space also ends the run (the normaliser re-joins `drug- taking`).
enum PlainRuns {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of every byte of `word` equal to `byte` (`low` is `word` without its high bits),
    /// and no other bit: no carry crosses a byte.
    @inline(__always)
    private static func equal(_ word: UInt64, _ low: UInt64, _ byte: UInt8) -> UInt64 {
        let pattern = ones &* UInt64(byte)
        return ~(((low ^ pattern) &+ ~high) | (word ^ pattern)) & high
    }

    /// The end of the run that continues at `start` (the byte before `start` belongs to it), at most
    /// `end`.
    @inline(__always)
    static func end(_ data: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, hyphens: Bool) -> Int {
        let raw = UnsafeRawPointer(data.baseAddress!)
        var index = start
        // The high bit of the first byte's lane when the byte before the word is a space.
        var spaceBefore: UInt64 = data[start &- 1] == 0x20 ? 0x80 : 0
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let low = word & ~high
            let spaces = equal(word, low, 0x20)
            // A byte below 0x20 is one whose low seven bits plus 0x60 stay below 0x80 and whose high bit is clear.
            var stops = ~((low &+ (ones &* 0x60)) | word) & high
            stops |= equal(word, low, UInt8(ascii: "*")) | equal(word, low, UInt8(ascii: "<"))
            // A space after a space (within the word, and across its first byte).
            stops |= spaces & ((spaces &<< 8) | spaceBefore)
            if hyphens {
                // A hyphen before a space (within the word, and in its last byte) or at the end.
                let lastBeforeSpace: UInt64 = index &+ 8 == end || data[index &+ 8] == 0x20 ? 0x80 &<< 56 : 0
                stops |= equal(word, low, UInt8(ascii: "-")) & ((spaces &>> 8) | lastBeforeSpace)
            }
            if stops != 0 { return index &+ stops.trailingZeroBitCount &>> 3 }
            spaceBefore = spaces &>> 56
            index &+= 8
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
