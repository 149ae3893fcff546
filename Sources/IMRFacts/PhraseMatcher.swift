import IMRVocabulary

/// A word of a text: a run of ASCII letters and digits, lower-cased, with its UTF-8 offsets.
///
/// A token holds no `String` (copying one retains nothing): its word is read from its text
/// (``CaseText/word(of:)``).
struct Token: Hashable, Sendable {
    var start: Int
    var end: Int
    /// The word's id in the ``WordTable`` the text was read with (``WordTable/unknown`` when no
    /// phrase spells it).
    var id: Int32 = WordTable.unknown
    /// The id of the word without a plural `s` or `es` ("sprains" → "sprain"), or ``WordTable/unknown``.
    var singular: Int32 = WordTable.unknown
    /// The id of the word's stem ("improving" → "improv"), or ``WordTable/unknown``.
    var stem: Int32 = WordTable.unknown
    /// Whether a `;` stands between the previous token and this one (it ends a clause).
    var semicolonBefore = false
    /// Whether a `,` stands between the previous token and this one (false for a text's first token).
    var commaBefore = false
    /// The word read as digits: its value (``digitCount(_:)``) when it is one, ``notDigits`` when
    /// its first character is not a digit, -1 when it starts with one and is no count (3rd, 10mg).
    var digits: Int32 = Token.notDigits

    static let notDigits: Int32 = -2

    /// The ``digits`` of a lower-cased word.
    static func digits(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let first = word.first, isDigit(first) else { return notDigits }
        var value: Int32 = 0
        for byte in word {
            guard isDigit(byte) else { return -1 }
            value = value * 10 + Int32(byte - 48)
            if value >= 100_000 { return -1 }
        }
        return value
    }
}

/// Finds phrases (sequences of words) in token streams: built once, used for every text.
///
/// Phrases are matched on whole words, as word ids of one ``WordTable``, so punctuation between
/// words is ignored ("x-ray" matches "X ray" and "x-ray"), but for a comma: a phrase's consecutive
/// words never stand across one ("neck, sprain" is no "neck sprain"). A folded phrase matches every
/// inflection of its words (their stems, see ``Inflection``); an exact one matches its words as
/// written, its last word also as a plural ("x-rays", "sprains"). At each position the longest
/// phrase wins and matches do not overlap. The phrases are grouped in numbered sets (the cue sets
/// of a ``CueBook``; a lexicon uses one set), each matched on its own: phrases are stored sorted by
/// first word (its id, or its stem's for a folded phrase), set and length, and each key indexes
/// the groups of phrases it starts.
///
/// A cue phrase may hold gaps (``CuePattern``: "modified ... request"): a gap after a word lets up
/// to its count of filler words stand before the next word, within the clause: no `;` and no
/// `boundaries` word (the cue book's clause boundaries and coordinators) among them. Its span is then longer than its words; it ranks by its words.
/// A phrase word after its first may be a prefix word (``CuePattern/prefix(_:)``, from an ICD-10
/// code prefix `S32.0-`): it matches every token whose word starts with the prefix (`010a`).
final class PhraseMatcher<Payload: Sendable>: Sendable {
    /// One found phrase: the token range `[first, last]` and what it names.
    struct Match: Sendable {
        var first: Int
        var last: Int
        var payload: Payload
        /// For a coordinated reading (``coordinated(_:in:_:coordinators:set:)``), the last of the
        /// shared words it reads with.
        var shared: Int? = nil
    }

    /// One phrase to match: its text, what it names, and whether its inflections are folded.
    typealias Phrase = (phrase: String, payload: Payload, folded: Bool)

