import IMRVocabulary

extension LexiconIndex {
    /// `mentions` (of `text`, in sentence and token order) with the diagnoses that phrases of
    /// `diagnosis_wording` name (label: the diagnosis id): wording that is no name of its own, a
    /// pattern or another form read beside the lexicon's names without taking their words ("a tear
    /// of the medial and lateral menisci", "narrowing of the left neural foramen", "chronic low back
    /// pain" is chronic pain and still low back pain). Negated and hedged as a lexicon mention; one
    /// that overlaps a mention of the same diagnosis adds nothing.
    func addingDiagnosisWording(to mentions: [Mention], in text: CaseText) -> [Mention] {
        let hits = cues.set(.diagnosisWording).hits(in: text)
        guard !hits.isEmpty else { return mentions }
        let vocabulary = Vocabulary.diagnosis.name
        var added: [Mention] = []
        for hit in hits {
            let term = TermRef(vocabulary: vocabulary, id: hit.label)
            let named = mentions.contains {
                $0.sentence == hit.sentence && $0.term == term && $0.first <= hit.last && hit.first <= $0.last
            }
            guard !named else { continue }
            let hedged = cues.negation.isHedged(hit.first, in: text, sentence: hit.sentence)
            added.append(
                Mention(term: term, sentence: hit.sentence, first: hit.first, last: hit.last, negated: hit.negated, hedged: hedged))
        }
        guard !added.isEmpty else { return mentions }
        var merged: [Mention] = []
        merged.reserveCapacity(mentions.count + added.count)
        var next = 0
        for mention in mentions {
            while next < added.count, (added[next].sentence, added[next].first) < (mention.sentence, mention.first) {
                merged.append(added[next])
                next += 1
            }
            merged.append(mention)
        }
        return merged + added[next...]
    }
}
