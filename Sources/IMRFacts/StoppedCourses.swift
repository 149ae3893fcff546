/// A programme told stopped is no programme now (`skips stopped`): "He was given a home exercise
/// sheet in 08/2016 but stopped doing it in September", "a home exercise sheet, which he says he
/// stopped using", "quit her home exercises", "HEP: quit after two weeks". A `course_stops` phrase
/// ending at most three words before the programme in its clause, or one after it in its sentence
/// within twelve words with no `;` between, stops it, unless a `course_resumed` word follows the
/// stop, and the programme, in its sentence ("stopped for a month, then resumed it"; "stopped his
/// home exercises after the flare, but has restarted them") or stands in the programme's
/// clause ("still does her home exercises"). A programme given and told not done is stopped too:
/// a `course_undone` phrase after it in its sentence, or in the next sentence before any programme
/// of `hits` affirmed there ("He was handed a sheet of stretches to do at home. He has not done any
/// of them."). The programme is then read as its stated absence. A `course_undone` phrase with a
/// `course_delays` word right after it ("did not start until May") tells a start put off, not a
/// programme never done.
///
/// `skips undone` reads only a programme never done (a course done and then stopped is still one
/// done: `physical_rehabilitation`).
enum StoppedCourses {
    /// `hits` with each affirmed one that is told stopped (`stops`: by a `course_stops` phrase, or
    /// only never done) marked negated.
    static func marked(_ hits: [CueHit], _ analysis: CaseAnalysis, stops: Bool = true) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let resumed = cues.wordList(.courseResumed)
        return hits.map { hit in
            guard hit.label == .yes, !hit.negated else { return hit }
            let sentence = text.sentences[hit.sentence].tokens
            let clause =
                text.clauseStart(of: hit.first, from: sentence.lowerBound)..<text.clauseEnd(after: hit.last, before: sentence.upperBound)
            guard !text.tokens[clause].contains(where: resumed.contains) else { return hit }
            let stopPhrases = stops ? cues.set(.courseStops).hits(in: text, sentence: hit.sentence).filter { !$0.negated } : []
            let stopped = stopPhrases.contains { stop in
                if stop.last < hit.first {
                    guard hit.first - stop.last <= 3, clause.contains(stop.first) else { return false }
                    return !((hit.last + 1)..<sentence.upperBound).contains { resumed.contains(text.tokens[$0]) }
                }
                guard stop.first > hit.last, stop.first - hit.last <= 12,
                    !((hit.last + 1)...stop.first).contains(where: { text.tokens[$0].semicolonBefore })
                else { return false }
                return !((stop.last + 1)..<sentence.upperBound).contains { resumed.contains(text.tokens[$0]) }
            }
            guard stopped || isUndone(hit, among: hits, analysis) else { return hit }
            return CueHit(label: hit.label, sentence: hit.sentence, first: hit.first, last: hit.last, negated: true)
        }
    }

    /// Whether a `course_undone` phrase follows `hit` in its sentence, or stands in the next
    /// sentence before any affirmed hit of `hits` there; and what it denies is `hit`: no hit of
    /// `hits` follows it within four words, or one that shares a word with `hit` ("a home exercise
    /// sheet ... has not done any of the exercises"; not "does her HEP ... has not done PT").
    private static func isUndone(_ hit: CueHit, among hits: [CueHit], _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let delays = cues.wordList(.courseDelays)
        // A start put off ("did not start until May") is no programme never done.
        let undone = cues.set(.courseUndone).hits(in: text).filter { phrase in
            let next = phrase.last + 1
            return !(next < text.sentences[phrase.sentence].tokens.upperBound && delays.contains(text.tokens[next]))
        }
        func key(_ token: Token) -> Int32 { token.stem != WordTable.unknown ? token.stem : token.id }
        let own = Set((hit.first...hit.last).map { key(text.tokens[$0]) })
        func denies(_ phrase: CueHit) -> Bool {
            guard
                let object = hits.first(where: { $0.sentence == phrase.sentence && $0.first > phrase.last && $0.first - phrase.last <= 4 })
            else { return true }
            return (object.first...object.last).contains { own.contains(key(text.tokens[$0])) }
        }
        if let after = undone.first(where: { $0.sentence == hit.sentence && $0.first > hit.last }) { return denies(after) }
        let next = hit.sentence + 1
        guard next < text.sentences.count, let first = undone.first(where: { $0.sentence == next }) else { return false }
        return !hits.contains { $0.sentence == next && !$0.negated && $0.first < first.first } && denies(first)
    }
}