    /// The number of sets.
    let setCount: Int
    /// The word ids (stem ids when folded) of every phrase, back to back; phrase `p` is
    /// `words[wordStart[p]..<wordStart[p + 1]]`.
    private let words: [Int32]
    /// Per word of `words`: the filler words that may follow it (a gap), 0 for none.
    private let gaps: [UInt8]
    private let wordStart: [Int32]
    private let folded: [Bool]
    /// Per phrase, what ``longest(at:in:end:set:text:)`` reads of it at every try, in one place:
    /// the start of its words in `words`, their count, whether it is folded and whether it has a gap,
    /// and the bit of its second word (as ``secondWords`` makes bits; all bits for a phrase of one
    /// word, with a gap or with a prefix word second): a phrase whose second word's bit the next
    /// token lacks cannot match there, and is passed over before its words are compared.
    private let shapes: [(start: Int32, count: Int32, folded: Bool, gapped: Bool, second: UInt64)]
    /// Per word id: whether the word ends a clause (a gap does not cross it).
    private let boundaries: [Bool]
    /// Per word id: whether the word coordinates two phrases ("and"): only a gap written to cross
    /// coordinators (``CuePattern/crossesCoordinators(_:)``) crosses it.
    private let coordinators: [Bool]
    /// Per word id: whether the word negates what follows it ("not", "no"): no gap admits it, as a
    /// filler would turn the phrase around ("Acupuncture denied - has not failed PT" is no failure).
    private let negators: [Bool]
    private let payloads: [Payload]
    /// The words of the table: key `w` is word `w` as written, key `wordCount + s` stem `s`.
    private let wordCount: Int
    /// Key `k` starts the groups `groupStart[k]..<groupStart[k + 1]`.
    private let groupStart: [Int32]
    /// Per key: whether it starts a group (a phrase of some set starts with the word or stem).
    private let startsGroup: [Bool]
    /// Each group: its set and its phrases `groupPhrases[g]`, longest first.
    private let groupSet: [Int32]
    private let groupPhrases: [Range<Int32>]
    /// The groups ``starts(in:)`` walks (those of the sets `walked` flags at build).
    private let walk: StartWalk
    /// The groups ``startsTogether(in:)`` walks (those of the sets `walkedTogether` flags at build).
    private let togetherWalk: StartWalk
    /// Per set: whether ``starts(in:)`` collects its candidate starts.
    private let walked: [Bool]
    /// Per set: whether ``startsTogether(in:)`` collects its candidate starts.
    private let walkedTogether: [Bool]
    /// Per group: the second words of its phrases as bits of a 64-bit mask (a word's bit is its id
    /// modulo 64), or all bits when a phrase of the group has no second word to compare (one
    /// word, a gap after the first, a prefix word second). A phrase of a group without all bits can
    /// start at a token only when the next token's word, singular or stem has a bit of the mask.
    private let secondWords: [UInt64]
    /// The spellings of the prefix words of the phrases (``CuePattern/prefix(_:)``): word `-2 - p`
    /// of ``words`` matches every token whose word starts with `prefixes[p]`.
    private let prefixes: [[UInt8]]
    /// Per phrase with a gap: the bit of its last word (as ``secondWords`` makes bits; all bits for
    /// a prefix word), and the most tokens after its first that it spans (its other words and its
    /// gaps' fillers). A gapped phrase can match at a token only when a token within its span has
    /// its last word's bit (read in ``longest(at:in:end:set:text:)`` before following its gaps).
    private let lastWords: [UInt64]
    private let spans: [Int32]

    /// A phrase being compiled: its key (first word or stem), word ids, gaps, set, its position
    /// among the phrases given, and whether it is folded and holds a prefix word.
    private struct Entry {
        var key: Int
        var ids: [Int32]
        var gaps: [UInt8]
        var set: Int32
        var order: Int
        var folded: Bool
        var prefixed: Bool
    }

