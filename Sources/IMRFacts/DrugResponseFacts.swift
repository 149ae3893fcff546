import IMRVocabulary

/// Dose and response facts of the requested drug that the opioid and neuropathic-drug rules need:
/// the day's morphine-equivalent dose summed over every current opioid (CPMTG 2009 "Opioid
/// dosing", p. 86: the ceiling applies to all opioids taken together), and the pain relief
/// documented for the requested drug itself (CPMTG 2009 "Antiepilepsy drugs", p. 16: a 30% or
/// 50% response decides whether to continue), not for the medications in general; and the classes
/// of the other current drugs.
enum DrugResponseFacts {
    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        guard case .term(let name)? = requestFacts[.drug]?.value else {
            // A service (a drug screen) adds no opioid: the day's dose is the current opioids'.
            readTotalDose(analysis, requested: nil, [], into: &builder)
            return
        }
        let text = analysis.text
        let index = analysis.index
        let requested = index.id(name)
        let requestedIngredients = requestFacts.termIDs(.ingredients, index)
        let classes = requestFacts.termIDs(.drugClasses, index)

        if classes.contains(index[.opioid]) {
            readTotalDose(
                analysis, requested: requested, requestedIngredients, longActing: classes.contains(index[.longActingOpioid]), into: &builder
            )
        } else {
            // A drug that is no opioid (naloxone, a laxative) adds none: the day's dose is the current opioids'.
            readTotalDose(analysis, requested: nil, [], into: &builder)
        }

        // Classes of the other current drugs: what has been tried besides the requested drug (a
        // first-line laxative before a second-line one, acetaminophen before an NSAID).
        // The requested product named by its ingredient and its form is the requested drug.
        let aliases = DrugForms.aliases(of: requested, analysis)
        let others = MedicationFacts.regimen(analysis).filter { $0.drug != requested && !aliases.contains($0.drug) }
        let otherClasses = others.reduce(into: TermSet()) { $0.formUnion(index.classes(ofDrug: $1.drug)) }
        if !otherClasses.isEmpty {
            let sentences = Array(Set(others.map(\.sentence))).sorted()
            builder.set(.otherMedicationClasses, .terms(index.ids.names(of: otherClasses)), sentences.map(text.evidence))
        } else if !MedicationFacts.regimen(analysis).isEmpty {
            builder.set(.otherMedicationClasses, .terms([]), [])
        }

