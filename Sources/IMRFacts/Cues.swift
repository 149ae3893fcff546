import IMRCore
import IMRVocabulary

/// A cue phrase found in a sentence, with its label and whether its clause negates it.
struct CueHit: Sendable {
    var label: CueLabelID
    var sentence: Int
    var first: Int
    var last: Int
    var negated: Bool
}

/// A set of cue phrases (not lexicon terms: the wording of the summary) with labels, ready to
/// match: one numbered set of its book's ``PhraseMatcher``.
struct CueSet: Sendable {
    /// The set's number in `phrases` (-1: an empty set).
    let number: Int
    let phrases: PhraseMatcher<CueLabelID>
    let negation: NegationDetector

    /// Every hit in `text`, in text order (matches do not cross sentences): found once per summary
    /// and set (``CaseText/hitMemo``).
    func hits(in text: CaseText) -> [CueHit] {
        guard number >= 0 else { return [] }
        guard let memo = text.hitMemo else { return find(in: text) }
        return memo.hits(ofSet: number, of: phrases) { find(in: text) }
    }

    /// Every hit in `text`, in text order, found anew.
    private func find(in text: CaseText) -> [CueHit] {
        text.withCueStarts(of: number) { starts in
            var found: [CueHit] = []
            var next = 0
            var sentence = 0
            let sentences = text.sentences
            for position in starts.indices {
                let index = Int(starts[position])
                guard index >= next else { continue }
                while sentence < sentences.count, sentences[sentence].tokens.upperBound <= index { sentence += 1 }
                guard sentence < sentences.count, sentences[sentence].tokens.contains(index) else { continue }
                if let match = phrases.longest(at: index, in: text, end: sentences[sentence].tokens.upperBound, set: number) {
                    // At most a hit per candidate left: one allocation, made once a hit is found.
                    if found.isEmpty { found.reserveCapacity(starts.count - position) }
                    found.append(hit(match, sentence: sentence, in: text))
                    next = match.last + 1
                }
            }
            return found
        }
    }

    /// The hits in sentence `sentence`: those of the text's hits when they were found already (a
    /// match never crosses a sentence, so the text's matches in a sentence are the sentence's own).
    func hits(in text: CaseText, sentence: Int) -> [CueHit] {
        if let all = foundHits(in: text) {
            let range = Self.range(of: sentence, in: all)
            return range.isEmpty ? [] : Array(all[range])
        }
        var found: [CueHit] = []
        forEachMatch(in: text, sentence: sentence) {
            found.append(hit($0, sentence: sentence, in: text))
            return true
        }
        return found
    }

    /// Whether sentence `sentence` holds a phrase of the set.
    func occurs(in text: CaseText, sentence: Int) -> Bool {
        if let all = foundHits(in: text) { return !Self.range(of: sentence, in: all).isEmpty }
        var found = false
        forEachMatch(in: text, sentence: sentence) { _ in
            found = true
            return false
        }
        return found
    }

    /// The text's hits of the set when a reader found them already (``hits(in:)``), else `nil`.
    private func foundHits(in text: CaseText) -> [CueHit]? {
        guard number >= 0 else { return [] }
        return text.hitMemo?.foundHits(ofSet: number, of: phrases)
    }

    /// The positions of the hits of sentence `sentence` in `hits` (in text order), by binary search.
    private static func range(of sentence: Int, in hits: [CueHit]) -> Range<Int> {
        let low = hits.partitioningIndex { $0.sentence >= sentence }
        var end = low
        while end < hits.count, hits[end].sentence == sentence { end += 1 }
        return low..<end
    }

    /// Calls `body` with each non-overlapping match in sentence `sentence`, left to right, while it returns true.
    private func forEachMatch(in text: CaseText, sentence: Int, _ body: (PhraseMatcher<CueLabelID>.Match) -> Bool) {
        let range = text.sentences[sentence].tokens
        text.withCueStarts(of: number) { starts in
            let low = starts.partitioningIndex { Int($0) >= range.lowerBound }
            var next = range.lowerBound
            for start in starts[low...] {
                let index = Int(start)
                guard index < range.upperBound else { break }
                guard index >= next else { continue }
                if let match = phrases.longest(at: index, in: text, end: range.upperBound, set: number) {
                    guard body(match) else { return }
                    next = match.last + 1
                }
            }
        }
    }

    private func hit(_ match: PhraseMatcher<CueLabelID>.Match, sentence: Int, in text: CaseText) -> CueHit {
        CueHit(
            label: match.payload, sentence: sentence, first: match.first, last: match.last,
            negated: negation.isNegated(match.first, match.last, in: text, sentence: sentence))
    }
}

