import Testing

@testable import IMRLetters

/// ``ByteSearch`` finds the first occurrence as a byte-by-byte comparison at every offset would.
@Suite struct ByteSearchTests {
    static func naive(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    @Test(arguments: [
        ("", ""), ("a", ""), ("", "a"), ("a", "a"), ("ab", "a"), ("aab", "ab"), ("abab", "bab"), ("xxxxb", "xb"),
        ("Decision based on MTUS", "Decision based on "), ("no match here", "zz"), ("end", "end"), ("ends", "nds!"),
        ("<b>Case Number:</b> CM1", "<b>Case Number:</b>"), ("aaaa", "aaaaa"), ("é, é", ", é"),
    ])
    func findsTheFirstOccurrence(haystack: String, needle: String) {
        let expected = Self.naive(Array(needle.utf8), Array(haystack.utf8))
        #expect(ByteSearch.firstOffset(of: needle.utf8, in: Array(haystack.utf8)) == expected)
        #expect(haystack.fastRange(of: needle).map { haystack.utf8.distance(from: haystack.startIndex, to: $0.lowerBound) } == expected)
    }

    /// Every haystack over two letters up to 7 bytes, every needle up to 3.
    @Test func agreesWithTheNaiveSearchOnEveryShortText() {
        func texts(upTo length: Int) -> [[UInt8]] {
            var all: [[UInt8]] = [[]]
            var last: [[UInt8]] = [[]]
            for _ in 0..<length {
                last = last.flatMap { [$0 + [97], $0 + [98]] }
                all += last
            }
            return all
        }
        let needles = texts(upTo: 3)
        for haystack in texts(upTo: 7) {
            for needle in needles {
                #expect(ByteSearch.firstOffset(of: needle, in: haystack) == Self.naive(needle, haystack), "\(needle) in \(haystack)")
            }
        }
    }
}

/// `RawLine.split` (line feeds found with `memchr`) against a byte-by-byte reading: a line ends at
/// `\n`, a `\r` before it is dropped, a last line without `\n` is kept, no empty line after a final
/// `\n`.
@Suite struct RawLineSplitTests {
    static func naive(_ data: [UInt8]) -> [RawLine] {
        var lines: [RawLine] = []
        var start = 0
        for index in data.indices where data[index] == 0x0A {
            lines.append(RawLine(number: lines.count + 1, start: start, end: index > start && data[index - 1] == 0x0D ? index - 1 : index))
            start = index + 1
        }
        if start < data.count {
            let end = data.count > start && data[data.count - 1] == 0x0D ? data.count - 1 : data.count
            lines.append(RawLine(number: lines.count + 1, start: start, end: end))
        }
        return lines
    }

    /// Every text up to 6 bytes over `a`, `\r` and `\n`.
    @Test func agreesWithTheByteLoopOnEveryShortText() {
        var texts: [[UInt8]] = [[]]
        var last: [[UInt8]] = [[]]
        for _ in 0..<6 {
            last = last.flatMap { [$0 + [97], $0 + [0x0D], $0 + [0x0A]] }
            texts += last
        }
        for text in texts {
            #expect(RawLine.split(text) == Self.naive(text), "\(text)")
        }
    }
}
