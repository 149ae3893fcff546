import IMRVocabulary

/// The section of a progress note a sentence belongs to, opened by a heading of the
/// `section_headings` cue set (`S:`, `Objective:`, `Dx:`, `P:`, `RFA 12/23/16:`, `UR 1/3/17`,
/// `Prior review:`): what the sentence says is a complaint, an examination finding, a diagnosis,
/// the plan, the request, or a utilization review restated.
enum NoteSection: UInt8, Sendable {
    /// No heading: the sentence is read by its own words.
    case none
    /// The worker's complaints: not diagnoses, not examination findings.
    case subjective
    /// The examination.
    case objective
    /// The diagnoses.
    case assessment
    /// Planned care, studies and drugs: not done, not taken yet.
    case plan
    /// The request for authorization: the plan, never care given or a study done.
    case request
    /// A utilization review restated: not a fact of the record.
    case review
    /// Treatment given before (`Tx:`, `Prior tx:`, `Treatment so far:`, `Surgical history:`): care,
    /// studies and surgery done.
    case history

    /// The section a `section_headings` label names.
    init(label: CueLabelID) {
        if label == .subjective {
            self = .subjective
        } else if label == .objective {
            self = .objective
        } else if label == .assessment {
            self = .assessment
        } else if label == .plan {
            self = .plan
        } else if label == .request {
            self = .request
        } else if label == .review {
            self = .review
        } else if label == .history {
            self = .history
        } else {
            self = .none
        }
    }

    /// The section of every sentence of `text`: the section its heading opens, else the section of
    /// a heading written as a label (followed by `:` or ` - `) on the same line before it (a note's
    /// section runs to the end of its line: `UR 12/23/16: imaging denied. Acupuncture modified to 6
    /// sessions.`, and over the list's item lines after it: ``opensItem(_:in:)``), else none. A heading followed only by a date (`UR on 12/06/16 did not approve
    /// …`) is the subject of its own sentence, not a label; a sentence that opens with another
    /// label (`Meds:`) is in no section. A request for authorization lists its items in the
    /// sentence its label opens (`RFA 12/28/16: MRI L-spine; EMG b/l UEs.`): a letter joins the
    /// lines of its summary, so what follows is the record again, not the request.
    static func sections(of text: CaseText, dates: [DateMention], cues: CueBook) -> [NoteSection] {
        var sections = Array(repeating: NoteSection.none, count: text.sentences.count)
        guard !text.sentences.isEmpty else { return sections }
        var opened: [Int: (section: NoteSection, labelled: Bool)] = [:]
        let headings = cues.set(.sectionHeadings).hits(in: text)
        for hit in headings where opened[hit.sentence] == nil {
            if let labelled = opensSection(hit, in: text, dates: dates, cues: cues) {
                opened[hit.sentence] = (NoteSection(label: hit.label), labelled)
            }
        }
        // A label that names the summary or who wrote it ("Utilization review nurse's case
        // summary:") opens no section, whatever heading words it holds before.
        for hit in headings where hit.label == .summary && opened[hit.sentence] != nil && isInLabel(hit, in: text) {
            opened[hit.sentence] = (.none, true)
        }
        let subjects = cues.set(.recordSubjects)
        var carried = NoteSection.none  // the section a labelled heading carries along its line
        for index in text.sentences.indices {
            if let (section, labelled) = opened[index] {
                sections[index] = section
                carried = labelled && section != .request ? section : .none
            } else if carried != .none, !opensWithLabel(text.sentences[index].start, in: text.bytes),
                !text.bytes[text.sentences[index - 1].end..<text.sentences[index].start].contains(10)
                    || opensItem(text.sentences[index].start, in: text.bytes),
                carried == .subjective || carried == .objective || !opensWithSubject(index, subjects, in: text)
            {
                sections[index] = carried
            } else {
                carried = .none
            }
        }
        return sections
    }

    /// Whether review phrase `hit` stands in an opening label that names a record and the request
    /// it was sent with ("Excerpt from the QME report of 09/28/2016, attached to the Request for
    /// Authorization of 11/16/2016: \"The examinee ...\"", "Progress report submitted with the
    /// request for PT: the patient has ..."): its sentence opens (past articles) with a
    /// `record_label_words` word, the hit ends before the sentence's first `:`, and at least five
    /// words follow the colon. The review's words there say where the record came from; the prose
    /// after the colon is the record's. A label opening with the review's own words ("Request for
    /// authorization of 11/16/2016:", "UR 11/02/2016:") is not one, and a review phrase after the
    /// colon still makes the sentence the review's.
    static func isInRecordLabel(_ hit: CueHit, in text: CaseText, cues: CueBook) -> Bool {
        let range = text.sentences[hit.sentence].tokens
        let (tokens, bytes) = (text.tokens, text.bytes)
        let (records, articles) = (cues.wordList(.recordLabelWords), cues.wordList(.articles))
        var first = range.lowerBound
        while first < range.upperBound, articles.contains(tokens[first]) { first += 1 }
        guard first < hit.first, records.contains(tokens[first]),
            let colon = range.dropFirst().first(where: { bytes[tokens[$0 - 1].end..<tokens[$0].start].contains(58) }),
            hit.last < colon
        else { return false }
        return (colon..<range.upperBound).lazy.filter { tokens[$0].digits == Token.notDigits }.prefix(5).count == 5
    }