    /// A matcher of the phrases of `sets`, with the words of `table`. A phrase with a word the
    /// table lacks is left out. Gaps do not cross the words `boundaries` flags (by word id), nor
    /// those `coordinators` flags unless the gap is written to cross them. ``starts(in:)`` walks
    /// the sets `walked` flags (every set when it is empty), ``startsTogether(in:)`` those
    /// `walkedTogether` flags (none when it is empty); another set's starts are found by a pass of
    /// their own (``starts(in:set:)``).
    init(
        sets: [[Phrase]], words table: WordTable, boundaries: [Bool] = [], coordinators: [Bool] = [], negators: [Bool] = [],
        walked: [Bool] = [], walkedTogether: [Bool] = []
    ) {
        setCount = sets.count
        let walkedSets = walked.isEmpty ? Array(repeating: true, count: sets.count) : walked
        self.walked = walkedSets
        let togetherSets = walkedTogether.isEmpty ? Array(repeating: false, count: sets.count) : walkedTogether
        self.walkedTogether = togetherSets
        wordCount = table.count
        self.boundaries = boundaries
        self.coordinators = coordinators
        self.negators = negators
        // The entries hold no payload (a generic value is copied through the runtime, which made
        // moving the entries most of the build): an entry's payload is `entryPayloads[entry.order]`.
        var entries: [Entry] = []
        var entryPayloads: [Payload] = []
        var prefixes: [[UInt8]] = []
        for (set, phrases) in sets.enumerated() {
            for (phrase, payload, folded) in phrases {
                var (ids, gaps, prefixed) = Self.words(of: phrase, in: table)
                guard !ids.isEmpty, !ids.contains(WordTable.unknown), (prefixed.first ?? nil) == nil else { continue }
                if folded { ids = ids.map(table.stem(of:)) }
                for (position, prefix) in prefixed.enumerated() {
                    guard let prefix else { continue }
                    ids[position] = -2 - Int32(prefixes.count)
                    prefixes.append(Array(prefix.utf8))
                }
                entries.append(
                    Entry(
                        key: (folded ? table.count : 0) + Int(ids[0]), ids: ids, gaps: gaps, set: Int32(set), order: entries.count,
                        folded: folded, prefixed: prefixed.contains { $0 != nil }))
                entryPayloads.append(payload)
            }
        }
        self.prefixes = prefixes
        // Of two phrases as long, one without a prefix word wins ("M51.26" over "M51.2-"). The ranks
        // are sorted, not the entries.
        let ranks = entries.map { ($0.key, $0.set, -$0.ids.count, $0.prefixed ? 1 : 0, $0.order) }
        entries = ranks.indices.sorted { ranks[$0] < ranks[$1] }.map { entries[$0] }
        var groupStart = Array(repeating: Int32(0), count: 2 * table.count + 1)
        var (groupSet, groupPhrases): ([Int32], [Range<Int32>]) = ([], [])
        var index = 0
        while index < entries.count {
            var end = index + 1
            while end < entries.count, entries[end].key == entries[index].key, entries[end].set == entries[index].set { end += 1 }
            groupSet.append(entries[index].set)
            groupPhrases.append(Int32(index)..<Int32(end))
            groupStart[entries[index].key + 1] += 1
            index = end
        }
        for key in 0..<(2 * table.count) { groupStart[key + 1] += groupStart[key] }
        startsGroup = (0..<(2 * table.count)).map { groupStart[$0] < groupStart[$0 + 1] }
        (self.groupStart, self.groupSet, self.groupPhrases) = (groupStart, groupSet, groupPhrases)
        var (words, gaps, wordStart, folded, gapped, payloads): ([Int32], [UInt8], [Int32], [Bool], [Bool], [Payload]) = (
            [], [], [0], [], [], []
        )
        payloads.reserveCapacity(entries.count)
        for entry in entries {
            words += entry.ids
            if entry.gaps.isEmpty { gaps.append(contentsOf: repeatElement(0, count: entry.ids.count)) } else { gaps += entry.gaps }
            gapped.append(entry.gaps.contains { $0 > 0 })
            wordStart.append(Int32(words.count))
            payloads.append(entryPayloads[entry.order])
            folded.append(entry.folded)
        }
        (self.words, self.gaps, self.wordStart) = (words, gaps, wordStart)
        (self.folded, self.payloads) = (folded, payloads)
        shapes = gapped.indices.map { phrase in
            let (start, count) = (Int(wordStart[phrase]), wordStart[phrase + 1] - wordStart[phrase])
            let second = count >= 2 && !gapped[phrase] && words[start + 1] >= 0 ? Self.bit(words[start + 1]) : ~0
            return (wordStart[phrase], count, folded[phrase], gapped[phrase], second)
        }
        let secondWords: [UInt64] = groupPhrases.map { phrases in
            var mask: UInt64 = 0
            for phrase in Int(phrases.lowerBound)..<Int(phrases.upperBound) {
                let start = Int(wordStart[phrase])
                guard wordStart[phrase + 1] - wordStart[phrase] >= 2, gaps[start] == 0, words[start + 1] >= 0 else { return ~0 }
                mask |= Self.bit(words[start + 1])
            }
            return mask
        }
        self.secondWords = secondWords
        walk = StartWalk(keys: 2 * table.count, groupStart: groupStart, groupSet: groupSet, secondWords: secondWords, sets: walkedSets)
        togetherWalk = StartWalk(
            keys: 2 * table.count, groupStart: groupStart, groupSet: groupSet, secondWords: secondWords, sets: togetherSets)
        lastWords = (0..<gapped.count).map { phrase in
            guard gapped[phrase] else { return 0 }
            let last = words[Int(wordStart[phrase + 1]) - 1]
            return last >= 0 ? Self.bit(last) : ~0
        }
        spans = (0..<gapped.count).map { phrase in
            guard gapped[phrase] else { return 0 }
            let range = Int(wordStart[phrase])..<Int(wordStart[phrase + 1])
            return Int32(range.count - 1 + range.reduce(0) { $0 + Int(gaps[$1] & 0x7F) })
        }
    }

