import IMRVocabulary

/// A sentence of a text: its UTF-8 range and the range of its tokens.
struct Sentence: Sendable {
    var start: Int
    var end: Int
    var tokens: Range<Int>
}

/// A text split into sentences and word tokens, ready for phrase matching.
///
/// Tokenizing looks every word up in the ``WordTable`` of the cue book once, and records, for
/// every cue set, the tokens where one of its phrases may start: a cue set then matches a text by
/// visiting those tokens only (one pass over the text serves every set).
///
/// A class (it is never changed once read), so that the readers, matchers and scopes that hold it
/// share it instead of copying (and retaining) its arrays.
final class CaseText: Sendable {
    let source: Evidence.Source
    let text: String
    let bytes: [UInt8]
    let tokens: [Token]
    let sentences: [Sentence]
    /// The UTF-8 ranges of a summary's words that assert nothing, in text order: its questions
    /// (``Questions``), conditions, alternatives not chosen and options weighed (``Moods``), the
    /// items of its unticked check boxes (``CheckBoxes``). Their
    /// tokens are read as no words, and a reader of the bytes (a pain score "7/10") passes over
    /// them (``isUnasserted(_:)``).
    let unassertedBytes: [Range<Int>]
    /// The token ranges of a summary's lists whose head denies every item ("Denies:" over its
    /// lines "- fever", "- saddle numbness": ``ListItems/negatedRuns(of:tokens:lineStarts:negates:)``),
    /// in text order: a phrase there is negated (``NegationDetector``).
    private let negatedLists: [Range<Int>]
    /// The token ranges of a summary's clauses that name a treatment offered and declined
    /// (``DeclinedOffers``), in text order: a phrase there is negated (``NegationDetector``).
    private let declinedOffers: [Range<Int>]
    /// The sentences (by index) whose condition or options weighed name a surgery (``Moods``): a
    /// surgery the worker would consider, though none is asserted planned (`surgery_considered`).
    let surgeryOptionSentences: [Int]
    /// The spellings of the word table the text was read with, by word id (``word(of:)``).
    private let spellings: [String]
    /// Cue set `s` may start a phrase at the tokens `cueStarts[cueOffsets[s]..<cueOffsets[s + 1]]`,
    /// in order, for a set the book's matcher walks (``PhraseMatcher/walks(_:)``).
    private let cueStarts: [Int32]
    private let cueOffsets: [Int32]
    /// Per token: the first token of its clause, and the token that ends its clause (the next that
    /// follows a `;` or is a clause boundary word of the cue data, or the text's token count):
    /// found once per text for negation and hedging (``NegationDetector``), whatever the sentence.
    private let clauseStarts: [Int32]
    private let clauseEnds: [Int32]
    /// Where the words that may negate or hedge a phrase stand (``NegationDetector/marks(of:)``).
    let marks: NegationMarks
    /// The whole-text hits of the cue sets read so far (``CueSet/hits(in:)``), for a summary (many
    /// readers read it; a request's text is read once by each).
    let hitMemo: CueHitMemo?
    /// The text's bytes as its evidence reads them (``evidence(_:)``).
    private let sentenceText: SentenceText
    /// The cue book's matcher, which finds the starts of a set it does not walk (``withCueStarts(of:_:)``).
    private let phrases: PhraseMatcher<CueLabelID>
    /// For a summary, the starts of the sets the matcher walks together, found when one is first
    /// asked (``PhraseMatcher/walksTogether(_:)``).
    private let togetherStarts: TogetherStarts?

