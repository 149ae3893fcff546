import IMRVocabulary

/// The one-word phrases of every cue set, indexed by word id, so that a reader asks whether a token
/// is a word of a list, or what a list labels it, with array reads instead of hashing the token's
/// `String` (``CueBook/words(_:)`` and ``CueBook/label(of:in:)`` answer for any string).
///
/// Word `id` belongs to the sets `entrySet[entryStart[id]..<entryStart[id + 1]]` (a word is in few
/// sets, so a scan of its entries is short), with the label of its first phrase in each set. Only
/// a phrase that is one lower-case word as a ``CaseText`` spells it is indexed: another phrase
/// never equals a token's word.
struct CueWords: Sendable {
    private let entryStart: [Int32]
    private let entrySet: [Int32]
    private let entryLabel: [String]
    /// The label of each entry as a number (`Int(label)`), or `nil`.
    private let entryNumber: [Int?]
    /// The number of the `numbers` set (the number words a count may be written in).
    let numbersSet: Int
    /// The set number of each ``CueName`` by its ``CueName/ordinal`` (-1: the data lacks the set).
    private let setByName: [Int]
    /// The phrases of each set as word ids (split at spaces), in file order, without the phrases
    /// that no text spells (a word the table lacks).
    private let idSequences: [[[Int32]]]
    /// Per set: its one-word entries as a bit per word id (word `id` is bit `id % 64` of
    /// `members[set][id / 64]`), empty for a set without one (``WordList/contains(_:)``).
    private let members: [[UInt64]]
    /// Per word id: its value as a word of the `numbers` set, `Int.min` for none.
    private let numberWords: [Int]

    /// The words of the sets `sets` (set `s` is `sets[s]`, its phrases in file order), by their ids
    /// in `table`; `numbers` gives each set's number by name.
    init(sets: [[CuePhrase]], table: WordTable, numbers: [String: Int]) {
        let byName = CueName.allCases.map { numbers[$0.name] ?? -1 }
        setByName = CueName.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal } ? byName : []
        numbersSet = numbers[CueName.numbers.name] ?? -1
        idSequences = sets.map { phrases in
            phrases.compactMap { phrase in
                // The words between spaces (byte 32), as `CueBook.sequences(_:)` splits them.
                let ids = table.ids(spaceSeparated: phrase.phrase)
                return ids.contains(WordTable.unknown) ? nil : ids
            }
        }
        var entries: [(id: Int32, set: Int32, label: String)] = []
        for (number, phrases) in sets.enumerated() {
            var seen: Set<Int32> = []
            for phrase in phrases {
                // One word as `phraseWords` reads it: letters and digits only, none upper-case.
                guard !phrase.phrase.isEmpty, phrase.phrase.utf8.allSatisfy({ isWordByte($0) && !($0 >= 65 && $0 <= 90) }) else {
                    continue
                }
                let id = table.id(phrase.phrase)
                // The first phrase of a word wins, as in a dictionary built with `first` kept.
                guard id >= 0, seen.insert(id).inserted else { continue }
                entries.append((id, Int32(number), phrase.label))
            }
        }
        entries.sort { ($0.id, $0.set) < ($1.id, $1.set) }
        var starts = Array(repeating: Int32(0), count: table.count + 1)
        for entry in entries { starts[Int(entry.id) + 1] += 1 }
        for id in 0..<table.count { starts[id + 1] += starts[id] }
        entryStart = starts
        entrySet = entries.map(\.set)
        entryLabel = entries.map(\.label)
        entryNumber = entries.map { Int($0.label) }
        var members = Array(repeating: [UInt64](), count: sets.count)
        for entry in entries {
            let set = Int(entry.set)
            if members[set].isEmpty { members[set] = Array(repeating: 0, count: (table.count + 63) / 64) }
            members[set][Int(entry.id) / 64] |= 1 << UInt64(entry.id % 64)
        }
        self.members = members
        var numberWords = Array(repeating: Int.min, count: table.count)
        for id in numberWords.indices {
            if let value = Self.number(of: Int32(id), in: numbersSet, entryStart, entrySet, entryNumber) { numberWords[id] = value }
        }
        self.numberWords = numberWords
    }

    /// The label of word `id` in set `set` as a number, read from the entries given.
    private static func number(of id: Int32, in set: Int, _ entryStart: [Int32], _ entrySet: [Int32], _ entryNumber: [Int?]) -> Int? {
        guard set >= 0 else { return nil }
        for entry in Int(entryStart[Int(id)])..<Int(entryStart[Int(id) + 1]) where entrySet[entry] == set { return entryNumber[entry] }
        return nil
    }

    /// The value of word `id` as a word of the `numbers` set (``number(of:in:)`` of ``numbersSet``),
    /// by one array read.
    @inline(__always) func numberWord(_ id: Int32) -> Int? {
        guard id >= 0, Int(id) < numberWords.count else { return nil }
        let value = numberWords[Int(id)]
        return value == Int.min ? nil : value
    }

    /// The one-word entries of set `set` as a bit per word id (empty when it has none).
    func members(of set: Int) -> [UInt64] { set >= 0 && set < members.count ? members[set] : [] }

    /// The number of set `name` (-1: the data lacks it), found without hashing its name.
    @inline(__always) func set(_ name: CueName, numbers: () -> Int) -> Int {
        setByName.isEmpty ? numbers() : setByName[name.ordinal]
    }

    /// The phrases of set `set` as word ids.
    func sequences(of set: Int) -> [[Int32]] { set >= 0 && set < idSequences.count ? idSequences[set] : [] }

    /// The entry of word `id` in set `set`, or `nil`.
    @inline(__always) private func entry(_ id: Int32, _ set: Int) -> Int? {
        guard id >= 0, set >= 0, Int(id) + 1 < entryStart.count else { return nil }
        for entry in Int(entryStart[Int(id)])..<Int(entryStart[Int(id) + 1]) where entrySet[entry] == set { return entry }
        return nil
    }

    /// The label of word `id` in set `set`.
    func label(of id: Int32, in set: Int) -> String? { entry(id, set).map { entryLabel[$0] } }

    /// The label of word `id` in set `set` as a number.
    func number(of id: Int32, in set: Int) -> Int? { entry(id, set).flatMap { entryNumber[$0] } }
}

