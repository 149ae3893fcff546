import IMRVocabulary

/// A lesion the lexicon names also by its kind alone (`bare_lesion_diagnosis`: "partial thickness
/// tear", "full-thickness tear" for the rotator cuff's) is that structure's only where nothing else
/// is named: named bare (no word of its own structure in its name, `lesion_own_structures`, and no
/// region over it: "supraspinatus tear", "rotator cuff tear" are the cuff's anywhere), it is not read
/// when its part of the sentence, up to a `;` or a line break (``CaseText/clause(sentence:token:)``), names another structure (`lesion_other_structures`:
/// "partial-thickness tear of the Achilles tendon", "full thickness tear of the ACL") or names body
/// regions none of which is of its own region's part of the body (`diagnosis_region`: "MRI knee:
/// full thickness tear"). Told alone ("MRI: partial thickness tear") or in the shoulder, it stays.
enum BareLesions {
    /// Whether `mention` names a bare lesion of another structure than the lexicon's.
    static func isOtherStructure(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, index, cues) = (analysis.text, analysis.index, analysis.index.cues)
        guard cues.group(.bareLesionDiagnosis, label: mention.term.id) != nil else { return false }
        let sentence = mention.sentence
        let regions = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .bodyRegion }
        if regions.contains(where: { $0.first <= mention.last && mention.first <= $0.last }) { return false }
        let part = text.clause(sentence: sentence, token: mention.first)
        let (first, last) = (part.lowerBound, part.upperBound)
        func inPart(_ name: CueName) -> Bool {
            cues.set(name).hits(in: text, sentence: sentence).contains { !$0.negated && $0.first >= first && $0.last <= last }
        }
        if inPart(.lesionOwnStructures) { return false }
        if inPart(.lesionOtherStructures) { return true }
        let ancestors = index.ancestors(of: mention.term.id, in: .diagnosis)
        guard let own = ancestors.compactMap({ cues.group(.diagnosisRegion, label: $0) }).first.map(index.id) else { return false }
        let named = regions.filter { $0.first >= first && $0.last <= last }.map(\.term.id)
        return !named.isEmpty
            && !named.contains {
                index.ancestors(of: $0, in: .bodyRegion).contains(own) || index.ancestors(of: own, in: .bodyRegion).contains($0)
            }
    }
}
