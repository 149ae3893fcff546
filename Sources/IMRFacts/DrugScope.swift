import IMRVocabulary

/// Which drugs each part of a summary is about, so that benefit, adverse effects, duration and a
/// stop belong to the drug a clause names rather than to the case.
///
/// A sentence is cut into clauses at `;` and at the `clause_boundary` words ("but", "while"…).
/// Inside a clause, each *subject* — a drug, a drug class ("the opioid"), a general medication word
/// ("medications"), or a word referring back to the previous sentence's drug ("it", "this
/// medication": the `drug_reference` cues, standing for a drug named before in the sentence or in
/// the previous one; a relative "which" stands only for the drugs listed right before it) — owns the words from where it is named up to the next
/// subject; the words before the first subject belong to it too ("No relief from gabapentin").
/// Subjects named in one list ("Norco 10/325 mg and Soma 350 mg", only `drug_list_filler` words
/// and numbers between them) form one subject and share what follows. The words between two
/// subjects belong to the first, except those after the last `drug_joiners` word or comma, which
/// belong to the second ("Tylenol was stopped and started Norco"). A clause without a subject is
/// about no drug in particular.
///
/// A class (never changed once built), so that the readers asking the summary's cache for it
/// share it instead of copying its segments.
final class DrugScope: Sendable {
    /// What a part of a sentence is about.
    enum Subject: Hashable, Sendable {
        /// The drugs named (lexicon drug ids).
        case drugs(Set<String>)
        /// Every drug of these classes ("the opioid", "anti-inflammatories").
        case classes(Set<String>)
        /// The medications in general ("her medications", or "it" after a sentence naming several drugs).
        case medications
        /// No drug in particular.
        case none
    }

    /// A run of tokens of one sentence and what it is about.
    struct Segment: Sendable {
        var tokens: Range<Int>
        var subject: Subject
        /// The last token of a negating reference that names the subject ("neither of which"):
        /// what follows it in the segment is denied.
        var deniedAfter: Int? = nil
        /// The tokens naming the subject (its drugs, classes or reference words); `nil` for none.
        var subjectTokens: ClosedRange<Int>? = nil
    }

    /// The segments of each sentence, in token order, covering the sentence.
    let segments: [[Segment]]
    /// The words that negate what follows them (`negation_before`).
    private let negators: WordList
    /// The words that hedge what follows them (`hedge_before`), and the month names (May).
    private let hedges: WordList
    private let months: WordList

    init(_ analysis: CaseAnalysis) {
        let reader = Reader(analysis: analysis)
        segments = analysis.text.sentences.indices.map { reader.segments(ofSentence: $0) }
        negators = analysis.index.cues.wordList(.negationBefore)
        hedges = analysis.index.cues.wordList(.hedgeBefore)
        months = analysis.index.cues.wordList(.months)
    }

    /// Whether a hedging word ("may", "possible"…) stands before words `first…` of `sentence`
    /// within their segment ("Gabapentin may be helping").
    func isHedged(first: Int, sentence: Int, in text: CaseText) -> Bool {
        let segment = segment(sentence: sentence, token: first).tokens
        let reach = max(segment.lowerBound, first - NegationDetector.window)
        return (reach..<first).contains { hedges.contains(text.tokens[$0]) && !isMonth($0, in: text) }
    }

    /// Whether token `index` is a month followed by a number ("in May 2016"), not the hedge "may".
    private func isMonth(_ index: Int, in text: CaseText) -> Bool {
        months.contains(text.tokens[index]) && index + 1 < text.tokens.count
            && text.word(at: index + 1).utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Whether words `first…` of `sentence`, which the clause's negation detector found `negated`,
    /// are negated within their own segment: a negating word before them in the segment, or (with
    /// none before them at all) a negation after them. "She no longer takes Lyrica and takes Norco"
    /// negates Lyrica, not Norco. Words after a negating reference of their segment are negated
    /// whatever the detector found ("Tramadol and Flexeril, neither of which helped").
    func isNegated(_ negated: Bool, first: Int, sentence: Int, in text: CaseText) -> Bool {
        if let end = segment(sentence: sentence, token: first).deniedAfter, first > end { return true }
        guard negated else { return false }
        let segment = segment(sentence: sentence, token: first).tokens
        let reach = max(text.sentences[sentence].tokens.lowerBound, first - NegationDetector.window)
        let before = (reach..<first).filter { negators.contains(text.tokens[$0]) }
        return before.isEmpty || before.contains { segment.contains($0) }
    }

    /// The segment holding token `token` of sentence `sentence`.
    func segment(sentence: Int, token: Int) -> Segment {
        segmentIndex(sentence: sentence, token: token).map { segments[sentence][$0] }
            ?? Segment(tokens: token..<(token + 1), subject: .none)
    }

    /// The index in `segments[sentence]` of the segment holding token `token` (binary search).
    func segmentIndex(sentence: Int, token: Int) -> Int? {
        let list = segments[sentence]
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].tokens.upperBound <= token { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low].tokens.contains(token) ? low : nil
    }

