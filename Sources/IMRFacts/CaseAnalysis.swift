import IMRCore
import IMRLetters
import IMRVocabulary

/// A date written in a text, with the sentence it stands in.
struct DateMention: Sendable {
    var date: SimpleDate
    var sentence: Int
    /// UTF-8 offset of the date in the text.
    var offset: Int
}

/// The summary of one case prepared once for every fact family: sentences, lexicon mentions, dates.
///
/// A class (it is never changed once prepared), so that the readers, closures and scopes that
/// hold it share it instead of copying its dozen arrays.
final class CaseAnalysis: Sendable {
    let input: CaseInput
    let text: CaseText
    let mentions: [Mention]
    let dates: [DateMention]
    /// The date the request is judged at: the header's UR denial date (when the request was
    /// reviewed), else its IMR decision date, else the latest date written in the summary.
    let referenceDate: SimpleDate?
    /// Per sentence: whether it is about the request itself or its review (see ``isReviewSentence(_:)``).
    private let reviewSentences: [Bool]
    /// The note section of each sentence (``NoteSection``).
    let sections: [NoteSection]
    /// The `review` phrases, in text order (``isReview(_:token:)``).
    private let reviewHits: [CueHit]
    /// Nerve symptoms and signs outside review sentences, found once for every request's
    /// `regional_neuro_findings`.
    let nerveFindings: [CueHit]
    let index: LexiconIndex
    /// Answers computed once for every fact family.
    let cache = SentenceCache()
    /// For each sentence, the range of `mentions` in it (mentions are in sentence order).
    private let mentionRanges: [Range<Int>]
    /// The mentions of each vocabulary, in order, by the vocabulary's position in `allCases`.
    private let byVocabulary: [[Mention]]

    init(input: CaseInput, index: LexiconIndex) {
        self.input = input
        self.index = index
        let cues = index.cues
        let text = CaseText(input.summary.text, source: .summary, cues: cues)
        self.text = text
        let mentions = index.addingAudiogramFindings(
            to: index.withoutRelatives(
                index.addingDiagnosisWording(
                    to: index.withoutDocumentSenses(
                        index.withoutPlaceNames(
                            index.withoutOtherSenses(index.withoutMeasures(index.mentions(in: text), in: text), in: text), in: text),
                        in: text),
                    in: text),
                in: text), in: text)
        self.mentions = mentions
        let dates = findDates(in: text, cues)
        self.dates = dates
        referenceDate = input.header.urDenialDate ?? input.header.decisionDate ?? dates.map(\.date).max()
        let sections = NoteSection.sections(of: text, dates: dates, cues: cues)
        self.sections = sections
        // A review phrase inside a `review_qualifier` phrase ("relevant to the request") says
        // nothing of the review, nor one inside an opening label naming a record and the request it
        // came with (``NoteSection/isInRecordLabel(_:in:cues:)``).
        let qualifiers = cues.set(.reviewQualifier).hits(in: text)
        let reviewHits = (cues.set(.review).hits(in: text) + NoteSection.verdicts(in: text, mentions: mentions, cues: cues)).filter {
            hit in
            !qualifiers.contains { $0.sentence == hit.sentence && $0.first <= hit.first && hit.last <= $0.last }
                && !NoteSection.isInRecordLabel(hit, in: text, cues: cues)
        }.sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
        self.reviewHits = reviewHits
        var review = Array(repeating: false, count: text.sentences.count)
        for hit in reviewHits { review[hit.sentence] = true }
        for (sentence, section) in sections.enumerated() where section == .review || section == .request { review[sentence] = true }
        reviewSentences = review
        let axial = cues.set(.axialRadiation).hits(in: text)
        nerveFindings = cues.set(.regionalNerveFindings).hits(in: text).filter { hit in
            !review[hit.sentence]
                && !axial.contains { $0.sentence == hit.sentence && $0.first <= hit.last && hit.first <= $0.last }
        }
        var mentionRanges = Array(repeating: 0..<0, count: text.sentences.count)
        for run in mentions.runs(by: \.sentence) { mentionRanges[run.key] = run.range }
        self.mentionRanges = mentionRanges
        var counts = Array(repeating: 0, count: Vocabulary.allCases.count)
        for mention in mentions { counts[caseOrdinal(mention.term.kind)] += 1 }
        var byVocabulary = counts.map { count in
            var list: [Mention] = []
            list.reserveCapacity(count)
            return list
        }
        for mention in mentions { byVocabulary[caseOrdinal(mention.term.kind)].append(mention) }
        self.byVocabulary = byVocabulary
    }

