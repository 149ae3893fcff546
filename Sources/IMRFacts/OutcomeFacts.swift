/// Pain scores, pain relief, functional improvement and work status.
enum OutcomeFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        let cues = analysis.index.cues
        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }
        let scores = painScores(in: text)
        if let first = scores.first {
            builder.bool("pain_scores", true, [text.evidence(first.sentence)])
        }
        // Scores with and without medication: a sentence with two scores and "with"/"without",
        // "from … to …", or "medication(s)".
        let bySentence = Dictionary(grouping: scores, by: \.sentence)
        for sentence in bySentence.keys.sorted() where bySentence[sentence]!.count >= 2 {
            let words = Set(text.tokens(of: sentence).map(\.word))
            if (words.contains("with") && words.contains("without")) || !words.isDisjoint(with: cues.words(.medicationWords))
                || (words.contains("from") && words.contains("to"))
            {
                builder.bool("pain_with_without_medication", true, [text.evidence(sentence)])
                break
            }
        }
        // Or a percentage of relief from the medication ("50% pain relief with Norco").
        if builder.facts["pain_with_without_medication"] == nil, let sentence = percentRelief(analysis) {
            builder.bool("pain_with_without_medication", true, [text.evidence(sentence)])
        }
        if let (value, evidence) = decide(cues.set(.conservativeFailure).hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("conservative_care_failed", value, evidence)
        } else if let tried = cues.set(.conservativeTreatment).hits(in: text).first(where: { !$0.negated && !review($0.sentence) }),
            let persisting = cues.set(.persistence).hits(in: text).first(where: {
                !$0.negated && !review($0.sentence) && $0.sentence >= tried.sentence
            })
        {
            // Conservative care named in the history, and symptoms that persist after it.
            builder.bool("conservative_care_failed", true, [text.evidence(tried.sentence), text.evidence(persisting.sentence)])
        }
        // Work status: the last sentence stating it wins (the most recent visit is usually last).
        var status: (String, Int)?
        for hit in cues.set(.work).hits(in: text) where !review(hit.sentence) {
            if hit.negated {
                if hit.label == "full_duty" { status = ("not_working", hit.sentence) }
                continue
            }
            status = (hit.label, hit.sentence)
        }
        if let (label, sentence) = status {
            builder.set("work_status", .term(label), [text.evidence(sentence)])
            builder.bool("returned_to_work", label != "not_working", [text.evidence(sentence)])
        }
    }

    /// The first sentence outside review sentences stating a percentage of pain relief from
    /// medication: a `N%` or `N percent`, a relief word, and `medication(s)` or a drug named.
    static func percentRelief(_ analysis: CaseAnalysis) -> Int? {
        let text = analysis.text
        let reliefWords = analysis.index.cues.words(.reliefWords)
        let medicationWords = analysis.index.cues.words(.medicationWords)
        let drugSentences = Set(analysis.mentions(of: "drug").map(\.sentence))
        for sentence in text.sentences.indices where !analysis.isReviewSentence(sentence) {
            let range = text.sentences[sentence]
            let hasPercent = text.bytes[range.start..<range.end].contains(37) || text.tokens(of: sentence).contains { $0.word == "percent" }
            guard hasPercent else { continue }
            let words = Set(text.tokens(of: sentence).map(\.word))
            if !words.isDisjoint(with: reliefWords), words.contains("pain"),
                !words.isDisjoint(with: medicationWords) || drugSentences.contains(sentence)
            {
                return sentence
            }
        }
        return nil
    }

    /// Numeric pain scores "N/10" (N 0-10) with their sentences.
    static func painScores(in text: CaseText) -> [(value: Int, sentence: Int)] {
        var scores: [(Int, Int)] = []
        let bytes = text.bytes
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 47, bytes[index + 1] == 49, bytes[index + 2] == 48, index + 3 == bytes.count || !isDigit(bytes[index + 3]) {
                var start = index
                while start > 0, isDigit(bytes[start - 1]) || bytes[start - 1] == 46 { start -= 1 }
                if start < index, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value <= 10,
                    start == 0 || bytes[start - 1] != 47
                {
                    scores.append((Int(value), sentenceIndex(text, offset: index)))
                }
            }
            index += 1
        }
        return scores
    }
}
