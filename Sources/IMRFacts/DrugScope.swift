import IMRVocabulary

/// Which drugs each part of a summary is about, so that benefit, adverse effects, duration and a
/// stop belong to the drug a clause names rather than to the case.
///
/// A sentence is cut into clauses at `;` and at the `clause_boundary` words ("but", "while"…).
/// Inside a clause, each *subject* — a drug, a drug class ("the opioid"), a general medication word
/// ("medications"), or a word referring back to the previous sentence's drug ("it", "this
/// medication": the `drug_reference` cues, standing for a drug named before in the sentence or in
/// the previous one; a relative "which" stands only for the drugs listed right before it, or, with
/// none, for a procedure or therapy named right before it: "She had physical therapy, which
/// helped" is the therapy's, `treatment`) — owns the words from where it is named up to the next
/// subject; the words before the first subject belong to it too ("No relief from gabapentin").
/// Subjects named in one list ("Norco 10/325 mg and Soma 350 mg", only `drug_list_filler` words
/// and numbers between them) form one subject and share what follows. The words between two
/// subjects belong to the first, except those after the last `drug_joiners` word, comma or opening
/// parenthesis, which belong to the second ("Tylenol was stopped and started Norco"; "oxycodone,
/// not tolerated (hives) (allergist: opioid-induced)": the intolerance is oxycodone's). A clause without a subject is
/// about no drug in particular.
///
/// A class (never changed once built), so that the readers asking the summary's cache for it
/// share it instead of copying its segments.
final class DrugScope: Sendable {
    /// What a part of a sentence is about.
    enum Subject: Hashable, Sendable {
        /// The drugs named (lexicon drug ids).
        case drugs(TermSet)
        /// Every drug of these classes ("the opioid", "anti-inflammatories").
        case classes(TermSet)
        /// The medications in general ("her medications", or "it" after a sentence naming several drugs).
        case medications
        /// A treatment that is not a drug: a relative "which" right after a procedure or therapy
        /// with no drug listed before it ("She had physical therapy, which helped"), or (for
        /// ``DrugStatementFacts``) a part of a clause about no drug that names one before a
        /// statement ("the knee brace has not helped"): what is said of it is not a drug's.
        case treatment
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

    /// The segments of every sentence, sentence after sentence, each sentence's in token order
    /// and covering it: one array for the summary (``segmentIndices(of:)`` gives a sentence's).
    let segments: [Segment]
    /// Where each sentence's segments start in ``segments`` (one more entry: the end).
    private let sentenceStarts: [Int32]
    /// The words that negate what follows them (`negation_before`).
    private let negators: WordList
    /// The words that hedge what follows them (`hedge_before`), and the month names (May).
    private let hedges: WordList
    private let months: WordList

    init(_ analysis: CaseAnalysis) {
        var reader = Reader(analysis: analysis)
        let count = analysis.text.sentences.count
        var segments: [Segment] = []
        segments.reserveCapacity(count * 2)
        var starts: [Int32] = []
        starts.reserveCapacity(count + 1)
        for sentence in 0..<count {
            starts.append(Int32(segments.count))
            reader.appendSegments(ofSentence: sentence, to: &segments)
        }
        starts.append(Int32(segments.count))
        self.segments = segments
        sentenceStarts = starts
        negators = analysis.index.cues.wordList(.negationBefore)
        hedges = analysis.index.cues.wordList(.hedgeBefore)
        months = analysis.index.cues.wordList(.months)
    }

    /// The indices in ``segments`` of sentence `sentence`'s segments.
    func segmentIndices(of sentence: Int) -> Range<Int> { Int(sentenceStarts[sentence])..<Int(sentenceStarts[sentence + 1]) }

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
    /// none before them in their clause) a negation after them. "She no longer takes Lyrica and
    /// takes Norco" negates Lyrica, not Norco; a negation in an earlier clause or list item ("- no
    /// laxative so far" over "- senna: not tried") leaves the one after them theirs. Words after a
    /// negating reference of their segment are negated whatever the detector found ("Tramadol and
    /// Flexeril, neither of which helped").
    func isNegated(_ negated: Bool, first: Int, sentence: Int, in text: CaseText) -> Bool {
        if let end = segment(sentence: sentence, token: first).deniedAfter, first > end { return true }
        guard negated else { return false }
        let segment = segment(sentence: sentence, token: first).tokens
        let reach = max(text.clauseStart(of: first, from: text.sentences[sentence].tokens.lowerBound), first - NegationDetector.window)
        let before = (reach..<first).filter { negators.contains(text.tokens[$0]) }
        return before.isEmpty || before.contains { segment.contains($0) }
    }

