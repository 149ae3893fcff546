import IMRCore
import IMRLetters

/// Case facts that depend on what is requested: use of the requested drug, concurrent drugs,
/// earlier treatment of the requested kind, and what UR did with it.
enum RequestCaseFacts {
    static func read(
        _ analysis: CaseAnalysis, request: RequestedItem, requestFacts: FactSet, requestMentions: [Mention], into builder: inout FactBuilder
    ) {
        let text = analysis.text
        let index = analysis.index
        let cues = index.cues
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
            let using = mentioned.filter { !analysis.isPlanOnly($0.sentence) }
            if let first = using.first {
                builder.bool("already_using", true, [text.evidence(first.sentence)])
            } else if let planned = mentioned.first {
                builder.bool("already_using", false, [text.evidence(planned.sentence)])
            } else if let start = analysis.mentions(of: "drug").first(where: {
                requestedDrugs.contains($0.term.id) && analysis.occurs(.starting, in: $0.sentence)
            }) {
                builder.bool("already_using", false, [text.evidence(start.sentence)])
            } else if let other = current.first(where: { !analysis.isPlanOnly($0.sentence) }) {
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
            for hit in cues.set(.weaning).hits(in: text) where !hit.negated {
                let drugs = analysis.mentions(inSentence: hit.sentence).filter { requestedDrugs.contains($0.term.id) }
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
        } else if let hit = cues.set(.partialCertification).hits(in: text).first(where: { !$0.negated }) {
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
                || analysis.mentions(inSentence: sentence).contains {
                    $0.term.vocabulary == "body_region" && regions.contains($0.term.id)
                }
        }
        func isPast(_ sentence: Int) -> Bool { !review(sentence) && analysis.occurs(.past, in: sentence) }
        // An earlier study of the same kind (MRI or CT for cross-sectional imaging, X-ray, EMG/NCS) with a
        // date or a result, about a requested region (or about no named region).
        if case .term(let requested)? = requestFacts["procedure"]?.value, let kinds = studyKinds(of: requested, index) {
            func regionAllows(_ sentence: Int) -> Bool {
                let named = analysis.mentions(inSentence: sentence).filter { $0.term.vocabulary == "body_region" }
                return named.isEmpty || inRegion(sentence)
            }
            let earlier = procedureMentions.first { m in
                !review(m.sentence) && !kinds.isDisjoint(with: index.ancestors(of: m.term.id, in: "procedure")) && regionAllows(m.sentence)
                    && (analysis.dates.contains { $0.sentence == m.sentence }
                        || analysis.occurs(.studyResult, in: m.sentence))
            }
            if let earlier { builder.bool("prior_study", true, [text.evidence(earlier.sentence)]) }
        }
        // Neurologic or radicular findings in the part of the body the request is about.
        let family = regionFamily(of: regions, cues)
        if !family.isEmpty {
            // A finding belongs to the nearest body region named within a few words of it.
            let window = 8
            let regional = analysis.nerveFindings.filter { hit in
                let nearest = analysis.mentions(near: hit, within: window)
                    .filter { $0.term.vocabulary == "body_region" }
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
        if let planned = surgeries.first(where: { analysis.occurs(.plan, in: $0.sentence) }) {
            builder.bool("surgical_candidate", true, [text.evidence(planned.sentence)])
        }
        // Sessions of the requested therapy already completed, and their benefit.
        if case .term(let procedure)? = requestFacts["procedure"]?.value {
            let family = index.ancestors(of: procedure, in: "procedure")
            let sameKind = procedureMentions.filter {
                !review($0.sentence) && !family.isDisjoint(with: index.ancestors(of: $0.term.id, in: "procedure"))
            }
            let continuation = !Set(phraseWords(request.request)).isDisjoint(with: cues.words(.requestContinuation))
            if let past = sameKind.first(where: { isPast($0.sentence) || sessionCount(text, sentence: $0.sentence, cues) != nil }) {
                builder.bool("prior_therapy", true, [text.evidence(past.sentence)])
            } else if continuation {
                builder.bool("prior_therapy", true, [])
            } else {
                builder.bool("prior_therapy", false, [])
            }
            for mention in sameKind {
                if let count = sessionCount(text, sentence: mention.sentence, cues) {
                    builder.set("prior_sessions", .number(Double(count)), [text.evidence(mention.sentence)])
                    break
                }
            }
            // A benefit counts when it is functional; a stated lack of benefit counts whatever it names.
            let benefitHits = sameKind.flatMap { mention in
                cues.set(.benefit).hits(in: text, sentence: mention.sentence).filter {
                    $0.negated || analysis.occurs(.functionalGain, in: mention.sentence)
                }
            }
            if let (value, evidence) = decide(benefitHits, in: text, .negativeWins) {
                builder.bool("prior_therapy_benefit", value, evidence)
            }
        }
    }

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
            let cues = analysis.index.cues
            for (position, word) in words.enumerated() where position >= 1 {
                guard let count = cues.count(words[position - 1]) else { continue }
                let unit: Int? = word.hasPrefix("month") ? 30 : word.hasPrefix("year") ? 365 : word.hasPrefix("week") ? 7 : nil
                guard let unit, position >= 2, cues.words(.durationLead).contains(words[position - 2]) else { continue }
                let days = count * unit
                if best == nil || days > best!.0 { best = (days, sentence) }
            }
        }
        return best
    }

    /// The count of completed sessions in a sentence: "completed 12 sessions", "had 24 visits".
    static func sessionCount(_ text: CaseText, sentence: Int, _ cues: CueBook) -> Int? {
        let words = text.tokens(of: sentence).map(\.word)
        let past = cues.words(.sessionPast)
        let units = cues.words(.sessionUnits)
        guard words.contains(where: past.contains) else { return nil }
        for (position, word) in words.enumerated() where units.contains(word) && position >= 1 {
            var back = position - 1
            var skipped = 0
            while back >= 0, skipped < 3, cues.count(words[back]) == nil {
                back -= 1
                skipped += 1
            }
            if back >= 0, let value = cues.count(words[back]), value > 0, value < 200 { return value }
        }
        return nil
    }

    /// The procedures that count as an earlier study of the same kind as `requested` (the members of
    /// its `study_kind` group), or `nil` when `requested` is not a diagnostic study.
    static func studyKinds(of requested: String, _ index: LexiconIndex) -> Set<String>? {
        let family = index.ancestors(of: requested, in: "procedure")
        for kind in index.cues.groupLabels(.studyKind) {
            let members = index.cues.group(.studyKind, members: kind)
            if !family.isDisjoint(with: members) { return members }
        }
        return nil
    }

    /// Every region of the `region_family` groups holding one of `regions`: arm findings bear on the
    /// neck and the upper limb, leg findings on the low back and the lower limb.
    static func regionFamily(of regions: Set<String>, _ cues: CueBook) -> Set<String> {
        var family: Set<String> = []
        for label in cues.groupLabels(.regionFamily) {
            let group = cues.group(.regionFamily, members: label)
            if !group.isDisjoint(with: regions) { family.formUnion(group) }
        }
        return family
    }

    /// Daily morphine-equivalent dose of the requested opioid (CDC conversion factors), from its
    /// strength and a daily unit count read from the request ("four times a day", "every 4-6 hours",
    /// "twice daily"), or quantity over 30 days.
    static func morphineEquivalent(_ facts: FactSet, request: RequestedItem, analysis: CaseAnalysis) -> Double? {
        guard case .number(let strength)? = facts["strength_mg"]?.value, case .terms(let ingredients)? = facts["ingredients"]?.value,
            let factor = ingredients.compactMap({ analysis.index.cues.group(.mmeFactor, label: $0).flatMap(Double.init) }).first
        else { return nil }
        let words = phraseWords(request.request)
        var perDay: Double?
        for (phrase, count) in analysis.index.cues.sequences(.doseFrequency) where contains(words, phrase) {
            perDay = Double(count)
            break
        }
        if perDay == nil, case .number(let quantity)? = facts["quantity"]?.value { perDay = quantity / 30 }
        guard let perDay else { return nil }
        if ingredients.contains("fentanyl") { return strength * 1000 * 2.4 }
        return (strength * perDay * factor * 10).rounded() / 10
    }
}
