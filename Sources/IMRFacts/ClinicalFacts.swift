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
    static let spasm = CueSet(["yes": ["spasm", "myospasm", "muscle spasm", "spasticity", "spastic", "muscle spasms"]])
    static let exacerbation = CueSet([
        "yes": [
            "flare", "flare up", "flareup", "flare-up", "exacerbation", "exacerbated", "acute exacerbation", "acute flare",
            "acute pain", "acute onset", "aggravation", "aggravated",
        ]
    ])
    static let neurologic = CueSet([
        "yes": [
            "decreased sensation", "diminished sensation", "decreased sensory", "diminished sensory", "reduced sensation",
            "hypoesthesia", "hyposensorium", "altered sensation", "sensory deficit", "sensory deficits", "motor deficit",
            "weakness", "decreased strength", "diminished strength", "reduced strength", "diminished reflexes",
            "decreased reflexes", "reflexes were diminished", "reflexes diminished", "hyporeflexia", "foot drop",
            "atrophy", "neurologic deficit", "neurological deficit", "focal deficit", "dermatomal", "dermatome sensation",
            "dermatomal sensation",
            "sensation was decreased", "sensation decreased", "sensation was diminished", "decreased light touch",
            "diminished light touch",
        ],
        "no": [
            "neurologically intact", "neurovascularly intact", "sensation intact", "sensation was intact", "intact sensation",
            "sensation is intact", "normal sensation", "sensation was normal", "reflexes were normal", "normal reflexes",
            "reflexes were symmetrical", "reflexes symmetrical", "reflexes were equal", "strength was normal", "normal strength",
            "motor strength was normal", "full strength",
        ],
    ])
    static let radicular = CueSet([
        "yes": [
            "positive straight leg raise", "positive straight leg raising", "straight leg raise positive", "positive slr",
            "straight leg raise", "straight leg raising", "slr", "radiating", "radiates", "radiated", "radiation", "radicular",
            "radiculopathy", "radiculitis", "sciatica", "numbness", "tingling", "paresthesia", "paresthesias", "dermatomal",
            "spurling", "positive spurling",
        ]
    ])
    static let redFlags = CueSet([
        "yes": [
            "red flag", "red flags", "cauda equina", "tumor", "tumour", "malignancy", "cancer", "infection",
            "progressive neurologic deficit", "progressive neurological deficit", "bowel or bladder", "bowel and bladder",
            "incontinence", "saddle anesthesia", "compression fracture", "vertebral fracture", "spinal fracture",
            "unexplained weight loss", "fever",
        ]
    ])
    static let change = CueSet([
        "yes": [
            "significant change", "worsening", "worsened", "new onset", "progressive", "increased pain",
            "new symptoms", "new injury", "change in symptoms", "progression",
        ],
        "no": ["unchanged", "no change", "no changes", "stable", "remained the same", "plateau", "plateaued"],
    ])

    /// Nerve symptoms and signs that can be placed in a part of the body (not diagnosis names).
    static let regionalNerveFindings = CueSet([
        "yes": [
            "numbness", "numb", "tingling", "paresthesia", "paresthesias", "pins and needles", "radiating", "radiates",
            "radiated", "radiation", "decreased sensation", "diminished sensation", "reduced sensation", "hypoesthesia",
            "hyposensorium", "weakness", "decreased strength", "diminished strength", "diminished reflexes",
            "decreased reflexes", "positive straight leg raise", "straight leg raise", "spurling", "tinel", "phalen",
        ]
    ])

    static let homebound = CueSet([
        "yes": [
            "homebound", "home bound", "home-bound", "bedbound", "bed bound", "bed-bound", "confined to bed",
            "confined to the home", "confined to his home", "confined to her home", "unable to leave the home",
            "unable to leave home",
        ]
    ])

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
        if let (value, evidence) = decide(spasm.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("spasm", value, evidence)
        }
        if let (value, evidence) = decide(exacerbation.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("acute_exacerbation", value, evidence)
        }
        var neuroHits = neurologic.hits(in: text)
        neuroHits += strengthGrades(in: text)
        if let (value, evidence) = decide(neuroHits, in: text, .positiveWins, skip: review) {
            builder.bool("neurologic_deficit", value, evidence)
        }
        if let (value, evidence) = decide(radicular.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("radicular_signs", value, evidence)
        }
        if let (value, evidence) = decide(redFlags.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("red_flags", value, evidence)
        }
        if let (value, evidence) = decide(homebound.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("homebound", value, evidence)
        }
        if let (value, evidence) = decide(change.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("significant_change", value, evidence)
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