    /// The mentions in sentence `sentence`.
    func mentions(inSentence sentence: Int) -> ArraySlice<Mention> {
        sentence >= 0 && sentence < mentionRanges.count ? mentions[mentionRanges[sentence]] : []
    }

    /// The mentions of the sentence of `hit` that start at most `window` words (plus the length of a
    /// long phrase) before it and at most `window` words after it, in text order: found by binary
    /// search, so a long sentence costs no more than a short one.
    func mentions(near hit: CueHit, within window: Int) -> ArraySlice<Mention> {
        let all = mentions(inSentence: hit.sentence)
        let earliest = hit.first - window - 32
        let low = all.partitioningIndex { $0.first >= earliest }
        var end = low
        while end < all.endIndex, all[end].first <= hit.last + window { end += 1 }
        return all[low..<end]
    }

    /// Every pain score of the summary (``OutcomeFacts/painScores(in:_:)``), read once for every fact family.
    var painScores: [PainScore] { cache.painScores { OutcomeFacts.painScores(in: text, index.cues) } }

    /// The pain score whose number starts at UTF-8 offset `offset`, if any: a binary search in
    /// ``painScores`` (sorted by offset).
    func painScore(at offset: Int) -> PainScore? {
        let scores = painScores
        let position = scores.partitioningIndex { $0.offset >= offset }
        return position < scores.count && scores[position].offset == offset ? scores[position] : nil
    }

    /// Whether a phrase of cue set `name` occurs in sentence `sentence` (a binary search in the
    /// tokens where the set's phrases may start, so asking again costs little).
    func occurs(_ name: CueName, in sentence: Int) -> Bool {
        index.cues.set(name).occurs(in: text, sentence: sentence)
    }

    /// Whether sentence `sentence` is about one of the requested body regions `regions` (lexicon
    /// ids) or about no region: it names none, one of them, a region one of them belongs to, or one
    /// that belongs to one of them (a finger fracture is not about the knee). Any sentence when the
    /// request names no region.
    func isAbout(regions: TermSet, sentence: Int) -> Bool {
        guard !regions.isEmpty else { return true }
        let named = mentions(inSentence: sentence).filter { $0.term.kind == .bodyRegion }
        return named.isEmpty
            || named.contains { mention in
                !index.ancestors(of: mention.term.id, in: .bodyRegion).isDisjoint(with: regions)
                    || regions.contains { index.ancestors(of: $0, in: .bodyRegion).contains(mention.term.id) }
            }
    }

    /// The lexicon ids of the body regions `facts` requests (`body_regions`), empty when none.
    func requestedRegions(_ facts: FactSet) -> TermSet {
        guard case .terms(let list)? = facts[.bodyRegions]?.value else { return [] }
        return TermSet(inserting: list.lazy.map(index.id).filter { $0 != .missing })
    }

    /// Whether `sentence` names drugs only as part of the plan, without saying they are taken already.
    func isPlanOnly(_ sentence: Int) -> Bool {
        (occurs(.planned, in: sentence) || isPlanSection(sentence)) && !occurs(.continuing, in: sentence)
    }

    /// The time each sentence tells of (``VisitTimes``), read the first time a reader asks.
    var visitTimes: VisitTimes { cache.visitTimes { VisitTimes(self) } }

    /// Whether `sentence` stands in a note's plan (`P:`, `Plan:`, `Recommendations:`).
    func isPlanSection(_ sentence: Int) -> Bool { sections[sentence] == .plan }

    /// Whether `sentence` stands in a list of treatment given (`Tx:`, `Prior tx:`, `Surgical history:`).
    func isHistorySection(_ sentence: Int) -> Bool { sections[sentence] == .history }

    /// Mentions of terms of `vocabulary`.
    func mentions(of vocabulary: Vocabulary) -> [Mention] { byVocabulary[caseOrdinal(vocabulary)] }

    /// Whether sentence `index` is about the request itself or its review ("the request for …",
    /// `non-certified by Utilization Review`, a note's `RFA 12/23/16:` or `Prior review:` section),
    /// rather than about the history.
    func isReviewSentence(_ index: Int) -> Bool {
        index >= 0 && index < reviewSentences.count && reviewSentences[index]
    }

