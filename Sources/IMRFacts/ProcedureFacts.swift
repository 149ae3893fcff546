import IMRLetters
import IMRVocabulary

/// Facts that the procedure and service rules need beyond the standard families: whether the
/// conservative care a special study or a surgery waits for was done or is only planned, joint
/// findings and red flags of a limb, the response to a diagnostic block, the surgery a service
/// goes with, the duration a request asks for, and the dates of earlier injections
/// (``PriorInjectionFacts``).
///
/// The wording is data (`Rules/lexicon/procedures.cues`); `mechanical_signs` is a declared fact there.
enum ProcedureFacts {
    /// The request-independent facts.
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        let cues = analysis.index.cues
        ConservativeCareFacts.readGiven(analysis, into: &builder)
        CareDurations.read(analysis, into: &builder)
        TriggerPointSigns.read(analysis, into: &builder)
        SacroiliacProvocation.read(analysis, into: &builder)

        // The response to a diagnostic facet block: a response word in a sentence naming the block
        // (a relief word inside a denial or a qualifier of part, "only partial relief", is the
        // denial's), and the relief it gave as a number (``blockRelief(_:blocks:)``).
        var responses: [CueHit] = []
        let blocks = cues.set(.diagnosticBlock).hits(in: text).filter { !$0.negated }
        for sentence in Set(blocks.map(\.sentence)).sorted() {
            let hits = cues.set(.blockResponse).hits(in: text, sentence: sentence)
            responses += hits.filter { hit in
                hit.label == .no || hit.negated
                    || !hits.contains {
                        $0.label == .no && $0.first <= hit.first && hit.last <= $0.last && ($0.first, $0.last) != (hit.first, hit.last)
                    }
            }
        }
        let relief = blockRelief(analysis, blocks: blocks)
        if let (value, evidence) = decide(responses, in: text, .positiveWins) {
            builder.bool(.diagnosticBlockPositive, value, evidence)
        } else if let (percent, sentence) = relief {
            // Relief told only as scores: given when the pain fell (the rules compare how much).
            builder.bool(.diagnosticBlockPositive, percent > 0, [text.evidence(sentence)])
        }
        if let (percent, sentence) = relief, percent > 0 {
            builder.set(.diagnosticBlockRelief, .number(percent), [text.evidence(sentence)])
        }
    }

    /// `diagnostic_block_relief`: the relief a diagnostic block gave, in the first clause of the
    /// sentence of the block named that tells it (a clause of a drug's only when it is the block's
    /// own, read after the drug; not planned nor still to come, ``ProcedureReliefFacts/stillToCome(_:_:)`` for its
    /// sentence): with a `block_response` relief word, a percentage, a fraction of the pain in words
    /// or two scores (``DrugResponseFacts/reliefPercent(_:tokens:hits:)``); without one, the pain
    /// told before and after it (``MeasureChanges/painChanges(in:sentence:)``: "VAS 8 before, VAS 1
    /// after", or two scores one of which words mark as the earlier,
    /// ``ProcedureReliefFacts/scoresBeforeAfter(in:_:_:)``), 0 when it did not fall. The latest stated wins; else
    /// the relief of a pain diary kept after the block (``PainDiaries``), in sentences or as a table
    /// with bare scores. The rules compare it with the guideline's threshold.
    static func blockRelief(_ analysis: CaseAnalysis, blocks: [CueHit]) -> (Double, Int)? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        var found: (Double, Int)?
        for block in blocks where !analysis.isReviewSentence(block.sentence) && !analysis.isPlanSection(block.sentence) {
            let sentence = block.sentence
            let part = commaPart(of: block.first, in: text, sentence: sentence)
            let notYet = cues.set(.selectionNotYet).hits(in: text, sentence: sentence).contains { !$0.negated && part.contains($0.first) }
            guard !notYet else { continue }
            // Each clause of the sentence that is the block's or names no drug ("Norco gives 60%
            // relief; the medial branch block gave 80%"), read after the last drug it names (what
            // the block injected: "with 0.5 ml of 2% lidocaine").
            let drugs = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .drug || $0.term.kind == .drugClass }
            let hits = cues.set(.blockResponse).hits(in: text, sentence: sentence).filter { $0.label == .yes }
            var token = text.sentences[sentence].tokens.lowerBound
            while token < text.sentences[sentence].tokens.upperBound {
                let clause = text.clause(sentence: sentence, token: token)
                token = clause.upperBound + 1
                let named = drugs.filter { clause.contains($0.first) }
                guard named.isEmpty || clause.contains(block.first) else { continue }
                let start = max(clause.lowerBound, (named.map(\.last).max() ?? -1) + 1)
                guard sentence >= (found?.1 ?? 0) else { continue }
                let span = start..<max(start, clause.upperBound + 1)
                var relief: Double?
                if hits.contains(where: { !$0.negated && span.contains($0.first) }) {
                    relief = DrugResponseFacts.reliefPercent(analysis, tokens: span, hits: hits)
                } else if let change = MeasureChanges.painChanges(in: analysis, sentence: sentence).first(where: { span.contains($0.first) }
                ),
                    let before = change.before, let after = change.after, before > 0
                {
                    // Two scores before and after it: the share of the pain before that went (none when it rose).
                    relief = max(0, ((before - after) / before * 1000).rounded() / 10)
                }
                // ...or two scores, one marked as the earlier by the words after it, anywhere in the
                // clause (a score is no drug's strength: "went from 8/10 before the blocks to 1/10 for
                // the six hours of the local anesthetic").
                if relief == nil,
                    let (before, after) = ProcedureReliefFacts.scoresBeforeAfter(
                        in: clause.lowerBound..<(clause.upperBound + 1), text, cues),
                    before > 0
                {
                    relief = max(0, ((before - after) / before * 1000).rounded() / 10)
                }
                guard let relief else { continue }
                found = (relief, sentence)
                break
            }
        }
        // Else a pain diary kept after the block (``PainDiaries``): the latest block's; else one
        // kept as a table with bare scores (the tables read only here, when no relief is told).
        if found == nil {
            let told = blocks.reversed().filter { !analysis.isReviewSentence($0.sentence) && !analysis.isPlanSection($0.sentence) }
            for block in told {
                if let diary = PainDiaries.relief(after: block.sentence, analysis) { return (diary.percent, diary.sentence) }
            }
            let tables = told.isEmpty ? [] : TableGrids.tables(in: text)
            for block in told where !tables.isEmpty {
                if let diary = PainDiaries.tableRelief(after: block.sentence, tables: tables, analysis) {
                    return (diary.percent, diary.sentence)
                }
            }
        }
        return found
    }

    /// The facts that depend on the request: the surgery named in the summary for the requested
    /// region, and the duration the request asks for (`words`: the request's words, lower-cased,
    /// ``RequestText/phrase``).
    static func read(
        _ analysis: CaseAnalysis, request: RequestedItem, words: [String], requestFacts: FactSet, into builder: inout FactBuilder
    ) {
        let text = analysis.text
        let index = analysis.index
        let cues = index.cues
        let regions = analysis.requestedRegions(requestFacts)
        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }

        // Limb red flags now (neither negated nor history), in a sentence about a requested region
        // or about no region: a finger fracture is no red flag for the knee.
        func aboutRequest(_ sentence: Int) -> Bool { analysis.isAbout(regions: regions, sentence: sentence) }
        // An injection of the requested region, given or only planned; an anesthetic test is neither
        // (``isAnestheticTest(_:_:)``), and one denied is not given.
        var injected: [Int] = []
        var injectionPlanned: [Int] = []
        let injections = cues.set(.injection).hits(in: text).filter { aboutRequest($0.sentence) && !isAnestheticTest($0, analysis) }
        for hit in injections where !hit.negated {
            let sentence = hit.sentence
            if injected.contains(sentence) || injectionPlanned.contains(sentence) { continue }
            if analysis.occurs(.notYet, in: sentence) {
                injectionPlanned.append(sentence)
            } else if analysis.occurs(.treatmentDone, in: sentence) {
                injected.append(sentence)
            } else if analysis.occurs(.treatmentPlanned, in: sentence) || analysis.isPlanSection(sentence) || review(sentence) {
                injectionPlanned.append(sentence)
            } else {
                injected.append(sentence)
            }
        }
        if let first = injected.first {
            builder.bool(.injectionGiven, true, [text.evidence(first)])
        } else if let first = injectionPlanned.first ?? injections.first(where: { $0.negated && !review($0.sentence) })?.sentence {
            builder.bool(.injectionGiven, false, [text.evidence(first)])
        }

        let flags = cues.set(.limbRedFlags).hits(in: text).filter { !review($0.sentence) && aboutRequest($0.sentence) }
        // A flag an earlier visit found that a later one states gone in its kind is none now
        // (``ClinicalFacts/isSuperseded(_:among:_:)``: "no snuffbox tenderness" at the latest visit).
        let current = flags.filter {
            $0.label == .yes && !$0.negated && !analysis.occurs(.findingHistory, in: $0.sentence)
                && !ClinicalFacts.isSuperseded($0, among: flags, analysis)
        }
        if let first = current.first {
            builder.bool(.limbRedFlags, true, [text.evidence(first.sentence)])
        } else if let negated = flags.first(where: { $0.negated || $0.label == .no }) {
            builder.bool(.limbRedFlags, false, [text.evidence(negated.sentence)])
        }
        // The surgery of the requested region the summary names as done or planned.
        var surgeries = TermSet()
        var evidence: [Int] = []
        for mention in analysis.mentions(of: .procedure) where !mention.negated {
            guard index.category(ofProcedure: mention.term.id) == index[.surgery], mention.term.id != index[.assistantSurgeon],
                !analysis.isNonsurgical(mention), !analysis.namesConsult(mention)
            else {
                continue
            }
            let named = analysis.mentions(inSentence: mention.sentence).filter { $0.term.kind == .bodyRegion }
            let inRegion = regions.isEmpty || named.isEmpty || named.contains { regions.contains($0.term.id) }
            // Told done or planned by its sentence's words, or by its event's status (an entry of
            // the record: "Right total knee arthroplasty (Dr. Nguyen, 10/04/2016).").
            let timed =
                analysis.occurs(.past, in: mention.sentence)
                || analysis.occurs(.plan, in: mention.sentence)
                || SurgeryEvents.status(of: mention, analysis).map { [.done, .upcoming, .requested].contains($0) } ?? false
            guard inRegion, timed else { continue }
            surgeries.insert(mention.term.id)
            if !evidence.contains(mention.sentence) { evidence.append(mention.sentence) }
        }
        // The bare word ("surgery", "the operation") names the surgery named beside it, not another.
        if surgeries.count > 1 { surgeries = TermSet(inserting: surgeries.filter { $0 != index[.surgery] }) }
        if !surgeries.isEmpty {
            builder.set(.indexSurgery, .terms(index.ids.names(of: surgeries)), evidence.prefix(2).map(text.evidence))
        }
        if let days = durationDays(words, cues) {
            let evidence = Evidence(source: .request, sentence: request.request, start: 0, end: request.request.utf8.count)
            builder.set(.durationRequested, .days(days), [evidence])
        } else if let line = RequestLines.duration(of: requestFacts, analysis) {
            // The request states none: the summary's request line naming the item may.
            builder.set(.durationRequested, .days(line.days), [text.evidence(line.sentence)])
        }
        PriorInjectionFacts.read(analysis, requestFacts: requestFacts, into: &builder)
        SurgeryDateFacts.read(analysis, requestFacts: requestFacts, into: &builder)
    }

    /// Whether injection `hit` is an anesthetic injected as a test, not the steroid care: its
    /// clause names a drug of an `injected_anesthetic` class or an `injection_diagnostic` word
    /// ("a subacromial injection of lidocaine", "a diagnostic injection", "an impingement test
    /// injection"), and no drug of an `injected_steroid` class nor an `injection_steroid` word
    /// ("steroid/lidocaine injection", "Depo-Medrol and lidocaine").
    static func isAnestheticTest(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, index, cues) = (analysis.text, analysis.index, analysis.index.cues)
        let clause = text.clause(sentence: hit.sentence, token: hit.first)
        func classes(named group: TermGroupName) -> Bool {
            analysis.mentions(inSentence: hit.sentence).contains { mention in
                clause.contains(mention.first) && (mention.term.kind == .drug || mention.term.kind == .drugClass)
                    && (index.classes(ofDrug: mention.term.id) + [mention.term.id]).contains { cues.group(group, label: $0) != nil }
            }
        }
        func words(_ name: CueName) -> Bool { cues.set(name).hits(in: text, sentence: hit.sentence).contains { clause.contains($0.first) } }
        guard classes(named: .injectedAnesthetic) || words(.injectionDiagnostic) else { return false }
        return !classes(named: .injectedSteroid) && !words(.injectionSteroid)
    }

    /// The body regions a procedure's name implies: for a surgery named for its condition
    /// (`surgery_diagnosis`: a carpal tunnel release, a rotator cuff repair) that condition's region
    /// (`diagnosis_region`: the wrist, the shoulder), then the region of a surgery whose name implies
    /// it (`procedure_region`: a knee arthroplasty; a carpal tunnel release's hand, where its
    /// symptoms are). Empty for a procedure done on many parts of the body (an arthroscopy,
    /// physical therapy).
    static func impliedRegions(of procedure: TermID, _ index: LexiconIndex) -> [TermID] {
        let cues = index.cues
        let regions = [
            cues.group(.surgeryDiagnosis, label: procedure).flatMap { cues.group(.diagnosisRegion, label: index.id($0)) }.map(index.id),
            cues.group(.procedureRegion, label: procedure).map(index.id),
        ]
        return regions.reduce(into: []) { list, region in
            if let region, !list.contains(region) { list.append(region) }
        }
    }

    /// The tokens of sentence `sentence` between the commas (or `;`) around token `token`: one
    /// item of a list, or one clause of a sentence that tells several things.
    static func commaPart(of token: Int, in text: CaseText, sentence: Int) -> Range<Int> {
        let range = text.sentences[sentence].tokens
        func breakBefore(_ index: Int) -> Bool {
            text.tokens[index].semicolonBefore || text.bytes[text.tokens[index - 1].end..<text.tokens[index].start].contains(44)
        }
        var start = token
        while start > range.lowerBound, !breakBefore(start) { start -= 1 }
        var end = token + 1
        while end < range.upperBound, !breakBefore(end) { end += 1 }
        return start..<end
    }

    /// "7 day rental", "x 14 days", "for 2 weeks", "one month": the first count before a unit of time
    /// (words between are not allowed, so "6 visits over 2 weeks" reads 2 weeks), unless a course
    /// follows it ("2/wk x 4 wks": 2 a week is the frequency, 4 weeks the course) or a period does
    /// ("4 days per week for 3 months": days a week are a frequency, 3 months the course).
    static func durationDays(_ words: [String], _ cues: CueBook) -> Int? {
        let lead = cues.words(.requestCourseLead)
        let filler = cues.words(.requestFrequencyFiller)
        var position = 1
        while position < words.count {
            defer { position += 1 }
            guard let unit = cues.days(inUnit: words[position]), let count = cues.count(words[position - 1]), count > 0, count < 400
            else { continue }
            var after = position + 1
            while after < words.count, filler.contains(words[after]) { after += 1 }
            if after > position + 1, after < words.count, cues.label(of: words[after], in: .requestFrequencyPeriod) != nil { continue }
            var next = position + 1
            while next < words.count, lead.contains(words[next]) { next += 1 }
            if next > position + 1, next + 1 < words.count, cues.count(words[next]) != nil, cues.days(inUnit: words[next + 1]) != nil {
                continue
            }
            return count * unit
        }
        return nil
    }
}
