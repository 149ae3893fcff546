/// Current medications, what was tried, GI risk, and the opioid monitoring the summary documents.
enum MedicationFacts {
    /// The drugs currently taken: drug mentions neither negated nor in a sentence about the request,
    /// its review, or a stopped drug; with the sentences they came from.
    static func current(_ analysis: CaseAnalysis) -> [(drug: String, sentence: Int)] {
        analysis.cache.currentMedications { findCurrent(analysis) }
    }

    private static func findCurrent(_ analysis: CaseAnalysis) -> [(drug: String, sentence: Int)] {
        var found: [(String, Int)] = []
        for mention in analysis.mentions(of: "drug") where !mention.negated {
            guard !analysis.isReviewSentence(mention.sentence) else { continue }
            if analysis.occurs(.stopped, in: mention.sentence) { continue }
            found.append((mention.term.id, mention.sentence))
        }
        return found
    }

    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        let index = analysis.index
        let cues = index.cues
        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }
        let current = current(analysis)
        if !current.isEmpty {
            let drugs = unique(current.map(\.drug))
            let sentences = unique(current.map { String($0.sentence) }).compactMap(Int.init)
            builder.set("medications", .terms(drugs.sorted()), sentences.map(text.evidence))
            let classes = drugs.reduce(into: Set<String>()) { $0.formUnion(index.classes(ofDrug: $1)) }
            if !classes.isEmpty { builder.set("medication_classes", .terms(classes.sorted()), sentences.map(text.evidence)) }
        }
        // Tried: any drug mention that is not negated, including stopped and failed drugs.
        var nsaid: [Int] = []
        var firstLine: [Int] = []
        for mention in analysis.mentions
        where !mention.negated && !review(mention.sentence)
            && (mention.term.vocabulary == "drug" || mention.term.vocabulary == "drug_class")
        {
            let classes =
                mention.term.vocabulary == "drug"
                ? index.classes(ofDrug: mention.term.id) : index.ancestors(of: mention.term.id, in: "drug_class")
            if (classes.contains("nsaid") || classes.contains("acetaminophen_class")) && !nsaid.contains(mention.sentence) {
                nsaid.append(mention.sentence)
            }
            if (classes.contains("anticonvulsant") || classes.contains("antidepressant")) && !firstLine.contains(mention.sentence) {
                firstLine.append(mention.sentence)
            }
        }
        if !nsaid.isEmpty { builder.bool("nsaid_tried", true, nsaid.map(text.evidence)) }
        if !firstLine.isEmpty { builder.bool("first_line_failed", true, firstLine.map(text.evidence)) }

        // GI risk: age over 65, GI conditions, or aspirin, corticosteroid or anticoagulant use.
        var risk: [Int] = []
        for hit in cues.set(.giComplaints).hits(in: text) where !hit.negated && !review(hit.sentence) { risk.append(hit.sentence) }
        for (drug, sentence) in current {
            let classes = index.classes(ofDrug: drug)
            if drug == "aspirin" || classes.contains("corticosteroid") || classes.contains("anticoagulant") { risk.append(sentence) }
        }
        if case .number(let age)? = builder.facts["age"]?.value, age > 65 {
            risk += builder.facts["age"]!.evidence.isEmpty ? [] : [sentenceIndex(text, offset: builder.facts["age"]!.evidence[0].start)]
        }
        if !risk.isEmpty {
            builder.bool("gi_risk", true, unique(risk.map(String.init)).compactMap(Int.init).map(text.evidence))
        } else if let negated = cues.set(.giComplaints).hits(in: text).first(where: \.negated) {
            builder.bool("gi_risk", false, [text.evidence(negated.sentence)])
        }

        // Side effects: documented whether present or absent.
        if let hit = cues.set(.sideEffects).hits(in: text).first(where: { !review($0.sentence) }) {
            builder.bool("adverse_effects_documented", true, [text.evidence(hit.sentence)])
        }
        let screens = cues.set(.drugScreen).hits(in: text).filter { !review($0.sentence) }
        if let screen = screens.first(where: { !$0.negated }) {
            builder.bool("urine_drug_screen", true, [text.evidence(screen.sentence)])
            for hit in screens where !hit.negated {
                let hits = cues.set(.screenConsistency).hits(in: text, sentence: hit.sentence)
                if let (value, evidence) = decide(hits, in: text, .negativeWins) {
                    builder.bool("urine_drug_screen_consistent", value, evidence)
                    break
                }
            }
        } else if let screen = screens.first {
            builder.bool("urine_drug_screen", false, [text.evidence(screen.sentence)])
        }
    }
}
