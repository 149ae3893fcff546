import IMRVocabulary

/// A word of a text: a run of ASCII letters and digits, lower-cased, with its UTF-8 offsets.
struct Token: Hashable, Sendable {
    var word: String
    var start: Int
    var end: Int
}

/// Finds phrases (sequences of words) in token streams: built once, used for every sentence.
///
/// Phrases are matched on whole words, case-insensitively; punctuation between words is ignored
/// ("x-ray" matches "X ray" and "x-ray"), and a phrase's last word also matches its plural
/// ("x-rays", "sprains"). At each position the longest phrase wins and matches do not overlap.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// One found phrase: the token range `[first, last]` and what it names.
    struct Match: Sendable {
        var first: Int
        var last: Int
        var payload: Payload
    }

    private var table: [String: [(words: [String], payload: Payload)]] = [:]

    init(_ phrases: [(phrase: String, payload: Payload)]) {
        for (phrase, payload) in phrases {
            let words = phraseWords(phrase)
            guard let first = words.first else { continue }
            table[first, default: []].append((words, payload))
        }
        for key in table.keys { table[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// Every non-overlapping match in `tokens`, left to right.
    func matches(in tokens: ArraySlice<Token>) -> [Match] {
        var found: [Match] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            if let match = longest(at: index, in: tokens) {
                found.append(match)
                index = match.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// Every non-overlapping match in `tokens`, found from the positions of each phrase's first
    /// word (`positions`: word → token indices) rather than by visiting every token.
    func matches(in tokens: [Token], positions: [String: [Int]]) -> [Match] {
        var starts: [Int] = []
        for key in table.keys {
            starts += positions[key] ?? []
            if table[key + "s"] == nil { starts += positions[key + "s"] ?? [] }
        }
        starts.sort()
        var found: [Match] = []
        var next = 0
        let all = tokens[...]
        for start in starts where start >= next {
            if let match = longest(at: start, in: all) {
                found.append(match)
                next = match.last + 1
            }
        }
        return found
    }

    /// The longest phrase starting at `index`.
    func longest(at index: Int, in tokens: ArraySlice<Token>) -> Match? {
        let word = tokens[index].word
        let candidates = table[word] ?? table[Self.singular(word)] ?? []
        for candidate in candidates where index + candidate.words.count <= tokens.endIndex {
            var ok = true
            for (offset, expected) in candidate.words.enumerated() {
                let actual = tokens[index + offset].word
                let isLast = offset == candidate.words.count - 1
                if actual != expected && !(isLast && (actual == expected + "s" || actual == expected + "es")) {
                    ok = false
                    break
                }
            }
            if ok { return Match(first: index, last: index + candidate.words.count - 1, payload: candidate.payload) }
        }
        return nil
    }

    private static func singular(_ word: String) -> String {
        word.hasSuffix("s") ? String(word.dropLast()) : word
    }
}

/// Splits bytes into lower-case ASCII word tokens with offsets relative to `base`.
func tokenize(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil, base: Int = 0) -> [Token] {
    var tokens: [Token] = []
    let end = end ?? bytes.count
    var index = start
    var word: [UInt8] = []
    while index < end {
        let byte = bytes[index]
        if isWordByte(byte) {
            let tokenStart = index
            word.removeAll(keepingCapacity: true)
            while index < end, isWordByte(bytes[index]) {
                let b = bytes[index]
                word.append(b >= 65 && b <= 90 ? b + 32 : b)
                index += 1
            }
            tokens.append(Token(word: String(decoding: word, as: UTF8.self), start: base + tokenStart, end: base + index))
        } else {
            index += 1
        }
    }
    return tokens
}