    /// Whether words `first…` of `sentence` are said of their segment's subject as its verb: the
    /// subject names drugs, a class or the medications and ends at most four words before them, with
    /// no comma and no `coordinators` word between ("Norco is not working", "her medications are
    /// working"; not "She takes Norco and is not working", which tells the worker's work).
    func isPredicate(first: Int, sentence: Int, in text: CaseText, coordinators: WordList) -> Bool {
        let segment = segment(sentence: sentence, token: first)
        switch segment.subject {
        case .drugs, .classes, .medications: break
        case .treatment, .none: return false
        }
        guard let named = segment.subjectTokens, named.upperBound < first, first - named.upperBound <= 5 else { return false }
        return !((named.upperBound + 1)...first).contains {
            text.tokens[$0].commaBefore || (first > $0 && coordinators.contains(text.tokens[$0]))
        }
    }

    /// The segment holding token `token` of sentence `sentence`.
    func segment(sentence: Int, token: Int) -> Segment {
        segmentIndex(sentence: sentence, token: token).map { segments[$0] } ?? Segment(tokens: token..<(token + 1), subject: .none)
    }

    /// The index in ``segments`` of the segment holding token `token` of sentence `sentence`
    /// (binary search).
    func segmentIndex(sentence: Int, token: Int) -> Int? {
        let end = Int(sentenceStarts[sentence + 1])
        let low = segments[Int(sentenceStarts[sentence])..<end].partitioningIndex { $0.tokens.upperBound > token }
        return low < end && segments[low].tokens.contains(token) ? low : nil
    }

    /// What token `token` of sentence `sentence` is about.
    func subject(sentence: Int, token: Int) -> Subject { segment(sentence: sentence, token: token).subject }
}

extension CaseAnalysis {
    /// The drug scope of the summary, computed once for every fact family and request.
    var drugScope: DrugScope { cache.drugScope { DrugScope(self) } }
}

extension DrugScope {
    /// Builds the segments of each sentence, in sentence order, from its subjects and clauses: one
    /// pass over the summary, reusing its working buffers from one sentence to the next.
    ///
    /// The helpers that only read (``handover(after:before:)``, ``isList(_:_:)``…) are `mutating`
    /// too: called from a `mutating` method, a non-mutating one was handed a copy of the whole
    /// reader (its word lists, references and buffers, a retain and a release each). As a class
    /// instead, every access to its buffers paid an exclusivity check (measured slower).
    private struct Reader {
        let analysis: CaseAnalysis
        let text: CaseText
        let boundaries: WordList
        let filler: WordList
        let joiners: WordList
        let medicationWords: WordList
        let negators: WordList
        /// The `drug_reference` hits of the summary, in text order, and how far each reaches.
        let references: [(hit: CueHit, reach: Reach)]
        /// The first reference of the sentence being read (sentences are read in order).
        var nextReference = 0
        /// Working buffers: the drug mentions of the sentence, the subjects named, the clauses.
        var drugs: [Mention] = []
        var named: [Named] = []
        var clauses: [Range<Int>] = []

        /// What a reference word stands for (its `drug_reference` label).
        enum Reach {
            /// Nothing (`none`).
            case nothing
            /// The drugs listed right before it (`relative`).
            case relative
            /// Every drug named before it (`all`).
            case all
            /// Every drug named before it, two or more; nothing when fewer (`both`).
            case both
            /// One drug (`one`, or any other label).
            case one
        }

        init(analysis: CaseAnalysis) {
            self.analysis = analysis
            text = analysis.text
            let cues = analysis.index.cues
            boundaries = cues.wordList(.clauseBoundary)
            filler = cues.wordList(.drugListFiller)
            joiners = cues.wordList(.drugJoiners)
            medicationWords = cues.wordList(.medicationWords)
            negators = cues.wordList(.negationBefore)
            references = cues.set(.drugReference).hits(in: analysis.text).map { hit in
                let reach: Reach =
                    hit.label == CueLabel.none
                    ? .nothing
                    : hit.label == .relative ? .relative : hit.label == .all ? .all : hit.label == .both ? .both : .one
                return (hit, reach)
            }
        }

        /// A subject named at tokens `first...last`.
        struct Named {
            var first: Int
            var last: Int
            var subject: Subject
            /// The last token of a reference holding a negation ("neither of which").
            var denies: Int? = nil
        }

