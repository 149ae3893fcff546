import IMRCore
import IMRVocabulary

/// An earlier injection's result told anywhere in the summary: the statements that tell the
/// relief of the last injection of the requested kind, wherever they stand. CPMTG 2009 p. 46
/// (epidural steroid injections: a repeat after at least 50% relief with reduced medication use for
/// six to eight weeks) and p. 122 (trigger point injections: more than 50% for six weeks) judge a
/// repeat by the last injection's result, which a record tells where it learns it: in the
/// injection's sentence, in a later dated entry of a log, in another paragraph that refers back to
/// it, or in the worker's own words.
///
/// The summary is read in sentence order, outside the review's sentences and the plan:
/// - an **event** is an injection given (a procedure mention of the injection category, neither
///   negated, still to come nor planned, ``isPlanned(_:_:)``): of the requested kind and region it
///   makes the requested injection the topic; of another kind or region (a knee cortisone
///   injection, a cervical block for a lumbar request), the other one;
/// - a sentence that refers back to an injection (`injection_anaphor`: "the injection", "that
///   block", "after the May injection") speaks of the last injection given before it; a reference
///   that names the requested kind ("the interlaminar epidural injection", "the lumbar epidural")
///   when none of that kind was given before it, or with a date of its own, is that injection
///   given, and one that names another region ("the knee injection") is another injection; a
///   reference with nothing before it to refer to ("That shot in my back on 04/04/2016") is the
///   requested injection;
/// - a sentence that names another treatment as given (a procedure of another category: "she then
///   completed 12 PT visits, which gave 50% improvement"), or a drug in a part with a relief word
///   and no relief in its other parts ("since starting gabapentin her leg pain is 60% better"),
///   makes that treatment the topic;
/// - a sentence that names none of these speaks of the topic ("The relief lasted about eight
///   weeks", a later entry of a log).
///
/// Each sentence that speaks of the requested injection is a statement; in it, the parts between
/// commas that name another treatment (and not the injection) are left out ("60% improvement, now
/// using Norco 1/day": the Norco part is the medication's), and the rest is read in runs of
/// adjacent parts. A planned injection's sentence tells hoped-for relief: it is no statement, and it
/// ends the topic.
enum InjectionResults {
    /// One stretch of a sentence that speaks of the requested injection.
    struct Statement {
        /// The sentence.
        var sentence: Int
        /// Tokens of the sentence to read: adjacent parts that name no other treatment.
        var span: Range<Int>
        /// The date of the injection it speaks of, when the summary gives one.
        var injectionDate: SimpleDate?
        /// The date of the statement (a date in its sentence after the injection's, else the date
        /// that opens its log entry), when the summary gives one.
        var date: SimpleDate?
    }

    /// Words around an injection within which a plan word makes it planned ("recommends a repeat
    /// ESI", "a repeat ESI is planned").
    static let planReach = 3
    /// Sentences back from a sentence within which a sentence opening with a date dates it (a log
    /// entry whose first sentence is "06/28/2016: Telephone call.").
    static let entryReach = 3

