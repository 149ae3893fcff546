/// The lower-cased words of `text` as the lexicon and cue data are matched: runs of ASCII letters
/// and digits, everything else a separator (`"S/P L4-5"` → `["s", "p", "l4", "5"]`).
public func phraseWords(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { phraseWords(utf8: $0) }
}

/// ``phraseWords(_:)`` of UTF-8 bytes.
public func phraseWords(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    // The words are counted first, so the array is allocated once at its size (grown word by word
    // it was reallocated up to four times a call, about 30 allocations a letter).
    var count = 0
    var inWord = false
    for byte in bytes {
        let wordByte = isWordByte(byte)
        if wordByte && !inWord { count += 1 }
        inWord = wordByte
    }
    guard count > 0 else { return [] }
    var words: [String] = []
    words.reserveCapacity(count)
    appendPhraseWords(utf8: bytes, to: &words)
    return words
}

/// Appends the words of UTF-8 `bytes` to `words`, as ``phraseWords(_:)`` reads them.
public func appendPhraseWords(utf8 bytes: UnsafeBufferPointer<UInt8>, to words: inout [String]) {
    var index = 0
    while index < bytes.count {
        guard isWordByte(bytes[index]) else {
            index += 1
            continue
        }
        var end = index + 1
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        let start = index
        words.append(
            String(unsafeUninitializedCapacity: end - start) { word in
                for offset in 0..<(end - start) {
                    let byte = bytes[start + offset]
                    word[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return end - start
            })
        index = end
    }
}

/// ``phraseWords(_:)`` joined by single spaces, made as one string (no string per word).
public func phraseText(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
        // A separator is written only where a non-word byte stood, so the text fits in its bytes.
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var written = 0
            var inWord = false
            for byte in bytes {
                guard isWordByte(byte) else {
                    inWord = false
                    continue
                }
                if !inWord && written > 0 {
                    out[written] = 32
                    written += 1
                }
                out[written] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                written += 1
                inWord = true
            }
            return written
        }
    }
}

/// Whether `byte` belongs to a word: an ASCII letter or digit.
@inlinable @inline(__always) public func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
}