    /// What token `token` of sentence `sentence` is about.
    func subject(sentence: Int, token: Int) -> Subject { segment(sentence: sentence, token: token).subject }
}

extension CaseAnalysis {
    /// The drug scope of the summary, computed once for every fact family and request.
    var drugScope: DrugScope { cache.drugScope { DrugScope(self) } }
}

extension DrugScope {
    /// Builds the segments of a sentence from its subjects and clauses.
    private struct Reader {
        let analysis: CaseAnalysis
        let boundaries: WordList
        let filler: WordList
        let joiners: WordList
        let medicationWords: WordList
        let negators: WordList
        let references: [Int: [CueHit]]

        init(analysis: CaseAnalysis) {
            self.analysis = analysis
            let cues = analysis.index.cues
            boundaries = cues.wordList(.clauseBoundary)
            filler = cues.wordList(.drugListFiller)
            joiners = cues.wordList(.drugJoiners)
            medicationWords = cues.wordList(.medicationWords)
            negators = cues.wordList(.negationBefore)
            references = Dictionary(grouping: cues.set(.drugReference).hits(in: analysis.text), by: \.sentence)
        }

        /// A subject named at tokens `first...last`.
        struct Named {
            var first: Int
            var last: Int
            var subject: Subject
            /// The last token of a reference holding a negation ("neither of which").
            var denies: Int? = nil
        }

        func segments(ofSentence sentence: Int) -> [Segment] {
            let range = analysis.text.sentences[sentence].tokens
            guard !range.isEmpty else { return [] }
            let named = subjects(in: sentence)
            var result: [Segment] = []
            var next = 0
            for clause in clauses(of: range, sentence: sentence) {
                let start = next
                while next < named.count, clause.contains(named[next].first) { next += 1 }
                let groups = grouped(Array(named[start..<next]))
                guard !groups.isEmpty else {
                    result.append(Segment(tokens: clause, subject: .none))
                    continue
                }
                let starts = groups.indices.map { $0 == 0 ? clause.lowerBound : handover(after: groups[$0 - 1], before: groups[$0]) }
                for (position, group) in groups.enumerated() {
                    let end = position + 1 < groups.count ? starts[position + 1] : clause.upperBound
                    result.append(
                        Segment(
                            tokens: starts[position]..<end, subject: group.subject, deniedAfter: group.denies,
                            subjectTokens: group.first...group.last))
                }
            }
            return result
        }

        /// Where the words between two subjects change hands: after the last joiner or comma between
        /// them, else at the second subject.
        func handover(after previous: Named, before next: Named) -> Int {
            let text = analysis.text
            var index = next.first
            while index > previous.last {
                if text.bytes[text.tokens[index - 1].end..<text.tokens[index].start].contains(44) { return index }
                if index - 1 > previous.last, joiners.contains(text.tokens[index - 1]) { return index }
                index -= 1
            }
            return next.first
        }

        /// The first token of the clause holding `token`: after the last semicolon or boundary word
        /// before it in `range` (its sentence).
        func clauseStart(before token: Int, in range: Range<Int>) -> Int {
            let text = analysis.text
            var index = token
            while index > range.lowerBound {
                // A `;` between the previous token and this one.
                if boundaries.contains(text.tokens[index]) || text.tokens[index].semicolonBefore { return index }
                index -= 1
            }
            return range.lowerBound
        }

        /// The clauses of a sentence's token range: cut before a boundary word and at a semicolon,
        /// but not inside a reference ("neither of which").
        func clauses(of range: Range<Int>, sentence: Int) -> [Range<Int>] {
            let text = analysis.text
            let spans = (references[sentence] ?? []).filter { $0.label != CueLabel.none }.map { ($0.first + 1)..<($0.last + 1) }
            var result: [Range<Int>] = []
            var start = range.lowerBound
            for index in range where index > range.lowerBound {
                // `semicolonBefore`: a `;` between the previous token and this one.
                if text.tokens[index].semicolonBefore
                    || boundaries.contains(text.tokens[index]) && !spans.contains(where: { $0.contains(index) })
                {
                    result.append(start..<index)
                    start = index
                }
            }
            result.append(start..<range.upperBound)
            return result
        }

        /// The subjects named in a sentence, in token order: drugs first, then classes, references and
        /// general words that do not overlap a drug.
        func subjects(in sentence: Int) -> [Named] {
            var found: [Named] = []
            // The tokens of the sentence a subject already holds (every subject lies in the sentence).
            let range = analysis.text.sentences[sentence].tokens
            var covered = Array(repeating: false, count: range.count)
            func add(_ first: Int, _ last: Int, _ subject: Subject, denies: Int? = nil) {
                guard first <= last, first >= range.lowerBound, last < range.upperBound,
                    !(first...last).contains(where: { covered[$0 - range.lowerBound] })
                else { return }
                for index in first...last { covered[index - range.lowerBound] = true }
                found.append(Named(first: first, last: last, subject: subject, denies: denies))
            }
            let drugs = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .drug }
            for mention in drugs { add(mention.first, mention.last, .drugs([analysis.index.name(of: mention.term.id)])) }
            for mention in analysis.mentions(inSentence: sentence) where mention.term.kind == .drugClass {
                add(mention.first, mention.last, .classes([analysis.index.name(of: mention.term.id)]))
            }
            for hit in references[sentence] ?? [] {
                guard let subject = referent(of: hit, after: drugs) else { continue }
                let denies = (hit.first...hit.last).contains { negators.contains(analysis.text.tokens[$0]) }
                add(hit.first, hit.last, subject, denies: denies ? hit.last : nil)
            }
            for index in range where medicationWords.contains(analysis.text.tokens[index]) {
                add(index, index, .medications)
            }
            return found.sorted { $0.first < $1.first }
        }