        /// Appends the segments of sentence `sentence` to `result`; sentences are read in order.
        mutating func appendSegments(ofSentence sentence: Int, to result: inout [Segment]) {
            // The references of this sentence: `references[start..<nextReference]`.
            while nextReference < references.count, references[nextReference].hit.sentence < sentence { nextReference += 1 }
            let start = nextReference
            while nextReference < references.count, references[nextReference].hit.sentence == sentence { nextReference += 1 }
            let sentenceReferences = start..<nextReference
            let range = text.sentences[sentence].tokens
            guard !range.isEmpty else { return }
            findSubjects(in: sentence, range: range, references: sentenceReferences)
            findClauses(of: range, references: sentenceReferences)
            var next = 0
            for clause in clauses {
                let first = next
                while next < named.count, clause.contains(named[next].first) { next += 1 }
                let groups = grouped(first..<next)
                guard groups > first else {
                    result.append(Segment(tokens: clause, subject: .none))
                    continue
                }
                // The groups are `named[first..<groups]`.
                var segmentStart = clause.lowerBound
                for position in first..<groups {
                    let group = named[position]
                    let end = position + 1 < groups ? handover(after: group, before: named[position + 1]) : clause.upperBound
                    result.append(
                        Segment(
                            tokens: segmentStart..<end, subject: group.subject, deniedAfter: group.denies,
                            subjectTokens: group.first...group.last))
                    segmentStart = end
                }
            }
        }

        /// Where the words between two subjects change hands: after the last joiner, comma or opening
        /// parenthesis between them, else at the second subject. A subject named in an aside takes
        /// none of the words before the aside ("oxycodone IR 2013-2014, not tolerated (hives)
        /// (allergist: opioid-induced histamine release)": the intolerance is oxycodone's).
        mutating func handover(after previous: Named, before next: Named) -> Int {
            var index = next.first
            while index > previous.last {
                let gap = text.bytes[text.tokens[index - 1].end..<text.tokens[index].start]
                if gap.contains(44) || gap.contains(40) { return index }
                if index - 1 > previous.last, joiners.contains(text.tokens[index - 1]) { return index }
                index -= 1
            }
            return next.first
        }

        /// The first token of the clause holding `token`: after the last semicolon or boundary word
        /// before it in `range` (its sentence).
        mutating func clauseStart(before token: Int, in range: Range<Int>) -> Int {
            var index = token
            while index > range.lowerBound {
                // A `;` between the previous token and this one.
                if boundaries.contains(text.tokens[index]) || text.tokens[index].semicolonBefore { return index }
                index -= 1
            }
            return range.lowerBound
        }

        /// The clauses of a sentence's token range (into `clauses`): cut before a boundary word and
        /// at a semicolon, but not inside a reference ("neither of which").
        mutating func findClauses(of range: Range<Int>, references: Range<Int>) {
            clauses.removeAll(keepingCapacity: true)
            var start = range.lowerBound
            text.tokens.withUnsafeBufferPointer { tokens in
                for index in range where index > range.lowerBound {
                    // `semicolonBefore`: a `;` between the previous token and this one.
                    if tokens[index].semicolonBefore
                        || boundaries.contains(tokens[index]) && !isInsideReference(index, references)
                    {
                        clauses.append(start..<index)
                        start = index
                    }
                }
            }
            clauses.append(start..<range.upperBound)
        }

        /// Whether token `index` follows the first word of a reference of `references` within it.
        mutating func isInsideReference(_ index: Int, _ sentenceReferences: Range<Int>) -> Bool {
            references[sentenceReferences].contains { $0.reach != .nothing && $0.hit.first < index && index <= $0.hit.last }
        }

        /// The subjects named in a sentence (into `named`), in token order: drugs first, then
        /// classes, references and general words that do not overlap a drug.
        mutating func findSubjects(in sentence: Int, range: Range<Int>, references sentenceReferences: Range<Int>) {
            named.removeAll(keepingCapacity: true)
            drugs.removeAll(keepingCapacity: true)
            let mentions = analysis.mentions(inSentence: sentence)
            for mention in mentions where mention.term.kind == .drug { drugs.append(mention) }
            for mention in drugs { add(mention.first, mention.last, .drugs(TermSet(inserting: CollectionOfOne(mention.term.id))), range) }
            for mention in mentions where mention.term.kind == .drugClass {
                add(mention.first, mention.last, .classes(TermSet(inserting: CollectionOfOne(mention.term.id))), range)
            }
            for (hit, reach) in references[sentenceReferences] {
                guard let subject = referent(of: hit, reach) ?? treatment(before: hit, reach, in: mentions) else { continue }
                let denies = (hit.first...hit.last).contains { negators.contains(text.tokens[$0]) }
                add(hit.first, hit.last, subject, range, denies: denies ? hit.last : nil)
            }
            // A medication word among the tokens a subject holds already is that subject's.
            let held = named.count
            text.tokens.withUnsafeBufferPointer { tokens in
                for index in range where medicationWords.contains(tokens[index]) && !isHeld(index, by: held) {
                    named.append(Named(first: index, last: index, subject: .medications))
                }
            }
            named.sort { $0.first < $1.first }
        }

