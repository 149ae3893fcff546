import IMRVocabulary

/// Statements that leave their predicate out and take the one said before them, for another drug:
/// "Norco helps; gabapentin has not", "Norco helps but the Lyrica does not", "Gabapentin has not
/// helped; Norco has". A part of a sentence about a drug (``DrugScope``) holding no statement of a
/// fact, whose words after the drug are only `elliptical_predicate` words and negations, repeats the
/// last statement of that fact before it (in its sentence, else in the previous one) for its drug:
/// denied when those words hold a negation ("has not"), affirmed when they do not ("has").
enum EllipticalStatements {
    /// `hits` (the statements of one fact, in text order) with the elliptical ones added.
    static func adding(to hits: [CueHit], _ analysis: CaseAnalysis) -> [CueHit] {
        guard !hits.isEmpty else { return hits }
        let text = analysis.text
        let scope = analysis.drugScope
        let auxiliaries = analysis.index.cues.wordList(.ellipticalPredicate)
        let negators = analysis.index.cues.wordList(.negationBefore)
        let sentences = Set(hits.map(\.sentence)).flatMap { [$0, $0 + 1] }.filter { $0 < text.sentences.count }
        var added: [CueHit] = []
        for sentence in Set(sentences).sorted() {
            for segment in scope.segments[scope.segmentIndices(of: sentence)] {
                guard segment.subject.namesDrugs, !hits.contains(where: { $0.sentence == sentence && segment.tokens.contains($0.first) })
                else { continue }
                // The words after those naming the segment's drugs ("gabapentin", "which").
                guard let subjectEnd = segment.subjectTokens?.upperBound, subjectEnd + 1 < segment.tokens.upperBound else { continue }
                let rest = (subjectEnd + 1)..<segment.tokens.upperBound
                guard rest.allSatisfy({ auxiliaries.contains(text.tokens[$0]) || negators.contains(text.tokens[$0]) }) else { continue }
                let before = hits.last { $0.sentence == sentence && $0.first < segment.tokens.lowerBound }
                guard let antecedent = before ?? hits.last(where: { $0.sentence == sentence - 1 }) else { continue }
                let denied = rest.contains { negators.contains(text.tokens[$0]) }
                added.append(
                    CueHit(label: antecedent.label, sentence: sentence, first: rest.lowerBound, last: rest.upperBound - 1, negated: denied))
            }
        }
        guard !added.isEmpty else { return hits }
        return (hits + added).sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
    }
}

extension DrugScope.Subject {
    /// Whether the subject names drugs or drug classes.
    var namesDrugs: Bool {
        switch self {
        case .drugs, .classes: true
        case .medications, .treatment, .none: false
        }
    }
}
