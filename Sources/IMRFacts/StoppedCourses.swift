/// A programme told stopped is no programme now (`skips stopped`): "He was given a home exercise
/// sheet in 08/2016 but stopped doing it in September", "a home exercise sheet, which he says he
/// stopped using", "quit her home exercises", "HEP: quit after two weeks". A `course_stops` phrase
/// ending at most three words before the programme in its clause, or one after it in its sentence
/// within twelve words with no `;` between, stops it, unless a `course_resumed` word follows the
/// stop in its sentence ("stopped for a month, then resumed it") or stands in the programme's
/// clause ("still does her home exercises"). The programme is then read as its stated absence.
enum StoppedCourses {
    /// `hits` with each affirmed one that is told stopped marked negated.
    static func marked(_ hits: [CueHit], _ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let resumed = cues.wordList(.courseResumed)
        return hits.map { hit in
            guard hit.label == .yes, !hit.negated else { return hit }
            let sentence = text.sentences[hit.sentence].tokens
            let clause =
                text.clauseStart(of: hit.first, from: sentence.lowerBound)..<text.clauseEnd(after: hit.last, before: sentence.upperBound)
            guard !text.tokens[clause].contains(where: resumed.contains) else { return hit }
            let stops = cues.set(.courseStops).hits(in: text, sentence: hit.sentence).filter { !$0.negated }
            let stopped = stops.contains { stop in
                if stop.last < hit.first { return hit.first - stop.last <= 3 && clause.contains(stop.first) }
                guard stop.first > hit.last, stop.first - hit.last <= 12,
                    !((hit.last + 1)...stop.first).contains(where: { text.tokens[$0].semicolonBefore })
                else { return false }
                return !((stop.last + 1)..<sentence.upperBound).contains { resumed.contains(text.tokens[$0]) }
            }
            guard stopped else { return hit }
            return CueHit(label: hit.label, sentence: hit.sentence, first: hit.first, last: hit.last, negated: true)
        }
    }
}