/// The cue data of a lexicon prepared for the extractor: matchers, word sets and ordered word
/// sequences, by ``CueName``. A set the data lacks is empty (and `imr lint` reports it).
///
/// The book interns every word of the lexicon and of the cue data (``words``), and compiles the
/// phrases of every cue set into one ``PhraseMatcher`` (``phrases``), a set per number.
final class CueBook: Sendable {
    let wordTable: WordTable
    let phrases: PhraseMatcher<CueLabelID>
    let negation: NegationDetector
    /// The labels of the cue sets' phrases, by ``CueLabelID`` number (the ``CueLabel`` names first).
    private let labelTexts: [String]
    private let numbers: [String: Int]
    /// The word sets, labelled words and word sequences of every ``CueName``, read by its ordinal.
    private let wordSets: ByOrdinal<CueName, Set<String>>
    /// The words of `request_multipliers` ("x") as bytes, in the order ``words(_:)`` gives them
    /// (the first that reads a word wins): made at load, read for every request's words.
    let requestMultipliers: [[UInt8]]
    /// The words of `level_units` ("mm") as bytes: made at load, read after a disc level written
    /// with a space (``LevelAgreement``).
    let levelUnits: [[UInt8]]
    private let labelled: ByOrdinal<CueName, [String: String]>
    /// The days of each `time_units` word whose label is a number (``days(inUnit:)``), made once.
    let timeUnitDays: [String: Int]
    private let sequences: ByOrdinal<CueName, [(words: [String], label: String)]>
    /// The word sequences of every ``CueName`` by their first word: the words after it (``occurs(_:in:)``).
    private let sequenceRests: ByOrdinal<CueName, [String: [(order: Int, rest: ArraySlice<String>)]]>
    /// Per ``TermGroupName``: the labels in file order.
    private let groupOrder: ByOrdinal<TermGroupName, [String]>
    /// The same by number: term id → label (``groupLabelSlots``), label → its terms, and every
    /// term of the group.
    ///
    /// Group `g` (its ``caseOrdinal(_:)``) labels term `id` with `groupLabelTexts[slot]`, where
    /// `slot = groupLabelSlots[g * termCount + id]` (-1: unlabelled), read without hashing the id.
    private let groupLabelSlots: [Int32]
    private let groupLabelTexts: [String]
    private let termCount: Int
    private let groupMemberIDs: ByOrdinal<TermGroupName, [String: TermSet]>
    /// The same members by group and label, found without hashing the label's `String`: an
    /// ``OpenAddressTable`` over FNV-1a hashes of the group's ordinal and the label's bytes
    /// (``group(_:memberIDs:)``).
    private let members: OpenAddressTable<GroupLabel, TermSet>
    /// Whether a label of a group holds a byte above ASCII (then a label the table lacks is looked
    /// up as a `String` too, which compares by canonical equivalence).
    private let unicodeLabels: Bool
    private let groupAllIDs: ByOrdinal<TermGroupName, TermSet>
    /// The abbreviations of the data, written into every phrase they abbreviate.
    let shortForms: Abbreviations
    /// The names of the cue sets and vocabularies matched as written (words separated by spaces).
    private let exactForms: Set<String>
    /// Per word id: whether the word coordinates two phrases that share their last words ("and").
    let coordinators: [Bool]
    /// Per word id: whether the word ends a sentence abbreviation ("dr", "vs").
    private let abbreviations: [Bool]
    /// Per word id: whether the word is read only when written in capitals ("PT" is physical
    /// therapy, "pt" the patient; `capitals_only`).
    let capitalsOnly: [Bool]
    /// Per word id: the word a `capitals_only` word reads as when not written in capitals ("pt":
    /// "patient"; `lower_case_forms`), else ``WordTable/unknown``.
    let lowerCaseForms: [Int32]
    /// Per word id: whether the word, beside a `capitals_only` abbreviation, makes the pair another
    /// test's name ("PT/PTT", "PT/INR": the prothrombin time, not physical therapy).
    let abbreviationPartners: [Bool]
    /// The symbols read as words (`symbols`: "↓" is "decreased", "(-)" "negative"): their bytes
    /// and the word's id, longest first; and per byte, whether a symbol starts with it.
    let symbols: [(bytes: [UInt8], id: Int32)]
    let symbolStarts: [Bool]
    /// The marks read as words where they stand alone after a test's name (`result_marks`: "-" is
    /// "negative" in "apprehension -;"): their bytes and the word's id; and per byte, whether one
    /// starts with it.
    let resultMarks: [(bytes: [UInt8], id: Int32)]
    let resultMarkStarts: [Bool]
    /// The abbreviations written with a `/` whose expansion is one word (`abbreviations` whose first
    /// word is one letter: "w/o" is "without", "b/l" "bilateral", "w/" "with"), by their lower-cased
    /// bytes, longest first: a text reads each as one token of its expansion (``CaseText``), so that
    /// every word list reads it.
    let slashForms: [(bytes: [UInt8], id: Int32)]
    /// The punctuation a dictated note speaks (``SpokenMarks``), written as marks before a summary
    /// is cut into sentences.
    let spokenMarks: SpokenMarks
    /// Per word id: the word a form's one-letter answer reads as (`tick_answers`: "N" is
    /// "negative"), ``WordTable/unknown`` for none; empty when the data has none (``TickAnswers``).
    let tickAnswers: [Int32]
    /// Per word id: the month a month name names (0: none).
    private let monthNumbers: [UInt8]
    /// The `number_phrases` sequences as word ids with their values, longest first.
    private let numberPhrases: [(ids: [Int32], value: Int)]
    /// Per word id: whether the word ends a `number_phrases` sequence.
    private let endsNumberPhrase: [Bool]
    /// Declared facts with their sets, in name order.
    let declaredFacts: [(fact: DeclaredFact, cues: CueSet)]
    /// The ordinal (``Fact/ordinal``) of each declared fact's name, in `declaredFacts`' order.
    let declaredFactOrdinals: [Int]
    /// The `topic` entries, in the facts' name order (``TopicMentions``).
    let topics: [Topic]
    /// The position in `topics` of each topic's fact.
    let topicPositions: [String: Int]
    /// The one-word phrases of every set by word id (``wordList(_:)``, ``count(_:)`` of a token).
    let cueWords: CueWords
    /// The word list of every ``CueName`` by its ordinal, made once (``wordList(_:)``); empty when
    /// the names' ordinals are not their positions in `allCases`.
    let wordLists: [WordList]
    /// The threshold of every set and ``CueThreshold`` (0 where the set has none), read once at
    /// load: set `name`'s threshold `t` is `thresholdValues[name.ordinal * CueThreshold.allCases.count
    /// + caseOrdinal(t)]` (``threshold(_:in:)``); empty when the names' ordinals are not their
    /// positions in `allCases`.
    private let thresholdValues: [Int]
    /// `CueThreshold.allCases.count`.
    private let thresholdCount: Int
    /// The words of ``CareResults/tellingSets``: a token in none of them tells no care result.
    let careResultTelling: WordList
    /// The words of ``Moods/openerSets``: a sentence holding none of them holds no mood that
    /// asserts nothing (made at load, not for every summary).
    let moodOpeners: WordList
    /// The `score_comparison` pairs, each word as written and abbreviated (``comparesScores(_:)``).
    let scoreComparisons: ScoreComparisons
    /// Per word id: whether the word is the category of an ICD-10 code prefix of the data (`s32` of
    /// `S32.0-`, in a lexicon name or a cue phrase): a word of a text that starts with it and that
    /// the data does not spell is a code written without its dot ("S32010A"), read as the category
    /// and the rest (``CaseText``).
    let codeCategories: [Bool]

