import IMRVocabulary

/// A word of a text: a run of ASCII letters and digits, lower-cased, with its UTF-8 offsets.
struct Token: Hashable, Sendable {
    var word: String
    var start: Int
    var end: Int
    /// The word's id in the ``WordTable`` the text was read with (``WordTable/unknown`` when no
    /// phrase spells it, or when the token comes from ``tokenize(_:from:to:base:)``).
    var id: Int32 = WordTable.unknown
    /// The id of the word without a plural `s` or `es` ("sprains" → "sprain"), or ``WordTable/unknown``.
    var singular: Int32 = WordTable.unknown
    /// Whether a `;` stands between the previous token and this one (it ends a clause).
    var semicolonBefore = false
}

/// Finds phrases (sequences of words) in token streams: built once, used for every text.
///
/// Phrases are matched on whole words, as word ids of one ``WordTable``, so punctuation between
/// words is ignored ("x-ray" matches "X ray" and "x-ray"), and a phrase's last word also matches
/// its plural ("x-rays", "sprains"). At each position the longest phrase wins and matches do not
/// overlap. The phrases are grouped in numbered sets (the cue sets of a ``CueBook``; a lexicon
/// uses one set), each matched on its own: phrases are stored sorted by first word, set and
/// length, and each word id indexes the groups of phrases it starts.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// One found phrase: the token range `[first, last]` and what it names.
    struct Match: Sendable {
        var first: Int
        var last: Int
        var payload: Payload
    }

    /// The number of sets.
    let setCount: Int
    /// The word ids of every phrase, back to back; phrase `p` is `words[wordStart[p]..<wordStart[p + 1]]`.
    private var words: [Int32] = []
    private var wordStart: [Int32] = [0]
    private var payloads: [Payload] = []
    /// Word id `w` starts the groups `groupStart[w]..<groupStart[w + 1]`.
    private var groupStart: [Int32]
    /// Each group: its set and its phrases `groupPhrases[g]`, longest first.
    private var groupSet: [Int32] = []
    private var groupPhrases: [Range<Int32>] = []

    /// A matcher of the phrases of `sets` (each a list of phrase and payload), with the words of `table`.
    /// A phrase with a word the table lacks is left out.
    init(sets: [[(phrase: String, payload: Payload)]], words table: WordTable) {
        setCount = sets.count
        var entries: [(ids: [Int32], set: Int32, order: Int, payload: Payload)] = []
        for (set, phrases) in sets.enumerated() {
            for (phrase, payload) in phrases {
                let ids = phraseWords(phrase).map(table.id)
                guard !ids.isEmpty, !ids.contains(WordTable.unknown) else { continue }
                entries.append((ids, Int32(set), entries.count, payload))
            }
        }
        entries.sort {
            ($0.ids[0], $0.set, -$0.ids.count, $0.order) < ($1.ids[0], $1.set, -$1.ids.count, $1.order)
        }
        groupStart = Array(repeating: 0, count: table.count + 1)
        var index = 0
        while index < entries.count {
            var end = index + 1
            while end < entries.count, entries[end].ids[0] == entries[index].ids[0], entries[end].set == entries[index].set { end += 1 }
            groupSet.append(entries[index].set)
            groupPhrases.append(Int32(index)..<Int32(end))
            groupStart[Int(entries[index].ids[0]) + 1] += 1
            index = end
        }
        for word in 0..<table.count { groupStart[word + 1] += groupStart[word] }
        for entry in entries {
            words += entry.ids
            wordStart.append(Int32(words.count))
            payloads.append(entry.payload)
        }
    }

    /// A matcher of one set of phrases.
    init(_ phrases: [(phrase: String, payload: Payload)], words table: WordTable) {
        self.init(sets: [phrases], words: table)
    }

    /// Calls `body` with each set that has a phrase starting with word `id`.
    @inline(__always) func forEachSet(startingWith id: Int32, _ body: (Int) -> Void) {
        guard id >= 0 else { return }
        for group in Int(groupStart[Int(id)])..<Int(groupStart[Int(id) + 1]) { body(Int(groupSet[group])) }
    }

    /// Every non-overlapping match of set `set` in `tokens[range]`, left to right.
    func matches(in tokens: [Token], _ range: Range<Int>, set: Int = 0) -> [Match] {
        var found: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longest(at: index, in: tokens, end: range.upperBound, set: set) {
                found.append(match)
                index = match.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The longest phrase of set `set` starting at token `index` and ending before token `end`.
    func longest(at index: Int, in tokens: [Token], end: Int, set: Int = 0) -> Match? {
        let token = tokens[index]
        var best: (phrase: Int, count: Int)?
        for pass in 0..<2 {
            let key = pass == 0 ? token.id : token.singular
            guard key >= 0, pass == 0 || key != token.id else { continue }
            for group in Int(groupStart[Int(key)])..<Int(groupStart[Int(key) + 1]) where groupSet[group] == set {
                for phrase in Int(groupPhrases[group].lowerBound)..<Int(groupPhrases[group].upperBound) {
                    let count = Int(wordStart[phrase + 1] - wordStart[phrase])
                    if let best, best.count >= count { break }
                    if index + count <= end && spells(phrase, count, at: index, in: tokens) {
                        best = (phrase, count)
                        break
                    }
                }
            }
        }
        return best.map { Match(first: index, last: index + $0.count - 1, payload: payloads[$0.phrase]) }
    }

    /// Whether the `count` words of `phrase` are the tokens from `index` (the last one also as a plural).
    @inline(__always) private func spells(_ phrase: Int, _ count: Int, at index: Int, in tokens: [Token]) -> Bool {
        let start = Int(wordStart[phrase])
        for offset in 0..<count {
            let expected = words[start + offset]
            let token = tokens[index + offset]
            if token.id != expected && !(offset == count - 1 && token.singular == expected) { return false }
        }
        return true
    }
}

/// Splits bytes into lower-case ASCII word tokens with offsets relative to `base` (no word ids:
/// ``CaseText`` reads a text's words with their ids).
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
                word.append(lowered(bytes[index]))
                index += 1
            }
            tokens.append(Token(word: String(decoding: word, as: UTF8.self), start: base + tokenStart, end: base + index))
        } else {
            index += 1
        }
    }
    return tokens
}

@inline(__always) func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