        /// Whether one of the first `count` subjects of `named` holds token `index`.
        mutating func isHeld(_ index: Int, by count: Int) -> Bool {
            named[..<count].contains { $0.first <= index && index <= $0.last }
        }

        /// Adds the subject named at `first...last` when it lies in `range` and no subject holds its tokens.
        mutating func add(_ first: Int, _ last: Int, _ subject: Subject, _ range: Range<Int>, denies: Int? = nil) {
            guard first <= last, first >= range.lowerBound, last < range.upperBound,
                !named.contains(where: { $0.first <= last && first <= $0.last })
            else { return }
            named.append(Named(first: first, last: last, subject: subject, denies: denies))
        }

        /// What a reference word stands for: for a `relative` one, the drugs listed right before it
        /// ("Norco, which helps"; nothing when other words stand between); else the drug named last before it in its own sentence
        /// (`drugs`, in order: "8/10 without Lyrica and 4/10 with it"; for `all`, every drug named
        /// before it in its clause); else the drug the previous sentence names (`one`), or every drug it names
        /// (`all`), the medications in general when `one` meets several drugs; nothing when neither
        /// names a drug, or for an "it" that refers to nothing (`none`).
        mutating func referent(of hit: CueHit, _ reach: Reach) -> Subject? {
            guard reach != .nothing else { return nil }
            let low = drugs.partitioningIndex { $0.last >= hit.first }
            if reach == .relative {
                // The drugs of the list that ends right before it ("Norco and Soma, which help").
                guard low > 0, isList(drugs[low - 1].last + 1, hit.first) else { return nil }
                var first = low - 1
                while first > 0, drugs[first - 1].last < drugs[first].first, isList(drugs[first - 1].last + 1, drugs[first].first) {
                    first -= 1
                }
                return .drugs(TermSet(drugs[first..<low].map(\.term.id)))
            }
            if low > 0 {
                guard reach == .all || reach == .both else { return .drugs([drugs[low - 1].term.id]) }
                // Every drug named before it in its clause (at least the last one named; two for `both`).
                let clauseStart = clauseStart(before: hit.first, in: text.sentences[hit.sentence].tokens)
                var first = low - 1
                while first > 0, drugs[first - 1].first >= clauseStart { first -= 1 }
                let named = TermSet(drugs[first..<low].map(\.term.id))
                return reach == .both && named.count < 2 ? nil : .drugs(named)
            }
            guard hit.sentence > 0 else { return nil }
            let drugs = TermSet(analysis.mentions(inSentence: hit.sentence - 1).lazy.filter { $0.term.kind == .drug }.map(\.term.id))
            if drugs.isEmpty || reach == .both && drugs.count < 2 { return nil }
            if drugs.count == 1 || reach == .all || reach == .both { return .drugs(drugs) }
            return .medications
        }

        /// A relative "which" that stands for no drug stands for the treatment named right before
        /// it, a procedure or therapy ("She had physical therapy, which helped"): `.treatment`.
        mutating func treatment(before hit: CueHit, _ reach: Reach, in mentions: ArraySlice<Mention>) -> Subject? {
            guard reach == .relative else { return nil }
            return mentions.contains { $0.term.kind == .procedure && $0.last < hit.first && isList($0.last + 1, hit.first) }
                ? .treatment : nil
        }

        /// Joins in place the subjects `named[items]` that only list words and numbers separate;
        /// the groups are then `named[items.lowerBound..<end]`, `end` returned.
        mutating func grouped(_ items: Range<Int>) -> Int {
            var end = items.lowerBound
            for index in items {
                let item = named[index]
                if end > items.lowerBound, item.first > named[end - 1].last, isList(named[end - 1].last + 1, item.first) {
                    var last = named[end - 1]
                    last.last = item.last
                    last.subject = merge(last.subject, item.subject)
                    last.denies = item.denies ?? last.denies
                    named[end - 1] = last
                } else if end > items.lowerBound, item.first <= named[end - 1].last {
                    continue
                } else {
                    named[end] = item
                    end += 1
                }
            }
            return end
        }

        /// Whether every token in `start..<end` is a list word or holds a digit.
        mutating func isList(_ start: Int, _ end: Int) -> Bool {
            (start..<end).allSatisfy { index in
                let token = text.tokens[index]
                return filler.contains(token) || text.word(of: token).utf8.contains { $0 >= 48 && $0 <= 57 }
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
    func relation(to drug: TermID, classes: TermSet) -> DrugScope.Relation {
        switch self {
        case .drugs(let drugs): drugs.contains(drug) ? .specific : .other
        case .classes(let named): named.isDisjoint(with: classes) ? .other : .specific
        case .medications: .general
        case .treatment: .other
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