/// One word list of the cue data, testing the tokens of a ``CaseText`` by their word ids: `contains`
/// answers as `CueBook.words(name).contains(token.word)` does.
struct WordList: Sendable {
    /// The list's words as a bit per word id (``CueWords/members(of:)``; empty when the data lacks
    /// the set or it has no one-word phrase): one read answers.
    private let members: [UInt64]

    /// The one-word phrases of set `set` of `words` (-1: the data lacks it, and the list is empty).
    init(words: CueWords, set: Int) { members = words.members(of: set) }

    /// The words of any of `lists`: one read answers whether a word is in one of them.
    init(union lists: [WordList]) {
        var members = Array(repeating: UInt64(0), count: lists.map(\.members.count).max() ?? 0)
        for list in lists {
            for (index, bits) in list.members.enumerated() { members[index] |= bits }
        }
        self.members = members
    }

    /// Whether `token`, a token of a ``CaseText`` (with its word id), is a word of the list.
    @inline(__always) func contains(_ token: Token) -> Bool { contains(id: token.id) }

    /// Whether word `id` (of the book's ``WordTable``) is a word of the list.
    @inline(__always) func contains(id: Int32) -> Bool {
        let word = Int(id)
        return word >= 0 && word >> 6 < members.count && members[word >> 6] & (1 << UInt64(word & 63)) != 0
    }
}

extension CueBook {
    /// The word list `name`, for tokens of a ``CaseText``.
    func wordList(_ name: CueName) -> WordList {
        let ordinal = name.ordinal
        return ordinal >= 0 && ordinal < wordLists.count ? wordLists[ordinal] : WordList(words: cueWords, set: number(of: name))
    }

    /// The label of `token` (of a ``CaseText``) in the labelled word list `name`: as
    /// ``label(of:in:)`` answers for its word.
    func label(of token: Token, in name: CueName) -> String? { cueWords.label(of: token.id, in: number(of: name)) }

    /// The count `token` (of a ``CaseText``) names: as ``count(_:)`` answers for its word (digits,
    /// or a word of `numbers`), read by word id.
    func count(_ token: Token) -> Int? {
        if token.digits >= 0 { return Int(token.digits) }
        return cueWords.numberWord(token.id)
    }
}

extension CueBook {
    /// The word sequences of `name` as word ids, in file order, without the sequences that no
    /// token can spell (a word the table lacks): a ``CaseText``'s tokens spell a sequence exactly
    /// when their words are the words of ``sequences(_:)``.
    func idSequences(_ name: CueName) -> [[Int32]] { cueWords.sequences(of: number(of: name)) }
}

extension CueName {
    /// The case's position in ``allCases`` (declaration order). An enum without payloads stores
    /// its case as that index (Swift's type layout): one byte for up to 256 cases, two bytes for
    /// more; ``CueWords`` checks the correspondence once and hashes names instead when it does not
    /// hold.
    @inline(__always) var ordinal: Int {
        switch MemoryLayout<CueName>.size {
        case 1: withUnsafeBytes(of: self) { Int($0[0]) }
        case 2: withUnsafeBytes(of: self) { Int($0.load(as: UInt16.self)) }
        default: -1
        }
    }
}

extension Collection where Element == Token, Index == Int {
    /// Whether the tokens from `position` on spell the word ids `sequence`.
    func spells(_ sequence: [Int32], at position: Int) -> Bool {
        position >= startIndex && position + sequence.count <= endIndex
            && sequence.indices.allSatisfy { self[position + $0].id == sequence[$0] }
    }
}