    /// Whether token `token` of sentence `sentence` restates the request or its review: the
    /// sentence is in a note's request or review section, or a `review` phrase stands in the
    /// token's clause (a `;` or a line break ends it: in `Motrin, APAP w/ codeine #3; ondansetron
    /// requested` only ondansetron is requested).
    func isReview(_ sentence: Int, token: Int) -> Bool {
        guard isReviewSentence(sentence) else { return false }
        if sections[sentence] == .review || sections[sentence] == .request { return true }
        let clause = text.clause(sentence: sentence, token: token)
        // A review phrase at most four words after a coordinator, with nothing named between them
        // ("listed ibuprofen as her medications and requested ondansetron", "..., and the physician
        // requested ondansetron"), starts a predicate of its own: it reaches only the words after it.
        let coordinators = index.cues.coordinators
        func startsPredicate(_ hit: CueHit) -> Bool {
            guard hit.first > token else { return false }
            var index = hit.first - 1
            while index > token, index >= clause.lowerBound, hit.first - index <= 4 {
                let id = text.tokens[index].id
                if id >= 0 && coordinators[Int(id)] {
                    return !mentions(inSentence: sentence).contains { $0.first > index && $0.first < hit.first }
                }
                index -= 1
            }
            return false
        }
        return reviewHits.contains { $0.sentence == sentence && clause.contains($0.first) && !startsPredicate($0) }
    }
}

/// Accumulates facts, keeping the first value found for a name unless replaced explicitly.
struct FactBuilder {
    var facts = FactSet()
    /// Case facts a request-dependent reading withdraws: not documented for this request.
    private(set) var withdrawn: Set<String> = []

    /// Withdraws case fact `name` for this request (and any value set here).
    mutating func withdraw(_ name: String) {
        withdrawn.insert(name)
        facts.remove(named: name)
    }

    mutating func set(_ name: String, _ value: consuming FactValue, _ evidence: consuming [Evidence] = []) {
        insert(Fact(name: name, value: value, evidence: evidence))
    }

    mutating func bool(_ name: String, _ value: Bool, _ evidence: [Evidence]) { set(name, .bool(value), evidence) }

    mutating func set(_ name: FactName, _ value: consuming FactValue, _ evidence: consuming [Evidence] = []) {
        insert(Fact(name: name, value: value, evidence: evidence))
    }

    mutating func bool(_ name: FactName, _ value: Bool, _ evidence: [Evidence]) { set(name, .bool(value), evidence) }

    /// Takes the fact, as `set` takes its value and evidence (`consuming`), so that a fact built
    /// for the call moves into the set without a copy.
    private mutating func insert(_ fact: consuming Fact) {
        if !withdrawn.isEmpty { withdrawn.remove(fact.name) }
        facts.insert(fact)
    }
}

