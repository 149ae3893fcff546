import IMRVocabulary

/// Which reading wins when a summary documents both a finding and its absence.
enum Precedence {
    /// Any positive sentence makes the fact true (findings: one exam showing spasm is enough).
    case positiveWins
    /// Any negative sentence makes the fact false (claims of benefit that the summary also denies).
    case negativeWins
}

/// Decides a boolean fact from cue hits labelled `yes` (the finding) and `no` (its stated absence).
/// A negated `yes` counts as `no`; a negated `no` is ignored. Evidence is every deciding sentence.
func decide(_ hits: [CueHit], in text: CaseText, _ precedence: Precedence, skip: (Int) -> Bool = { _ in false }) -> (Bool, [Evidence])? {
    decidedSentences(hits, precedence, skip: skip).map { ($0.value, $0.sentences.map(text.evidence)) }
}

/// Decides a boolean fact as ``decide(_:in:_:skip:)`` does, with the deciding sentences' indices in
/// place of their evidence (for a reader that compares them before it records the fact).
func decidedSentences(_ hits: [CueHit], _ precedence: Precedence, skip: (Int) -> Bool = { _ in false }) -> (value: Bool, sentences: [Int])?
{
    var yes: [Int] = []
    var no: [Int] = []
    for hit in hits where !skip(hit.sentence) {
        // A negated `yes` states the absence; a negated `no` states nothing.
        let states: Bool? = hit.label == .yes ? !hit.negated : hit.label == .no && !hit.negated ? false : nil
        if states == true, !yes.contains(hit.sentence) { yes.append(hit.sentence) }
        if states == false, !no.contains(hit.sentence) { no.append(hit.sentence) }
    }
    let value: Bool
    switch precedence {
    case .positiveWins: value = !yes.isEmpty
    case .negativeWins: value = no.isEmpty
    }
    let sentences = value ? yes : no
    guard !sentences.isEmpty else { return nil }
    return (value, sentences)
}
