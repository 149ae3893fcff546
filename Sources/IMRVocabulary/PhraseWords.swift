/// The lower-cased words of `text` as the lexicon and cue data are matched: runs of ASCII letters
/// and digits, everything else a separator (`"S/P L4-5"` → `["s", "p", "l4", "5"]`).
public func phraseWords(_ text: String) -> [String] {
    text.utf8.split(whereSeparator: { !isWordByte($0) }).map { word in
        String(decoding: word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}

/// Whether `byte` belongs to a word: an ASCII letter or digit.
@inlinable @inline(__always) public func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
}