    /// The book of `lexicon`'s cue data, with the words of every term name and cue phrase.
    init(_ lexicon: Lexicon) {
        let library = lexicon.cues
        var spelled: [String] = []
        for terms in lexicon.entries.values { for entry in terms.values { spelled += entry.names } }
        for definition in library.sets.values { spelled += definition.phrases.map(\.phrase) }
        let inflection = Inflection(
            suffixes: library[CueName.inflectionSuffixes.name]?.phrases.map(\.phrase) ?? [],
            exceptions: library[CueName.inflectionExceptions.name]?.phrases.map(\.phrase) ?? [])
        let table = WordTable(phrases: spelled, inflection: inflection)
        wordTable = table
        var categories = Array(repeating: false, count: table.count)
        // A prefix word ends with `*`, which `isPattern` finds on the bytes: most phrases are not split.
        for phrase in spelled where CuePattern.isPattern(phrase) && CuePattern.hasPrefix(phrase) {
            let words = phrase.split(separator: " ")
            for position in words.indices.dropLast() where CuePattern.prefix(words[position + 1]) != nil {
                let id = table.id(String(words[position]))
                if id >= 0 { categories[Int(id)] = true }
            }
        }
        codeCategories = categories
        let shortForms = Abbreviations(library[CueName.abbreviations.name]?.phrases.map { ($0.phrase, $0.label) } ?? [])
        self.shortForms = shortForms
        let exact = Set(library[CueName.exactForms.name]?.phrases.map(\.phrase) ?? [])
        exactForms = exact
        func words(_ name: CueName) -> Set<String> { Set(library[name.name]?.phrases.map(\.phrase) ?? []) }
        func sequence(_ name: CueName) -> [[String]] {
            library[name.name]?.phrases.map { spaceSeparated($0.phrase) } ?? []
        }
        func flags(_ name: CueName) -> [Bool] {
            var flags = Array(repeating: false, count: table.count)
            for word in words(name) where table.id(word) >= 0 { flags[Int(table.id(word))] = true }
            return flags
        }
        // The last word of each phrase of `name` and of its abbreviations ("without", "w/o": "o").
        func lastWordFlags(_ name: CueName) -> [Bool] {
            var flags = Array(repeating: false, count: table.count)
            for phrase in words(name).sorted() {
                for variant in shortForms.variants(of: phrase) {
                    if let last = spaceSeparated(variant).last, table.id(last) >= 0 { flags[Int(table.id(last))] = true }
                }
            }
            return flags
        }
        func abbreviated(_ phrases: [String]) -> [[String]] {
            phrases.flatMap { (phrase: String) -> [String] in shortForms.variants(of: phrase) }.map { (variant: String) -> [String] in
                spaceSeparated(variant)
            }
        }
        let negation = NegationDetector(
            words: table, before: flags(.negationBefore),
            beforeSequences: abbreviated(words(.negationBefore).sorted()).filter { $0.count > 1 },
            after: abbreviated(sequence(.negationAfter).map { $0.joined(separator: " ") }), outcomes: flags(.negatedOutcomes),
            clauseVerbs: flags(.clauseVerbs), openers: flags(.clauseOpeners),
            boundaries: flags(.clauseBoundary), coordinators: flags(.coordinators), hedges: flags(.hedgeBefore),
            hedgeSequences: abbreviated(words(.hedgeBefore).sorted()).filter { $0.count > 1 }, months: flags(.months),
            changes: flags(.negatedChanges), changeLinks: flags(.changeLinks), objects: flags(.negatedObjects),
            phrasalEnds: flags(.phrasalNegationEnds), particles: flags(.phrasalParticles), attached: lastWordFlags(.attachedNegation),
            complaintOpeners: flags(.complaintOpeners), phraseOpeners: flags(.phraseOpeners), phraseJoiners: flags(.phraseJoiners),
            phraseVerbs: flags(.phraseVerbs), joinedVerbs: flags(.joinedClauseVerbs),
            joinedNegations: flags(.joinedVerbNegations), subjectCopulas: flags(.subjectCopulas),
            subjectQuantifiers: flags(.subjectQuantifiers), affirmations: flags(.affirmedResults),
            placeLinks: flags(.resultPlaceLinks), reasons: flags(.negationReasons))
        self.negation = negation
        abbreviations = flags(.sentenceAbbreviations)
        capitalsOnly = flags(.capitalsOnly)
        var lowerCase = Array(repeating: WordTable.unknown, count: table.count)
        for phrase in library[CueName.lowerCaseForms.name]?.phrases ?? [] where table.id(phrase.phrase) >= 0 {
            lowerCase[Int(table.id(phrase.phrase))] = table.id(phrase.label)
        }
        lowerCaseForms = lowerCase
        abbreviationPartners = flags(.abbreviationPartners)
        let symbols = (library[CueName.symbols.name]?.phrases ?? []).map { (bytes: Array($0.phrase.utf8), id: table.id($0.label)) }
            .filter { !$0.bytes.isEmpty && $0.id >= 0 }.sorted { $0.bytes.count > $1.bytes.count }
        self.symbols = symbols
        let resultMarks = (library[CueName.resultMarks.name]?.phrases ?? []).map { (bytes: Array($0.phrase.utf8), id: table.id($0.label)) }
            .filter { !$0.bytes.isEmpty && $0.id >= 0 }.sorted { $0.bytes.count > $1.bytes.count }
        self.resultMarks = resultMarks
        // (A phrase is kept as its words: "w/o" is "w o". One whose first word is one letter is
        // written with a `/` between its words, and after a lone letter: "w/o", "w/out", "w/".)
        var slashForms: [(bytes: [UInt8], id: Int32)] = []
        for phrase in library[CueName.abbreviations.name]?.phrases ?? [] where !phrase.label.contains("_") {
            let words: [String] = phrase.phrase.split(separator: " ").map(String.init)
            let id = table.id(phrase.label)
            guard words.first?.count == 1, id >= 0 else { continue }
            let written: String = words.joined(separator: "/") + (words.count == 1 ? "/" : "")
            slashForms.append((Array(written.utf8), id))
        }
        self.slashForms = slashForms.sorted { $0.bytes.count > $1.bytes.count }
        var answers: [Int32] = []
        for phrase in library[CueName.tickAnswers.name]?.phrases ?? [] where table.id(phrase.phrase) >= 0 && table.id(phrase.label) >= 0 {
            if answers.isEmpty { answers = Array(repeating: WordTable.unknown, count: table.count) }
            answers[Int(table.id(phrase.phrase))] = table.id(phrase.label)
        }
        tickAnswers = answers
        spokenMarks = SpokenMarks(
            table: table,
            sequences: [
                (sequence(.spokenSentenceEnds), ". "), (sequence(.spokenCommas), ", "), (sequence(.spokenColons), ": "),
                (sequence(.spokenSemicolons), "; "), (sequence(.spokenQuestionMarks), "? "), (sequence(.spokenParagraphs), "\n\n"),
                (sequence(.spokenLines), "\n"),
            ], before: flags(.spokenMarkWordsBefore), after: flags(.spokenMarkWordsAfter))
        var starts = Array(repeating: false, count: 256)
        for symbol in symbols { starts[Int(symbol.bytes[0])] = true }
        symbolStarts = starts
        var markStarts = Array(repeating: false, count: 256)
        for mark in resultMarks { markStarts[Int(mark.bytes[0])] = true }
        resultMarkStarts = markStarts
        coordinators = flags(.coordinators)
        var months = Array(repeating: UInt8(0), count: table.count)
        for phrase in library[CueName.months.name]?.phrases ?? [] where table.id(phrase.phrase) >= 0 {
            months[Int(table.id(phrase.phrase))] = UInt8(phrase.label) ?? 0
        }
        monthNumbers = months
        let definitions = library.sets.values.sorted { $0.name < $1.name }
        let contexts = Set(library.topics.compactMap(\.topicContext))
        var labelTexts = CueLabel.allCases.map(\.name)
        var labelNumbers = Dictionary(labelTexts.enumerated().map { ($1, Int32($0)) }) { first, _ in first }
        // The label of the phrase before (a set's phrases share a few labels: `yes`, `no`).
        var previousLabel: (text: String, id: CueLabelID)?
        func labelID(_ label: String) -> CueLabelID {
            if let previousLabel, previousLabel.text == label { return previousLabel.id }
            let id = newOrKnownLabelID(label)
            previousLabel = (label, id)
            return id
        }
        func newOrKnownLabelID(_ label: String) -> CueLabelID {
            if let number = labelNumbers[label] { return CueLabelID(number: number) }
            let number = Int32(labelTexts.count)
            labelTexts.append(label)
            labelNumbers[label] = number
            return CueLabelID(number: number)
        }
        // Every text's cue starts are found for the sets matched as phrases; the sets Swift reads
        // as words or sequences (word lists, their bits) only when a reader asks. A topic's words
        // are matched only when a mention is asked for, on the summary alone, and a set that only
        // fills slots or a topic's `with` is never matched for itself: their starts are found when
        // asked, a topic's and a `with` set's for all of them in one walk once one is asked of a
        // summary (an evaluation asks for several).
        let walked = definitions.map { definition in
            CueName(name: definition.name).map { $0.shape == .phrases || $0.shape == .fact }
                ?? (definition.topic == nil && (definition.fact != nil || !definition.fillsSlots && !contexts.contains(definition.name)))
        }
        phrases = PhraseMatcher(
            sets: definitions.map { definition in
                let folded = !exact.contains(spacedName(definition.name))
                return sortedPhrases(definition.phrases).flatMap { phrase in
                    let label = labelID(phrase.label)
                    return shortForms.variants(of: phrase.phrase).map { ($0, label, folded) }
                }
            }, words: table, boundaries: flags(.clauseBoundary), coordinators: flags(.coordinators), negators: flags(.negationBefore),
            walked: walked,
            walkedTogether: definitions.indices.map { set in
                !walked[set] && (definitions[set].topic != nil || contexts.contains(definitions[set].name))
            })
        self.labelTexts = labelTexts
        var numbers: [String: Int] = [:]
        var wordSets: [String: Set<String>] = [:]
        var labelled: [String: [String: String]] = [:]
        var sequences: [String: [(words: [String], label: String)]] = [:]
        var groups: [String: [String: String]] = [:]
        var groupOrder: [String: [String]] = [:]
        var groupMembers: [String: [String: Set<String>]] = [:]
        // Swift reads a set's words, labels and sequences by its ``CueName`` only (``ByOrdinal``):
        // a `fact` or `topic` set's (most phrases, every slot expanded) are never made.
        let named = definitions.map { CueName(name: $0.name) != nil }
        for (number, definition) in definitions.enumerated() {
            numbers[definition.name] = number
            guard named[number] else { continue }
            wordSets[definition.name] = Set(definition.phrases.map(\.phrase))
            labelled[definition.name] = Dictionary(definition.phrases.map { ($0.phrase, $0.label) }) { first, _ in first }
            sequences[definition.name] = definition.phrases.map { (spaceSeparated($0.phrase), $0.label) }
        }
        for group in library.groups.values {
            groups[group.name] = Dictionary(group.members.map { ($0.phrase, $0.label) }) { first, _ in first }
            groupOrder[group.name] = unique(group.members.map(\.label))
            // A term listed under two labels is a member of both (hydromorphone, a metabolite of
            // hydrocodone and of morphine: `screen_metabolite`); its own label is the first.
            groupMembers[group.name] = group.members.reduce(into: [:]) { $0[$1.label, default: []].insert($1.phrase) }
        }
        self.numbers = numbers
        (self.wordSets, self.labelled) = (ByOrdinal(wordSets, empty: []), ByOrdinal(labelled, empty: [:]))
        requestMultipliers = self.wordSets[.requestMultipliers].map { Array($0.utf8) }
        levelUnits = self.wordSets[.levelUnits].sorted().map { Array($0.utf8) }
        timeUnitDays = (labelled[CueName.timeUnits.name] ?? [:]).compactMapValues { Int($0) }
        self.sequences = ByOrdinal(sequences, empty: [])
        sequenceRests = ByOrdinal(
            sequences.mapValues { entries in
                var rests: [String: [(order: Int, rest: ArraySlice<String>)]] = [:]
                for (order, entry) in entries.enumerated() where !entry.words.isEmpty {
                    rests[entry.words[0], default: []].append((order, entry.words.dropFirst()))
                }
                return rests
            }, empty: [:])
        self.groupOrder = ByOrdinal(groupOrder, empty: [])
        let ids = lexicon.ids
        termCount = ids.count
        var labelSlots = [Int32](repeating: -1, count: TermGroupName.allCases.count * ids.count)
        var groupLabels: [String] = []
        for name in TermGroupName.allCases {
            for (term, label) in groups[name.name] ?? [:] {
                guard let id = ids.id(term) else { continue }
                labelSlots[caseOrdinal(name) * ids.count + Int(id.rawValue)] = Int32(groupLabels.count)
                groupLabels.append(label)
            }
        }
        (groupLabelSlots, groupLabelTexts) = (labelSlots, groupLabels)
        let memberIDs = groupMembers.mapValues { $0.mapValues(ids.ids) }
        groupMemberIDs = ByOrdinal(memberIDs, empty: [:])
        var members = OpenAddressTable<GroupLabel, TermSet>(minimumCapacity: memberIDs.values.reduce(0) { $0 + $1.count })
        for name in TermGroupName.allCases {
            for (label, terms) in memberIDs[name.name] ?? [:] {
                let key = GroupLabel(group: caseOrdinal(name), label: label)
                members.append(key, terms, hash: Self.memberHash(label, group: key.group))
            }
        }
        self.members = members
        unicodeLabels = members.keys.contains { $0.label.utf8.contains { $0 >= 0x80 } }
        groupAllIDs = ByOrdinal(groups.mapValues { ids.ids($0.keys) }, empty: [])
        let cueWords = CueWords(sets: definitions.indices.map { named[$0] ? definitions[$0].phrases : [] }, table: table, numbers: numbers)
        self.cueWords = cueWords
        wordLists =
            CueName.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal }
            ? CueName.allCases.map { WordList(words: cueWords, set: numbers[$0.name] ?? -1) } : []
        let thresholds = CueThreshold.allCases
        thresholdCount = thresholds.count
        thresholdValues =
            wordLists.isEmpty
            ? []
            : CueName.allCases.flatMap { name in
                thresholds.map { labelled[name.name]?[$0.name].flatMap { Int($0) } ?? 0 }
            }
        careResultTelling = WordList(union: CareResults.tellingSets.map { WordList(words: cueWords, set: numbers[$0.name] ?? -1) })
        moodOpeners = WordList(union: Moods.openerSets.map { WordList(words: cueWords, set: numbers[$0.name] ?? -1) })
        scoreComparisons = ScoreComparisons(sequences[CueName.scoreComparison.name] ?? [], shortForms: shortForms)
        numberPhrases = (sequences[CueName.numberPhrases.name] ?? []).compactMap { entry in
            let ids = entry.words.map(table.id)
            return ids.contains(WordTable.unknown) ? nil : Int(entry.label).map { (ids, $0) }
        }.sorted { $0.ids.count > $1.ids.count }
        var ends = Array(repeating: false, count: table.count)
        for (ids, _) in numberPhrases { ends[Int(ids[ids.count - 1])] = true }
        endsNumberPhrase = ends
        let (compiled, numbered) = (phrases, numbers)
        declaredFacts = library.declaredFacts.map {
            ($0, CueSet(number: numbered[$0.name] ?? -1, phrases: compiled, negation: negation))
        }
        declaredFactOrdinals = declaredFacts.map { FactName.ordinal(named: $0.fact.name) }
        topics = library.topics.compactMap { definition in
            definition.topic.map {
                Topic(
                    fact: $0, words: CueSet(number: numbered[definition.name] ?? -1, phrases: compiled, negation: negation),
                    scopedToRegion: definition.topicScopedToRegion,
                    context: definition.topicContext.map { CueSet(number: numbered[$0] ?? -1, phrases: compiled, negation: negation) })
            }
        }
        topicPositions = Dictionary(topics.enumerated().map { ($1.fact, $0) }) { first, _ in first }
    }

    /// Whether the phrases of cue set or vocabulary `name` match the inflections of their words
    /// (all but those `exact_forms` names).
    func folds(_ name: String) -> Bool { !exactForms.contains(spacedName(name)) }

    /// The label that `label` numbers, as the data writes it.
    func labelText(_ label: CueLabelID) -> String { labelTexts[Int(label.number)] }

    /// The matcher of set `name`.
    func set(_ name: CueName) -> CueSet { CueSet(number: number(of: name), phrases: phrases, negation: negation) }

    /// The number of set `name` in ``phrases`` (-1 when the data lacks it).
    func number(of name: CueName) -> Int { cueWords.set(name) { numbers[name.name] ?? -1 } }

    /// Whether word `id` ends a sentence abbreviation ("Dr.", "vs.").
    func isSentenceAbbreviation(_ id: Int32) -> Bool { id >= 0 && abbreviations[Int(id)] }

    /// The month that word `id` names ("feb" → 2), or `nil`.
    func month(_ id: Int32) -> Int? {
        guard id >= 0, monthNumbers[Int(id)] > 0 else { return nil }
        return Int(monthNumbers[Int(id)])
    }

    /// The words of a word list.
    func words(_ name: CueName) -> Set<String> { wordSets[name] }

    /// The label of word `word` in a labelled word list (`sex`: `he` → `male`).
    func label(of word: String, in name: CueName) -> String? { labelled[name][word] }

    /// The threshold `threshold` of set `name` (``CueName/thresholds``: `care_result_limits`' `days`):
    /// its word's label, a whole number that `imr lint` checks is there (0 in unchecked data without it).
    func threshold(_ threshold: CueThreshold, in name: CueName) -> Int {
        let slot = name.ordinal * thresholdCount + caseOrdinal(threshold)
        guard !thresholdValues.isEmpty, slot >= 0, slot < thresholdValues.count else {
            return labelled[name][threshold.name].flatMap { Int($0) } ?? 0
        }
        return thresholdValues[slot]
    }

    /// The word sequences of `name` with their labels, in file order.
    func sequences(_ name: CueName) -> [(words: [String], label: String)] { sequences[name] }

    /// Whether `words` holds any sequence of `name` as consecutive words: each word is looked up
    /// among the sequences' first words, and only the sequences it starts are compared further.
    func occurs(_ name: CueName, in words: [String]) -> Bool {
        let rests = sequenceRests[name]
        guard !rests.isEmpty else { return false }
        for (position, word) in words.enumerated() {
            guard let candidates = rests[word] else { continue }
            let after = words[(position + 1)...]
            if candidates.contains(where: { after.starts(with: $0.rest) }) { return true }
        }
        return false
    }

    /// The label of the first sequence of `name`, in file order, that `words` holds as consecutive
    /// words (`prescription_frequency`: "every 4-6 hours" is 6, not the 4 of "every 6 hours"
    /// listed after it), looked up by first word as ``occurs(_:in:)`` does.
    func firstLabel(_ name: CueName, in words: [String]) -> String? {
        let rests = sequenceRests[name]
        guard !rests.isEmpty else { return nil }
        var first: Int?
        for (position, word) in words.enumerated() {
            guard let candidates = rests[word] else { continue }
            let after = words[(position + 1)...]
            for candidate in candidates where candidate.order < first ?? .max && after.starts(with: candidate.rest) {
                first = candidate.order
            }
        }
        return first.map { sequences[name][$0].label }
    }

    /// The label of term `id` in group `name`, by number (`mme_factor`: `oxycodone` → `1.5`).
    func group(_ name: TermGroupName, label id: TermID) -> String? {
        guard id.rawValue >= 0, Int(id.rawValue) < termCount else { return nil }
        let slot = groupLabelSlots[caseOrdinal(name) * termCount + Int(id.rawValue)]
        return slot < 0 ? nil : groupLabelTexts[Int(slot)]
    }

    /// The term ids of group `name` labelled `label`, by number.
    func group(_ name: TermGroupName, memberIDs label: String) -> TermSet {
        let group = caseOrdinal(name)
        if let found = members.value(hash: Self.memberHash(label, group: group), where: { $0.group == group && $0.label == label }) {
            return found
        }
        // Not found by its bytes, a label is looked up as a `String` (canonical equivalence) when it
        // or a label of the data holds a byte above ASCII.
        guard unicodeLabels || label.utf8.contains(where: { $0 >= 0x80 }) else { return [] }
        return groupMemberIDs[name][label] ?? []
    }

    /// A label of a term group, keyed by the group's ordinal.
    private struct GroupLabel: Sendable {
        var group: Int
        var label: String
    }

    /// The FNV-1a hash of group ordinal `group` (as a first byte) and the bytes of `label`.
    private static func memberHash(_ label: String, group: Int) -> UInt64 {
        var label = label
        return label.withUTF8 { bytes in
            var hash = WordTable.hash(WordTable.emptyHash, UInt8(truncatingIfNeeded: group))
            for byte in bytes { hash = WordTable.hash(hash, byte) }
            return hash
        }
    }

    /// Every term of group `name`, whatever its label.
    func groupTerms(_ name: TermGroupName) -> TermSet { groupAllIDs[name] }

    /// The labels of group `name`, in file order.
    func groupLabels(_ name: TermGroupName) -> [String] { groupOrder[name] }

    /// The count a word names: digits (0 to 99,999) or a number word of `numbers`.
    func count(_ word: String) -> Int? {
        digitCount(word) ?? label(of: word, in: .numbers).flatMap { Int($0) }
    }

    /// The count, in digits or in words (``WrittenCount``), whose last token is `tokens[last]` (of
    /// a ``CaseText``), with its first token, no earlier than `lower`: "twenty four" and "a couple
    /// of" before "weeks".
    func count<Tokens: RandomAccessCollection<Token>>(endingAt last: Int, in tokens: Tokens, from lower: Int) -> (
        value: Int, first: Int
    )? where Tokens.Index == Int {
        guard last >= lower, last >= tokens.startIndex, last < tokens.endIndex else { return nil }
        return WrittenCount.read(
            endingAt: last, from: max(lower, tokens.startIndex), word: { self.numberWord(tokens[$0]) },
            digits: { self.digits(tokens[$0]) }, phrase: { self.numberPhrase(at: $0, in: tokens) })
    }

    /// The count, in digits or in words, that starts at `tokens[first]`, with its last token.
    func count<Tokens: RandomAccessCollection<Token>>(startingAt first: Int, in tokens: Tokens) -> (value: Int, last: Int)?
    where Tokens.Index == Int {
        guard first >= tokens.startIndex else { return nil }
        return WrittenCount.read(
            from: first, before: tokens.endIndex, word: { self.numberWord(tokens[$0]) }, digits: { self.digits(tokens[$0]) },
            phrase: { self.numberPhrase(at: $0, in: tokens) })
    }

    /// Whether a count may end at `token` (digits, a number word, the last word of a number
    /// phrase): read by word id, before ``count(endingAt:in:from:)`` reads the count.
    @inline(__always) func mayEndCount(_ token: Token) -> Bool {
        (token.id >= 0 && Int(token.id) < endsNumberPhrase.count && endsNumberPhrase[Int(token.id)]) || count(token) != nil
    }

    /// The value of `token` as a word of `numbers` (not digits).
    private func numberWord(_ token: Token) -> Int? {
        guard token.digits == Token.notDigits else { return nil }
        return count(token)
    }

    /// The value of `token` as digits.
    private func digits(_ token: Token) -> Int? {
        token.digits >= 0 ? Int(token.digits) : nil
    }

    /// The value and length of the `number_phrases` sequence at `tokens[index]`, the longest first.
    private func numberPhrase<Tokens: RandomAccessCollection<Token>>(at index: Int, in tokens: Tokens) -> (value: Int, length: Int)?
    where Tokens.Index == Int {
        for (ids, value) in numberPhrases where tokens.spells(ids, at: index) { return (value, ids.count) }
        return nil
    }
}

