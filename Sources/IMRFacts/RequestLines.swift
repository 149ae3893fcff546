import IMRVocabulary

/// The summary's lines of a request for authorization (a note's request section: "RFA 11/07/2016
/// (Dr. Amari): ...", ``NoteSection/request``) that name the requested procedure, read for what the
/// request's own text leaves out. The part of such a line about the item runs from the
/// procedure's name to the next item it names (another procedure or a drug) or the line's end:
/// "TENS unit (2-lead), post-operative home rental, with electrodes", with the summary's "RFA
/// 11/07/2016: TENS unit, 2-lead, post-operative rental for 3 months (11/08/2016-02/07/2017)",
/// asks for 3 months. A line denying the item, one of another procedure, or a plan outside a
/// request section tells nothing.
enum RequestLines {
    /// The duration in days the first request line naming the requested procedure states for it
    /// (``ProcedureFacts/durationDays(_:_:)`` on its part), with the line's sentence; `nil` for a
    /// drug's request, or when no line states one.
    static func duration(of requestFacts: FactSet, _ analysis: CaseAnalysis) -> (days: Int, sentence: Int)? {
        guard requestFacts[.drug] == nil, let procedure = requestFacts.termValue(.procedure) else { return nil }
        let (text, index) = (analysis.text, analysis.index)
        let id = index.id(procedure)
        for mention in analysis.mentions(of: .procedure)
        where mention.term.id == id && !mention.negated && analysis.sections[mention.sentence] == .request {
            let sentence = text.sentences[mention.sentence].tokens
            let next = analysis.mentions(inSentence: mention.sentence).first {
                $0.first > mention.last && $0.term.id != id && ($0.term.kind == .procedure || $0.term.kind == .drug)
            }
            let words = (mention.first..<(next?.first ?? sentence.upperBound)).map { text.word(of: text.tokens[$0]) }
            if let days = ProcedureFacts.durationDays(words, index.cues) { return (days, mention.sentence) }
        }
        return nil
    }
}