    /// Splits `text` into sentences (``sentences(of:tokens:cues:)``) and word tokens.
    init(_ text: String, source: Evidence.Source, cues: CueBook) {
        self.source = source
        hitMemo = source == .summary ? CueHitMemo() : nil
        togetherStarts = source == .summary ? TogetherStarts() : nil
        var bytes = Array(text.utf8)
        var tokens = Self.tokens(of: bytes, words: cues.wordTable, capitalsOnly: cues.capitalsOnly, cues: cues)
        // A dictated summary's spoken punctuation is written as the marks it names, and read again (``SpokenMarks``).
        if source == .summary, let written = cues.spokenMarks.written(bytes, tokens: tokens) {
            bytes = written
            tokens = Self.tokens(of: bytes, words: cues.wordTable, capitalsOnly: cues.capitalsOnly, cues: cues)
            self.text = String(decoding: written, as: UTF8.self)
        } else {
            self.text = text
        }
        self.bytes = bytes
        spellings = cues.wordTable.spellings
        let (sentences, lineStarts, tabled) = Self.sentences(of: bytes, tokens: tokens, cues: cues)
        self.sentences = sentences
        // A question asserts nothing, nor do a condition, an alternative not chosen and options
        // weighed: a summary's are read as no words (``Questions``, ``Moods``).
        var unasserted: [Range<Int>] = []
        if source == .summary {
            // An unticked check box's item asserts nothing, and its free text is a clause of its own (``CheckBoxes``).
            // A list's item opens a clause, as after a `;` (``ListItems``).
            // A form's one-letter answer after its item reads as its word ("home exercises - N": negative; ``TickAnswers``),
            // and its item opens a clause.
            let answered = TickAnswers.read(&tokens, in: bytes, answers: cues.tickAnswers)
            let examples = CheckBoxes.ExampleWords(openers: cues.wordList(.boxExampleOpeners), joiners: cues.wordList(.boxExampleJoiners))
            let boxes = CheckBoxes.reading(of: bytes, tokens: tokens, examples: examples)
            let items = ListItems.firstTokens(of: bytes, tokens: tokens, lineStarts: lineStarts)
            for opener in boxes.clauseOpeners + items + answered { tokens[opener].semicolonBefore = true }
            Questions.unread(boxes.unread, in: &tokens)
            // A request form's grid asks for its rows: they assert nothing done (``TableGrids``).
            let requested = tabled ? TableGrids.requestedRows(of: bytes, tokens: tokens, heads: cues.wordList(.tableRequestHeads)) : []
            Questions.unread(requested, in: &tokens)
            let questions = Questions.spans(of: bytes, tokens: tokens, sentences: sentences, words: Questions.Words(cues))
            Questions.unread(questions, in: &tokens)
            let moods = Moods.spans(of: bytes, tokens: tokens, sentences: sentences, words: Moods.Words(cues))
            Questions.unread(moods.spans, in: &tokens)
            unasserted = Self.merged(questions + moods.spans + boxes.unasserted + requested)
            surgeryOptionSentences = moods.surgeryOptions
            let negation = cues.negation
            negatedLists = ListItems.negatedRuns(of: bytes, tokens: tokens, lineStarts: lineStarts) {
                negation.negatesList(head: $0, in: tokens)
            }
            declinedOffers = DeclinedOffers.runs(tokens: tokens, sentences: sentences, words: DeclinedOffers.Words(cues))
        } else {
            surgeryOptionSentences = []
            negatedLists = []
            declinedOffers = []
        }
        unassertedBytes = unasserted.map { tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end }
        self.tokens = tokens
        phrases = cues.phrases
        (cueStarts, cueOffsets) = cues.phrases.starts(in: tokens)
        sentenceText = SentenceText(bytes)
        (clauseStarts, clauseEnds) = Self.clauses(of: tokens, boundaries: cues.negation.boundaries)
        marks = cues.negation.marks(of: tokens)
    }

    /// Whether token `index` stands in a list whose head denies every item (``negatedLists``).
    func isInNegatedList(_ index: Int) -> Bool {
        !negatedLists.isEmpty && negatedLists.contains { $0.contains(index) }
    }

    /// Whether token `index` stands in a clause that names a treatment offered and declined (``declinedOffers``).
    func isInDeclinedOffer(_ index: Int) -> Bool {
        !declinedOffers.isEmpty && declinedOffers.contains { $0.contains(index) }
    }

