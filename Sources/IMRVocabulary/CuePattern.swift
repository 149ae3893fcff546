/// Word-order patterns in cue phrases: a gap marker between two words lets filler words stand
/// there, within one clause ("modified ... request" matches "modified the concurrent PT request").
///
/// A gap is written `...` (or `…`) for up to ``defaultGap`` words, or `...N` for up to `N` words
/// (1 to ``largestGap``), apart from the words on both sides. A gap does not cross a coordinator
/// ("and", "or") unless it ends in `+` (`...+`, `...4+`): "physical therapy ...4+ failed" matches
/// "PT and medications have failed". A phrase keeps its gaps as words of their own: `...` for the
/// default, `...N` otherwise, with the `+` (``canonical(_:)``).
public enum CuePattern {
    /// The filler words a gap written without a count admits.
    public static let defaultGap = 4
    /// The largest count a gap may give: a wider window reaches into other statements.
    public static let largestGap = 8

    /// What is wrong with a written pattern, and where (a byte offset in the item).
    public struct Problem: Error, Equatable, Sendable {
        public var offset: Int
        public var message: String
    }

    /// The phrase as the matcher reads it: lower-case words and gap words separated by single
    /// spaces (punctuation inside words ignored, as in ``phraseWords(_:)``), or the problem with it.
    public static func canonical(_ item: String) -> Result<String, Problem> {
        let bytes = Array(item.utf8)
        // Without a dot or the first byte of `…` there is no gap and no code prefix: the phrase is
        // its words (every item of every cue file is read at every load).
        if !bytes.contains(46) && !bytes.contains(0xE2) { return .success(phraseText(item)) }
        // The canonical phrase written on bytes as its parts are found: every part (a word, a gap
        // word, a code prefix's words) is ASCII and not empty, and a space goes before each but the
        // first (every item of every cue file is read at every load).
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + 8)
        var lastWasGap = true
        var lastGapOffset = 0
        var start = 0
        while start < bytes.count {
            guard bytes[start] != 32 && bytes[start] != 9 else {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count, bytes[end] != 32, bytes[end] != 9 { end += 1 }
            if let marker = markerLength(bytes, at: start, end: end) {
                let crossing = bytes[end - 1] == 43
                let digits = bytes[(start + marker)..<(end - (crossing ? 1 : 0))]
                let count = digits.isEmpty ? defaultGap : Int(String(decoding: digits, as: UTF8.self)) ?? 0
                guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }), (1...largestGap).contains(count) else {
                    return .failure(
                        Problem(offset: start, message: "a gap is '...' or '...N' with N from 1 to \(largestGap), maybe with a final '+'"))
                }
                guard !lastWasGap else {
                    return .failure(Problem(offset: start, message: "a gap '...' needs words on both sides"))
                }
                if !text.isEmpty { text.append(32) }
                text.append(contentsOf: gapWord(count, crossing: crossing).utf8)
                lastWasGap = true
                lastGapOffset = start
            } else if end - start >= 5, bytes[end - 1] == 45,
                let words = codePrefixWords(String(decoding: bytes[start..<end], as: UTF8.self))
            {
                for word in words {
                    if !text.isEmpty { text.append(32) }
                    text.append(contentsOf: word.utf8)
                }
                lastWasGap = false
            } else if let inner = (start..<end).first(where: { markerLength(bytes, at: $0, end: end) != nil }) {
                return .failure(Problem(offset: inner, message: "write a gap '...' apart from the words"))
            } else {
                // The part's words as ``phraseWords(_:)`` reads them: runs of word bytes, lower-cased.
                var index = start
                while index < end {
                    guard isWordByte(bytes[index]) else {
                        index += 1
                        continue
                    }
                    if !text.isEmpty { text.append(32) }
                    while index < end, isWordByte(bytes[index]) {
                        let byte = bytes[index]
                        text.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                        index += 1
                    }
                    lastWasGap = false
                }
            }
            start = end
        }
        if lastWasGap && !text.isEmpty {
            return .failure(Problem(offset: lastGapOffset, message: "a gap '...' needs words on both sides"))
        }
        return .success(String(decoding: text, as: UTF8.self))
    }

    /// The words of an ICD-10 code prefix written `S32.0-` (every code under category S32 whose
    /// characters after the dot start with `0`: `S32.010A`, `S32.0`) or `S12.-` (every code of the
    /// category): the category as a word, then a prefix word, the characters after the dot with a
    /// final `*` (`["s32", "0*"]`, `["s12", "*"]`). `nil` when `code` is not written so: a letter
    /// and two letters or digits, one `.`, letters or digits, and a final `-`.
    public static func codePrefixWords(_ code: String) -> [String]? {
        let bytes = Array(code.utf8)
        guard bytes.count >= 5, bytes[bytes.count - 1] == 45, let dot = bytes.firstIndex(of: 46), dot == 3 else { return nil }
        let isLetter = { (byte: UInt8) in (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) }
        let head = bytes[..<dot]
        let tail = bytes[(dot + 1)..<(bytes.count - 1)]
        guard isLetter(bytes[0]), head.allSatisfy(isWordByte), tail.allSatisfy(isWordByte) else { return nil }
        let lower = { (part: ArraySlice<UInt8>) in part.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } }
        return [String(decoding: lower(head), as: UTF8.self), String(decoding: lower(tail) + [42], as: UTF8.self)]
    }

    /// The prefix that prefix word `word` of a canonical phrase stands for (`0*`: every word that
    /// starts with "0"; `*`: every word), or `nil` when it is a word.
    public static func prefix(_ word: some StringProtocol) -> String? {
        let bytes = Array(word.utf8)
        guard bytes.last == 42 else { return nil }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    /// Whether canonical phrase `phrase` holds a gap or a prefix word (is read word by word, not by
    /// ``phraseWords(_:)``).
    public static func isPattern(_ phrase: String) -> Bool {
        // On the contiguous bytes (the generic `contains` of a `UTF8View` costs several times more).
        if let found = phrase.utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains { $0 == 46 || $0 == 42 } }) {
            return found
        }
        return phrase.utf8.contains { $0 == 46 || $0 == 42 }
    }

    /// The filler words gap word `word` of a canonical phrase admits, or `nil` when it is a word.
    public static func gap(_ word: some StringProtocol) -> Int? {
        var bytes = Array(word.utf8)
        guard bytes.count >= 3, bytes[0] == 46, bytes[1] == 46, bytes[2] == 46 else { return nil }
        if bytes.last == 43 { bytes.removeLast() }
        return bytes.count == 3 ? defaultGap : Int(String(decoding: bytes[3...], as: UTF8.self))
    }

    /// Whether gap word `word` of a canonical phrase crosses coordinators (`...+`, `...4+`).
    public static func crossesCoordinators(_ word: some StringProtocol) -> Bool {
        gap(word) != nil && Array(word.utf8).last == 43
    }

    /// Whether canonical phrase `phrase` has a gap.
    public static func hasGap(_ phrase: String) -> Bool {
        let found = asciiWords(of: phrase) { word in
            word.count >= 3 && word[0] == 46 && word[1] == 46 && word[2] == 46 && gap(String(decoding: word, as: UTF8.self)) != nil
        }
        if let found { return found }
        return phrase.split(separator: " ").contains { gap($0) != nil }
    }

    /// Whether canonical phrase `phrase` has a prefix word (an ICD-10 code prefix).
    public static func hasPrefix(_ phrase: String) -> Bool {
        if let found = asciiWords(of: phrase, contain: { $0.last == 42 }) { return found }
        return phrase.split(separator: " ").contains { prefix($0) != nil }
    }

    /// For an ASCII `phrase`: whether one of its space-separated words (empty ones left out)
    /// satisfies `test`, read on the bytes (in ASCII a space byte is a `Character` of its own, so the
    /// words are those of `split(separator: " ")`); `nil` for other text. Cue sets are read at every
    /// load, and the `Character` split cost thousands of instructions a phrase.
    private static func asciiWords(of phrase: String, contain test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        var text = phrase
        return text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 32 {
                if index > start, test(UnsafeBufferPointer(rebasing: bytes[start..<index])) { return true }
                start = index + 1
            }
            return false
        }
    }

    /// The gap word of `count` filler words.
    static func gapWord(_ count: Int, crossing: Bool = false) -> String {
        let dots = String(decoding: [46, 46, 46], as: UTF8.self)
        let word = count == defaultGap ? dots : dots + String(count)
        return crossing ? word + String(decoding: [43], as: UTF8.self) : word
    }

    /// The length of a gap marker (`...` or the UTF-8 of `…`) at `index` of `bytes[..<end]`, or `nil`.
    private static func markerLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        if index + 2 < end, bytes[index] == 46, bytes[index + 1] == 46, bytes[index + 2] == 46 { return 3 }
        if index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 { return 3 }
        return nil
    }
}
