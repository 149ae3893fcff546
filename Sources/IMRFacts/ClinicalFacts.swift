import IMRVocabulary

/// Which reading wins when a summary documents both a finding and its absence.
enum Precedence {
    /// Any positive sentence makes the fact true (findings: one exam showing spasm is enough).
    case positiveWins
    /// Any negative sentence makes the fact false (claims of benefit that the summary also denies).
    case negativeWins
}

/// Decides a boolean fact from cue hits labelled `yes` (the finding) and `no` (its stated absence).
/// A negated `yes` counts as `no`; a negated `no` is ignored. Evidence is every deciding sentence.
func decide(_ hits: [CueHit], in text: CaseText, _ precedence: Precedence, skip: (Int) -> Bool = { _ in false }) -> (Bool, [Evidence])? {
    var yes: [Int] = []
    var no: [Int] = []
    for hit in hits where !skip(hit.sentence) {
        switch (hit.label, hit.negated) {
        case ("yes", false): if !yes.contains(hit.sentence) { yes.append(hit.sentence) }
        case ("yes", true), ("no", false): if !no.contains(hit.sentence) { no.append(hit.sentence) }
        default: break
        }
    }
    let value: Bool
    switch precedence {
    case .positiveWins: value = !yes.isEmpty
    case .negativeWins: value = no.isEmpty
    }
    let sentences = value ? yes : no
    guard !sentences.isEmpty else { return nil }
    return (value, sentences.map(text.evidence))
}

/// Diagnoses and examination findings.
enum ClinicalFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        // Diagnoses: concepts mentioned, neither negated nor hedged, with their broader concepts.
        var diagnoses: Set<String> = []
        var evidence: [Int] = []
        // What a utilization review said (about what it did not find) is not a diagnosis.
        for mention in analysis.mentions(of: "diagnosis")
        where !mention.negated && !mention.hedged && !analysis.isReviewSentence(mention.sentence) {
            diagnoses.formUnion(analysis.index.ancestors(of: mention.term.id, in: "diagnosis"))
            if !evidence.contains(mention.sentence) { evidence.append(mention.sentence) }
        }
        if !diagnoses.isEmpty { builder.set("diagnoses", .terms(diagnoses.sorted()), evidence.map(text.evidence)) }

        let insomnia = analysis.mentions(of: "diagnosis").filter { $0.term.id == "insomnia" && !$0.hedged }
        if let positive = insomnia.first(where: { !$0.negated }) {
            builder.bool("insomnia", true, [text.evidence(positive.sentence)])
        } else if let negative = insomnia.first {
            builder.bool("insomnia", false, [text.evidence(negative.sentence)])
        }

        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }
        // A deficit is objective: one the worker complains of is a symptom, not a finding.
        var neuroHits = analysis.index.cues.set(.neurologic).hits(in: text).filter { !isSubjective($0, analysis) }
        neuroHits += strengthGrades(in: text) + writtenStrengthGrades(in: text, analysis.index.cues)
        if let (value, evidence) = decide(neuroHits, in: text, .positiveWins, skip: review) {
            builder.bool("neurologic_deficit", value, evidence)
        }
    }

    /// Motor grades written in words: a grade 0-5 followed by a `strength_scale` sequence ("5 out
    /// of 5") in a sentence naming strength (`strength_words`); 5 is normal strength.
    static func writtenStrengthGrades(in text: CaseText, _ cues: CueBook) -> [CueHit] {
        let scales = cues.sequences(.strengthScale).map(\.words)
        let strength = cues.words(.strengthWords)
        var hits: [CueHit] = []
        for sentence in text.sentences.indices {
            let tokens = text.tokens(of: sentence)
            let words = tokens.map(\.word)
            guard words.contains(where: strength.contains) else { continue }
            for (position, word) in words.enumerated() {
                guard let grade = cues.count(word), grade <= 5, scales.contains(where: { words.hasSequence($0, at: position + 1) })
                else { continue }
                let token = tokens.startIndex + position
                hits.append(CueHit(label: grade == 5 ? "no" : "yes", sentence: sentence, first: token, last: token, negated: false))
            }
        }
        return hits
    }

    /// Whether `hit` is told as the worker's complaint: a `subjective` phrase before it in its
    /// sentence with no `objective` phrase between them.
    static func isSubjective(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let cues = analysis.index.cues
        let subjective = cues.set(.subjective).hits(in: analysis.text, sentence: hit.sentence).filter { $0.last < hit.first }
        guard let said = subjective.last else { return false }
        return !cues.set(.objective).hits(in: analysis.text, sentence: hit.sentence).contains {
            $0.first > said.last && $0.last < hit.first
        }
    }

    /// Motor grades: "4/5" (or "4+/5", "3/5") is weakness, "5/5" is normal strength.
    static func strengthGrades(in text: CaseText) -> [CueHit] {
        var hits: [CueHit] = []
        let bytes = text.bytes
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 47, bytes[index + 1] == 53,
                index + 2 == bytes.count || !isDigit(bytes[index + 2]) && bytes[index + 2] != 47 && bytes[index + 2] != 45
            {
                var gradeAt = index - 1
                if gradeAt >= 0, bytes[gradeAt] == 43 || bytes[gradeAt] == 45 { gradeAt -= 1 }
                if gradeAt >= 0, isDigit(bytes[gradeAt]), gradeAt == 0 || !isDigit(bytes[gradeAt - 1]), bytes[gradeAt] <= 53 {
                    let sentence = sentenceIndex(text, offset: index)
                    let label = bytes[gradeAt] == 53 ? "no" : "yes"
                    hits.append(CueHit(label: label, sentence: sentence, first: 0, last: 0, negated: false))
                }
            }
            index += 1
        }
        return hits
    }
}
