import IMRVocabulary

extension LexiconIndex {
    /// `mentions` without the diagnoses, procedures and drugs a summary tells of a relative of the
    /// worker, not of the worker (``ClauseSubjects/isAnotherPersonsNear(before:sentence:in:_:reach:asSubject:)``
    /// as a subject): "her sister had a lumbar fusion", "Father with DVT", "her mother takes
    /// methadone", "Family history: diabetes", "FH: DM2". The worker's own told beside a relative
    /// stays: "she had a fusion, like her sister", "her own history of DVT", "she lives with her
    /// husband and takes naproxen", "her husband says the tramadol helps".
    func withoutRelatives(_ mentions: [Mention], in text: CaseText) -> [Mention] {
        func isRelatives(_ mention: Mention) -> Bool {
            switch mention.term.kind {
            case .diagnosis, .procedure, .drug, .ingredient, .drugClass:
                ClauseSubjects.isAnotherPersonsNear(before: mention.first, sentence: mention.sentence, in: text, cues, asSubject: true)
            default: false
            }
        }
        guard mentions.contains(where: isRelatives) else { return mentions }
        return mentions.filter { !isRelatives($0) }
    }
}
