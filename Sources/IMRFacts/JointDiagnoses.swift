import IMRVocabulary

/// A generic diagnosis placed in the region whose own joint has a diagnosis of its own is that
/// joint's (`joint_diagnosis`, terms.cues; the joint's region by `diagnosis_region`): "right shoulder
/// osteoarthritis", "X-rays of the left shoulder: end-stage osteoarthritis" are the glenohumeral
/// joint's. Only the generic name itself: a narrower name keeps its own joint ("acromioclavicular
/// arthrosis" is the AC joint's, and osteoarthritis only as its broader term). Not a diagnosis placed
/// only in a narrower or a broader region ("arthritis of the arm"), nor one told with another joint of
/// the region in its part of the sentence, up to a `;` or a line break (``CaseText/clause(sentence:token:)``;
/// `joint_other_sites`: "osteoarthritis of the right AC joint").
enum JointDiagnoses {
    /// The joint diagnoses that `generic`, read from `mention` and placed in `placed`, is.
    static func joints(of generic: TermID, placed: TermSet, _ mention: Mention, _ analysis: CaseAnalysis) -> [TermID] {
        let (index, cues) = (analysis.index, analysis.index.cues)
        let joints = cues.group(.jointDiagnosis, memberIDs: index.name(of: generic)).filter { joint in
            cues.group(.diagnosisRegion, label: joint).map { placed.contains(index.id($0)) } ?? false
        }
        guard !joints.isEmpty else { return [] }
        let text = analysis.text
        let part = text.clause(sentence: mention.sentence, token: mention.first)
        let otherJoint = cues.set(.jointOtherSites).hits(in: text, sentence: mention.sentence).contains {
            !$0.negated && part.contains($0.first) && part.contains($0.last)
        }
        return otherJoint ? [] : joints
    }
}