    /// The bit of word id `id` in a group's ``secondWords`` mask (none for an unknown word).
    @inline(__always) private static func bit(_ id: Int32) -> UInt64 { id >= 0 ? 1 << UInt64(id & 63) : 0 }

    /// The word ids of `phrase`, per word the filler words its gap admits (0: none), and per word
    /// the prefix a prefix word stands for (its id is then 0, a placeholder); both lists are
    /// empty for a phrase without gaps and prefix words.
    private static func words(of phrase: String, in table: WordTable) -> (ids: [Int32], gaps: [UInt8], prefixes: [String?]) {
        guard CuePattern.isPattern(phrase) else { return (table.ids(ofWordsIn: phrase), [], []) }
        var ids: [Int32] = []
        var gaps: [UInt8] = []
        var prefixes: [String?] = []
        // An ASCII phrase's parts are read on its bytes, as the parts below are read.
        let cut = CuePattern.forEachASCIIPart(of: phrase) { part in
            if part[0] == 46, let gap = CuePattern.gap(String(decoding: part, as: UTF8.self)) {
                if !gaps.isEmpty { gaps[gaps.count - 1] = UInt8(clamping: gap) | (part[part.count - 1] == 43 ? 0x80 : 0) }
                return
            }
            if part[part.count - 1] == 42 {
                ids.append(0)
                gaps.append(0)
                prefixes.append(String(decoding: UnsafeBufferPointer(rebasing: part.dropLast()), as: UTF8.self))
                return
            }
            let first = ids.count
            table.appendIDs(ofWordsIn: part, to: &ids)
            gaps.append(contentsOf: repeatElement(0, count: ids.count - first))
            prefixes.append(contentsOf: repeatElement(nil, count: ids.count - first))
        }
        if cut {
            if !gaps.isEmpty { gaps[gaps.count - 1] = 0 }
            return (ids, gaps, prefixes)
        }
        for part in CuePattern.parts(of: phrase) {
            if part.mayBeGap, let gap = CuePattern.gap(part.text) {
                if !gaps.isEmpty { gaps[gaps.count - 1] = UInt8(clamping: gap) | (part.text.utf8.last == 43 ? 0x80 : 0) }
                continue
            }
            if part.mayBePrefix, let prefix = CuePattern.prefix(part.text) {
                ids.append(0)
                gaps.append(0)
                prefixes.append(prefix)
                continue
            }
            for id in table.ids(ofWordsIn: part.text) {
                ids.append(id)
                gaps.append(0)
                prefixes.append(nil)
            }
        }
        if !gaps.isEmpty { gaps[gaps.count - 1] = 0 }
        return (ids, gaps, prefixes)
    }

    /// Whether `tokens[index]` is spelled with the prefix of prefix word `word` (a word id below -1).
    @inline(__always) private func startsWithPrefix(_ tokens: [Token], _ index: Int, _ word: Int32, _ text: CaseText) -> Bool {
        guard word < -1 else { return false }
        return text.word(of: tokens[index], startsWith: prefixes[Int(-2 - word)])
    }

    /// A matcher of one set of phrases.
    convenience init(_ phrases: [Phrase], words table: WordTable) {
        self.init(sets: [phrases], words: table)
    }

    /// For every set, the tokens of `tokens` where one of its phrases may start (their word as
    /// written, singular or stem starts a phrase of the set, and the next token may be the second
    /// word of one: ``secondWords``), in order: set `s` may start at
    /// `starts[offsets[s]..<offsets[s + 1]]`. One pass over the tokens collects (set, token) pairs,
    /// a counting sort groups them by set.
    func starts(in tokens: [Token]) -> (starts: [Int32], offsets: [Int32]) {
        starts(in: tokens, walking: walk)
    }

