import IMRVocabulary

extension LexiconIndex {
    /// `mentions` without the terms whose words stand inside a `term_other_senses` phrase, a name of
    /// something else that holds them: "ASA physical status: II" grades an anesthetic risk, it names
    /// no aspirin ("ASA 81 mg daily" still does). The phrases are read once per text, and only when
    /// one is found are the mentions filtered.
    func withoutOtherSenses(_ mentions: [Mention], in text: CaseText) -> [Mention] {
        let senses = cues.set(.termOtherSenses).hits(in: text)
        guard !senses.isEmpty else { return mentions }
        return mentions.filter { mention in
            !senses.contains { $0.sentence == mention.sentence && $0.first <= mention.first && mention.last <= $0.last }
        }
    }
}
