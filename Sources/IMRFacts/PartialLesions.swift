import IMRVocabulary

/// A whole lesion's diagnosis told partial (`whole_lesion_diagnosis`: the Achilles tendon's
/// rupture): not that diagnosis (`diagnoses`, `regional_diagnoses`). A tear is partial when a
/// `partial_lesion` phrase ends at most two words before its name in its clause ("acute partial
/// tear of the right Achilles tendon", "partially torn Achilles"), or when its sentence denies the
/// whole lesion (a `complete_lesion` phrase negated, outside its name, no `;` between: "Achilles
/// tendon tear at the mid-substance, no complete rupture"). "Complete rupture of the Achilles tendon" and "ruptured Achilles"
/// stay ruptures; so does one a partial word farther off qualifies ("partial weight bearing after
/// an Achilles rupture").
enum PartialLesions {
    static func isPartial(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard cues.group(.wholeLesionDiagnosis, label: mention.term.id) != nil else { return false }
        let sentence = mention.sentence
        let clauseStart = text.clauseStart(of: mention.first, from: text.sentences[sentence].tokens.lowerBound)
        if cues.set(.partialLesion).hits(in: text, sentence: sentence).contains(where: { hit in
            !hit.negated && hit.last < mention.first && hit.first >= clauseStart && mention.first - hit.last <= 3
        }) {
            return true
        }
        return cues.set(.completeLesion).hits(in: text, sentence: sentence).contains { hit in
            guard hit.negated, hit.last < mention.first || hit.first > mention.last else { return false }
            let (from, to) = hit.last < mention.first ? (hit.last + 1, mention.first) : (mention.last + 1, hit.first)
            return !(from...to).contains { text.tokens[$0].semicolonBefore }
        }
    }
}
