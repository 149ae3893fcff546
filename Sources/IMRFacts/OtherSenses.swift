import IMRVocabulary

extension LexiconIndex {
    /// `mentions` without the terms whose words stand inside a `term_other_senses` phrase, a name of
    /// something else that holds them: "ASA physical status: II" grades an anesthetic risk, it names
    /// no aspirin ("ASA 81 mg daily" still does). The phrases are read once per text, and only when
    /// one is found are the mentions filtered.
    func withoutOtherSenses(_ mentions: [Mention], in text: CaseText) -> [Mention] {
        let senses = cues.set(.termOtherSenses).hits(in: text)
        guard !senses.isEmpty else { return mentions }
        return mentions.filter { !Self.holds(senses, $0.sentence, $0.first, $0.last) }
    }

    /// `hits` of a declared fact's phrases without those inside a `term_other_senses` phrase: an
    /// instrument's name holds the finding's words and tells the test, not its result ("Fear-Avoidance
    /// Beliefs Questionnaire", "Pain Catastrophizing Scale 6" name no fear avoidance and no
    /// catastrophizing; "high fear avoidance on the FABQ" still does).
    func withoutOtherSenses(_ hits: [CueHit], in text: CaseText) -> [CueHit] {
        let senses = cues.set(.termOtherSenses).hits(in: text)
        guard !senses.isEmpty else { return hits }
        return hits.filter { !Self.holds(senses, $0.sentence, $0.first, $0.last) }
    }

    /// Whether a phrase of `senses` holds words `first...last` of `sentence`.
    private static func holds(_ senses: [CueHit], _ sentence: Int, _ first: Int, _ last: Int) -> Bool {
        senses.contains { $0.sentence == sentence && $0.first <= first && last <= $0.last }
    }
}
