import IMRVocabulary

extension ClinicalFacts {
    /// Whether the finding `hit` (of a declared fact that `skips past`; `hits` are the fact's) is no
    /// finding of the present record:
    /// - stated as past, as a diagnosis is (``isPast(_:_:)``: "Hx of radiculopathy", "previous
    ///   lumbar radicular pain"), with only site words, articles and regions between (in "history
    ///   of low back pain radiating to the leg" the history is the back pain's), or withdrawn after
    ///   it ("radicular pain, resolved", "an L2 burst fracture, healed");
    /// - told in a sentence of what a surgery found or of the time before it, with no `;` between
    ///   (`operative_findings`: "an operative report found … cauda equina compression", "prior to
    ///   surgery she had radiating leg pain"), or within three words after a surgery that treated it
    ///   (`surgery_for`: "decompression for cauda equina syndrome"): the condition that surgery
    ///   treated;
    /// - or denied by a later sentence in the same words ("had persistent fevers …" then "denied …
    ///   fever"): the record's latest statement of a finding is the current one;
    /// - or told of an earlier visit than one that states its kind absent (``isSuperseded(_:among:_:)``).
    ///
    /// A finding of a lasting diagnosis ("history of cancer", "surgery for a tumor"), or with an
    /// ongoing word, stays unless a later sentence denies it. With `keepingDoubt` (a red flag), a
    /// finding left in doubt after it ("not excluded") is suspected and stays.
    static func isNotCurrent(_ hit: CueHit, among hits: [CueHit], _ analysis: CaseAnalysis, keepingDoubt: Bool = false) -> Bool {
        if isDeniedLater(hit, among: hits, analysis) || isSuperseded(hit, among: hits, analysis) { return true }
        let (text, index) = (analysis.text, analysis.index)
        let named = analysis.mentions(inSentence: hit.sentence).first {
            $0.term.kind == .diagnosis && $0.first <= hit.last && hit.first <= $0.last
        }
        if isPast(
            sentence: hit.sentence, first: hit.first, last: hit.last, term: named?.term.id,
            acrossDiagnoses: false, analysis)
            || isWithdrawn(sentence: hit.sentence, last: hit.last, analysis, keepingDoubt: keepingDoubt)
        {
            return true
        }
        let cues = index.cues
        if let named,
            index.ancestors(of: named.term.id, in: .diagnosis).contains(where: { cues.group(.lastingDiagnosis, label: $0) != nil })
        {
            return false
        }
        // The operative phrase and the finding in one part of the sentence (no ';' between).
        func joined(_ other: CueHit) -> Bool {
            let (from, to) = other.last < hit.first ? (other.last + 1, hit.first) : (hit.last + 1, other.first)
            return from > to || !(from...to).contains { text.tokens[$0].semicolonBefore }
        }
        return cues.set(.operativeFindings).hits(in: text, sentence: hit.sentence).contains(where: joined)
            || cues.set(.surgeryFor).hits(in: text, sentence: hit.sentence).contains { $0.last < hit.first && hit.first - $0.last <= 3 }
    }

    /// Whether a hit of `hits` in a later sentence than `hit`'s, outside a review's, is negated and
    /// spells its words (each word, or its singular or stem: "fevers" and "fever").
    static func isDeniedLater(_ hit: CueHit, among hits: [CueHit], _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        func key(_ token: Token) -> Int32 {
            token.stem != WordTable.unknown ? token.stem : token.singular != WordTable.unknown ? token.singular : token.id
        }
        let words = (hit.first...hit.last).map { key(text.tokens[$0]) }
        return hits.contains { later in
            later.negated && later.sentence > hit.sentence && later.last - later.first == hit.last - hit.first
                && !analysis.isReviewSentence(later.sentence) && (later.first...later.last).map({ key(text.tokens[$0]) }) == words
        }
    }

    /// Whether affirmed finding `hit` is told of an earlier time (``VisitTimes``) than a sentence
    /// of `hits`, outside a review's, that states a finding of its kind absent: the latest
    /// examination's findings are the current ones ("Urgent care noted a small effusion that
    /// evening." then "When I examined him on 10/21/2016 there was no effusion"; "Initial
    /// evaluation 06/20/2016: ... an absent left ankle jerk." then "Exam today: ... ankle jerks 2+
    /// and equal"). A kind is a `finding_kinds` label of a phrase that overlaps the finding or
    /// touches it; a finding of no kind is denied only in its own words (``isDeniedLater(_:among:_:)``).
    /// The two must be of the same part of the body when both comma parts name one (either holding
    /// the other).
    /// Another kind of finding the later visit does not deny stays, and so does a finding found
    /// after an earlier visit's normal one.
    static func isSuperseded(_ hit: CueHit, among hits: [CueHit], _ analysis: CaseAnalysis) -> Bool {
        guard !hit.negated, hit.label == .yes else { return false }
        let denials = hits.filter { ($0.negated || $0.label == .no) && $0.sentence != hit.sentence }
        guard !denials.isEmpty else { return false }
        let times = analysis.visitTimes
        let later = denials.filter { times.isLater($0.sentence, than: hit.sentence) && !analysis.isReviewSentence($0.sentence) }
        guard !later.isEmpty else { return false }
        let own = findingKinds(of: hit, analysis)
        guard !own.isEmpty else { return false }
        let place = regions(of: hit, analysis)
        return later.contains { denial in
            guard !findingKinds(of: denial, analysis).isDisjoint(with: own) else { return false }
            // A denial told of another part of the body ("no numbness of the foot" beside "numbness in
            // the fingers") is another finding.
            let other = regions(of: denial, analysis)
            let index = analysis.index
            return place.isEmpty || other.isEmpty
                || place.contains { a in
                    other.contains { b in
                        index.ancestors(of: a, in: .bodyRegion).contains(b) || index.ancestors(of: b, in: .bodyRegion).contains(a)
                    }
                }
        }
    }

    /// The body regions named in the comma part of `hit`.
    private static func regions(of hit: CueHit, _ analysis: CaseAnalysis) -> [TermID] {
        let part = ProcedureFacts.commaPart(of: hit.first, in: analysis.text, sentence: hit.sentence)
        return analysis.mentions(inSentence: hit.sentence).filter { $0.term.kind == .bodyRegion && part.contains($0.first) }.map(\.term.id)
    }

    /// The `finding_kinds` labels of the phrases that overlap `hit` or stand right beside it.
    static func findingKinds(of hit: CueHit, _ analysis: CaseAnalysis) -> Set<Int32> {
        let kinds = analysis.index.cues.set(.findingKinds).hits(in: analysis.text, sentence: hit.sentence)
        return Set(kinds.filter { $0.first <= hit.last + 1 && hit.first <= $0.last + 1 }.map(\.label.number))
    }
}