    /// Whether the text at `start` opens a list's item: a bullet or an item's number
    /// (``ListItems/bulletEnd(at:in:)``) or a check box (``CheckBoxes/box(at:in:)``). A labelled
    /// heading's section goes on over the item lines under it ("Care to date:" and "[X] Injection:
    /// first subacromial injection 08/15/2016" on the next line), as over its own line.
    private static func opensItem(_ start: Int, in bytes: [UInt8]) -> Bool {
        ListItems.bulletEnd(at: start, in: bytes) != nil || CheckBoxes.box(at: start, in: bytes) != nil
    }

    /// Whether sentence `sentence` opens with the worker as its subject (`record_subjects`: "She
    /// has …", "The injured worker completed …"): prose of the record, not an item of a note's
    /// section.
    private static func opensWithSubject(_ sentence: Int, _ subjects: CueSet, in text: CaseText) -> Bool {
        let start = text.sentences[sentence].tokens.lowerBound
        return subjects.hits(in: text, sentence: sentence).contains { $0.first == start }
    }

    /// Whether heading `hit` stands in the label that opens its sentence: a `:` follows it on its
    /// line, and none comes before it.
    private static func isInLabel(_ hit: CueHit, in text: CaseText) -> Bool {
        let (tokens, bytes) = (text.tokens, text.bytes)
        let sentence = text.sentences[hit.sentence]
        guard !bytes[sentence.start..<tokens[hit.first].start].contains(58) else { return false }
        var index = tokens[hit.last].end
        while index < sentence.end, isSpace(bytes[index]) || bytes[index] == 41 { index += 1 }
        return index < sentence.end && bytes[index] == 58
    }

    /// UR's verdicts written right after the treatment they judge (`treatment_verdict`: "Norco
    /// denied: no UDS", "PT x12 modified to 6", "MRI L-spine denied - no red flags"): a verdict word
    /// after a drug, a drug class or a procedure of `mentions`, with only numbers and
    /// `drug_list_filler` words between them and no comma or `;`, that ends its part of the
    /// sentence (a punctuation mark, the sentence's end or a `verdict_followers` word comes next).
    /// "The patient on Norco denied side effects" is the worker's answer, not a verdict.
    static func verdicts(in text: CaseText, mentions: [Mention], cues: CueBook) -> [CueHit] {
        let (tokens, bytes) = (text.tokens, text.bytes)
        let filler = cues.words(.drugListFiller)
        let followers = cues.words(.verdictFollowers)
        var sentenceMentions: [Int: [Mention]] = [:]
        for mention in mentions {
            let kind = mention.term.kind
            guard kind == .drug || kind == .drugClass || kind == .procedure else { continue }
            sentenceMentions[mention.sentence, default: []].append(mention)
        }
        return cues.set(.treatmentVerdict).hits(in: text).filter { hit in
            let follows = (sentenceMentions[hit.sentence] ?? []).contains { mention in
                guard mention.last < hit.first, hit.first - mention.last <= 5 else { return false }
                for index in (mention.last + 1)...hit.first {
                    if tokens[index].commaBefore || tokens[index].semicolonBefore { return false }
                    if index < hit.first, tokens[index].digits == Token.notDigits, !filler.contains(text.word(at: index)) {
                        return false
                    }
                }
                return true
            }
            guard follows else { return false }
            let end = text.sentences[hit.sentence].tokens.upperBound
            guard hit.last + 1 < end else { return true }
            let gap = bytes[tokens[hit.last].end..<tokens[hit.last + 1].start]
            return gap.contains { !isSpace($0) } || followers.contains(text.word(at: hit.last + 1))
        }
    }

