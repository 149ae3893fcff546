import IMRVocabulary

/// Folds a word's inflections to one stem ("improve", "improved", "improves", "improving",
/// "improvement" → "improv"), with the suffixes and the exceptions of the cue data
/// (`inflection_suffixes`, `inflection_exceptions` in `Rules/lexicon/words.cues`).
///
/// The stem is the word without the longest listed suffix that leaves four letters (a final `s`
/// stays after `s`, `u` or `i`: "less", "status", "diagnosis"; `ed` after `e`: "bleed"); then, when a suffix was removed, a
/// doubled final consonant other than `l`, `s`, `z` loses one letter ("stopped" → "stop") and a
/// final `i` becomes `y` ("denied" → "deny"); then a final `e` goes when four letters remain
/// ("improve" → "improv"). Stems of four letters at least keep short words apart ("noted" is not
/// "not", "used" not "us"). Words with a digit and the listed exceptions are their own stem.
struct Inflection: Sendable {
    /// The suffixes, longest first.
    private let suffixes: [[UInt8]]
    private let exceptions: Set<[UInt8]>
    /// The exceptions by their length.
    private let exceptionsByLength: [[[UInt8]]]

    init(suffixes: some Sequence<String>, exceptions: some Sequence<String>) {
        self.suffixes = suffixes.map { Array($0.utf8) }.sorted { $0.count > $1.count }
        let exceptions = Set(exceptions.map { Array($0.utf8) })
        self.exceptions = exceptions
        var byLength = Array(repeating: [[UInt8]](), count: (exceptions.map(\.count).max() ?? -1) + 1)
        for word in exceptions.sorted(by: { $0.lexicographicallyPrecedes($1) }) { byLength[word.count].append(word) }
        exceptionsByLength = byLength
    }

    /// Whether no word is folded (no suffix is listed).
    var isEmpty: Bool { suffixes.isEmpty }

    /// Whether lower-case `word` is matched only as written.
    func isException(_ word: [UInt8]) -> Bool { exceptions.contains(word) }

    /// Whether lower-case `word` is matched only as written: compared with the exceptions of its
    /// length (few), without copying it into an array to hash.
    func isException(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count < exceptionsByLength.count else { return false }
        return exceptionsByLength[word.count].contains { $0.elementsEqual(word) }
    }

    /// The stem of lower-case `word`.
    func stem(_ word: [UInt8]) -> [UInt8] {
        guard !suffixes.isEmpty, !exceptions.contains(word) else { return word }
        let (count, y) = word.withUnsafeBufferPointer { stemShape($0) }
        var stem = Array(word[..<count])
        if y { stem[count - 1] = 121 }
        return stem
    }

    /// The stem of lower-case `word`, taken to be no exception, without building it: the stem is
    /// `word[..<count]` with its last letter replaced by `y` when `y` ("denied" → 5, true: "deny").
    func stemShape(_ word: UnsafeBufferPointer<UInt8>) -> (count: Int, y: Bool) {
        let length = word.count
        guard !suffixes.isEmpty, !word.contains(where: isDigit) else { return (length, false) }
        var count = length
        var y = false
        for suffix in suffixes where length - suffix.count >= 4 && ends(word, with: suffix) {
            let before = word[length - suffix.count - 1]
            // A final `s` stays after `s`, `u`, `i`; `ed` after `e`.
            if suffix.count == 1 && suffix[0] == 115 && (before == 115 || before == 117 || before == 105)
                || suffix.count == 2 && suffix[0] == 101 && suffix[1] == 100 && before == 101
            {
                continue
            }
            count -= suffix.count
            let last = word[count - 1]
            if suffix[0] == 101 || suffix[0] == 105, count >= 5, last == word[count - 2], isConsonant(last), last != 108, last != 115,
                last != 122
            {
                count -= 1
            }
            if word[count - 1] == 105 { y = true }
            break
        }
        if count >= 5, !y, word[count - 1] == 101 { count -= 1 }
        return (count, y)
    }

    private func ends(_ word: UnsafeBufferPointer<UInt8>, with suffix: [UInt8]) -> Bool {
        guard word.count >= suffix.count else { return false }
        let start = word.count - suffix.count
        for offset in suffix.indices where word[start + offset] != suffix[offset] { return false }
        return true
    }

    private func isConsonant(_ byte: UInt8) -> Bool {
        byte >= 97 && byte <= 122 && byte != 97 && byte != 101 && byte != 105 && byte != 111 && byte != 117 && byte != 121
    }
}

/// Abbreviations of the cue data (`abbreviations` in `Rules/lexicon/words.cues`): each expansion
/// (a word sequence) with the word sequences that abbreviate it.
struct Abbreviations: Sendable {
    private var forms: [(expansion: [String], abbreviation: [String])] = []
    /// The forms by the first word of their expansion, each list in `forms` order: a phrase without
    /// one of these words has no variant, and at a word only the forms it starts are compared.
    private var formsByFirstWord: [String: [Int]] = [:]
    /// A filter of the first words of the expansions: bit `h % 1024` of each one's FNV-1a hash
    /// (``WordTable/hash(_:_:)``) is set, so that a phrase none of whose words has its bit set is
    /// passed over without making its words `String`s (most phrases have no variant).
    private var firstWordFilter = [UInt64](repeating: 0, count: 16)

