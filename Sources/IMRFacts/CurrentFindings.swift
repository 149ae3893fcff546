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
    ///   fever"): the record's latest statement of a finding is the current one.
    ///
    /// A finding of a lasting diagnosis ("history of cancer", "surgery for a tumor"), or with an
    /// ongoing word, stays unless a later sentence denies it.
    static func isNotCurrent(_ hit: CueHit, among hits: [CueHit], _ analysis: CaseAnalysis) -> Bool {
        if isDeniedLater(hit, among: hits, analysis) { return true }
        let (text, index) = (analysis.text, analysis.index)
        let named = analysis.mentions(inSentence: hit.sentence).first {
            $0.term.kind == .diagnosis && $0.first <= hit.last && hit.first <= $0.last
        }
        if isPast(
            sentence: hit.sentence, first: hit.first, last: hit.last, term: named?.term.id,
            acrossDiagnoses: false, analysis)
            || isWithdrawn(sentence: hit.sentence, last: hit.last, analysis)
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
}