    /// Per token, the first token of its clause and the token that ends it: a clause starts after
    /// a boundary word (`boundaries`, by word id) and at a token after a `;`, and ends there.
    private static func clauses(of tokens: [Token], boundaries: [Bool]) -> (starts: [Int32], ends: [Int32]) {
        let count = tokens.count
        // Written through buffers (every token of every text): a token's id is -1 or an id of the
        // word table, which `boundaries` flags.
        return tokens.withUnsafeBufferPointer { tokens in
            boundaries.withUnsafeBufferPointer { boundaries in
                @inline(__always) func isBoundary(_ index: Int) -> Bool {
                    let id = tokens[index].id
                    return id >= 0 && boundaries[Int(id)]
                }
                let starts = [Int32](unsafeUninitializedCapacity: count) { starts, initialized in
                    var start: Int32 = 0
                    for index in 0..<count {
                        if index > 0, tokens[index].semicolonBefore || isBoundary(index - 1) { start = Int32(index) }
                        starts[index] = start
                    }
                    initialized = count
                }
                let ends = [Int32](unsafeUninitializedCapacity: count) { ends, initialized in
                    var end = Int32(count)
                    var index = count - 1
                    while index >= 0 {
                        ends[index] = end
                        if tokens[index].semicolonBefore || isBoundary(index) { end = Int32(index) }
                        index -= 1
                    }
                    initialized = count
                }
                return (starts, ends)
            }
        }
    }

    /// The first token of the clause of token `index`, no earlier than `lowerBound`.
    @inline(__always) func clauseStart(of index: Int, from lowerBound: Int) -> Int { max(Int(clauseStarts[index]), lowerBound) }

    /// The token that ends the clause of token `index` (after it), no later than `upperBound`.
    @inline(__always) func clauseEnd(after index: Int, before upperBound: Int) -> Int { min(Int(clauseEnds[index]), upperBound) }