        /// What a reference word stands for: for a `relative` one, the drugs listed right before it
        /// ("Norco, which helps"; nothing when other words stand between); else the drug named last before it in its own sentence
        /// (`drugs`, in order: "8/10 without Lyrica and 4/10 with it"; for `all`, every drug named
        /// before it in its clause); else the drug the previous sentence names (`one`), or every drug it names
        /// (`all`), the medications in general when `one` meets several drugs; nothing when neither
        /// names a drug, or for an "it" that refers to nothing (`none`).
        func referent(of hit: CueHit, after drugs: [Mention]) -> Subject? {
            guard hit.label != CueLabel.none else { return nil }
            var low = 0
            var high = drugs.count
            while low < high {
                let mid = (low + high) / 2
                if drugs[mid].last < hit.first { low = mid + 1 } else { high = mid }
            }
            if hit.label == .relative {
                // The drugs of the list that ends right before it ("Norco and Soma, which help").
                guard low > 0, isList(drugs[low - 1].last + 1, hit.first) else { return nil }
                var first = low - 1
                while first > 0, drugs[first - 1].last < drugs[first].first, isList(drugs[first - 1].last + 1, drugs[first].first) {
                    first -= 1
                }
                return .drugs(Set(drugs[first..<low].map { analysis.index.name(of: $0.term.id) }))
            }
            if low > 0 {
                guard hit.label == .all else { return .drugs([analysis.index.name(of: drugs[low - 1].term.id)]) }
                // Every drug named before it in its clause (at least the last one named).
                let clauseStart = clauseStart(before: hit.first, in: analysis.text.sentences[hit.sentence].tokens)
                var first = low - 1
                while first > 0, drugs[first - 1].first >= clauseStart { first -= 1 }
                return .drugs(Set(drugs[first..<low].map { analysis.index.name(of: $0.term.id) }))
            }
            guard hit.sentence > 0 else { return nil }
            let drugs = Set(
                analysis.mentions(inSentence: hit.sentence - 1).filter { $0.term.kind == .drug }.map { analysis.index.name(of: $0.term.id) }
            )
            if drugs.isEmpty { return nil }
            if drugs.count == 1 || hit.label == .all { return .drugs(drugs) }
            return .medications
        }

        /// Subjects joined into one when only list words and numbers stand between them.
        func grouped(_ named: [Named]) -> [Named] {
            var groups: [Named] = []
            for item in named {
                if var last = groups.last, item.first > last.last, isList(last.last + 1, item.first) {
                    last.last = item.last
                    last.subject = merge(last.subject, item.subject)
                    last.denies = item.denies ?? last.denies
                    groups[groups.count - 1] = last
                } else if let last = groups.last, item.first <= last.last {
                    continue
                } else {
                    groups.append(item)
                }
            }
            return groups
        }

        /// Whether every token in `start..<end` is a list word or holds a digit.
        func isList(_ start: Int, _ end: Int) -> Bool {
            (start..<end).allSatisfy { index in
                let token = analysis.text.tokens[index]
                return filler.contains(token) || analysis.text.word(of: token).utf8.contains { $0 >= 48 && $0 <= 57 }
            }
        }

        func merge(_ a: Subject, _ b: Subject) -> Subject {
            switch (a, b) {
            case (.drugs(let x), .drugs(let y)): .drugs(x.union(y))
            case (.classes(let x), .classes(let y)): .classes(x.union(y))
            case (.drugs, _): a
            case (_, .drugs): b
            case (.classes, _): a
            case (_, .classes): b
            default: a
            }
        }
    }
}

extension DrugScope.Subject {
    /// How closely this subject speaks about drug `drug` (with classes `classes`): `.specific` when
    /// it names the drug or one of its classes, `.general` for the medications in general, `.other`
    /// when it names other drugs only, `.unscoped` when it names none.
    func relation(to drug: String, classes: Set<String>) -> DrugScope.Relation {
        switch self {
        case .drugs(let drugs): drugs.contains(drug) ? .specific : .other
        case .classes(let named): named.isDisjoint(with: classes) ? .other : .specific
        case .medications: .general
        case .none: .unscoped
        }
    }
}

extension DrugScope {
    /// How a statement relates to one drug, most specific first.
    enum Relation: Int, Comparable, Sendable {
        case specific, general, unscoped, other

        static func < (a: Relation, b: Relation) -> Bool { a.rawValue < b.rawValue }
    }
}
