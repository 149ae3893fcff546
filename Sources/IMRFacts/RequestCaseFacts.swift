import IMRCore
import IMRLetters

/// Case facts that depend on what is requested: use of the requested drug, concurrent drugs,
/// earlier treatment of the requested kind, and what UR did with it.
enum RequestCaseFacts {
    static let weaning = CueSet(["yes": ["wean", "weaning", "taper", "tapering", "weaned", "tapered"]])
    static let partial = CueSet([
        "yes": ["modified to", "partially certified", "partial certification", "was modified", "were modified", "modified certification"]
    ])
    static let benefit = CueSet([
        "yes": ["helped", "improvement", "improved", "benefit", "beneficial", "relief", "helpful", "decreased pain", "progress"]
    ])
    /// What makes a benefit functional (8 CCR 9792.20): activities, work, motion, strength, less treatment.
    static let functionalGain = CueSet([
        "yes": [
            "function", "functional", "functioning", "activities", "activities of daily living", "adl", "adls", "range of motion",
            "motion", "strength", "flexibility", "mobility", "walking", "ambulation", "lifting", "work", "duty",
            "medication use", "less medication", "endurance", "tolerance",
        ]
    ])
    static let homeExercise = CueSet(["yes": ["home exercise", "home exercise program", "home exercises", "hep", "home program"]])
    static let sessionUnits: Set<String> = ["session", "sessions", "visit", "visits", "treatment", "treatments"]
    static let opioidFactors: [String: Double] = [
        "hydrocodone": 1, "oxycodone": 1.5, "morphine": 1, "oxymorphone": 3, "tramadol": 0.1, "codeine": 0.15,
        "tapentadol": 0.4, "hydromorphone": 4, "dihydrocodeine": 0.25, "methadone": 4.7,
    ]

    static func read(
        _ analysis: CaseAnalysis, request: RequestedItem, requestFacts: FactSet, requestMentions: [Mention], into builder: inout FactBuilder
    ) {
        let text = analysis.text
        let index = analysis.index
        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }
        var requestedDrugs: Set<String> = []
        if case .term(let drug)? = requestFacts["drug"]?.value { requestedDrugs.insert(drug) }
        var requestedClasses: Set<String> = []
        if case .terms(let classes)? = requestFacts["drug_classes"]?.value { requestedClasses = Set(classes) }

        // Use of the requested drug.
        if !requestedDrugs.isEmpty {
            let current = MedicationFacts.current(analysis)
            let mentioned = current.filter { requestedDrugs.contains($0.drug) }
            // A drug named only in the plan ("The treatment plan included Flexeril") is a new prescription.
            let using = mentioned.filter { !Cues.isPlanOnly(text, sentence: $0.sentence) }
            if let first = using.first {
                builder.bool("already_using", true, [text.evidence(first.sentence)])
            } else if let planned = mentioned.first {
                builder.bool("already_using", false, [text.evidence(planned.sentence)])
            } else if let start = analysis.mentions(of: "drug").first(where: {
                requestedDrugs.contains($0.term.id) && !Cues.starting.hits(in: text, sentence: $0.sentence).isEmpty
            }) {
                builder.bool("already_using", false, [text.evidence(start.sentence)])
            } else if let other = current.first(where: { !Cues.isPlanOnly(text, sentence: $0.sentence) }) {
                // The summary lists the medications taken, and the requested drug is not among them.
                builder.bool("already_using", false, [text.evidence(other.sentence)])
            }
            if let (days, sentence) = useDuration(analysis, sentences: Set(using.map(\.sentence))) {
                builder.set("use_duration", .days(days), [text.evidence(sentence)])
            }
            let others = current.filter { !requestedDrugs.contains($0.drug) }
            func concurrent(_ name: String, _ test: (Set<String>) -> Bool) {
                if let other = others.first(where: { test(index.classes(ofDrug: $0.drug)) }) {
                    builder.bool(name, true, [text.evidence(other.sentence)])
                } else if !current.isEmpty {
                    builder.bool(name, false, [])
                }
            }
            concurrent("concurrent_opioid") { $0.contains("opioid") }
            concurrent("concurrent_nsaid") { $0.contains("nsaid") }
            if requestedClasses.contains("muscle_relaxant") { concurrent("other_muscle_relaxant") { $0.contains("muscle_relaxant") } }
            if requestedClasses.contains("short_acting_opioid") { concurrent("duplicate_opioid") { $0.contains("short_acting_opioid") } }
            if requestedClasses.contains("long_acting_opioid") { concurrent("duplicate_opioid") { $0.contains("long_acting_opioid") } }
            // Weaning recommended by an earlier review for this drug.
            for hit in weaning.hits(in: text) where !hit.negated {
                let drugs = analysis.mentions.filter { $0.sentence == hit.sentence && requestedDrugs.contains($0.term.id) }
                if !drugs.isEmpty || analysis.isReviewSentence(hit.sentence) {
                    builder.bool("ur_modified_for_weaning", true, [text.evidence(hit.sentence)])
                    break
                }
            }
            if requestedClasses.contains("opioid"), let dose = morphineEquivalent(requestFacts, request: request, analysis: analysis) {
                builder.set("morphine_equivalent_dose", .number(dose))
            }
        }
        if request.authorizedPortion != nil {
            builder.bool("ur_partially_certified", true, [])
        } else if let hit = partial.hits(in: text).first(where: { !$0.negated }) {
            builder.bool("ur_partially_certified", true, [text.evidence(hit.sentence)])
        } else {
            builder.bool("ur_partially_certified", false, [])
        }

