import IMRVocabulary

/// Statements of an outcome (`pain_improved`, `functional_improvement`) that state none: a relief
/// word in the role of a need, a purpose or another person's help (`outcome_role`: "needs help
/// bathing", "Norco for pain relief", "her husband helps her"), words a question asks up to its
/// comma (its `question` phrases: "Asked what the medication lets her do, ..."), and a denial that only says the
/// record lacks the outcome (`documentation_absent`: "no documentation of pain relief",
/// "functional improvement was not documented"), which leaves it not documented rather than denied.
enum OutcomeStatements {
    /// `hits` without the statements that state no outcome.
    static func outcomes(_ hits: [CueHit], _ analysis: CaseAnalysis) -> [CueHit] {
        guard !hits.isEmpty else { return hits }
        let cues = analysis.index.cues
        let text = analysis.text
        let filler = cues.wordList(.outcomeRoleFiller)
        let negators = cues.wordList(.negationBefore)
        var roles: [Int: [CueHit]] = [:]
        var absences: [Int: [CueHit]] = [:]
        return hits.filter { hit in
            if roles[hit.sentence] == nil { roles[hit.sentence] = cues.set(.outcomeRole).hits(in: text, sentence: hit.sentence) }
            let governed = roles[hit.sentence]!.contains { role in
                if role.first <= hit.last && hit.first <= role.last { return true }
                // Only filler words between (any words after a question), and no comma or semicolon.
                guard role.last < hit.first else { return false }
                return (role.label == .question || (role.last + 1..<hit.first).allSatisfy { filler.contains(text.tokens[$0]) })
                    && !(role.last + 1...hit.first).contains { text.tokens[$0].commaBefore || text.tokens[$0].semicolonBefore }
            }
            if governed { return false }
            // A denial: a negated affirmation or a phrase of absence.
            guard hit.negated || hit.label == .no else { return true }
            if absences[hit.sentence] == nil {
                absences[hit.sentence] = cues.set(.documentationAbsent).hits(in: text, sentence: hit.sentence)
            }
            return !absences[hit.sentence]!.contains { absence in
                if absence.last < hit.first {
                    let reach = max(text.sentences[hit.sentence].tokens.lowerBound, absence.first - 2)
                    return hit.first - absence.last <= 4 && (reach..<absence.first).contains { negators.contains(text.tokens[$0]) }
                }
                return absence.first > hit.last && absence.first - hit.last <= 4
            }
        }
    }
}