/// Finds `MM/DD/YYYY`, `MM-DD-YYYY`, `M/D/YY`, `YYYY-MM-DD`, `MM/YYYY` (day 1), `Month D, YYYY`
/// (the day also as an ordinal, `3rd`), `D Month YYYY`, `D(th) of Month, YYYY` and `Month (of) YYYY`
/// (day 1) dates (month names and their abbreviations from the `months` words of the cue data).
func findDates(in text: CaseText, _ cues: CueBook) -> [DateMention] {
    var found: [DateMention] = []
    let bytes = text.bytes
    /// Reads the numeric date starting at `index`, if any; returns where the next may start.
    func readNumericDate(at index: Int) -> Int {
        var end = index
        var separators = 0
        var separator: UInt8 = 0
        while end < bytes.count {
            let b = bytes[end]
            if isDigit(b) {
                end += 1
            } else if (b == 47 || b == 45) && end + 1 < bytes.count && isDigit(bytes[end + 1]) && (separator == 0 || separator == b)
                && separators < 2
            {
                separator = b
                separators += 1
                end += 1
            } else {
                break
            }
        }
        if separators == 2, end == bytes.count || !isWordByte(bytes[end]),
            let date = SimpleDate(String(decoding: bytes[index..<end], as: UTF8.self))
        {
            found.append(DateMention(date: date, sentence: sentenceIndex(text, offset: index), offset: index))
        } else if separators == 1, separator == 47, end == bytes.count || !isWordByte(bytes[end]) && bytes[end] != 47,
            let date = monthAndYear(bytes[index..<end])
        {
            found.append(DateMention(date: date, sentence: sentenceIndex(text, offset: index), offset: index))
        }
        return max(end, index + 1)
    }
    // Numeric dates: each starts at a digit after no letter or digit, the first byte of a word's
    // token (a word's other bytes follow a letter or digit), so only those are read; a symbol's
    // token (which may hold other bytes) has each of its bytes read. A date's own later numbers
    // are not read again.
    var after = 0
    for token in text.tokens where token.end > after {
        // A word's token that does not start with a digit starts no date (its ``Token/digits``
        // says so without reading its bytes).
        let isWord = isWordByte(bytes[token.start])
        if isWord && token.digits == Token.notDigits { continue }
        let last = isWord ? token.start + 1 : token.end
        var index = max(token.start, after)
        while index < last {
            if isDigit(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) {
                after = readNumericDate(at: index)
                index = after
            } else {
                index += 1
            }
        }
    }
    // Month-name dates: "June 4, 2010", "Feb. 3rd, 2014", "3 February 2014", "3rd of February, 2014",
    // "February of 2014", "Jan 2014".
    let tokens = text.tokens
    for (position, token) in tokens.enumerated() {
        guard let month = cues.month(token.id),
            !cues.words(.hedgeBefore).contains(text.word(of: token)) || token.start > 0 && (65...90).contains(bytes[token.start])
        else { continue }
        var next = position + 1
        var day: Int?
        var start = token.start
        if next < tokens.count, tokens[next].start - tokens[next - 1].end <= 4, let value = dayNumber(tokens[next], bytes) {
            day = value
            next += 1
        } else if next < tokens.count, isOf(tokens[next], bytes) {
            next += 1
        }
        if day == nil, position > 0 {
            // The day before the month, with "of" between them or not.
            var before = position - 1
            if before > 0, isOf(tokens[before], bytes), token.start - tokens[before].end <= 2 { before -= 1 }
            if tokens[before + 1].start - tokens[before].end <= 2, let value = dayNumber(tokens[before], bytes) {
                day = value
                start = tokens[before].start
            }
        }
        guard next < tokens.count, tokens[next].end - tokens[next].start == 4, let year = Int(text.word(at: next)),
            (1950...2030).contains(year), tokens[next].start - tokens[next - 1].end <= 4
        else { continue }
        found.append(
            DateMention(
                date: SimpleDate(year: year, month: month, day: day ?? 1), sentence: sentenceIndex(text, offset: start), offset: start))
    }
    return found.sorted { $0.offset < $1.offset }
}

func sentenceIndex(_ text: CaseText, offset: Int) -> Int {
    // The last sentence starting at or before `offset` (the first when none does).
    max(text.sentences.partitioningIndex { $0.start > offset } - 1, 0)
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

/// The day a token names: one or two digits from 1 to 31, alone or as an ordinal (`3`, `3rd`, `21st`).
private func dayNumber(_ token: Token, _ bytes: [UInt8]) -> Int? {
    var end = token.start
    while end < token.end, isDigit(bytes[end]) { end += 1 }
    let digits = end - token.start
    guard digits == 1 || digits == 2 else { return nil }
    if end < token.end {
        guard token.end - end == 2 else { return nil }
        let suffix = (lowered(bytes[end]), lowered(bytes[end + 1]))
        // st, nd, rd, th
        guard suffix == (115, 116) || suffix == (110, 100) || suffix == (114, 100) || suffix == (116, 104) else { return nil }
    }
    var value = 0
    for index in token.start..<end { value = value * 10 + Int(bytes[index] - 48) }
    return (1...31).contains(value) ? value : nil
}

/// Whether a token is the word "of" ("3rd of February", "February of 2014").
private func isOf(_ token: Token, _ bytes: [UInt8]) -> Bool {
    token.end - token.start == 2 && lowered(bytes[token.start]) == 111 && lowered(bytes[token.start + 1]) == 102
}

/// `M/YYYY` or `MM/YYYY` (a month from 1 to 12, a year from 1950 to 2030) as the first of the month.
private func monthAndYear(_ bytes: ArraySlice<UInt8>) -> SimpleDate? {
    guard let slash = bytes.firstIndex(of: 47), (1...2).contains(slash - bytes.startIndex), bytes.endIndex - slash == 5 else {
        return nil
    }
    var month = 0
    for byte in bytes[..<slash] { month = month * 10 + Int(byte - 48) }
    var year = 0
    for byte in bytes[(slash + 1)...] { year = year * 10 + Int(byte - 48) }
    guard (1...12).contains(month), (1950...2030).contains(year) else { return nil }
    return SimpleDate(year: year, month: month, day: 1)
}
