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
struct CaseAnalysis: Sendable {
    var input: CaseInput
    var text: CaseText
    var mentions: [Mention]
    var dates: [DateMention]
    /// The date the request is judged at: the header's UR denial date (when the request was
    /// reviewed), else its IMR decision date, else the latest date written in the summary.
    var referenceDate: SimpleDate?
    /// Sentences about the request itself or its review (see ``isReviewSentence(_:)``).
    var reviewSentences: Set<Int>
    /// Nerve symptoms and signs outside review sentences, found once for every request's
    /// `regional_neuro_findings`.
    var nerveFindings: [CueHit]
    let index: LexiconIndex
    /// Answers computed once for every fact family.
    let cache = SentenceCache()
    /// For each sentence, the range of `mentions` in it (mentions are in sentence order).
    private var mentionRanges: [Int: Range<Int>] = [:]

    init(input: CaseInput, index: LexiconIndex) {
        self.input = input
        self.index = index
        let cues = index.cues
        text = CaseText(input.summary.text, source: .summary, cues: cues)
        mentions = index.mentions(in: text)
        dates = findDates(in: text, cues)
        referenceDate = input.header.urDenialDate ?? input.header.decisionDate ?? dates.map(\.date).max()
        let review = Set(cues.set(.review).hits(in: text).map(\.sentence))
        reviewSentences = review
        nerveFindings = cues.set(.regionalNerveFindings).hits(in: text).filter { !review.contains($0.sentence) }
        var start = 0
        while start < mentions.count {
            var end = start + 1
            while end < mentions.count, mentions[end].sentence == mentions[start].sentence { end += 1 }
            mentionRanges[mentions[start].sentence] = start..<end
            start = end
        }
    }

    /// The mentions in sentence `sentence`.
    func mentions(inSentence sentence: Int) -> ArraySlice<Mention> {
        mentionRanges[sentence].map { mentions[$0] } ?? []
    }

    /// The mentions of the sentence of `hit` that start at most `window` words (plus the length of a
    /// long phrase) before it and at most `window` words after it, in text order: found by binary
    /// search, so a long sentence costs no more than a short one.
    func mentions(near hit: CueHit, within window: Int) -> ArraySlice<Mention> {
        let all = mentions(inSentence: hit.sentence)
        let earliest = hit.first - window - 32
        var low = all.startIndex
        var high = all.endIndex
        while low < high {
            let mid = (low + high) / 2
            if all[mid].first < earliest { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < all.endIndex, all[end].first <= hit.last + window { end += 1 }
        return all[low..<end]
    }

    /// Whether a phrase of cue set `name` occurs in sentence `sentence` (a binary search in the
    /// tokens where the set's phrases may start, so asking again costs little).
    func occurs(_ name: CueName, in sentence: Int) -> Bool {
        index.cues.set(name).occurs(in: text, sentence: sentence)
    }

    /// Whether `sentence` names drugs only as part of the plan, without saying they are taken already.
    func isPlanOnly(_ sentence: Int) -> Bool {
        occurs(.planned, in: sentence) && !occurs(.continuing, in: sentence)
    }

    /// Mentions of terms of `vocabulary`.
    func mentions(of vocabulary: String) -> [Mention] { mentions.filter { $0.term.vocabulary == vocabulary } }

    /// Whether sentence `index` is about the request itself or its review ("the request for …",
    /// "non-certified by Utilization Review"), rather than about the history.
    func isReviewSentence(_ index: Int) -> Bool {
        reviewSentences.contains(index)
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
        facts = FactSet(facts.sorted.filter { $0.name != name })
    }

    mutating func set(_ name: String, _ value: FactValue, _ evidence: [Evidence] = []) {
        facts.insert(Fact(name: name, value: value, evidence: evidence))
        withdrawn.remove(name)
    }

    mutating func bool(_ name: String, _ value: Bool, _ evidence: [Evidence]) { set(name, .bool(value), evidence) }
}

/// Finds `MM/DD/YYYY`, `MM-DD-YYYY`, `M/D/YY`, `Month D, YYYY` and `Month YYYY` (day 1) dates
/// (month names from the `months` words of the cue data).
func findDates(in text: CaseText, _ cues: CueBook) -> [DateMention] {
    var found: [DateMention] = []
    let bytes = text.bytes
    // Numeric dates.
    var index = 0
    while index < bytes.count {
        guard isDigit(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) else {
            index += 1
            continue
        }
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
        }
        index = max(end, index + 1)
    }
    // Month-name dates.
    for (position, token) in text.tokens.enumerated() {
        guard let month = cues.month(token.id),
            token.word != "may" || token.start > 0 && bytes[token.start] == 77
        else { continue }
        var next = position + 1
        var day = 1
        if next < text.tokens.count, let value = Int(text.tokens[next].word), (1...31).contains(value),
            text.tokens[next].word.utf8.count <= 2
        {
            day = value
            next += 1
        }
        guard next < text.tokens.count, text.tokens[next].word.utf8.count == 4, let year = Int(text.tokens[next].word),
            (1950...2030).contains(year), text.tokens[next].start - token.end < 6 + (day == 1 ? 0 : 3)
        else { continue }
        found.append(
            DateMention(
                date: SimpleDate(year: year, month: month, day: day), sentence: sentenceIndex(text, offset: token.start),
                offset: token.start))
    }
    return found.sorted { $0.offset < $1.offset }
}

func sentenceIndex(_ text: CaseText, offset: Int) -> Int {
    var low = 0
    var high = text.sentences.count - 1
    while low < high {
        let mid = (low + high + 1) / 2
        if text.sentences[mid].start <= offset { low = mid } else { high = mid - 1 }
    }
    return max(low, 0)
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