        // Relief from the requested drug: the parts of sentences about it (brand, generic or
        // ingredient), even in a negated clause ("8/10 without Lyrica"); a negated relief word gives
        // no percentage.
        var best: Relief?
        var memo: [Range<Int>: Relief?] = [:]  // one reading per span, however many mentions it holds
        let drugClasses = classes
        var spans: [Int: [Range<Int>]] = [:]
        var reliefHits: [Int: [CueHit]] = [:]  // the relief words of each sentence, sorted
        var spoken = false  // whether a relief word stands in a part of a sentence about the drug
        for mention in analysis.mentions
        where
            ((mention.term.kind == .drug && (mention.term.id == requested || aliases.contains(mention.term.id)))
            || (mention.term.kind == .ingredient && requestedIngredients.count == 1 && requestedIngredients.contains(mention.term.id)))
            && !analysis.isReviewSentence(mention.sentence)
        {
            let scope = analysis.drugScope
            if spans[mention.sentence] == nil {
                spans[mention.sentence] = Self.spans(inSentence: mention.sentence, about: requested, classes: drugClasses, scope)
            }
            let first = scope.segmentIndices(of: mention.sentence).lowerBound
            let span =
                scope.segmentIndex(sentence: mention.sentence, token: mention.first).map { spans[mention.sentence]![$0 - first] }
                ?? mention.first..<(mention.last + 1)
            if reliefHits[mention.sentence] == nil {
                reliefHits[mention.sentence] = analysis.index.cues.set(.drugRelief).hits(in: text, sentence: mention.sentence)
            }
            if memo[span] == nil {
                memo[span] = relief(analysis, sentence: mention.sentence, span: span, hits: reliefHits[mention.sentence]!)
            }
            if reliefHits[mention.sentence]!.contains(where: { span.contains($0.first) }) { spoken = true }
            guard let relief = memo[span] ?? nil else { continue }
            if best == nil || relief.percent > best!.percent { best = relief }
        }
        // Else, for a drug taken already and nothing said of its own relief, the relief from the
        // medications in general ("Pain 10/10 w/o meds vs 5/10 w/ meds"), as the drug statements'
        // general tier reads benefit.
        if best == nil, !spoken,
            MedicationFacts.current(analysis).contains(where: { ($0.drug == requested || aliases.contains($0.drug)) && !$0.starting })
        {
            best = generalRelief(analysis, requested: requested, classes: drugClasses)
        }
        // Else the pain before the drug and now, told by time words across its sentence and the
        // next (``PainOverTime``): the drug's own, or the medications' when it is taken already.
        if best == nil {
            let taken = MedicationFacts.current(analysis).contains(where: {
                ($0.drug == requested || aliases.contains($0.drug)) && !$0.starting
            })
            for change in PainOverTime.changes(in: analysis) {
                guard let percent = change.percent else { continue }
                let subject = analysis.drugScope.subject(sentence: change.sentence, token: change.first)
                let relations = ([requested] + aliases).map { subject.relation(to: $0, classes: drugClasses) }
                guard relations.contains(.specific) || taken && !relations.allSatisfy({ $0 == .other }) else { continue }
                best = Relief(percent: percent, sentence: change.sentence)
                break
            }
        }
        // Pain with and without the drug or the medications in general (``DosePainPairs``).
        let pair = DosePainPairs.pairs(in: analysis).first { pair in
            ([requested] + aliases).contains { pair.relation(to: $0, classes: drugClasses) != .other }
        }
        if let pair {
            builder.bool(.painWithWithoutMedication, true, [text.evidence(pair.sentence)])
            // Else, for a pair about the drug itself, its relief is the share of the pain without
            // it that the pair's scores tell gone ("on the meloxicam 3/10; off it for ten days,
            // 7/10": 57.1); a pair about the medications in general speaks for it only as read above.
            if best == nil, ([requested] + aliases).contains(where: { pair.relation(to: $0, classes: drugClasses) == .specific }) {
                best = Relief(percent: pair.percent, sentence: pair.sentence)
            }
        }
        guard let best else { return }
        builder.set(.painReliefPercent, .number(best.percent), [text.evidence(best.sentence)])
        // Pain before and after a dose of it is its pain with and without medication.
        if best.ofDose { builder.bool(.painWithWithoutMedication, true, [text.evidence(best.sentence)]) }
    }

    /// A relief read for the requested drug: its percentage, its sentence, and whether it is pain
    /// told before and after a dose (``PainChange/ofDose``).
    struct Relief {
        var percent: Double
        var sentence: Int
        var ofDose = false
    }

    /// The relief in words `span` of sentence `sentence` (`hits`: the sentence's `drug_relief`
    /// words): a percentage or two scores (``reliefPercent(_:tokens:hits:)``), else a pain
    /// change there ("Norco reduces his pain from 8 to 4", "8/10 before a dose and 4/10 after").
    static func relief(_ analysis: CaseAnalysis, sentence: Int, span: Range<Int>, hits: [CueHit]) -> Relief? {
        if let percent = reliefPercent(analysis, tokens: span, hits: hits) {
            return Relief(percent: percent, sentence: sentence)
        }
        guard let change = PainChange.changes(in: analysis).first(where: { $0.sentence == sentence && span.contains($0.first) }),
            let percent = change.percent
        else { return nil }
        return Relief(percent: percent, sentence: sentence, ofDose: change.ofDose)
    }

    /// The largest relief read in the parts of sentences about the medications in general, or in
    /// a part about no other drug telling pain before and after a dose ("She rates her pain 8/10
    /// before a dose and 4/10 after it"), outside review sentences.
    static func generalRelief(_ analysis: CaseAnalysis, requested: TermID, classes: TermSet) -> Relief? {
        let text = analysis.text
        let scope = analysis.drugScope
        var best: Relief?
        for sentence in text.sentences.indices where !analysis.isReviewSentence(sentence) {
            let indices = scope.segmentIndices(of: sentence)
            var found: Relief?
            if let general = indices.first(where: { scope.segments[$0].subject == .medications }) {
                let span = spans(inSentence: sentence, about: requested, classes: classes, scope)[general - indices.lowerBound]
                let hits = analysis.index.cues.set(.drugRelief).hits(in: text, sentence: sentence)
                found = relief(analysis, sentence: sentence, span: span, hits: hits)
            } else if let change = PainChange.changes(in: analysis).first(where: { $0.sentence == sentence && $0.ofDose }),
                scope.subject(sentence: sentence, token: change.first).relation(to: requested, classes: classes) != .other,
                let percent = change.percent
            {
                found = Relief(percent: percent, sentence: sentence, ofDose: true)
            }
            if let found, best == nil || found.percent > best!.percent { best = found }
        }
        return best
    }

    /// The day's morphine-equivalent dose: the requested opioid's (when computable) plus every other
    /// current opioid whose strength and frequency the summary states. Without the requested dose,
    /// the others alone are reported only when they already exceed 120 mg (a lower bound). For a
    /// request that is no opioid (`requested` nil: naloxone, a drug screen) the current opioids'
    /// dose is the day's total, reported when one of them is read.
    ///
    /// An opioid of the requested drug's ingredient is the requested drug named another way, and is
    /// not added, unless it is of the other release (`longActing`: the request's) while the summary
    /// names the requested drug too: a long-acting and a short-acting form of one drug taken
    /// together ("OxyContin 40 mg twice a day and oxycodone 15 mg four times a day for breakthrough
    /// pain") are two doses of the day (CPMTG p. 86: every opioid taken together).
    static func readTotalDose(
        _ analysis: CaseAnalysis, requested: TermID?, _ requestedIngredients: TermSet, longActing: Bool = false,
        into builder: inout FactBuilder
    ) {
        let text = analysis.text
        var requestedDose: Double?
        if requested == nil {
            requestedDose = 0
        } else if case .number(let dose)? = builder.facts[.morphineEquivalentDose]?.value {
            requestedDose = dose
        }
        let index = analysis.index
        var others: [TermID: (Double, Int)] = [:]
        var read: [TermID: Set<Int>] = [:]  // a sentence gives a drug's dose once
        let regimen = MedicationFacts.regimen(analysis)
        let longActingClass = index[.longActingOpioid]
        let requestedNamed = requested.map { drug in regimen.contains { $0.drug == drug } } ?? false
        for use in regimen where use.drug != requested && read[use.drug, default: []].insert(use.sentence).inserted {
            let (drug, sentence) = (use.drug, use.sentence)
            let ingredients = index.ingredients(of: drug)
            let classes = index.classes(ofDrug: drug)
            let sameDrug =
                ingredients.contains { requestedIngredients.contains($0) }
                && !(requestedNamed && classes.contains(longActingClass) != longActing)
            guard classes.contains(index[.opioid]), !sameDrug,
                let dose = dailyDose(of: drug, ingredients: ingredients, in: text, sentence: sentence, analysis: analysis)
            else { continue }
            others[drug] = (dose, sentence)
        }
        let otherTotal = others.values.reduce(0) { $0 + $1.0 }
        let evidence = others.values.map(\.1).sorted().map(text.evidence)
        if requested == nil && others.isEmpty { return }
        if let requestedDose {
            builder.set(.totalMorphineEquivalentDose, .number(((requestedDose + otherTotal) * 10).rounded() / 10), evidence)
        } else if otherTotal > 120 {
            builder.set(.totalMorphineEquivalentDose, .number((otherTotal * 10).rounded() / 10), evidence)
        }
    }

    /// The daily morphine-equivalent dose of `drug` as sentence `sentence` prescribes it: the
    /// strength after the drug's name and a frequency in the same sentence (a patch of
    /// `mme_factor_per_mcg_hour` needs only its mcg/h strength).
    static func dailyDose(of drug: TermID, ingredients: [TermID], in text: CaseText, sentence: Int, analysis: CaseAnalysis) -> Double? {
        guard let mention = analysis.mentions(inSentence: sentence).first(where: { $0.term.kind == .drug && $0.term.id == drug }) else {
            return nil
        }
        let tokens = text.tokens(of: sentence)
        let start = text.tokens[mention.last].end
        // The span of this drug: up to the next drug named in the sentence.
        let nextDrug = analysis.mentions(inSentence: sentence).first {
            $0.first > mention.last && $0.term.kind == .drug
        }
        let end = nextDrug.map { text.tokens[$0.first].start } ?? (tokens.last?.end ?? start)
        guard end > start else { return nil }
        let bytes = Array(text.bytes[start..<end])
        guard let (strength, perMilligram) = analysis.index.cues.strength(in: bytes, startingWithin: 40) else { return nil }
        let microgram = perMilligram > 1
        if let factor = analysis.index.cues.group(.mmeFactorPerMcgHour, label: drug).flatMap(Double.init) {
            return microgram ? strength * factor : nil
        }
        guard !microgram else { return nil }
        let words = bytes.withUnsafeBufferPointer { phraseWords(utf8: $0) }
        guard
            let perDay = analysis.index.cues.firstLabel(.prescriptionFrequency, in: words).flatMap(Double.init),
            let factor = ingredients.compactMap({ conversionFactor(of: $0, dailyMg: strength * perDay, analysis.index) }).first
        else { return nil }
        return strength * perDay * factor
    }

    /// The morphine-equivalent factor of `ingredient` taken at `dailyMg` milligrams a day: the band
    /// of `mme_factor_bands` with the highest lowest daily dose at or below it (the CDC 2016 table's
    /// methadone: 4 from 1 mg a day, 8 from 21, 10 from 41, 12 from 61), else its `mme_factor`.
    static func conversionFactor(of ingredient: TermID, dailyMg: Double, _ index: LexiconIndex) -> Double? {
        guard ingredient != .missing else { return nil }
        let cues = index.cues
        var band: (from: Double, factor: Double)?
        for row in cues.sequences(.mmeFactorBands) where row.words.count == 2 && index.id(row.words[0]) == ingredient {
            guard let from = Double(row.words[1]), let factor = Double(row.label), from <= dailyMg, from > band?.from ?? -1 else {
                continue
            }
            band = (from, factor)
        }
        return band?.factor ?? cues.group(.mmeFactor, label: ingredient).flatMap(Double.init)
    }

    /// For each segment of a sentence, the words around it that may speak of the requested drug:
    /// the run of neighbouring segments about it, the medications in general, or no drug in
    /// particular, up to a segment about another drug ("Norco gives 50% relief and gabapentin
    /// none": not gabapentin's). One pass over the sentence's segments; the spans in their order.
    static func spans(inSentence sentence: Int, about drug: TermID, classes: TermSet, _ scope: DrugScope) -> [Range<Int>] {
        let indices = scope.segmentIndices(of: sentence)
        let base = indices.lowerBound
        func relation(_ position: Int) -> DrugScope.Relation {
            scope.segments[base + position].subject.relation(to: drug, classes: classes)
        }
        var spans = indices.map { scope.segments[$0].tokens }
        var start = 0
        while start < spans.count {
            guard relation(start) != .other else {
                start += 1
                continue
            }
            var end = start
            while end + 1 < spans.count, relation(end + 1) != .other { end += 1 }
            let span = scope.segments[base + start].tokens.lowerBound..<scope.segments[base + end].tokens.upperBound
            for index in start...end { spans[index] = span }
            start = end + 1
        }
        return spans
    }

    /// Pain relief in the tokens `tokens` (`hits`: the `drug_relief` words of their sentence): a
    /// percentage with a relief word
    /// (`50% relief`, `decreases his pain by 30 percent`), else two pain scores with
    /// `with`/`without` or `from`/`to` (`8/10 without and 4/10 with` → 50).
    static func reliefPercent(_ analysis: CaseAnalysis, tokens range: Range<Int>, hits: [CueHit]) -> Double? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let low = hits.partitioningIndex { $0.first >= range.lowerBound }
        let relieved = hits[low...].prefix { range.contains($0.first) }.contains { !$0.negated }
        guard !range.isEmpty else { return nil }
        // Whether the words hold a with/without or from/to pair, read only when it decides.
        var compared: Bool?
        func paired() -> Bool {
            if compared == nil { compared = cues.comparesScores(range.map(text.word(at:))) }
            return compared!
        }
        let bytes = text.bytes
        var position = text.tokens[range.lowerBound].start
        let stop = text.tokens[range.upperBound - 1].end
        // Without a relief word only two scores can give the relief, and each score ends with "/10":
        // fewer than two of those, and the span says nothing (its words need not be read).
        guard relieved || slashTens(in: bytes, from: position, to: stop) >= 2 && paired() else { return nil }
        var percents: [Double] = []
        var scores: [Double] = []
        var scoreStarts: [Int] = []  // the byte where each score starts
        while position < stop {
            guard let (value, end) = decimal(in: bytes, at: position) else {
                position += 1
                continue
            }
            if let (upper, upperEnd) = rangeEnd(after: end, in: bytes, cues), cues.isPercent(after: upperEnd, in: bytes), upper <= 100 {
                // A range of relief ("50-60%", "30 to 40 percent"): its lower bound, the relief a
                // clinician can credit.
                percents.append(min(value, upper))
                position = upperEnd
                continue
            }
            if cues.isPercent(after: end, in: bytes), value <= 100 {
                if !isStrength(analysis, number: position, end: end, hits: hits) { percents.append(value) }
            } else if end + 2 < bytes.count, bytes[end] == 47, bytes[end + 1] == 49, bytes[end + 2] == 48, value <= 10 {
                scores.append(value)
                scoreStarts.append(position)
            }
            position = end
        }
        if relieved, let percent = percents.first { return percent }
        // A fraction of the pain ("reduces her pain by half").
        if relieved, let fraction = fraction(in: range.map(text.word(at:)), cues) { return fraction }
        if scores.count == 2, paired(), let high = scores.max(), let low = scores.min(), high > 0 {
            // A "from" and a "to" tell which score is before, whatever their size: "from 3/10 to
            // 7/10" is a rise and no relief. A with/without pair's lower score is the one with it.
            let words = range.map(text.word(at:))
            if cues.compares(CueLabel.fromTo.name, in: words), !cues.compares(CueLabel.withWithout.name, in: words) {
                let places = cues.scoreComparisons.places(CueLabel.fromTo.name, in: words)
                if let from = places.first(where: { $0.word == 0 }), let to = places.first(where: { $0.word == 1 }) {
                    let start = { (place: Int) in text.tokens[range.lowerBound + place].start }
                    // Each word governs the score after it: the score written after "from" is before.
                    let fromFirst = start(from.start) < start(to.start)
                    let (before, after) = fromFirst == (scoreStarts[0] < scoreStarts[1]) ? (scores[0], scores[1]) : (scores[1], scores[0])
                    return before > 0 && after < before ? ((before - after) / before * 1000).rounded() / 10 : nil
                }
            }
            return ((high - low) / high * 1000).rounded() / 10
        }
        return nil
    }
    /// Whether the percent whose number spans bytes `number..<end` tells a product's strength, not
    /// a relief: a drug or ingredient named right before the number, only spaces between, and no
    /// `drug_relief` word (`hits`) right after the percent ("Lidoderm 5%, one patch cut to the
    /// area", "lidocaine 5% ointment"; "Norco 60% relief" stays a relief), or a drug, an ingredient
    /// or a `drug_form_words` word right after it ("5% patch", "0.075% cream", "2% lidocaine").
    private static func isStrength(_ analysis: CaseAnalysis, number: Int, end: Int, hits: [CueHit]) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (bytes, tokens) = (text.bytes, text.tokens)
        var sign = end
        while sign < bytes.count, bytes[sign] == 32 { sign += 1 }
        if sign < bytes.count, bytes[sign] == 37 {
            sign += 1
        } else if let word = letterWord(in: bytes, at: sign) {
            sign += word.utf8.count
        }
        let after = tokens.partitioningIndex { $0.start >= sign }
        let before = tokens.partitioningIndex { $0.end > number } - 1
        guard let sentence = text.sentence(ofToken: max(0, before)) ?? text.sentence(ofToken: after) else { return false }
        let names = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .drug || $0.term.kind == .ingredient }
        if after < tokens.count, names.contains(where: { $0.first == after }) || cues.wordList(.drugFormWords).contains(tokens[after]) {
            return true
        }
        guard before >= 0, names.contains(where: { $0.last == before }), bytes[tokens[before].end..<number].allSatisfy({ $0 == 32 })
        else { return false }
        return !hits.contains { $0.first == after }
    }

    /// The relief a `relief_fraction` phrase of `words` tells ("by half": 50), the first listed.
    private static func fraction(in words: [String], _ cues: CueBook) -> Double? {
        cues.sequences(.reliefFraction).first { contains(words, $0.words) }.flatMap { Double($0.label) }
    }

    /// How many "/10" stand in `bytes` from offset `start` where a number read before offset `stop`
    /// may end: before `stop`, or at the end of the number running across it ("4.5/10").
    private static func slashTens(in bytes: [UInt8], from start: Int, to stop: Int) -> Int {
        var last = stop
        while last < bytes.count, isDigit(bytes[last]) || bytes[last] == 46 { last += 1 }
        var count = 0
        var index = start
        while index <= last, index + 2 < bytes.count {
            if bytes[index] == 47, bytes[index + 1] == 49, bytes[index + 2] == 48 { count += 1 }
            index += 1
        }
        return count
    }

    /// The upper end of a range whose lower number ends at offset `end` of `bytes` (a `%` after the
    /// lower one allowed): a hyphen or dash, or a `pain_score_range` word ("to"), then a number.
    private static func rangeEnd(after end: Int, in bytes: [UInt8], _ cues: CueBook) -> (value: Double, end: Int)? {
        var index = end
        if index < bytes.count, bytes[index] == 37 { index += 1 }
        while index < bytes.count, bytes[index] == 32 { index += 1 }
        if index < bytes.count, bytes[index] == 45 {
            index += 1
        } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 {
            index += 3  // an en dash
        } else if let word = letterWord(in: bytes, at: index), cues.words(.painScoreRange).contains(word) {
            index += word.utf8.count
        } else {
            return nil
        }
        while index < bytes.count, bytes[index] == 32 { index += 1 }
        return decimal(in: bytes, at: index)
    }
}
