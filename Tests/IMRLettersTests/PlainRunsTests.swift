import Testing

@testable import IMRLetters

/// ``PlainRuns`` ends a run where the byte-by-byte rule of the cleaner and the normaliser would.
@Suite struct PlainRunsTests {
    /// The byte-by-byte rule: a byte above the space other than `*` and `<`, or a space after a byte
    /// other than a space; with `hyphens`, not a hyphen before a space or at the end.
    static func naiveEnd(_ data: [UInt8], from start: Int, to end: Int, hyphens: Bool) -> Int {
        var index = start
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

    static func runEnd(_ text: [UInt8], hyphens: Bool) -> Int {
        text.withUnsafeBufferPointer { PlainRuns.end($0, from: 1, to: $0.count, hyphens: hyphens) }
    }

    @Test(arguments: [
        "abcdefghijklmnopqrstuvwxyz", "abc  def", "abcdefgh  ijk", "abcdefg  hijk", "a**bold**", "abcdefghij<b>",
        "word- taking", "abcdefg- x", "abcdefgh-", "abcdefghijklmno-", "tab\there", "abcdefghijkl\u{1}", "é, ça va  là",
        "ends in a space ", "x", "xy", "0123456789012345 67", "right-hand side", "CR\r\nLF",
    ])
    func endsWhereTheByteRuleEnds(text: String) {
        let bytes = Array(text.utf8)
        for hyphens in [false, true] {
            #expect(Self.runEnd(bytes, hyphens: hyphens) == Self.naiveEnd(bytes, from: 1, to: bytes.count, hyphens: hyphens))
        }
    }

    /// Random texts over the bytes that matter (space, tab, `*`, `<`, `-`, letters, non-ASCII, and the
    /// bytes that differ from those only in their high bit).
    @Test func agreesWithTheByteRuleOnRandomTexts() {
        let alphabet: [UInt8] = [
            0x20, 0x20, 0x20, 0x09, 0x2A, 0x3C, 0x2D, 0x61, 0x62, 0x41, 0x2E, 0xC3, 0xA9, 0x1F, 0x7F, 0x00, 0x21, 0x40, 0x60,
            0xA0, 0xAA, 0xBC, 0xAD, 0x80,
        ]
        var generator = SplitMix64(seed: 13)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 40) + 1
            var bytes: [UInt8] = [0x61]
            for _ in 0..<length { bytes.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            for hyphens in [false, true] {
                #expect(Self.runEnd(bytes, hyphens: hyphens) == Self.naiveEnd(bytes, from: 1, to: bytes.count, hyphens: hyphens))
            }
        }
    }
}