/// `phrases` in the order of their (phrase, label) pairs as `String` orders them. When every phrase
/// and label is ASCII (a set of the data nearly always is) they are compared on their bytes, which
/// is the same order: ASCII is in normal form and a `String` of it orders as its bytes do (the
/// `String` comparison cost most of the sort, and every phrase of every set is sorted at load).
func sortedPhrases(_ phrases: [CuePhrase]) -> [CuePhrase] {
    guard phrases.allSatisfy({ isASCII($0.phrase) && isASCII($0.label) }) else {
        return phrases.sorted { ($0.phrase, $0.label) < ($1.phrase, $1.label) }
    }
    return phrases.sorted { a, b in
        let order = byteOrder(a.phrase, b.phrase)
        return order != 0 ? order < 0 : byteOrder(a.label, b.label) < 0
    }
}

/// Whether `text` is ASCII.
private func isASCII(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
}

/// The order of the UTF-8 bytes of `a` and `b`: negative when `a`'s come first, 0 when equal.
private func byteOrder(_ a: String, _ b: String) -> Int {
    let order = a.utf8.withContiguousStorageIfAvailable { a in
        b.utf8.withContiguousStorageIfAvailable { b -> Int in
            for index in 0..<min(a.count, b.count) where a[index] != b[index] { return Int(a[index]) - Int(b[index]) }
            return a.count - b.count
        }
    }
    if let order = order ?? nil { return order }
    return a.utf8.elementsEqual(b.utf8) ? 0 : a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
}

/// The words of `phrase` between spaces (`split(separator: " ")`), cut on its bytes when it is
/// ASCII (each byte a `Character`), as a phrase of the data nearly always is.
private func spaceSeparated(_ phrase: String) -> [String] {
    var phrase = phrase
    return phrase.withUTF8 { bytes in
        guard !bytes.contains(where: { $0 >= 0x80 }) else {
            return String(decoding: bytes, as: UTF8.self).split(separator: " ").map(String.init)
        }
        var words: [String] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
            if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
            start = index + 1
        }
        return words
    }
}

/// `name` as the cue data's phrases spell it: `treatment_done` → `treatment done`.
private func spacedName(_ name: String) -> String { phraseWords(name).joined(separator: " ") }