    /// The sentences of `bytes` (with its `tokens`), and the first byte of each of its lines: a `.`,
    /// `!` or `?` followed by white space (after
    /// a closing `"` or `)` at most) ends one (unless it ends an abbreviation of `cues` such as `Dr.` or an initial), and so do a blank
    /// line, a line that opens with a label (`S:`, `Meds:`, `Tx to date:`: a note's new section) and
    /// the break after a table's line (``TableGrids/endsSentence(line:in:)``).
    private static func sentences(of bytes: [UInt8], tokens: [Token], cues: CueBook) -> (
        sentences: [Sentence], lineStarts: [Int], tabled: Bool
    ) {
        var sentences: [Sentence] = []
        var lineStarts = [0]
        // Room for a sentence per 64 bytes, so that a summary's array seldom grows.
        sentences.reserveCapacity(bytes.count / 64 + 4)
        var start = 0
        var tokenIndex = 0
        var index = 0
        let count = bytes.count
        var before = 0  // tokens[before - 1] is the last token ending at or before `index`
        var tabled = false  // a table's line ended a sentence
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
            // Most bytes are letters or spaces, which neither end a sentence nor break a line:
            // passed over with one or two comparisons.
            if byte > 63 || byte == 32 {
                index = bytes.withUnsafeBufferPointer { nextMark(in: $0, from: index + 1) }
                continue
            }
            if byte == 63, startsDoubt(mark: index, in: bytes) {
                // A `?` before a word, not after one, is a mark of doubt ("- ? L5 radiculopathy"):
                // its finding stays in the sentence.
                index += 1
                continue
            }
            if byte == 46 || byte == 33 || byte == 63 {
                var next = index + 1
                // A closing quote or parenthesis after the mark stays in its sentence ("with some benefit." O: …).
                if next + 1 < count, bytes[next] == 34 || bytes[next] == 41, isSpace(bytes[next + 1]) { next += 1 }
                if next >= count || isSpace(bytes[next]) {
                    while before < tokens.count, tokens[before].end <= index { before += 1 }
                    let last = before > 0 && tokens[before - 1].end == index ? tokens[before - 1] : nil
                    if byte != 46 || !endsAbbreviation(last, in: bytes, cues) {
                        close(at: next)
                    }
                } else if byte == 46, startsGluedSentence(period: index, in: bytes) {
                    close(at: next)
                }
            } else if byte == 10 {
                let line = (lineStarts.last ?? 0)..<index
                lineStarts.append(index + 1)
                var next = index + 1
                while next < count, bytes[next] == 32 || bytes[next] == 9 || bytes[next] == 13 { next += 1 }
                if next < count, bytes[next] == 10 || NoteSection.opensWithLabel(next, in: bytes) {
                    close(at: index)
                } else if next < count, bytes.withUnsafeBufferPointer({ TableGrids.endsSentence(line: line, in: $0) }) {
                    tabled = true
                    close(at: index)
                }
            }
            index += 1
        }
        close(at: count)
        return (sentences, lineStarts, tabled)
    }

    /// Whether the `?` at `mark` opens a doubted finding rather than ending a question: it
    /// opens its line or follows a space, `(`, `:`, `;`, `,` or `-`, and a word follows it on its
    /// line ("Dx: ? L5 radiculopathy", "- ? rotator cuff tear").
    private static func startsDoubt(mark: Int, in bytes: [UInt8]) -> Bool {
        if mark > 0 {
            let before = bytes[mark - 1]
            guard isSpace(before) || before == 40 || before == 58 || before == 59 || before == 44 || before == 45 else { return false }
        }
        var next = mark + 1
        while next < bytes.count, bytes[next] == 32 || bytes[next] == 9 { next += 1 }
        return next < bytes.count && isWordByte(bytes[next])
    }

    /// Whether the mark at `mark..<end` stands alone after a test's name, as a form writes a result
    /// (`result_marks`): a space or tab before it, a letter, `'`, `)` or `:` before those; after it
    /// only spaces or tabs before a `;`, `,`, `.`, `)` or `|` ("apprehension -;", "Speed's -.",
    /// "Locking: -,"). Not a dash between words or items ("McMurray - medial joint line pain"), one
    /// closing a heading's line ("10/25/16 f/u for R 5th MT fx -", a table's empty cell "9.1 mV -"),
    /// a range ("3-4"), a date or a score ("7/10 -").
    private static func standsAlone(mark: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var before = mark - 1
        guard before > 0, bytes[before] == 32 || bytes[before] == 9 else { return false }
        while before > 0, bytes[before] == 32 || bytes[before] == 9 { before -= 1 }
        let word = bytes[before] | 0x20
        guard (word >= 97 && word <= 122) || bytes[before] == 39 || bytes[before] == 41 || bytes[before] == 58 else { return false }
        var after = end
        while after < bytes.count, bytes[after] == 32 || bytes[after] == 9 { after += 1 }
        return after < bytes.count && [59, 44, 46, 41, 124].contains(bytes[after])
    }

    /// The tokens of `bytes` with their ids in `words`, their singular and stem ids and the `;` before them.
    /// A word of `capitalsOnly` (flags by word id) not written in capitals is read as the word it
    /// means in lower case (`lower_case_forms`: "pt", the patient), else as an unknown word;
    /// a symbol of `cues` ("↓", "(-)") is a token of the word it reads as.
    ///
    /// A word without a capital letter is looked up where it stands in the text; only a word with
    /// one is lower-cased, into a buffer kept for the text.
    private static func tokens(of bytes: [UInt8], words: WordTable, capitalsOnly: [Bool], cues: CueBook) -> [Token] {
        // Written in place into room for a token per four bytes (most texts need far less); a text
        // that needs more is read again into room for a token per byte (a token takes one at least).
        var tokens =
            tokens(of: bytes, room: bytes.count / 4 + 8, words: words, capitalsOnly: capitalsOnly, cues: cues)
            ?? tokens(of: bytes, room: bytes.count + 1, words: words, capitalsOnly: capitalsOnly, cues: cues) ?? []
        unreadPartneredAbbreviations(
            &tokens, capitalsOnly: capitalsOnly, partners: cues.abbreviationPartners, coordinators: cues.coordinators)
        readSlashForms(&tokens, in: bytes, forms: cues.slashForms, words: words)
        return tokens
    }

    /// Reads an abbreviation written with a `/` whose expansion is one word (``CueBook/slashForms``:
    /// "w/o", "w/", "b/l") as one token of that word, when it is written as a whole (no word byte or
    /// `/` right before or after it): "chiro x6 w/o lasting change" is read as "without lasting
    /// change" by every word list and phrase, "w/c" is not "with" and "c".
    private static func readSlashForms(
        _ tokens: inout [Token], in bytes: [UInt8], forms: [(bytes: [UInt8], id: Int32)], words: WordTable
    ) {
        guard !forms.isEmpty else { return }
        var read: [Token] = []
        var copied = 0  // tokens[..<copied] are in `read`
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let whole = token.start == 0 || !isWordByte(bytes[token.start - 1]) && bytes[token.start - 1] != 47
            guard token.end < bytes.count, bytes[token.end] == 47, whole,
                let form = forms.first(where: { form in
                    let end = token.start + form.bytes.count
                    return end <= bytes.count && (end == bytes.count || !isWordByte(bytes[end]) && bytes[end] != 47)
                        && form.bytes.indices.allSatisfy { lowered(bytes[token.start + $0]) == form.bytes[$0] }
                })
            else {
                index += 1
                continue
            }
            let end = token.start + form.bytes.count
            var next = index + 1
            while next < tokens.count, tokens[next].start < end { next += 1 }
            read += tokens[copied..<index]
            read.append(
                Token(
                    start: token.start, end: end, id: form.id, singular: WordTable.unknown, stem: words.stem(of: form.id),
                    semicolonBefore: token.semicolonBefore, commaBefore: token.commaBefore, digits: Token.notDigits))
            copied = next
            index = next
        }
        guard copied > 0 else { return }
        read += tokens[copied...]
        tokens = read
    }

    /// The tokens of `bytes` (``tokens(of:words:capitalsOnly:cues:)`` before abbreviations are
    /// unread) in an array of capacity `room`, or `nil` when they need more room.
    private static func tokens(of bytes: [UInt8], room: Int, words: WordTable, capitalsOnly: [Bool], cues: CueBook) -> [Token]? {
        var overflowed = false
        let tokens = [Token](unsafeUninitializedCapacity: room) { buffer, initialized in
            var written = TokenWriter(buffer)
            read(bytes, into: &written, words: words, capitalsOnly: capitalsOnly, cues: cues)
            overflowed = written.overflowed
            initialized = overflowed ? 0 : written.count
        }
        return overflowed ? nil : tokens
    }

    /// Writes the tokens of `bytes` into `written`.
    private static func read(_ bytes: [UInt8], into written: inout TokenWriter, words: WordTable, capitalsOnly: [Bool], cues: CueBook) {
        let lower = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        defer { lower.deallocate() }
        // Per byte: the byte lower-cased when it is a word byte (`isWordByte`), else 0.
        let wordBytes = Self.wordBytes
        wordBytes.withUnsafeBufferPointer { wordBytes in
            bytes.withUnsafeBufferPointer { buffer in
                var index = 0
                var semicolon = false
                var comma = false
                while index < buffer.count {
                    let byte = buffer[index]
                    guard wordBytes[Int(byte)] != 0 else {
                        // Most bytes between words are spaces.
                        if byte == 32 {
                            index += 1
                            continue
                        }
                        if byte == 59 { semicolon = true }
                        func isAt(_ symbol: (bytes: [UInt8], id: Int32)) -> Bool {
                            index + symbol.bytes.count <= buffer.count
                                && symbol.bytes.indices.allSatisfy { buffer[index + $0] == symbol.bytes[$0] }
                        }
                        if cues.symbolStarts[Int(byte)] || cues.resultMarkStarts[Int(byte)],
                            let symbol = cues.symbols.first(where: isAt)
                                ?? cues.resultMarks.first(where: {
                                    isAt($0) && standsAlone(mark: index, end: index + $0.bytes.count, in: buffer)
                                })
                        {
                            let end = index + symbol.bytes.count
                            let digits = Array(words.spellings[Int(symbol.id)].utf8).withUnsafeBufferPointer(Token.digits(of:))
                            written.append(
                                Token(
                                    start: index, end: end, id: symbol.id, singular: WordTable.unknown, stem: words.stem(of: symbol.id),
                                    semicolonBefore: semicolon, commaBefore: comma && written.count > 0, digits: digits))
                            (semicolon, comma) = (false, false)
                            index = end
                            continue
                        }
                        if byte == 44 { comma = true }
                        index += 1
                        continue
                    }
                    let start = index
                    var hash = WordTable.emptyHash
                    var withoutOne = hash  // the hash without the last byte
                    var withoutTwo = hash  // … without the last two
                    var lowering: UInt8 = 0  // the bits lower-casing changed: not 0 when a letter is a capital
                    while index < buffer.count {
                        let byte = wordBytes[Int(buffer[index])]
                        if byte == 0 { break }
                        lowering |= byte ^ buffer[index]
                        withoutTwo = withoutOne
                        withoutOne = hash
                        hash = WordTable.hash(hash, byte)
                        index += 1
                    }
                    let capital = lowering != 0
                    let length = index - start
                    if capital { for offset in 0..<length { lower[offset] = lowered(buffer[start + offset]) } }
                    let spelled =
                        capital ? UnsafeBufferPointer(rebasing: lower[0..<length]) : UnsafeBufferPointer(rebasing: buffer[start..<index])
                    var id = words.find(spelled, 0, length, hash: hash)
                    var singular = WordTable.unknown
                    if length >= 2, spelled[length - 1] == 115 {
                        singular = words.find(spelled, 0, length - 1, hash: withoutOne)
                        if singular < 0, length >= 3, spelled[length - 2] == 101 {
                            singular = words.find(spelled, 0, length - 2, hash: withoutTwo)
                        }
                    }
                    if id < 0, singular < 0, length >= 4, length <= 8, isDigit(spelled[1]), !isDigit(spelled[0]) {
                        let category = words.find(spelled, 0, 3, hash: WordTable.hash(spelled, 0, 3))
                        if category >= 0, cues.codeCategories[Int(category)] {
                            // A code without its dot ("S32010A"): its category ("s32") and the rest ("010a").
                            let rest = UnsafeBufferPointer(rebasing: spelled[3...])
                            let restID = words.find(rest, 0, rest.count, hash: WordTable.hash(rest, 0, rest.count))
                            written.append(
                                Token(
                                    start: start, end: start + 3, id: category, stem: words.stem(of: category), semicolonBefore: semicolon,
                                    commaBefore: comma && written.count > 0, digits: -1))
                            written.append(
                                Token(
                                    start: start + 3, end: index, id: restID,
                                    stem: restID >= 0 ? words.stem(of: restID) : words.stem(ofUnknown: rest), digits: Token.digits(of: rest)
                                ))
                            (semicolon, comma) = (false, false)
                            continue
                        }
                    }
                    if id >= 0, capitalsOnly[Int(id)], !capitalized(buffer, start, length) { id = cues.lowerCaseForms[Int(id)] }
                    if singular >= 0, capitalsOnly[Int(singular)], !capitalized(buffer, start, length - 1) {
                        singular = cues.lowerCaseForms[Int(singular)]
                    }
                    // An initialism made plural with a lower-case "s" ("ESIs", "MBBs", "EMGs", "NCSs") is
                    // its singular's plural: it takes the singular's stem, so folded phrases read it.
                    let pluralInitialism =
                        singular >= 0 && length >= 3 && buffer[start + length - 1] == 115 && capitalized(buffer, start, length - 1)
                    let stem = pluralInitialism ? words.stem(of: singular) : id >= 0 ? words.stem(of: id) : words.stem(ofUnknown: spelled)
                    written.append(
                        Token(
                            start: start, end: index, id: id, singular: singular, stem: stem, semicolonBefore: semicolon,
                            commaBefore: comma && written.count > 0, digits: Token.digits(of: spelled)))
                    (semicolon, comma) = (false, false)
                }
            }
        }
    }

    /// Per byte: the byte lower-cased when it is a word byte (an ASCII letter or digit), else 0.
    private static let wordBytes: [UInt8] = (0...255).map { byte in isWordByte(UInt8(byte)) ? lowered(UInt8(byte)) : 0 }

    /// Reads a `capitals_only` abbreviation as an unknown word when the word before or after it
    /// (or after a coordinator after it) is one of `partners` (flags by word id): the pair names
    /// another test ("PT/PTT", "PT and INR": the prothrombin time, not physical therapy).
    private static func unreadPartneredAbbreviations(_ tokens: inout [Token], capitalsOnly: [Bool], partners: [Bool], coordinators: [Bool])
    {
        func isPartner(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].id >= 0 && partners[Int(tokens[index].id)]
        }
        for index in tokens.indices where tokens[index].id >= 0 && capitalsOnly[Int(tokens[index].id)] {
            let coordinated =
                index + 1 < tokens.count && !tokens[index + 1].commaBefore && tokens[index + 1].id >= 0
                && coordinators[Int(tokens[index + 1].id)]
            guard isPartner(index - 1) || isPartner(index + 1) || coordinated && isPartner(index + 2) else { continue }
            tokens[index].id = WordTable.unknown
            tokens[index].singular = WordTable.unknown
            tokens[index].stem = WordTable.unknown
        }
    }

    /// Whether the `count` bytes of `buffer` from `start` hold no lower-case letter ("PT", not "Pt").
    private static func capitalized(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Bool {
        for offset in 0..<count where buffer[start + offset] >= 97 && buffer[start + offset] <= 122 { return false }
        return true
    }

    /// Calls `body` with the tokens where a phrase of cue set `set` may start, in order (read in
    /// place: no slice of the text's starts is made and retained for each set asked).
    @inline(__always) func withCueStarts<Result>(of set: Int, _ body: (UnsafeBufferPointer<Int32>) -> Result) -> Result {
        guard set >= 0, set + 1 < cueOffsets.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        guard phrases.walks(set) else { return startsAsked(of: set).withUnsafeBufferPointer(body) }
        let range = Int(cueOffsets[set])..<Int(cueOffsets[set + 1])
        return cueStarts.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The tokens where a phrase of set `set`, which the matcher does not walk with every text, may
    /// start: for a set walked together, of a summary, those of the walk of every such set
    /// (``TogetherStarts``), else found by a pass for the set alone (out of line: its callers inline
    /// the walked sets' case).
    @inline(never) private func startsAsked(of set: Int) -> ArraySlice<Int32> {
        guard phrases.walksTogether(set), let togetherStarts else { return phrases.starts(in: tokens, set: set)[...] }
        let (starts, offsets) = togetherStarts.starts { phrases.startsTogether(in: tokens) }
        return starts[Int(offsets[set])..<Int(offsets[set + 1])]
    }

    /// A period with no space before a capitalised word, after a lower-case word, a number or a
    /// parenthesis: PDF text that lost the space ("June 4, 2010.Thus far", "(11/01/2005).Utilization").
    private static func startsGluedSentence(period: Int, in bytes: [UInt8]) -> Bool {
        guard period > 0, period + 2 < bytes.count else { return false }
        let before = bytes[period - 1]
        let first = bytes[period + 1]
        let second = bytes[period + 2]
        let beforeFits = (before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before == 41
        return beforeFits && first >= 65 && first <= 90 && second >= 97 && second <= 122
    }

    /// Whether `token` (of `bytes`), the word before a period, is an abbreviation of `cues` or a
    /// single letter; not the letter of a possessive or a contraction after an apostrophe
    /// ("positive Spurling's. Examination of ...": the sentence ends).
    private static func endsAbbreviation(_ token: Token?, in bytes: [UInt8], _ cues: CueBook) -> Bool {
        guard let token else { return false }
        if token.end - token.start == 1 {
            // ' or the right single quotation mark (U+2019: E2 80 99).
            let start = token.start
            let apostrophe =
                (start > 0 && bytes[start - 1] == 39)
                || (start > 2 && bytes[start - 3] == 0xE2 && bytes[start - 2] == 0x80 && bytes[start - 1] == 0x99)
            return !apostrophe && lowered(bytes[token.start]) >= 97
        }
        return cues.isSentenceAbbreviation(token.id)
    }

    /// The evidence for sentence `index`: its offsets, and its text with white space runs collapsed
    /// when someone reads it.
    func evidence(_ index: Int) -> Evidence {
        let sentence = sentences[index]
        return Evidence(source: source, start: sentence.start, end: sentence.end, in: sentenceText)
    }

    /// The evidence for `[start, end)` of the text (a whole request): its text with white space runs
    /// collapsed when someone reads it.
    func evidence(from start: Int, to end: Int) -> Evidence {
        Evidence(source: source, start: start, end: end, in: sentenceText)
    }

    /// The word of `token` (a token of this text), lower-cased: the spelling of its word id, or
    /// its bytes for a word the table lacks.
    func word(of token: Token) -> String {
        token.id >= 0 ? spellings[Int(token.id)] : lowerCaseWord(bytes, token.start, token.end)
    }

    /// Whether the word of `token` (as ``word(of:)`` spells it) starts with the bytes `prefix`, read
    /// without making a `String` of a word the table lacks.
    func word(of token: Token, startsWith prefix: [UInt8]) -> Bool {
        if token.id >= 0 {
            var spelled = spellings[Int(token.id)].utf8.makeIterator()
            for byte in prefix where spelled.next() != byte { return false }
            return true
        }
        guard token.end - token.start >= prefix.count else { return false }
        for (offset, byte) in prefix.enumerated() where lowered(bytes[token.start + offset]) != byte { return false }
        return true
    }

    /// Whether UTF-8 offset `offset` stands in words of the summary that assert nothing
    /// (``unassertedBytes``).
    func isUnasserted(_ offset: Int) -> Bool {
        guard !unassertedBytes.isEmpty else { return false }
        let index = unassertedBytes.partitioningIndex { $0.upperBound > offset }
        return index < unassertedBytes.count && unassertedBytes[index].contains(offset)
    }

    /// Token ranges `spans` in text order with those that overlap or touch joined, empty ones left out.
    private static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
        var joined: [Range<Int>] = []
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) where !span.isEmpty {
            if let last = joined.last, span.lowerBound <= last.upperBound {
                joined[joined.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                joined.append(span)
            }
        }
        return joined
    }

    /// The word of token `index`.
    func word(at index: Int) -> String { word(of: tokens[index]) }

    /// The tokens of sentence `index`.
    func tokens(of index: Int) -> ArraySlice<Token> { tokens[sentences[index].tokens] }

    /// The index of the sentence holding token `token`.
    func sentence(ofToken token: Int) -> Int? {
        let index = sentences.partitioningIndex { $0.tokens.upperBound > token }
        return index < sentences.count && sentences[index].tokens.contains(token) ? index : nil
    }
}

@inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 9 || byte == 13 }