    /// The statements of the requested injection's result, in text order. `requested`: the
    /// requested procedure; `family`: its ancestors; `ofAnotherRegion`: whether an injection
    /// mention is of another region or side than the requested one (``PriorInjectionFacts``).
    static func statements(
        _ analysis: CaseAnalysis, requested: TermID, family: TermSet, ofAnotherRegion: (Mention) -> Bool
    ) -> [Statement] {
        let (index, text, cues) = (analysis.index, analysis.text, analysis.index.cues)
        let procedures = analysis.mentions(of: .procedure).filter { !$0.negated }
        let anaphors = cues.set(.injectionAnaphor).hits(in: text).filter { !$0.negated }
        let requests = cues.set(.requestDate).hits(in: text)
        let dates = Dictionary(grouping: analysis.dates, by: \.sentence)
        func covered(_ mention: Mention, by hits: [CueHit]) -> Bool {
            hits.contains { $0.sentence == mention.sentence && $0.first <= mention.first && mention.last <= $0.last }
        }
        func isInjection(_ mention: Mention) -> Bool { index.category(ofProcedure: mention.term.id) == index[.injection] }
        // A treatment: a procedure of a category that is neither a test, a referral, equipment nor
        // another service ("through the Spanish interpreter").
        let notTreatments: TermSet = [index[.test], index[.referral], index[.dme], index[.other]]
        func isTreatment(_ mention: Mention) -> Bool {
            guard let category = index.category(ofProcedure: mention.term.id), !notTreatments.contains(category) else { return false }
            return !index.lexicon.hierarchy.parents(of: category, in: .category, among: .requestKind).contains(
                where: notTreatments.contains)
        }
        func isRequested(_ mention: Mention) -> Bool {
            !family.isDisjoint(with: index.ancestors(of: mention.term.id, in: .procedure)) && !ofAnotherRegion(mention)
        }
        /// The date that opens sentence `sentence` or the nearest sentence before it within
        /// ``entryReach`` (not before `floor`): a log entry's date.
        func entryDate(of sentence: Int, floor: Int) -> SimpleDate? {
            var back = sentence
            while back >= max(floor, sentence - entryReach) {
                let start = text.sentences[back].start
                if let date = dates[back]?.first(where: { $0.offset <= start + 1 }) { return date.date }
                back -= 1
            }
            return nil
        }

        enum Topic { case requested, other }
        var topic: Topic?
        var lastInjection: Topic?
        var injectionDate: SimpleDate?
        var injectionSentence = 0
        var found: [Statement] = []
        /// What an injection named inside a reference ("the interlaminar epidural injection", "the
        /// knee injection", "the 06/14/2016 epidural") is: a reference refers back to the last
        /// injection given of the kind it names, so when none of the requested kind was given before
        /// it, or it names a date of its own, it tells the requested injection itself; one of another
        /// region is that other injection. A bare head word ("the injection", "that block") after
        /// another injection refers back to that one.
        func resolution(of mention: Mention, references: [CueHit]) -> Topic? {
            guard isInjection(mention) else { return nil }
            if ofAnotherRegion(mention) { return .other }
            guard isRequested(mention) else { return nil }
            if lastInjection == .requested {
                let span = ProcedureFacts.commaPart(of: mention.first, in: text, sentence: mention.sentence)
                let told = PriorInjectionFacts.datesTold(with: mention, in: span, dates[mention.sentence] ?? [], text, cues)
                return told.contains { date in injectionDate.map { date != $0 } ?? true } ? .requested : nil
            }
            if lastInjection == .other {
                let hit = references.first { $0.sentence == mention.sentence && $0.first <= mention.first && mention.last <= $0.last }
                return hit.map { mention.first < $0.last } ?? false ? .requested : nil
            }
            return .requested
        }
        var sentence = -1
        for range in text.sentences.indices {
            sentence = range
            guard !analysis.isReviewSentence(sentence) else { continue }
            if analysis.isPlanSection(sentence) {
                topic = nil
                continue
            }
            let named = procedures.drop { $0.sentence < sentence }.prefix { $0.sentence == sentence }
            let references = anaphors.filter { $0.sentence == sentence }
            var events: [Mention] = []
            var others: [Mention] = []
            var planned = false
            for mention in named where !covered(mention, by: requests) {
                let referring = covered(mention, by: references)
                if isPlanned(mention, analysis) {
                    if !referring && isInjection(mention) && isRequested(mention) { planned = true }
                    continue
                }
                if referring {
                    // A reference that names an injection resolves to what it names
                    // (`resolution(of:references:)`).
                    switch resolution(of: mention, references: references) {
                    case .requested: events.append(mention)
                    case .other: others.append(mention)
                    case nil: break
                    }
                    continue
                }
                if isInjection(mention) && isRequested(mention) {
                    events.append(mention)
                } else if isTreatment(mention) {
                    others.append(mention)
                }
            }
            // A reference with nothing before it to refer to ("That shot in my back on 04/04/2016",
            // "The epidural of 5/16/16"), naming no procedure but an injection and no other region
            // or side, tells the requested injection itself.
            if events.isEmpty, others.isEmpty, !planned, topic == nil, lastInjection == nil {
                for hit in references {
                    let mention = Mention(
                        term: TermRef(kind: .procedure, id: requested), sentence: sentence, first: hit.first, last: hit.last,
                        negated: false,
                        hedged: false)
                    // ...not "the knee arthroscopy procedure": a reference naming another procedure.
                    let namesAnother = named.contains { hit.first <= $0.first && $0.last <= hit.last && !isInjection($0) }
                    guard !namesAnother, !isPlanned(mention, analysis), !ofAnotherRegion(mention) else { continue }
                    events.append(mention)
                    break
                }
            }
            // A drug stopped or lowered is the injection's result, not a treatment of its own
            // ("60% relief and she came off oxycodone": ``MedicationReductions``).
            let reducedDrugs = MedicationReductions.reductions(in: sentence, analysis).map(\.drug)
            let drugs = analysis.mentions(inSentence: sentence).filter {
                ($0.term.kind == .drug || $0.term.kind == .drugClass) && !reducedDrugs.contains($0.first)
            }
            let relief = reliefHits(sentence, analysis)
            // The parts of the sentence, and which name another treatment (and not the injection).
            let parts = commaParts(of: sentence, text)
            func names(_ part: Range<Int>, _ mentions: [Mention]) -> Bool { mentions.contains { part.contains($0.first) } }
            let foreign = parts.map { part in
                !names(part, events) && !references.contains(where: { part.contains($0.first) })
                    && (names(part, others) || (names(part, drugs) && relief.contains { part.contains($0.first) }))
            }
            let speaks: Bool
            if !events.isEmpty {
                let mention = events[0]
                // Its dates: in its part of the sentence, or, when the sentence names no other
                // injection, anywhere near it ("Her second lumbar epidural, on 06/14/2016, took ...").
                let part = ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence)
                let span = others.contains(where: isInjection) ? part : text.sentences[sentence].tokens
                injectionDate =
                    PriorInjectionFacts.datesTold(with: mention, in: span, dates[sentence] ?? [], text, cues).last
                    ?? entryDate(of: sentence, floor: injectionSentence)
                injectionSentence = sentence
                (topic, lastInjection, speaks) = (.requested, .requested, true)
            } else if others.contains(where: isInjection) {
                (topic, lastInjection, speaks) = (.other, .other, false)
                injectionDate = nil
            } else if !references.isEmpty {
                topic = lastInjection
                speaks = lastInjection == .requested
            } else if planned {
                (topic, speaks) = (nil, false)
            } else if !others.isEmpty
                || (foreign.contains(true)
                    && !zip(parts, foreign).contains { part, isForeign in !isForeign && relief.contains { part.contains($0.first) } })
            {
                // Another treatment given, or a drug's relief and no other: that treatment's result.
                (topic, speaks) = (.other, false)
            } else {
                speaks = topic == .requested
            }
            guard speaks, lastInjection == .requested else { continue }
            let date =
                laterDate(in: sentence, after: injectionDate, dates[sentence] ?? [])
                ?? entryDate(of: sentence, floor: injectionSentence).flatMap { date in injectionDate.map { date > $0 } ?? true ? date : nil
                }
            var run: Range<Int>?
            for (part, isForeign) in zip(parts, foreign) {
                if isForeign {
                    if let span = run { found.append(Statement(sentence: sentence, span: span, injectionDate: injectionDate, date: date)) }
                    run = nil
                } else {
                    run = (run?.lowerBound ?? part.lowerBound)..<part.upperBound
                }
            }
            if let span = run { found.append(Statement(sentence: sentence, span: span, injectionDate: injectionDate, date: date)) }
        }
        return found
    }

    /// Whether `mention` is planned or still to come: negated, in a plan section or still to come
    /// in its part (``ProcedureReliefFacts/stillToCome(_:_:)``), after an `injection_conditional`
    /// word in its clause ("if the block gives 50% relief"), or with a `treatment_planned` or
    /// `not_yet` phrase within ``planReach`` words of it in its clause and no `treatment_done` phrase
    /// just before it ("recommends a repeat ESI since the prior ESI gave 60% relief": the repeat is
    /// planned, the prior one given).
    static func isPlanned(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        if ProcedureReliefFacts.stillToCome(mention, analysis) { return true }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let clause = text.clause(sentence: mention.sentence, token: mention.first)
        // A condition before it in its clause ("If the block gives at least 50% relief ..."): hoped for.
        if cues.set(.injectionConditional).hits(in: text, sentence: mention.sentence).contains(where: {
            clause.contains($0.first) && $0.last < mention.first
        }) {
            return true
        }
        let near = max(clause.lowerBound, mention.first - planReach)...min(clause.upperBound, mention.last + planReach)
        let planned = [CueName.treatmentPlanned, .notYet].contains { name in
            cues.set(name).hits(in: text, sentence: mention.sentence).contains { !$0.negated && near.contains($0.first) }
        }
        guard planned else { return false }
        return !cues.set(.treatmentDone).hits(in: text, sentence: mention.sentence).contains {
            !$0.negated && $0.first >= near.lowerBound && $0.last < mention.first
        }
    }

    /// The relief words of `sentence` (`drug_relief` and `injection_relief`), in text order.
    static func reliefHits(_ sentence: Int, _ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        return (cues.set(.drugRelief).hits(in: text, sentence: sentence) + cues.set(.injectionRelief).hits(in: text, sentence: sentence))
            .sorted { ($0.first, $0.last) < ($1.first, $1.last) }
    }

    /// The parts of `sentence` between commas and `;`, in order.
    static func commaParts(of sentence: Int, _ text: CaseText) -> [Range<Int>] {
        let range = text.sentences[sentence].tokens
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let part = ProcedureFacts.commaPart(of: start, in: text, sentence: sentence)
            parts.append(part)
            start = part.upperBound
        }
        return parts
    }

    /// The first date of `dates` (a sentence's) after `after` (any, when nil).
    static func laterDate(in sentence: Int, after: SimpleDate?, _ dates: [DateMention]) -> SimpleDate? {
        dates.first { date in after.map { date.date > $0 } ?? false }?.date
    }
}
