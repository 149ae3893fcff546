/// Pain scores, pain relief, functional improvement and work status.
enum OutcomeFacts {
    static let function = CueSet([
        "yes": [
            "functional improvement", "improved function", "improvement in function", "functional gains", "functional gain",
            "improved functioning", "increased function", "improved activities of daily living", "improved adl",
            "improved adls", "increased activity", "increased activities", "able to perform", "ability to perform",
            "increased ability", "improved ability", "able to work", "keeping him working", "keeping her working",
            "improved range of motion", "increased range of motion", "improved mobility", "able to walk", "improved walking",
            "objective improvement", "objective functional improvement", "functional benefit", "allows him to",
            "allows her to", "allowing him to", "allowing her to", "enables him to", "enables her to", "able to do",
            "able to complete", "able to continue working", "household chores", "improved sleep and function",
        ],
        "no": [
            "decreased function", "decline in function", "functional decline", "no functional improvement", "unchanged",
            "no improvement", "without improvement", "did not improve", "not improved", "no objective", "no benefit",
            "limited benefit", "minimal benefit", "minimal improvement",
        ],
    ])
    static let relief = CueSet([
        "yes": [
            "pain relief", "relief", "decreased pain", "pain decreased", "pain is decreased", "reduces pain", "reduced pain",
            "reduces his pain", "reduces her pain", "decreases his pain", "decreases her pain",
            "reduction in pain", "pain reduction", "helps with pain", "helps", "helped", "helpful", "improvement in pain",
            "pain improved", "improved pain", "alleviated", "ameliorated", "working well", "beneficial", "effective",
        ],
        "no": [
            "no relief", "without relief", "pain unchanged", "worsening pain", "increased pain", "not helpful", "no benefit",
            "did not help", "ineffective", "not effective",
        ],
    ])
    static let conservative = CueSet([
        "yes": [
            "failed conservative", "failed conservative treatment", "failed conservative care", "failed conservative management",
            "despite conservative", "conservative treatment failed", "conservative care failed", "failed physical therapy",
            "despite physical therapy", "despite therapy", "despite medications", "despite medication", "despite treatment",
            "no relief with", "not improved with", "failed to improve", "refractory", "failed to respond",
        ]
    ])
    /// Conservative treatments named in the treatment history.
    static let conservativeTreatment = CueSet([
        "yes": [
            "physical therapy", "home exercise", "home exercise program", "anti-inflammatory", "anti-inflammatories", "nsaid",
            "nsaids", "chiropractic", "acupuncture", "activity modification", "activity modifications", "brace", "splint",
        ]
    ])
    /// Symptoms that persist.
    static let persistence = CueSet([
        "yes": [
            "persistent", "persists", "persisting", "persisted", "continues to have", "continued to have", "continues to complain",
            "continued to complain", "no improvement", "not improved", "without improvement", "lack of improvement",
            "has not improved", "did not improve", "without lasting benefit", "without lasting relief", "without benefit",
            "without significant benefit", "without relief", "without significant improvement", "with no lasting benefit",
        ]
    ])
    /// Physical rehabilitation under way, planned or done (what acupuncture may be an adjunct to).
    static let rehabilitation = CueSet([
        "yes": [
            "physical therapy", "physiotherapy", "home exercise", "home exercise program", "therapeutic exercise",
            "rehabilitation program", "functional restoration", "occupational therapy",
        ]
    ])
    /// Pain medication reduced or not tolerated.
    static let medicationIntolerance = CueSet([
        "yes": [
            "not tolerate", "not tolerated", "could not tolerate", "unable to tolerate", "intolerant", "intolerance",
            "caused nausea", "side effects from", "medication was reduced", "medications were reduced", "reduce medication",
            "reduce his medication", "reduce her medication", "wean", "weaning", "stopped taking",
        ]
    ])
    static let work = CueSet([
        "not_working": [
            "temporarily totally disabled", "temporary total disability", "totally disabled", "ttd", "off work",
            "not working", "not currently working", "unable to work", "remains off", "total temporary disability",
            "permanent and stationary", "retired", "unemployed", "has not returned to work", "not returned to work",
        ],
        "modified_duty": [
            "modified duty", "modified work", "light duty", "restricted duty", "limited duty", "modified duties",
            "working with restrictions", "working with work restrictions",
        ],
        "full_duty": [
            "full duty", "regular duty", "regular work", "full time work", "working full time", "returned to work",
            "return to work", "back to work", "usual and customary", "currently working", "is working", "keeping him working",
            "keeping her working",
        ],
    ])

    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
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
            if (words.contains("with") && words.contains("without")) || words.contains("medication") || words.contains("medications")
                || words.contains("meds") || (words.contains("from") && words.contains("to"))
            {
                builder.bool("pain_with_without_medication", true, [text.evidence(sentence)])
                break
            }
        }
        // Or a percentage of relief from the medication ("50% pain relief with Norco").
        if builder.facts["pain_with_without_medication"] == nil, let sentence = percentRelief(analysis) {
            builder.bool("pain_with_without_medication", true, [text.evidence(sentence)])
        }
        if let (value, evidence) = decide(function.hits(in: text), in: text, .negativeWins, skip: review) {
            builder.bool("functional_improvement", value, evidence)
        }
        if let (value, evidence) = decide(relief.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("pain_improved", value, evidence)
        }
        if let (value, evidence) = decide(conservative.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("conservative_care_failed", value, evidence)
        } else if let tried = conservativeTreatment.hits(in: text).first(where: { !$0.negated && !review($0.sentence) }),
            let persisting = persistence.hits(in: text).first(where: {
                !$0.negated && !review($0.sentence) && $0.sentence >= tried.sentence
            })
        {
            // Conservative care named in the history, and symptoms that persist after it.
            builder.bool("conservative_care_failed", true, [text.evidence(tried.sentence), text.evidence(persisting.sentence)])
        }
        if let (value, evidence) = decide(rehabilitation.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("physical_rehabilitation", value, evidence)
        }
        if let (value, evidence) = decide(medicationIntolerance.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("medication_not_tolerated", value, evidence)
        }
        // Work status: the last sentence stating it wins (the most recent visit is usually last).
        var status: (String, Int)?
        for hit in work.hits(in: text) where !review(hit.sentence) {
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
        let reliefWords: Set<String> = ["relief", "reduction", "improvement", "decrease", "reduces", "reduced", "decreases", "decreased"]
        let drugSentences = Set(analysis.mentions(of: "drug").map(\.sentence))
        for sentence in text.sentences.indices where !analysis.isReviewSentence(sentence) {
            let range = text.sentences[sentence]
            let hasPercent = text.bytes[range.start..<range.end].contains(37) || text.tokens(of: sentence).contains { $0.word == "percent" }
            guard hasPercent else { continue }
            let words = Set(text.tokens(of: sentence).map(\.word))
            if !words.isDisjoint(with: reliefWords), words.contains("pain"),
                words.contains("medication") || words.contains("medications") || drugSentences.contains(sentence)
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