        // Earlier treatment of the requested kind and region.
        var regions: Set<String> = []
        if case .terms(let list)? = requestFacts["body_regions"]?.value { regions = Set(list) }
        let procedureMentions = analysis.mentions(of: "procedure").filter { !$0.negated }
        func inRegion(_ sentence: Int) -> Bool {
            regions.isEmpty
                || analysis.mentions.contains {
                    $0.sentence == sentence && $0.term.vocabulary == "body_region" && regions.contains($0.term.id)
                }
        }
        func isPast(_ sentence: Int) -> Bool { !review(sentence) && !Cues.past.hits(in: text, sentence: sentence).isEmpty }
        // An earlier study of the same kind (MRI or CT for cross-sectional imaging, X-ray, EMG/NCS) with a
        // date or a result, about a requested region (or about no named region).
        if case .term(let requested)? = requestFacts["procedure"]?.value, let kinds = studyKinds(of: requested, index) {
            func regionAllows(_ sentence: Int) -> Bool {
                let named = analysis.mentions.filter { $0.sentence == sentence && $0.term.vocabulary == "body_region" }
                return named.isEmpty || inRegion(sentence)
            }
            let earlier = procedureMentions.first { m in
                !review(m.sentence) && !kinds.isDisjoint(with: index.ancestors(of: m.term.id, in: "procedure")) && regionAllows(m.sentence)
                    && (analysis.dates.contains { $0.sentence == m.sentence } || !resultCues.hits(in: text, sentence: m.sentence).isEmpty)
            }
            if let earlier { builder.bool("prior_study", true, [text.evidence(earlier.sentence)]) }
        }
        // Neurologic or radicular findings in the part of the body the request is about.
        let family = RegionFamilies.family(of: regions)
        if !family.isEmpty {
            // A finding belongs to the nearest body region named within a few words of it.
            let window = 8
            let regional = analysis.nerveFindings.filter { hit in
                let nearest = analysis.mentions
                    .filter { $0.sentence == hit.sentence && $0.term.vocabulary == "body_region" }
                    .map { (region: $0.term.id, distance: $0.first > hit.last ? $0.first - hit.last : hit.first - $0.last) }
                    .filter { $0.distance >= 0 && $0.distance <= window }
                    .min { $0.distance < $1.distance }
                return nearest.map { family.contains($0.region) } ?? false
            }
            if let positive = regional.first(where: { !$0.negated }) {
                builder.bool("regional_neuro_findings", true, [text.evidence(positive.sentence)])
            } else if let negative = regional.first {
                builder.bool("regional_neuro_findings", false, [text.evidence(negative.sentence)])
            }
        }
        let surgeries = procedureMentions.filter {
            index.category(ofProcedure: $0.term.id) == "surgery" && $0.term.id != "assistant_surgeon"
        }
        if let past = surgeries.first(where: { isPast($0.sentence) && inRegion($0.sentence) }) {
            builder.bool("prior_surgery", true, [text.evidence(past.sentence)])
        }
        if let fusion = surgeries.first(where: { $0.term.id == "fusion" && isPast($0.sentence) }) {
            builder.bool("prior_fusion", true, [text.evidence(fusion.sentence)])
        }
        if let planned = surgeries.first(where: { !Cues.plan.hits(in: text, sentence: $0.sentence).isEmpty }) {
            builder.bool("surgical_candidate", true, [text.evidence(planned.sentence)])
        }
        if let (value, evidence) = decide(homeExercise.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("home_exercise_program", value, evidence)
        }
        // Sessions of the requested therapy already completed, and their benefit.
        if case .term(let procedure)? = requestFacts["procedure"]?.value {
            let family = index.ancestors(of: procedure, in: "procedure")
            let sameKind = procedureMentions.filter {
                !review($0.sentence) && !family.isDisjoint(with: index.ancestors(of: $0.term.id, in: "procedure"))
            }
            let continuation = ["additional", "continue", "continued", "continuing", "more", "further", "extension", "repeat"]
                .contains { continuationWord in phraseWords(request.request).contains(continuationWord) }
            if let past = sameKind.first(where: { isPast($0.sentence) || sessionCount(text, sentence: $0.sentence) != nil }) {
                builder.bool("prior_therapy", true, [text.evidence(past.sentence)])
            } else if continuation {
                builder.bool("prior_therapy", true, [])
            } else {
                builder.bool("prior_therapy", false, [])
            }
            for mention in sameKind {
                if let count = sessionCount(text, sentence: mention.sentence) {
                    builder.set("prior_sessions", .number(Double(count)), [text.evidence(mention.sentence)])
                    break
                }
            }
            // A benefit counts when it is functional; a stated lack of benefit counts whatever it names.
            let benefitHits = sameKind.flatMap { mention in
                benefit.hits(in: text, sentence: mention.sentence).filter {
                    $0.negated || !functionalGain.hits(in: text, sentence: mention.sentence).isEmpty
                }
            }
            if let (value, evidence) = decide(benefitHits, in: text, .negativeWins) {
                builder.bool("prior_therapy_benefit", value, evidence)
            }
        }
    }

    static let resultCues = CueSet([
        "yes": [
            "showed", "revealed", "demonstrated", "impression", "findings", "noted", "shows", "reveals", "performed", "dated",
            "was negative", "was positive", "was normal",
        ]
    ])

    /// Days from the earliest dated use of the requested drug (or "since …", "for N months") to the decision date.
    static func useDuration(_ analysis: CaseAnalysis, sentences: Set<Int>) -> (Int, Int)? {
        guard let decision = analysis.referenceDate else { return nil }
        var best: (Int, Int)?
        for sentence in sentences.sorted() {
            for mention in analysis.dates where mention.sentence == sentence {
                let days = mention.date.days(to: decision)
                if days >= 0, best == nil || days > best!.0 { best = (days, sentence) }
            }
            let words = analysis.text.tokens(of: sentence).map(\.word)
            for (position, word) in words.enumerated() where position >= 1 {
                guard let count = countValue(words[position - 1]) else { continue }
                let unit: Int? = word.hasPrefix("month") ? 30 : word.hasPrefix("year") ? 365 : word.hasPrefix("week") ? 7 : nil
                guard let unit, position >= 2, ["for", "over", "past", "last"].contains(words[position - 2]) else { continue }
                let days = count * unit
                if best == nil || days > best!.0 { best = (days, sentence) }
            }
        }
        return best
    }

    /// The count of completed sessions in a sentence: "completed 12 sessions", "had 24 visits".
    static func sessionCount(_ text: CaseText, sentence: Int) -> Int? {
        let words = text.tokens(of: sentence).map(\.word)
        let past: Set<String> = [
            "completed", "attended", "had", "received", "underwent", "prior", "previous", "previously", "undergone", "authorized",
            "certified", "approved", "included", "includes", "include", "including", "course", "rendered", "tried", "already",
        ]
        guard words.contains(where: past.contains) else { return nil }
        for (position, word) in words.enumerated() where sessionUnits.contains(word) && position >= 1 {
            var back = position - 1
            var skipped = 0
            while back >= 0, skipped < 3, countValue(words[back]) == nil {
                back -= 1
                skipped += 1
            }
            if back >= 0, let value = countValue(words[back]), value > 0, value < 200 { return value }
        }
        return nil
    }

    /// The procedures that count as an earlier study of the same kind as `requested`, or `nil` when
    /// `requested` is not a diagnostic study.
    static func studyKinds(of requested: String, _ index: LexiconIndex) -> Set<String>? {
        let family = index.ancestors(of: requested, in: "procedure")
        if !family.isDisjoint(with: ["mri", "ct"]) { return ["mri", "ct"] }
        if family.contains("xray") { return ["xray"] }
        if !family.isDisjoint(with: ["emg", "ncs"]) { return ["emg", "ncs"] }
        return nil
    }

    /// Daily morphine-equivalent dose of the requested opioid (CDC conversion factors), from its
    /// strength and a daily unit count read from the request ("four times a day", "every 4-6 hours",
    /// "twice daily"), or quantity over 30 days.
    static func morphineEquivalent(_ facts: FactSet, request: RequestedItem, analysis: CaseAnalysis) -> Double? {
        guard case .number(let strength)? = facts["strength_mg"]?.value, case .terms(let ingredients)? = facts["ingredients"]?.value,
            let factor = ingredients.compactMap({ opioidFactors[$0] }).first
        else { return nil }
        let words = phraseWords(request.request)
        var perDay: Double?
        let frequencies: [([String], Double)] = [
            (["four", "times", "a", "day"], 4), (["three", "times", "a", "day"], 3), (["twice", "a", "day"], 2), (["twice", "daily"], 2),
            (["every", "4", "6", "hours"], 6), (["every", "6", "hours"], 4), (["every", "4", "hours"], 6), (["every", "8", "hours"], 3),
            (["once", "a", "day"], 1), (["daily"], 1), (["qid"], 4), (["tid"], 3), (["bid"], 2),
        ]
        for (phrase, count) in frequencies where contains(words, phrase) {
            perDay = count
            break
        }
        if perDay == nil, case .number(let quantity)? = facts["quantity"]?.value { perDay = quantity / 30 }
        guard let perDay else { return nil }
        if ingredients.contains("fentanyl") { return strength * 1000 * 2.4 }
        return (strength * perDay * factor * 10).rounded() / 10
    }
}