/// The first index from `index` of `bytes` whose byte is below 64 and not a space (one that may
/// end a sentence or break a line: `.`, `!`, `?`, a line feed), or `bytes.count`. Read eight
/// bytes at a time: per byte, bit 7 of `below64` is set when the byte is below 64 and bit 7 of
/// `space` when it is a space, each computed without a carry into the next byte.
@inline(__always) private func nextMark(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var index = index
    if let base = bytes.baseAddress {
        let (low, high): (UInt64, UInt64) = (0x7F7F_7F7F_7F7F_7F7F, 0x8080_8080_8080_8080)
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
            let below64 = ~(((word & low) &+ 0x4040_4040_4040_4040) | word) & high
            let spaced = word ^ 0x2020_2020_2020_2020
            let space = ~(((spaced & low) &+ low) | spaced) & high
            let marks = below64 & ~space
            if marks != 0 { return index + (marks.trailingZeroBitCount >> 3) }
            index += 8
        }
    }
    while index < bytes.count, bytes[index] > 63 || bytes[index] == 32 { index += 1 }
    return index
}

/// Writes tokens in place into an array's uninitialized room (``CaseText``'s tokenizer): an
/// array's append checks its uniqueness and capacity at each token. A token past the room is not
/// written, and marks the writing as overflowed.
private struct TokenWriter {
    private let room: UnsafeMutableBufferPointer<Token>
    private(set) var count = 0
    private(set) var overflowed = false

    init(_ room: UnsafeMutableBufferPointer<Token>) { self.room = room }

    @inline(__always) mutating func append(_ token: Token) {
        guard count < room.count, let base = room.baseAddress else {
            overflowed = true
            return
        }
        (base + count).initialize(to: token)
        count += 1
    }
}
