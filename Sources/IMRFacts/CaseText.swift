import IMRVocabulary

/// A sentence of a text: its UTF-8 range and the range of its tokens.
struct Sentence: Sendable {
    var start: Int
    var end: Int
    var tokens: Range<Int>
}

/// A text split into sentences and word tokens, ready for phrase matching.
struct CaseText: Sendable {
    var source: Evidence.Source
    var text: String
    var bytes: [UInt8]
    var tokens: [Token]
    var sentences: [Sentence]
    /// Word → indices of the tokens spelling it, for matching phrases from their first word.
    var positions: [String: [Int]]
    /// Words whose trailing period does not end a sentence ("Dr.", "vs.").
    let abbreviations: Set<String>

    /// Splits `text` into sentences: a `.`, `!` or `?` followed by white space ends one (unless it
    /// ends an abbreviation such as "Dr." or an initial), and so does a blank line.
    init(_ text: String, source: Evidence.Source, abbreviations: Set<String>) {
        self.source = source
        self.abbreviations = abbreviations
        self.text = text
        bytes = Array(text.utf8)
        tokens = tokenize(bytes)
        sentences = []
        positions = [:]
        for (position, token) in tokens.enumerated() { positions[token.word, default: []].append(position) }
        var start = 0
        var tokenIndex = 0
        var index = 0
        let count = bytes.count
        func close(at end: Int) {
            var s = start
            while s < end, isSpace(bytes[s]) { s += 1 }
            var e = end
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            let firstToken = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].end <= end { tokenIndex += 1 }
            if e > s { sentences.append(Sentence(start: s, end: e, tokens: firstToken..<tokenIndex)) }
            start = end
        }
        while index < count {
            let byte = bytes[index]
            if byte == 46 || byte == 33 || byte == 63 {
                let next = index + 1
                if next >= count || isSpace(bytes[next]) {
                    if byte != 46 || !endsAbbreviation(before: index) { close(at: next) }
                } else if byte == 46, startsGluedSentence(period: index) {
                    close(at: next)
                }
            } else if byte == 10 {
                var next = index + 1
                while next < count, bytes[next] == 32 || bytes[next] == 9 || bytes[next] == 13 { next += 1 }
                if next < count, bytes[next] == 10 { close(at: index) }
            }
            index += 1
        }
        close(at: count)
    }

    /// A period with no space before a capitalised word, after a lower-case word, a number or a
    /// parenthesis: PDF text that lost the space ("June 4, 2010.Thus far", "(11/01/2005).Utilization").
    private func startsGluedSentence(period: Int) -> Bool {
        guard period > 0, period + 2 < bytes.count else { return false }
        let before = bytes[period - 1]
        let first = bytes[period + 1]
        let second = bytes[period + 2]
        let beforeFits = (before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before == 41
        return beforeFits && first >= 65 && first <= 90 && second >= 97 && second <= 122
    }

    private func endsAbbreviation(before period: Int) -> Bool {
        var s = period
        while s > 0, isWordByte(bytes[s - 1]) { s -= 1 }
        let word = String(decoding: bytes[s..<period], as: UTF8.self).lowercased()
        if word.utf8.count == 1, let b = word.utf8.first, b >= 97 { return true }
        return abbreviations.contains(word)
    }

    /// The evidence for sentence `index`: its text with white space runs collapsed, and its offsets.
    func evidence(_ index: Int) -> Evidence {
        let sentence = sentences[index]
        return Evidence(source: source, sentence: collapse(sentence.start, sentence.end), start: sentence.start, end: sentence.end)
    }

    /// The text of `[start, end)` with runs of white space collapsed to one space.
    func collapse(_ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var space = false
        for byte in bytes[start..<end] {
            if isSpace(byte) {
                space = true
            } else {
                if space && !out.isEmpty { out.append(32) }
                space = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The tokens of sentence `index`.
    func tokens(of index: Int) -> ArraySlice<Token> { tokens[sentences[index].tokens] }

    /// The index of the sentence holding token `token`.
    func sentence(ofToken token: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid].tokens
            if token < range.lowerBound { high = mid - 1 } else if token >= range.upperBound { low = mid + 1 } else { return mid }
        }
        return nil
    }
}

@inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 9 || byte == 13 }
