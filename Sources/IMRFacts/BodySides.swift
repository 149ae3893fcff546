import IMRVocabulary

/// A side of the body: what a request names (`side`) and what a summary tells of a region, a
/// finding, a diagnosis or a treatment (`body_sides`).
enum BodySide: Sendable, Equatable {
    case left, right, bilateral

    /// The side a `body_sides` label or a `side` term names; `nil` for any other.
    init?(_ name: String) {
        switch name {
        case CueLabel.left.name: self = .left
        case CueLabel.right.name: self = .right
        case CueLabel.bilateral.name: self = .bilateral
        default: return nil
        }
    }

    /// The side a `body_sides` hit's label names; `nil` for any other.
    init?(_ label: CueLabelID) {
        if label == .left {
            self = .left
        } else if label == .right {
            self = .right
        } else if label == .bilateral {
            self = .bilateral
        } else {
            return nil
        }
    }

    /// The side a request's `side` fact names, if any.
    init?(requestFacts: FactSet) {
        guard let side = requestFacts.termValue(.side) else { return nil }
        self.init(side)
    }

    /// Whether what is told of side `told` bears on a request of side `requested`: a request of
    /// no side or of both takes every side, and a reading of no side or of both sides bears on
    /// either; a left-knee diagnosis does not bear on a right-knee MRI.
    static func bears(_ told: BodySide?, on requested: BodySide?) -> Bool {
        guard let told, let requested, requested != .bilateral, told != .bilateral else { return true }
        return told == requested
    }

    /// The side told of tokens `words` of `sentence` of `text` (``CaseAnalysis/side(sentence:first:last:)``),
    /// from the `body_sides` hits `sides` of that sentence and its lexicon `mentions`: the summary's
    /// reading, and a request's ("EMG RLE", "MRI L knee").
    static func told(
        of words: ClosedRange<Int>, in text: CaseText, sentence: Int, sides: ArraySlice<CueHit>, mentions nearby: ArraySlice<Mention>,
        cues: CueBook
    ) -> BodySide? {
        let (first, last) = (words.lowerBound, words.upperBound)
        let range = text.sentences[sentence].tokens
        func region(at token: Int) -> Mention? {
            nearby.first { $0.term.kind == .bodyRegion && $0.first <= token && token <= $0.last }
        }
        // A one-letter side that opens a longer region name is that region's initial ("L-spine",
        // "L spine": the lumbar spine), not a side.
        func isInitial(_ hit: CueHit) -> Bool {
            hit.first == hit.last && text.tokens[hit.first].end - text.tokens[hit.first].start == 1
                && region(at: hit.first).map { $0.first == hit.first && $0.last > hit.last } == true
        }
        // A side written inside the words themselves: a region abbreviation that carries it ("RLE").
        if let inside = sides.first(where: { first <= $0.first && $0.last <= last && !isInitial($0) }) { return BodySide(inside.label) }
        let (articles, siteWords, leads) = (cues.wordList(.articles), cues.wordList(.diagnosisSiteWords), cues.wordList(.sideLead))
        var token = first - 1
        while token >= range.lowerBound, first - token <= 4, !text.tokens[token + 1].semicolonBefore {
            if let hit = sides.first(where: { $0.last == token }) { return BodySide(hit.label) }
            if let covering = region(at: token) {
                token = covering.first - 1
            } else if articles.contains(text.tokens[token]) || siteWords.contains(text.tokens[token]) {
                token -= 1
            } else {
                break
            }
        }
        token = last + 1
        guard token < range.upperBound, !text.tokens[token].semicolonBefore else { return nil }
        // A comma or an opening parenthesis ("knee (left)") sets the side after its region apart.
        let comma = text.tokens[token].commaBefore || text.bytes[text.tokens[token - 1].end..<text.tokens[token].start].contains(40)
        var led = false
        if leads.contains(text.tokens[token]) {
            led = true
            token += 1
            if token < range.upperBound, articles.contains(text.tokens[token]) { token += 1 }
        }
        guard comma || led, let hit = sides.first(where: { $0.first == token }) else { return nil }
        let next = hit.last + 1
        if next < range.upperBound, !text.tokens[next].commaBefore, !text.tokens[next].semicolonBefore, region(at: next) != nil {
            return nil
        }
        return BodySide(hit.label)
    }
}

extension CaseAnalysis {
    /// The side told of tokens `first...last` of `sentence` (a region, a finding, a diagnosis or a
    /// treatment): a `body_sides` phrase among them ("RLE": the right lower extremity); else one
    /// before it with only articles, `diagnosis_site_words` and regions between, within four words
    /// and no `;` ("right knee", "left medial knee", "L knee meniscus tear", "right and left
    /// knees": bilateral); else one after it, behind a comma, a parenthesis or a
    /// `side_lead` word and its article, that ends its item or names no region of its own ("knee,
    /// right", "rotator cuff repair on the right"; not the right of "knee, right shoulder").
    func side(sentence: Int, first: Int, last: Int) -> BodySide? {
        let sides = sideHits(in: sentence)
        guard !sides.isEmpty else { return nil }
        return BodySide.told(
            of: first...last, in: text, sentence: sentence, sides: sides, mentions: mentions(inSentence: sentence), cues: index.cues)
    }

    /// The `body_sides` hits of `sentence`: the summary's hits of the set, found once
    /// (``CueSet/hits(in:)``; a match never crosses a sentence, so a sentence's hits are those of
    /// the whole text in it), cut out by binary search.
    private func sideHits(in sentence: Int) -> ArraySlice<CueHit> {
        let hits = index.cues.set(.bodySides).hits(in: text)
        let low = hits.partitioningIndex { $0.sentence >= sentence }
        var end = low
        while end < hits.endIndex, hits[end].sentence == sentence { end += 1 }
        return hits[low..<end]
    }

    /// The side told of `mention`: its own (``side(sentence:first:last:)``), else that of the body
    /// region nearest to it within `window` words in its sentence, with no `;` between, among the
    /// regions `accepting` admits ("right knee medial meniscus tear", "meniscus tear of the left
    /// knee", "numbness in the right hand"); else, when that region tells none, the one side told of
    /// the other regions `accepting` admits in that part of the sentence ("A left knee MRI showed
    /// chondromalacia of the patellar facets": the left). Sides in conflict tell none.
    func side(sentence: Int, first: Int, last: Int, regionWithin window: Int, accepting: (TermID) -> Bool = { _ in true })
        -> BodySide?
    {
        if let own = side(sentence: sentence, first: first, last: last) { return own }
        let joined = mentions(inSentence: sentence)
            .filter { $0.term.kind == .bodyRegion && accepting($0.term.id) }
            .map { (region: $0, distance: $0.first > last ? $0.first - last : first - $0.last) }
            .filter { pair in
                guard pair.distance >= 0 else { return false }
                let (from, to) = pair.region.first > last ? (last + 1, pair.region.first) : (pair.region.last + 1, first)
                return from > to || !(from...to).contains { text.tokens[$0].semicolonBefore }
            }
        guard let nearest = joined.filter({ $0.distance <= window }).min(by: { $0.distance < $1.distance })?.region else { return nil }
        if let told = side(sentence: sentence, first: nearest.first, last: nearest.last) { return told }
        let told = Set(joined.compactMap { side(sentence: sentence, first: $0.region.first, last: $0.region.last) })
        return told.count == 1 ? told.first : nil
    }
}