    /// `entries` are (abbreviation, expansion) pairs; the expansion's words are joined by `_`.
    init(_ entries: [(abbreviation: String, expansion: String)]) {
        for (abbreviation, expansion) in entries {
            let words = phraseWords(expansion)
            let short = phraseWords(abbreviation)
            if !words.isEmpty, !short.isEmpty, words != short {
                formsByFirstWord[words[0], default: []].append(forms.count)
                let hash = words[0].utf8.reduce(WordTable.emptyHash) { WordTable.hash($0, $1) }
                firstWordFilter[Int(hash >> 6 & 15)] |= 1 << (hash & 63)
                forms.append((words, short))
            }
        }
    }

    /// `phrase` and the phrases in which one or two of its expansions are written abbreviated
    /// ("history of hypertension" → "h o hypertension", "history of htn", "h o htn", …); its gaps
    /// (``CuePattern``) are kept, and no expansion spans one.
    func variants(of phrase: String) -> [String] {
        guard mayStartExpansion(phrase) else { return [phrase] }
        let words = CuePattern.isPattern(phrase) ? Self.patternWords(phrase) : phraseWords(phrase)
        guard words.contains(where: { forms(startingWith: $0) != nil }) else { return [phrase] }
        var found: [[String]] = [words]
        var frontier = found
        for _ in 0..<2 {
            var next: [[String]] = []
            for words in frontier {
                // The forms that may match somewhere in `words`, in `forms` order (the order the
                // variants are listed in).
                var candidates: [Int] = []
                for word in words { if let starting = forms(startingWith: word) { candidates += starting } }
                candidates.sort()
                var previous = -1
                for form in candidates where form != previous {
                    previous = form
                    let (expansion, abbreviation) = forms[form]
                    var start = 0
                    while start + expansion.count <= words.count {
                        if words[start] == expansion[0], words[start..<(start + expansion.count)].elementsEqual(expansion) {
                            let variant = Array(words[..<start]) + abbreviation + Array(words[(start + expansion.count)...])
                            if !found.contains(variant) && !next.contains(variant) { next.append(variant) }
                        }
                        start += 1
                    }
                }
            }
            found += next
            frontier = next
        }
        return found.map(Self.spaced)
    }

    /// The forms whose expansion starts with `word`, in `forms` order, or `nil`: the word's hash is
    /// read in ``firstWordFilter`` before it is looked up (most words start no expansion).
    private func forms(startingWith word: String) -> [Int]? {
        let hash = word.utf8.reduce(WordTable.emptyHash) { WordTable.hash($0, $1) }
        guard firstWordFilter[Int(hash >> 6 & 15)] & (1 << (hash & 63)) != 0 else { return nil }
        return formsByFirstWord[word]
    }

    /// `words` joined by single spaces (`joined(separator: " ")`), written as one string.
    private static func spaced(_ words: [String]) -> String {
        let count = words.reduce(max(words.count - 1, 0)) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: count) { text in
            var written = 0
            for (position, word) in words.enumerated() {
                if position > 0 {
                    text[written] = 32
                    written += 1
                }
                for byte in word.utf8 {
                    text[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// The words of pattern phrase `phrase` between spaces, a gap or prefix word kept whole and any
    /// other split as ``phraseWords(_:)`` splits it.
    private static func patternWords(_ phrase: String) -> [String] {
        // An ASCII phrase's parts are read on its bytes, as the parts below are read.
        var words: [String] = []
        let cut = CuePattern.forEachASCIIPart(of: phrase) { part in
            if part[part.count - 1] == 42 || part[0] == 46 && CuePattern.gap(String(decoding: part, as: UTF8.self)) != nil {
                words.append(String(decoding: part, as: UTF8.self))
            } else {
                appendPhraseWords(utf8: part, to: &words)
            }
        }
        if cut { return words }
        return CuePattern.parts(of: phrase).flatMap { part in
            let isGap = part.mayBeGap && CuePattern.gap(part.text) != nil
            let isPrefix = part.mayBePrefix && CuePattern.prefix(part.text) != nil
            return isGap || isPrefix ? [part.text] : phraseWords(part.text)
        }
    }

    /// Whether a word of `phrase` (a run of ASCII letters and digits, lower-cased, as
    /// ``phraseWords(_:)`` and the pattern words read it) may start an expansion: its hash's bit is
    /// set in ``firstWordFilter``. False only when no word starts one.
    private func mayStartExpansion(_ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            var hash = WordTable.emptyHash
            var inWord = false
            for byte in bytes {
                if isWordByte(byte) {
                    hash = WordTable.hash(hash, lowered(byte))
                    inWord = true
                } else if inWord {
                    if firstWordFilter[Int(hash >> 6 & 15)] & (1 << (hash & 63)) != 0 { return true }
                    (hash, inWord) = (WordTable.emptyHash, false)
                }
            }
            return inWord && firstWordFilter[Int(hash >> 6 & 15)] & (1 << (hash & 63)) != 0
        }
    }
}
