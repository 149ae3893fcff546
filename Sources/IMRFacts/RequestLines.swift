import IMRVocabulary

/// The summary's lines of a request for authorization (a note's request section: "RFA 11/07/2016
/// (Dr. Amari): ...", ``NoteSection/request``) that name the requested procedure, read for what the
/// request's own text leaves out. The part of such a line about the item runs from the
/// procedure's name to the next item it names that the request does not name (another procedure
/// or a drug) or the line's end: "TENS unit (2-lead), post-operative home rental, with electrodes",
/// with the summary's "RFA 11/07/2016: TENS unit, 2-lead, post-operative rental for 3 months
/// (11/08/2016-02/07/2017)", asks for 3 months; "Home health services (skilled nursing, PT/OT and
/// an aide)" with "RFA: home health services: skilled nursing 3x/week x 4 weeks, PT/OT 2-3x/week,
/// aide 2 h/day 5 days/week" asks for each service the request names with it. A line denying the
/// item, one of another procedure, or a plan outside a request section tells nothing.
enum RequestLines {
    /// The duration in days the first request line naming the requested procedure states for it
    /// (``ProcedureFacts/durationDays(_:_:)`` on its part), with the line's sentence; `nil` for a
    /// drug's request, or when no line states one.
    static func duration(of requestFacts: FactSet, _ analysis: CaseAnalysis) -> (days: Int, sentence: Int)? {
        let text = analysis.text
        return firstPart(of: requestFacts, analysis) { sentence, tokens in
            let words = tokens.map { text.word(of: text.tokens[$0]) }
            return ProcedureFacts.durationDays(words, analysis.index.cues).map { ($0, sentence) }
        }
    }

    /// The frequency the first request line naming the requested procedure states for it, read on
    /// its part as the request's own text is read (``RequestReader/visitsPerWeek(in:)``,
    /// ``RequestReader/hoursPerWeek(in:daysPerWeek:)``): visits a week and hours a week, either
    /// `nil` when the part states none, with the line's sentence; `nil` for a drug's request, or
    /// when no line states a frequency.
    static func frequency(of requestFacts: FactSet, _ analysis: CaseAnalysis) -> (
        visitsPerWeek: Double?, hoursPerWeek: Double?, sentence: Int
    )? {
        let (text, index) = (analysis.text, analysis.index)
        let reader = RequestReader(index: index)
        return firstPart(of: requestFacts, analysis) { sentence, tokens in
            let words = RequestWords(text, tokens: tokens, cues: index.cues)
            let visits = reader.visitsPerWeek(in: words)
            let hours = reader.hoursPerWeek(in: words, daysPerWeek: visits)
            return visits != nil || hours != nil ? (visits, hours, sentence) : nil
        }
    }

    /// Adds to `requestFacts` (read from the request's text) the frequency the first request line
    /// naming the requested procedure states (``frequency(of:_:)``), when the request states none:
    /// `visits_per_week` and `hours_per_week`, with the line as evidence. Read with the request's
    /// own facts, before the classifier, which reads `visits_per_week`.
    static func addFrequency(_ analysis: CaseAnalysis, requestFacts: inout FactSet) {
        guard requestFacts[.visitsPerWeek] == nil, requestFacts[.hoursPerWeek] == nil, let line = frequency(of: requestFacts, analysis)
        else { return }
        let evidence = [analysis.text.evidence(line.sentence)]
        if let visits = line.visitsPerWeek { requestFacts.insert(Fact(name: .visitsPerWeek, value: .number(visits), evidence: evidence)) }
        if let hours = line.hoursPerWeek { requestFacts.insert(Fact(name: .hoursPerWeek, value: .number(hours), evidence: evidence)) }
    }

    /// The first answer `read` gives of the parts of the request lines naming the requested
    /// procedure, in text order: from a mention of the procedure, not negated, in a request
    /// section, to the next procedure or drug the line names that the request does not name, or
    /// the sentence's end. `nil` for a drug's request, or when no part answers. The lines are
    /// looked for first; the procedures the request names are gathered only for a line found (most
    /// letters have none), and the search stops at the first part that answers.
    private static func firstPart<Answer>(
        of requestFacts: FactSet, _ analysis: CaseAnalysis, _ read: (_ sentence: Int, _ tokens: Range<Int>) -> Answer?
    ) -> Answer? {
        guard requestFacts[.drug] == nil, let procedure = requestFacts.termValue(.procedure) else { return nil }
        let (text, index) = (analysis.text, analysis.index)
        let id = index.id(procedure)
        var named: TermSet?
        for mention in analysis.mentions(of: .procedure)
        where mention.term.id == id && !mention.negated && analysis.sections[mention.sentence] == .request {
            let others =
                named
                ?? TermSet(inserting: ([procedure] + (requestFacts.termsValue(.procedures) ?? [])).map(index.id).filter { $0 != .missing })
            named = others
            let sentence = text.sentences[mention.sentence].tokens
            let next = analysis.mentions(inSentence: mention.sentence).first {
                $0.first > mention.last && !others.contains($0.term.id) && ($0.term.kind == .procedure || $0.term.kind == .drug)
            }
            if let answer = read(mention.sentence, mention.first..<(next?.first ?? sentence.upperBound)) { return answer }
        }
        return nil
    }
}