    /// Whether heading `hit` opens a section: it stands at the start of its sentence or of a line
    /// (after a date at most), or right after another label's `:` or ` - ` (`3/31/14 PN: S:
    /// persistent LBP`, `DFR 12/28/16 - S: LBP`: a note's date line joined to its first section),
    /// and a `:`, a ` - ` or a date follows within five words on its line (a one-letter heading: a
    /// `:`, after a parenthesis at most: `S (11/22/16):`). `nil` when it does not, or when a comma
    /// follows the heading word and no `:` or ` - ` (prose: "Next, an MRI on 05/2016 ..."; a label:
    /// "UR, 3 Nov 2014: ..."); else whether it is written as a label (a `:` or ` - ` follows).
    private static func opensSection(_ hit: CueHit, in text: CaseText, dates: [DateMention], cues: CueBook) -> Bool? {
        let (tokens, bytes) = (text.tokens, text.bytes)
        let range = text.sentences[hit.sentence].tokens
        let gap = hit.first > range.lowerBound ? bytes[tokens[hit.first - 1].end..<tokens[hit.first].start] : []
        let lineStart = gap.contains(10) || followsLabel(gap)
        if !lineStart {
            for token in tokens[range.lowerBound..<hit.first] {
                guard token.digits != Token.notDigits || cues.month(token.id) != nil else { return nil }
            }
        }
        let end = tokens[hit.last].end
        var limit = text.sentences[hit.sentence].end
        if let newline = bytes[end..<limit].firstIndex(of: 10) { limit = newline }
        // A heading word right before a comma opens a section only as a label ("UR, 3 Nov 2014:"):
        // with a date alone after it, it is a word of the prose ("Next, an MRI on 05/2016 showed").
        let prose = bytes[end..<limit].first(where: { !isSpace($0) }) == 44
        if hit.first == hit.last, tokens[hit.first].end - tokens[hit.first].start == 1 {
            var index = end
            while index < limit, isSpace(bytes[index]) { index += 1 }
            if index < limit, bytes[index] == 40, let close = bytes[index..<limit].firstIndex(of: 41) {
                index = close + 1
                while index < limit, isSpace(bytes[index]) { index += 1 }
            }
            return index < limit && bytes[index] == 58 ? true : nil
        }
        if hit.last + 6 < range.upperBound { limit = min(limit, tokens[hit.last + 6].start) }
        for index in end..<limit {
            if bytes[index] == 58 { return true }
            if bytes[index] == 45, index > 0, isSpace(bytes[index - 1]) { return true }
        }
        return !prose && dates.contains(where: { $0.offset >= end && $0.offset < limit }) ? false : nil
    }

    /// Whether `gap`, the bytes between a heading and the word before it, ends another label: a
    /// `:`, or a `-` between spaces, and nothing but white space after it.
    private static func followsLabel(_ gap: ArraySlice<UInt8>) -> Bool {
        guard let mark = gap.lastIndex(where: { !isSpace($0) }), mark + 1 < gap.endIndex else { return false }
        if gap[mark] == 58 { return true }
        return gap[mark] == 45 && mark > gap.startIndex && isSpace(gap[mark - 1])
    }

    /// Whether the text at `start` opens with a label: a capital or a digit, at most six words
    /// (letters, digits, `/`, `-`, `'`, parentheses) and a `:` before a space (`Meds:`, `Tx to
    /// date:`, `S (11/22/16):`, `3/31/14 PN:`).
    static func opensWithLabel(_ start: Int, in bytes: [UInt8]) -> Bool {
        guard start < bytes.count, (65...90).contains(bytes[start]) || isDigit(bytes[start]) else { return false }
        var index = start
        var words = 1
        while index < bytes.count, index - start < 40 {
            let byte = bytes[index]
            if byte == 58 { return index + 1 == bytes.count || isSpace(bytes[index + 1]) }
            if byte == 32 {
                words += 1
                if words > 6 { return false }
            } else if !(isWordByte(byte) || byte == 47 || byte == 45 || byte == 39 || byte == 40 || byte == 41) {
                return false
            }
            index += 1
        }
        return false
    }
}

extension CaseText {
    /// The tokens of the clause of sentence `sentence` that holds token `token`: from the token
    /// after the last `;` or line break before it to the last token before the next one.
    func clause(sentence: Int, token: Int) -> ClosedRange<Int> {
        let range = sentences[sentence].tokens
        // Read through buffers: the bytes between two tokens were a slice of the text's bytes
        // (retained and released) at each token the clause's walk passed.
        return tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                func startsClause(_ index: Int) -> Bool {
                    if tokens[index].semicolonBefore { return true }
                    for offset in tokens[index - 1].end..<tokens[index].start where bytes[offset] == 10 { return true }
                    return false
                }
                var first = token
                while first > range.lowerBound, !startsClause(first) { first -= 1 }
                var last = token
                while last + 1 < range.upperBound, !startsClause(last + 1) { last += 1 }
                return first...last
            }
        }
    }
}