    /// For every set `walkedTogether` flags at build, the tokens of `tokens` where one of its
    /// phrases may start, as ``starts(in:)`` finds them for the sets it walks (one pass for all of
    /// them: a summary asked for one topic's words is asked for several).
    func startsTogether(in tokens: [Token]) -> (starts: [Int32], offsets: [Int32]) {
        starts(in: tokens, walking: togetherWalk)
    }

    /// The candidate starts of the sets of `walk` (``starts(in:)``).
    private func starts(in tokens: [Token], walking walk: StartWalk) -> (starts: [Int32], offsets: [Int32]) {
        // Set `s`'s count is kept at `offsets[s + 2]`, so that after the counts are summed
        // `offsets[s + 1]` is where its starts begin, and placing them moves it to where they end:
        // the ranges are then `offsets[s]..<offsets[s + 1]` without an array of cursors.
        var offsets = [Int32](repeating: 0, count: setCount + 2)
        // The (set, token) pairs as `set << 32 | token`, in a buffer grown by hand (a text has a few
        // pairs per token): an array's append checks its uniqueness and capacity at each pair.
        var capacity = 6 * tokens.count + 16
        var pairs = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        var pairCount = 0
        defer { pairs.deallocate() }
        // The tables are read and the counts kept through buffers: in this loop (every token of
        // every text) bounds and uniqueness checks cost as much as the look-ups.
        walk.start.withUnsafeBufferPointer { groupStart in
            walk.set.withUnsafeBufferPointer { groupSet in
                walk.secondWords.withUnsafeBufferPointer { secondWords in
                    offsets.withUnsafeMutableBufferPointer { offsets in
                        tokens.withUnsafeBufferPointer { tokens in
                            for index in tokens.indices {
                                let token = tokens[index]
                                let next =
                                    index + 1 < tokens.count
                                    ? Self.bit(tokens[index + 1].id) | Self.bit(tokens[index + 1].singular)
                                        | Self.bit(tokens[index + 1].stem) : 0
                                // A set is collected once per token, though its word, singular and
                                // stem may each start a group of it: its pair is looked for among
                                // this token's (a few).
                                let first = pairCount
                                for pass in 0..<3 {
                                    guard let key = key(pass, token.id, token.singular, token.stem) else { continue }
                                    for group in Int(groupStart[key])..<Int(groupStart[key + 1])
                                    where secondWords[group] == .max || secondWords[group] & next != 0 {
                                        let set = Int(groupSet[group])
                                        let pair = UInt64(set) << 32 | UInt64(index)
                                        if pass > 0, UnsafeBufferPointer(start: pairs + first, count: pairCount - first).contains(pair) {
                                            continue
                                        }
                                        if pairCount == capacity {
                                            let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * capacity)
                                            grown.moveInitialize(from: pairs, count: pairCount)
                                            pairs.deallocate()
                                            (pairs, capacity) = (grown, 2 * capacity)
                                        }
                                        pairs[pairCount] = pair
                                        pairCount += 1
                                        offsets[set + 2] += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // No candidate (a short request text often has none): every set's range is empty.
        guard pairCount > 0 else {
            offsets.removeLast()
            return ([], offsets)
        }
        // Pairs are in token order, so each set's starts stay in order.
        let starts = [Int32](unsafeUninitializedCapacity: pairCount) { starts, count in
            offsets.withUnsafeMutableBufferPointer { offsets in
                // The counts summed as one running total, each read and written once (every text
                // sums all the sets' counts; a request's text has a few starts and hundreds of sets).
                var total: Int32 = 0
                for slot in 2..<(setCount + 2) {
                    total &+= offsets[slot]
                    offsets[slot] = total
                }
                for pair in UnsafeBufferPointer(start: pairs, count: pairCount) {
                    let set = Int(pair >> 32)
                    starts[Int(offsets[set + 1])] = Int32(truncatingIfNeeded: pair)
                    offsets[set + 1] += 1
                }
            }
            count = pairCount
        }
        offsets.removeLast()
        return (starts, offsets)
    }

    /// The index key of a token (its word ids) to look up in pass `pass`: its id, its singular's, its stem's.
    @inline(__always) private func key(_ pass: Int, _ id: Int32, _ singular: Int32, _ stem: Int32) -> Int? {
        switch pass {
        case 0: id >= 0 ? Int(id) : nil
        case 1: singular >= 0 && singular != id ? Int(singular) : nil
        default: stem >= 0 ? wordCount + Int(stem) : nil
        }
    }

    /// The tokens of `tokens` where a phrase of set `set` may start, in order: those
    /// ``starts(in:)`` collects when it walks the set, else found here by a pass of their own
    /// (a set Swift reads as words or sequences, rarely matched as phrases).
    func starts(in tokens: [Token], set: Int) -> [Int32] {
        tokens.indices.filter { mayStart(at: $0, in: tokens, set: set) }.map { Int32($0) }
    }

    /// Whether ``starts(in:)`` collects the candidate starts of set `set`.
    func walks(_ set: Int) -> Bool { walked[set] }

    /// Whether ``startsTogether(in:)`` collects the candidate starts of set `set`.
    func walksTogether(_ set: Int) -> Bool { walkedTogether[set] }

    /// Whether a phrase of set `set` may start at `tokens[index]`: its word as written, its singular
    /// or its stem starts a group of the set whose second words (``secondWords``) the next token
    /// may be, as ``starts(in:)`` reads it (a look-up per key, before ``longest(at:in:end:set:)``
    /// reads the phrases).
    @inline(__always) private func mayStart(at index: Int, in tokens: [Token], set: Int) -> Bool {
        let token = tokens[index]
        guard
            (token.id >= 0 && startsGroup[Int(token.id)]) || (token.singular >= 0 && startsGroup[Int(token.singular)])
                || (token.stem >= 0 && startsGroup[wordCount + Int(token.stem)])
        else { return false }
        let next =
            index + 1 < tokens.count
            ? Self.bit(tokens[index + 1].id) | Self.bit(tokens[index + 1].singular) | Self.bit(tokens[index + 1].stem) : 0
        for pass in 0..<3 {
            guard let key = key(pass, token.id, token.singular, token.stem), let group = group(of: key, set: set) else { continue }
            if secondWords[group] == .max || secondWords[group] & next != 0 { return true }
        }
        return false
    }

    /// Every non-overlapping match of set `set` in `tokens[range]`, left to right.
    func matches(in text: CaseText, _ range: Range<Int>, set: Int = 0) -> [Match] {
        var found: [Match] = []
        matches(in: text, range, set: set, into: &found)
        return found
    }

    /// Appends to `found` every non-overlapping match of set `set` in `tokens[range]`, left to
    /// right (a caller reading sentence after sentence keeps one array).
    func matches(in text: CaseText, _ range: Range<Int>, set: Int = 0, into found: inout [Match]) {
        matches(in: text.tokens, range, set: set, text: text, into: &found)
    }

    /// Every non-overlapping match of set `set` in `tokens`, left to right: some tokens of `text`
    /// (which spells their words) in their order, as a text read with its other words left out
    /// reads them. A match's positions are in `tokens`.
    func matches(inSome tokens: [Token], of text: CaseText, set: Int = 0) -> [Match] {
        var found: [Match] = []
        matches(in: tokens, tokens.indices, set: set, text: text, into: &found)
        return found
    }

    private func matches(in tokens: [Token], _ range: Range<Int>, set: Int, text: CaseText, into found: inout [Match]) {
        var index = range.lowerBound
        while index < range.upperBound {
            if mayStart(at: index, in: tokens, set: set),
                let match = longest(at: index, in: tokens, end: range.upperBound, set: set, text: text)
            {
                // Room for a sentence's matches at the first (grown from one it was reallocated
                // three or four times a text).
                if found.capacity == 0 { found.reserveCapacity(16) }
                found.append(match)
                index = match.last + 1
            } else {
                index += 1
            }
        }
    }

    /// `found` (matches of set `set` in `tokens[range]`, in order) with the readings of coordinated
    /// phrases that share their last words: a match of two words or more preceded by a coordinator
    /// (`coordinators`, by word id) and one or two words names, too, the phrase those words make
    /// with its words after the first, when that is a phrase ("cubital and carpal tunnel releases":
    /// "cubital tunnel releases"; "lumbar spine and cervical MRI": "lumbar spine MRI"). The added
    /// match covers the words before the coordinator (so that what reads them keeps its own
    /// matches there; ``Match/shared`` reaches the shared words) and follows any match starting there.
    func coordinated(_ found: [Match], in text: CaseText, _ range: Range<Int>, coordinators: [Bool], set: Int = 0) -> [Match] {
        let tokens = text.tokens
        var added: [Match] = []
        for match in found where match.last > match.first && match.first - 2 >= range.lowerBound {
            let joiner = tokens[match.first - 1]
            guard joiner.id >= 0, Int(joiner.id) < coordinators.count, coordinators[Int(joiner.id)], !joiner.semicolonBefore,
                !tokens[match.first].semicolonBefore
            else { continue }
            let shared = tokens[(match.first + 1)...match.last]
            for width in [2, 1] where match.first - 1 - width >= range.lowerBound {
                let conjunct = tokens[(match.first - 1 - width)..<(match.first - 1)]
                guard !conjunct.dropFirst().contains(where: \.semicolonBefore) else { continue }
                let words = Array(conjunct) + shared
                if let reading = longest(at: 0, in: words, end: words.count, set: set, text: text), reading.last == words.count - 1 {
                    added.append(
                        Match(first: conjunct.startIndex, last: conjunct.endIndex - 1, payload: reading.payload, shared: match.last))
                    break
                }
            }
        }
        guard !added.isEmpty else { return found }
        added.sort { $0.first < $1.first }
        var merged: [Match] = []
        var next = 0
        for match in found {
            while next < added.count, added[next].first < match.first {
                merged.append(added[next])
                next += 1
            }
            merged.append(match)
        }
        return merged + added[next...]
    }

    /// The longest phrase of set `set` starting at token `index` and ending before token `end`.
    func longest(at index: Int, in text: CaseText, end: Int, set: Int = 0) -> Match? {
        longest(at: index, in: text.tokens, end: end, set: set, text: text)
    }

    /// The longest phrase of set `set` starting at `tokens[index]` and ending before `tokens[end]`
    /// (tokens of `text`, which spells their words).
    private func longest(at index: Int, in tokens: [Token], end: Int, set: Int, text: CaseText) -> Match? {
        let (id, singular, stem) = (tokens[index].id, tokens[index].singular, tokens[index].stem)
        var best: (phrase: Int, count: Int, last: Int)?
        // The bits of the words of tokens `(index + 1)..<reachEnd`, read as far as a gapped phrase spans.
        var (reach, reachEnd): (UInt64, Int) = (0, index + 1)
        // The bits of the next token's word, singular and stem (a phrase's second word is one of them).
        let next =
            index + 1 < tokens.count
            ? Self.bit(tokens[index + 1].id) | Self.bit(tokens[index + 1].singular) | Self.bit(tokens[index + 1].stem) : 0
        for pass in 0..<3 {
            guard let key = key(pass, id, singular, stem), let group = group(of: key, set: set) else { continue }
            for phrase in Int(groupPhrases[group].lowerBound)..<Int(groupPhrases[group].upperBound) {
                let shape = shapes[phrase]
                let count = Int(shape.count)
                if let best, best.count >= count { break }
                guard index + count <= end, shape.second & next != 0 || shape.second == ~0 else { continue }
                if shape.gapped {
                    let limit = min(end, index + 1 + Int(spans[phrase]))
                    while reachEnd < limit {
                        reach |= Self.bit(tokens[reachEnd].id) | Self.bit(tokens[reachEnd].singular) | Self.bit(tokens[reachEnd].stem)
                        reachEnd += 1
                    }
                    guard reach & lastWords[phrase] != 0 else { continue }
                    if let last = gappedEnd(phrase, word: 0, at: index, in: tokens, end: end, text: text) {
                        best = (phrase, count, last)
                        break
                    }
                } else if spells(from: Int(shape.start), count, folded: shape.folded, at: index, in: tokens, text: text) {
                    best = (phrase, count, index + count - 1)
                    break
                }
            }
        }
        return best.map { Match(first: index, last: $0.last, payload: payloads[$0.phrase]) }
    }

    /// The group of set `set` among the groups key `key` starts (they are in set order), or `nil`.
    @inline(__always) private func group(of key: Int, set: Int) -> Int? {
        // Written out, not `partitioningIndex`: on this path (every candidate start of every set)
        // the slice it needs cost about 0.1 M instructions more at the bench.
        var (low, high) = (Int(groupStart[key]), Int(groupStart[key + 1]))
        while low < high {
            let mid = (low + high) / 2
            if Int(groupSet[mid]) < set { low = mid + 1 } else { high = mid }
        }
        return low < Int(groupStart[key + 1]) && Int(groupSet[low]) == set ? low : nil
    }

    /// The last token of gapped phrase `phrase` matched from its word `word` at token `index`
    /// (before token `end`), or `nil`: the words of each run as ``spells(from:_:folded:at:in:text:)`` compares
    /// them, then after a gap the nearest place where the rest matches, over filler words that
    /// neither follow a `;` nor end a clause.
    private func gappedEnd(_ phrase: Int, word: Int, at index: Int, in tokens: [Token], end: Int, text: CaseText) -> Int? {
        let start = Int(wordStart[phrase])
        let last = Int(wordStart[phrase + 1]) - start - 1
        var (word, position) = (word, index)
        while true {
            guard position < end, spells(phrase, word: word, of: last, at: position, in: tokens, text: text) else { return nil }
            if word == last { return position }
            let gap = Int(gaps[start + word] & 0x7F)
            let crossing = gaps[start + word] & 0x80 != 0
            guard gap > 0 else {
                if position + 1 < end, tokens[position + 1].commaBefore { return nil }
                (word, position) = (word + 1, position + 1)
                continue
            }
            var next = position + 1
            while next < end, next <= position + 1 + gap, !tokens[next].semicolonBefore {
                // The next word is compared here, so that only a place where it stands is followed further.
                if spells(phrase, word: word + 1, of: last, at: next, in: tokens, text: text),
                    let found = gappedEnd(phrase, word: word + 1, at: next, in: tokens, end: end, text: text)
                {
                    return found
                }
                if endsClause(tokens[next]) || !crossing && isCoordinator(tokens[next]) || isNegator(tokens[next]) { return nil }
                next += 1
            }
            return nil
        }
    }

    /// Whether word `word` of gapped phrase `phrase` (whose last word is `last`) is `tokens[position]`:
    /// its stem when the phrase is folded, else as written (also as a plural before a gap and at the end).
    @inline(__always) private func spells(_ phrase: Int, word: Int, of last: Int, at position: Int, in tokens: [Token], text: CaseText)
        -> Bool
    {
        let start = Int(wordStart[phrase])
        let expected = words[start + word]
        let same =
            folded[phrase]
            ? tokens[position].stem == expected
            : tokens[position].id == expected || ((gaps[start + word] & 0x7F > 0 || word == last) && tokens[position].singular == expected)
        return same || startsWithPrefix(tokens, position, expected, text)
    }

    /// Whether `token` is a clause boundary word.
    @inline(__always) private func endsClause(_ token: Token) -> Bool {
        token.id >= 0 && Int(token.id) < boundaries.count && boundaries[Int(token.id)]
    }

    /// Whether `token` is a negating word ("not").
    @inline(__always) private func isNegator(_ token: Token) -> Bool {
        token.id >= 0 && Int(token.id) < negators.count && negators[Int(token.id)]
    }

    /// Whether `token` is a coordinator ("and", "or").
    @inline(__always) private func isCoordinator(_ token: Token) -> Bool {
        token.id >= 0 && Int(token.id) < coordinators.count && coordinators[Int(token.id)]
    }

    /// Whether the `count` words of a phrase, from `words[start]`, are the tokens from `index`, no
    /// comma between them: their stems when the phrase is `folded`, else as written (the last one
    /// also as a plural).
    @inline(__always) private func spells(from start: Int, _ count: Int, folded: Bool, at index: Int, in tokens: [Token], text: CaseText)
        -> Bool
    {
        if folded {
            for offset in 0..<count where tokens[index + offset].stem != words[start + offset] {
                if !startsWithPrefix(tokens, index + offset, words[start + offset], text) { return false }
            }
        } else {
            for offset in 0..<count {
                let expected = words[start + offset]
                if tokens[index + offset].id != expected && !(offset == count - 1 && tokens[index + offset].singular == expected)
                    && !startsWithPrefix(tokens, index + offset, expected, text)
                {
                    return false
                }
            }
        }
        // A phrase's words stand together: a list comma between two of them parts two items
        // ("sprain of the neck, sprain of the lumbar spine" names no "neck sprain"). Read after the
        // words, which part most phrases from a token already.
        for offset in 1..<max(count, 1) where tokens[index + offset].commaBefore { return false }
        return true
    }
}

/// `bytes[start..<end]` lower-cased (ASCII letters), as a string.
func lowerCaseWord(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
    String(unsafeUninitializedCapacity: end - start) { out in
        for index in start..<end { out[index - start] = lowered(bytes[index]) }
        return end - start
    }
}

@inline(__always) func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
