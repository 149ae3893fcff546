import IMRCore
import IMRLetters
import IMRVocabulary

/// Case facts about the requested drug: whether it is already taken and since when, the other
/// current drugs beside it, weaning an earlier review recommended, its morphine-equivalent dose,
/// the days its supply lasts, and whether UR certified part of the request.
enum RequestDrugFacts {
    static func read(_ analysis: CaseAnalysis, request: RequestedItem, requestFacts: FactSet, into builder: inout FactBuilder) {
        let index = analysis.index
        let requestedClasses = requestFacts.termIDs(.drugClasses, index)
        if case .term(let name)? = requestFacts[.drug]?.value {
            let drug = index.id(name)
            readUse(analysis, drug, requestedClasses, into: &builder)
            // A drug for the time after a surgery that the summary does not say is taken already is
            // a first prescription ("Post-op Norco 5/325mg #60").
            if builder.facts[.alreadyUsing] == nil, requestFacts[.postoperative]?.value == .bool(true) {
                builder.bool(
                    .alreadyUsing, false, [Evidence(source: .request, sentence: request.request, start: 0, end: request.request.utf8.count)]
                )
            }
            let aliases = DrugForms.aliases(of: drug, analysis)
            let current = MedicationFacts.current(analysis).contains { ($0.drug == drug || aliases.contains($0.drug)) && !$0.starting }
            DrugStatementFacts.read(analysis, .init(drug: drug, classes: requestedClasses, current: current), into: &builder)
            readConcurrent(analysis, drug, aliases, requestedClasses, into: &builder)
            if requestedClasses.contains(index[.secondLineOpioid]) {
                readFirstLineOpioidIntolerance(analysis, drug, aliases, into: &builder)
            }
            if requestedClasses.contains(index[.anticonvulsant]) { readOtherAnticonvulsantTried(analysis, drug, aliases, into: &builder) }
            readWeaning(analysis, drug, requestedClasses, into: &builder)
            if requestedClasses.contains(index[.opioid]) { TaperFacts.read(analysis, drug, requestedClasses, into: &builder) }
            if requestedClasses.contains(index[.opioid]), let dose = morphineEquivalent(requestFacts, request: request, analysis: analysis)
            {
                builder.set(.morphineEquivalentDose, .number(dose))
                readDoseIncrease(analysis, drug, requestFacts: requestFacts, request: request, into: &builder)
            }
            let evidence = Evidence(source: .request, sentence: request.request, start: 0, end: request.request.utf8.count)
            // The request's strength: its stated milligrams, else its first number ("Norco 5/325 #60": 5).
            var strength = firstNumber(of: request.request)
            if case .number(let value)? = requestFacts[.strengthMg]?.value { strength = value }
            let prescribed = summaryFrequency(analysis, drug, strength: strength)
            if let days = daysSupply(requestFacts, request: request, index: index, summary: prescribed) {
                builder.set(.daysSupply, .days(days), [evidence])
            }
            if let dose = dailyDose(requestFacts, request: request, index: index) {
                builder.set(.dailyDoseMg, .number(dose), [evidence])
            }
        } else {
            readOpioidTaken(analysis, into: &builder)
        }
        PartialCertification.read(analysis, request: request, requestFacts: requestFacts, into: &builder)
    }

    /// `already_using` and `use_duration`: the requested drug taken already (named neither only in
    /// the plan nor as started now, or named in the plan with nothing started and its class in the
    /// treatment history: "Treatment so far: opioids; sleep aids. Plan: zolpidem … endorsed"), else
    /// prescribed or started now, else absent from a summary that lists the drugs taken. A summary
    /// that says the drugs taken are not known (`regimen_unknown`: "The patient's current
    /// medication regimen was not provided") leaves a drug only planned, or absent from its list,
    /// not documented: whether it is a first prescription is unknown.
    static func readUse(_ analysis: CaseAnalysis, _ drug: TermID, _ requestedClasses: TermSet, into builder: inout FactBuilder) {
        let text = analysis.text
        let regimen = MedicationFacts.regimen(analysis)
        // The drug, or the same product named by its ingredient and its form (``DrugForms``).
        let aliases = DrugForms.aliases(of: drug, analysis)
        let mentioned = regimen.filter { $0.drug == drug || aliases.contains($0.drug) }
        let using = mentioned.filter { !$0.planned && !$0.starting }
        if let first = firstUse(analysis, drug, requestedClasses), !mentioned.contains(where: { isLasting($0, analysis) }) {
            // Told never taken before: a first prescription, however its sentence is worded.
            builder.bool(.alreadyUsing, false, [text.evidence(first)])
        } else if let first = using.first {
            builder.bool(.alreadyUsing, true, [text.evidence(first.sentence)])
        } else if let renewed = mentioned.first, !mentioned.contains(where: \.starting),
            let history = classInHistory(analysis, requestedClasses)
        {
            builder.bool(.alreadyUsing, true, [text.evidence(history), text.evidence(renewed.sentence)])
        } else if !mentioned.isEmpty, !mentioned.contains(where: \.starting), isRegimenUnknown(analysis) {
            // Only planned, and the drugs taken are not known: not documented.
        } else if let new = mentioned.first {
            builder.bool(.alreadyUsing, false, [text.evidence(new.sentence)])
        } else if let start = Set(
            analysis.mentions(of: .drug).filter { $0.term.id == drug || aliases.contains($0.term.id) }.map(\.sentence)
        )
        .sorted()
        .first(where: { analysis.occurs(.starting, in: $0) }) {
            builder.bool(.alreadyUsing, false, [text.evidence(start)])
        } else if let other = regimen.first(where: { !$0.planned }), !isRegimenUnknown(analysis) {
            // The summary lists the medications taken, and the requested drug is not among them.
            builder.bool(.alreadyUsing, false, [text.evidence(other.sentence)])
        }
        if let (days, sentence) = useDuration(analysis, uses: mentioned.filter { !$0.planned }) {
            builder.set(.useDuration, .days(days), [text.evidence(sentence)])
        }
    }

    /// The sentence of the first `first_use` statement about the requested drug or its class (in
    /// the part of its clause about them, ``DrugScope``), outside review sentences: a first use
    /// stated and not negated ("chose tramadol as the first medication", "newly prescribed"), or
    /// an earlier use denied ("has never taken a muscle relaxant", "no prior muscle relaxant use").
    static func firstUse(_ analysis: CaseAnalysis, _ drug: TermID, _ classes: TermSet) -> Int? {
        let scope = analysis.drugScope
        return analysis.index.cues.set(.firstUse).hits(in: analysis.text).first { hit in
            guard hit.label == .no || !hit.negated, !analysis.isReviewSentence(hit.sentence) else { return false }
            return scope.subject(sentence: hit.sentence, token: hit.first).relation(to: drug, classes: classes) == .specific
        }?.sentence
    }

    /// Whether the clause of `use` says its drug is taken since a time or still ("has taken
    /// tramadol since 2015", "continues it"): a use that no statement of a first use undoes.
    static func isLasting(_ use: MedicationUse, _ analysis: CaseAnalysis) -> Bool {
        let scope = analysis.drugScope
        guard let segment = scope.segmentIndex(sentence: use.sentence, token: use.first) else { return false }
        let tokens = scope.segments[segment].tokens
        let since = analysis.index.cues.wordList(.sinceLead)
        return tokens.contains { since.contains(analysis.text.tokens[$0]) }
            || analysis.index.cues.set(.continuing).hits(in: analysis.text, sentence: use.sentence).contains {
                tokens.contains($0.first) && MedicationFacts.isContinuation($0, analysis)
            }
    }

    /// Whether a sentence says the drugs taken are not known (`regimen_unknown`), review sentences
    /// included: "was not provided" marks what the record lacks, as a review restates it.
    static func isRegimenUnknown(_ analysis: CaseAnalysis) -> Bool {
        !analysis.index.cues.set(.regimenUnknown).hits(in: analysis.text).isEmpty
    }

    /// The first sentence of the treatment history (a history section, or a `treatment_history`
    /// sentence) that names a class of the requested drug, neither negated nor restating a review.
    static func classInHistory(_ analysis: CaseAnalysis, _ classes: TermSet) -> Int? {
        analysis.mentions(of: .drugClass).first {
            classes.contains($0.term.id) && !$0.negated && !analysis.isReviewSentence($0.sentence)
                && (analysis.isHistorySection($0.sentence) || analysis.occurs(.treatmentHistory, in: $0.sentence))
        }?.sentence
    }

    /// Other current drugs of a class that matters beside the requested one: an opioid, an NSAID,
    /// another muscle relaxant, another opioid of the same kind; the requested product named by its
    /// ingredient and form (`aliases`) is no other drug.
    static func readConcurrent(
        _ analysis: CaseAnalysis, _ drug: TermID, _ aliases: TermSet, _ requestedClasses: TermSet, into builder: inout FactBuilder
    ) {
        let index = analysis.index
        let current = MedicationFacts.regimen(analysis)
        let others = current.filter { $0.drug != drug && !aliases.contains($0.drug) }
        func concurrent(_ name: FactName, _ drugClass: Term) {
            let drugClass = index[drugClass]
            if let other = others.first(where: { index.classes(ofDrug: $0.drug).contains(drugClass) }) {
                builder.bool(name, true, [analysis.text.evidence(other.sentence)])
            } else if !current.isEmpty {
                builder.bool(name, false, [])
            }
        }
        concurrent(.concurrentOpioid, .opioid)
        concurrent(.concurrentNsaid, .nsaid)
        if requestedClasses.contains(index[.muscleRelaxant]) { concurrent(.otherMuscleRelaxant, .muscleRelaxant) }
        if requestedClasses.contains(index[.shortActingOpioid]) { concurrent(.duplicateOpioid, .shortActingOpioid) }
        if requestedClasses.contains(index[.longActingOpioid]) { concurrent(.duplicateOpioid, .longActingOpioid) }
    }

    /// `first_line_opioid_not_tolerated`, for a second-line opioid requested (ODG Pain, Tapentadol:
    /// "second line therapy for patients who develop intolerable adverse effects with first line
    /// opioids"): whether the summary tells another opioid, a first-line one (not of
    /// `second_line_opioid`, not a partial agonist), not tolerated: a `drug_intolerance` or
    /// `intolerable_effects` phrase, neither negated, outside the review, about that drug: the last
    /// drug named before the phrase in its sentence, else the first after it ("Norco caused
    /// intolerable nausea", "could not tolerate oxycodone", "tried hydrocodone but could not
    /// tolerate it because of itching", "Percocet was stopped due to vomiting"). Past trials count:
    /// the trial is history. A drug named after the phrase is read though a negation marks it ("could
    /// not tolerate oxycodone"): the phrase holds the negation. Only a statement of intolerance is
    /// read (true), never its absence.
    static func readFirstLineOpioidIntolerance(
        _ analysis: CaseAnalysis, _ drug: TermID, _ aliases: TermSet, into builder: inout FactBuilder
    ) {
        let index = analysis.index
        let (opioid, secondLine, partial) = (index[.opioid], index[.secondLineOpioid], index[.partialOpioidAgonist])
        let text = analysis.text
        // A drug or an ingredient named alone ("morphine"), in text order.
        let drugs = (analysis.mentions(of: .drug) + analysis.mentions(of: .ingredient)).sorted {
            ($0.sentence, $0.first) < ($1.sentence, $1.first)
        }
        guard !drugs.isEmpty else { return }
        let hits = (index.cues.set(.drugIntolerance).hits(in: text) + index.cues.set(.intolerableEffects).hits(in: text))
            .filter { !$0.negated && !analysis.isReviewSentence($0.sentence) }
        for hit in hits {
            let named = drugs.filter { $0.sentence == hit.sentence }
            guard let about = named.last(where: { $0.last < hit.first }) ?? named.first(where: { $0.first > hit.last }) else { continue }
            let other = about.term.id
            guard other != drug, !aliases.contains(other) else { continue }
            let classes = about.term.kind == .ingredient ? index.classes(ofIngredient: other) : index.classes(ofDrug: other)
            guard classes.contains(opioid), !classes.contains(secondLine), !classes.contains(partial) else { continue }
            builder.bool(.firstLineOpioidNotTolerated, true, [text.evidence(hit.sentence)])
            return
        }
    }

    /// `other_anticonvulsant_tried`, for an anti-epilepsy drug requested (CPMTG 2009, Topiramate,
    /// p. 21: "still considered for use for neuropathic pain when other anticonvulsants fail"):
    /// another anti-epilepsy drug than the requested one (nor a form of it) taken before the request,
    /// as `first_line_failed` reads a trial: a drug, or the class named as such ("failed
    /// anticonvulsants"), neither negated, nor in the review, nor declined, nor only planned. Only
    /// true is read; a summary silent on it leaves it not documented. The class named in a sentence
    /// that names the requested drug is that drug's ("Topamax, an anticonvulsant, was started"), not
    /// another's. A drug marked negated by the intolerance phrase right before it ("could not tolerate
    /// Lyrica") was taken: the phrase holds the negation (as `first_line_opioid_not_tolerated`).
    static func readOtherAnticonvulsantTried(
        _ analysis: CaseAnalysis, _ drug: TermID, _ aliases: TermSet, into builder: inout FactBuilder
    ) {
        let index = analysis.index
        let anticonvulsant = index[.anticonvulsant]
        let requested = Set(
            analysis.mentions.filter { $0.term.kind == .drug && ($0.term.id == drug || aliases.contains($0.term.id)) }.map(\.sentence))
        let intolerance =
            (index.cues.set(.drugIntolerance).hits(in: analysis.text) + index.cues.set(.intolerableEffects).hits(in: analysis.text))
            .filter { !$0.negated }
        // The phrase governs the drug named right after it ("could not tolerate Lyrica"), not one
        // denied elsewhere in its sentence ("never took gabapentin and could not tolerate amitriptyline").
        func heldByIntolerance(_ mention: Mention) -> Bool {
            intolerance.contains { hit in
                hit.sentence == mention.sentence && hit.last < mention.first && mention.first - hit.last <= 2
                    && !analysis.mentions.contains {
                        $0.sentence == mention.sentence && $0.first > hit.last && $0.first < mention.first
                            && ($0.term.kind == .drug || $0.term.kind == .drugClass)
                    }
            }
        }
        for mention in analysis.mentions
        where (mention.term.kind == .drug || mention.term.kind == .drugClass)
            && (!mention.negated || heldByIntolerance(mention))
            && !analysis.isReview(mention.sentence, token: mention.first) && !MedicationFacts.isDeclined(mention, analysis)
        {
            let tried =
                mention.term.kind == .drug
                ? mention.term.id != drug && !aliases.contains(mention.term.id)
                    && index.classes(ofDrug: mention.term.id).contains(anticonvulsant)
                : mention.term.id == anticonvulsant && !requested.contains(mention.sentence)
            guard tried, !MedicationFacts.isOnlyPlanned(mention, analysis) else { continue }
            builder.bool(.otherAnticonvulsantTried, true, [analysis.text.evidence(mention.sentence)])
            return
        }
    }

    /// `concurrent_opioid` for a request that names no drug (a urine drug screen): whether the
    /// worker takes an opioid, from the drugs the summary tells taken (not those only planned):
    /// true with the first opioid, false when the summary tells drugs taken and none is an opioid.
    /// A screen's frequency follows the worker's own opioid therapy (CPMTG 2009 "Drug testing", p.
    /// 43; MTUS Opioid Treatment Guidelines 2016, 3.3.6), which no other request names.
    static func readOpioidTaken(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let regimen = MedicationFacts.current(analysis)
        let opioid = analysis.index[.opioid]
        if let use = regimen.first(where: { analysis.index.classes(ofDrug: $0.drug).contains(opioid) }) {
            builder.bool(.concurrentOpioid, true, [analysis.text.evidence(use.sentence)])
        } else if !regimen.isEmpty {
            builder.bool(.concurrentOpioid, false, [])
        }
    }

    /// Weaning recommended by an earlier review for this drug: a weaning word in a sentence
    /// restating a review, or in the part of a clause about the requested drug or its class
    /// ("Norco was weaned; Soma continued" weans Norco, not Soma).
    static func readWeaning(_ analysis: CaseAnalysis, _ drug: TermID, _ classes: TermSet, into builder: inout FactBuilder) {
        for hit in analysis.index.cues.set(.weaning).hits(in: analysis.text) where !hit.negated {
            let subject = analysis.drugScope.subject(sentence: hit.sentence, token: hit.first)
            if subject.relation(to: drug, classes: classes) == .specific || analysis.isReviewSentence(hit.sentence) {
                builder.bool(.urModifiedForWeaning, true, [analysis.text.evidence(hit.sentence)])
                return
            }
        }
    }

    /// Days from the earliest use of the requested drug to the request (its date when the summary
    /// gives it, else the reference date: the guideline's limits of use, 2-3 weeks of a muscle
    /// relaxant, 4 weeks of a benzodiazepine, hold for the course the request extends), read in the
    /// part of each clause about the drug (``DrugScope``): a date there ("Norco since 11-15-2016",
    /// "since 2012": January 1st), a duration after a duration word ("for 6 months") or before an
    /// "ago" word ("started gabapentin two weeks ago"). The longest wins.
    static func useDuration(_ analysis: CaseAnalysis, uses: [MedicationUse]) -> (Int, Int)? {
        guard let decision = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate else {
            return nil
        }
        let text = analysis.text
        var best: (Int, Int)?
        var seen: Set<Range<Int>> = []
        let scope = analysis.drugScope
        for use in uses {
            // The drug's part of its clause, and the parts of its sentence and the next that refer
            // back to it ("...; he has taken it every night since the spring of 2015").
            var parts = [(scope.segment(sentence: use.sentence, token: use.first).tokens, use.sentence)]
            for sentence in [use.sentence, use.sentence + 1] where sentence < text.sentences.count {
                for position in scope.segmentIndices(of: sentence) {
                    if case .drugs(let drugs) = scope.segments[position].subject, drugs.contains(use.drug) {
                        parts.append((scope.segments[position].tokens, sentence))
                    }
                }
            }
            for (segment, sentence) in parts {
                guard !segment.isEmpty, seen.insert(segment).inserted else { continue }
                let bytes = text.tokens[segment.lowerBound].start..<text.tokens[segment.upperBound - 1].end
                let sentenceDates = Self.dates(ofSentence: sentence, in: analysis.dates)
                var days = Self.dates(in: bytes, of: sentenceDates).map { $0.date.days(to: decision) }
                if let start = startDate(analysis, in: segment, dates: sentenceDates, now: decision) {
                    days.append(start.days(to: decision))
                }
                if let stated = statedDuration(analysis, in: segment) { days.append(stated) }
                for value in days where value >= 0 && (best == nil || value > best!.0) { best = (value, sentence) }
            }
        }
        return best
    }

    /// The start of a use told without a full date, in `tokens`: after a `since_lead` word, or a
    /// `start_date_links` word at most four words after a `start_date_leads` word ("started in
    /// the fall of 2016"), skipping `start_date_filler` words: a year (1950-2100), with a month
    /// (`months`), a season (`season_months`), a part of the year (`year_part_months`) or none
    /// (January) before it ("since the spring of 2015", "since mid-2015", "since 2014"; a late
    /// part of a season is two months on: "late summer", August); a month or
    /// season without a year, the last before `now` ("since March"), or with a `relative_years`
    /// word and a year unit ("since May of this year"); an `injury_date` word, the header's date of
    /// injury ("since the injury"). The first of the month; a date the summary writes (``dates``)
    /// is read as a date.
    static func startDate(_ analysis: CaseAnalysis, in tokens: Range<Int>, dates: ArraySlice<DateMention>, now: SimpleDate) -> SimpleDate? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (since, leads, links, filler, injury) = (
            cues.wordList(.sinceLead), cues.wordList(.startDateLeads), cues.wordList(.startDateLinks), cues.wordList(.startDateFiller),
            cues.wordList(.injuryDate)
        )
        func number(_ index: Int, _ name: CueName) -> Int? { cues.label(of: text.tokens[index], in: name).flatMap { Int($0) } }
        for index in tokens where index + 1 < tokens.upperBound {
            let word = text.tokens[index]
            let led =
                since.contains(word)
                || (links.contains(word) && (max(tokens.lowerBound, index - 4)..<index).contains { leads.contains(text.tokens[$0]) })
            guard led else { continue }
            var (month, part, relative): (Int?, Int?, Int?) = (nil, nil, nil)
            var position = index + 1
            while position < tokens.upperBound, position <= index + 7 {
                let token = text.tokens[position]
                if dates.contains(where: { $0.offset == token.start }) { break }
                if injury.contains(token) { return analysis.input.header.dateOfInjury }
                let spelled = text.word(of: token)
                if spelled.utf8.count == 4, let year = Int(spelled), (1950...2100).contains(year) {
                    return SimpleDate(year: year, month: month ?? part ?? 1, day: 1)
                }
                if let named = cues.month(token.id) {
                    month = month ?? named
                } else if let named = number(position, .seasonMonths) {
                    // A season's late part is two months on ("late summer": August).
                    month = month ?? (part.map { $0 >= 10 } == true ? min(12, named + 2) : named)
                } else if let named = number(position, .yearPartMonths) {
                    part = part ?? named
                } else if let years = number(position, .relativeYears), position + 1 < tokens.upperBound,
                    cues.days(inUnit: text.tokens[position + 1]) == 365
                {
                    relative = years
                    position += 1
                } else if !filler.contains(token) {
                    break
                }
                position += 1
            }
            guard let month else { continue }
            let year = relative.map { now.year - $0 } ?? (month <= now.month ? now.year : now.year - 1)
            return SimpleDate(year: year, month: month, day: 1)
        }
        return nil
    }

    /// The dates of sentence `sentence` among `all` (the summary's, in text order): binary search.
    static func dates(ofSentence sentence: Int, in all: [DateMention]) -> ArraySlice<DateMention> {
        let low = all.partitioningIndex { $0.sentence >= sentence }
        var end = low
        while end < all.count, all[end].sentence == sentence { end += 1 }
        return all[low..<end]
    }

    /// The dates of `sorted` (by offset) that stand in the byte range `bytes` (binary search).
    static func dates(in bytes: Range<Int>, of sorted: ArraySlice<DateMention>) -> ArraySlice<DateMention> {
        let low = sorted.partitioningIndex { $0.offset >= bytes.lowerBound }
        var end = low
        while end < sorted.endIndex, sorted[end].offset < bytes.upperBound { end += 1 }
        return sorted[low..<end]
    }

    /// The longest duration stated in `tokens`: a count and a unit (days, weeks, months, years)
    /// after a `duration_lead` word ("for 6 months", "for twenty-four months") or before a
    /// `duration_ago` word ("two weeks ago", "a couple of years ago").
    static func statedDuration(_ analysis: CaseAnalysis, in tokens: Range<Int>) -> Int? {
        let all = analysis.text.tokens
        let cues = analysis.index.cues
        let (lead, ago) = (cues.wordList(.durationLead), cues.wordList(.durationAgo))
        var longest: Int?
        for index in tokens where index > tokens.lowerBound {
            guard cues.mayEndCount(all[index - 1]), let unit = cues.days(inUnit: all[index]),
                let (count, first) = cues.count(endingAt: index - 1, in: all, from: tokens.lowerBound)
            else { continue }
            let led = first - 1 >= tokens.lowerBound && lead.contains(all[first - 1])
            let before = index + 1 < tokens.upperBound && ago.contains(all[index + 1])
            if led || before { longest = max(longest ?? 0, count * unit) }
        }
        return longest
    }

    /// `days_supply`: the shortest time the requested supply lasts, in whole days: the units
    /// requested with their refills ("#90", "#60 with 1 refill"), over the units taken a day at the
    /// frequency the request states (`prescription_frequency`: "TID", "q6h", "at bedtime") times
    /// the units of one dose ("2 tabs", "1-2 tablets": 2, a count of 1-4 before a
    /// `dose_count_units` word; 1 when none is written). Without a frequency, at the frequency the
    /// summary prescribes for the drug (`summary`, ``summaryFrequency(_:_:strength:)``). Else at the largest daily
    /// dose the drug's label allows (`label_maximum_daily_mg`: "Flexeril 10 mg #90" lasts at least
    /// 30 days at 30 mg a day), for a drug taken by mouth whose strength the request states. As
    /// needed ("prn") the supply may last longer, never shorter. The extended-release form of a drug
    /// takes its own label maximum where it differs (`extended_release_maximum_daily_mg`: venlafaxine
    /// ER 225 mg, the tablets 375 mg), and a unit that lasts days (`unit_interval_days`: a fentanyl
    /// patch changed every 72 hours) gives its days without any frequency. `nil` otherwise.
    static func daysSupply(
        _ facts: FactSet, request: RequestedItem, index: LexiconIndex, summary: (perDay: Double, units: Int)? = nil
    ) -> Int? {
        let cues = index.cues
        guard case .number(let quantity)? = facts[.quantity]?.value, quantity > 0 else { return nil }
        var refills = 0.0
        if case .number(let count)? = facts[.refills]?.value { refills = count }
        let words = phraseWords(request.request)
        let stated = cues.firstLabel(.prescriptionFrequency, in: words).flatMap(Double.init)
        if stated == nil, let summary, summary.perDay > 0 {
            return Int((quantity * (refills + 1) / (summary.perDay * Double(summary.units))).rounded(.down))
        }
        guard let perDay = stated, perDay > 0 else {
            if let drug = facts.termValue(.drug), let days = cues.group(.unitIntervalDays, label: index.id(drug)).flatMap(Double.init),
                days > 0
            {
                return Int((quantity * (refills + 1) * days).rounded(.down))
            }
            let extended = facts[.extendedRelease]?.value == .bool(true)
            guard facts[.topical]?.value != .bool(true), case .number(let strength)? = facts[.strengthMg]?.value, strength > 0,
                let drug = facts.termValue(.drug).map(index.id),
                let maximum = (extended ? cues.group(.extendedReleaseMaximumDailyMg, label: drug) : nil).flatMap(Double.init)
                    ?? cues.group(.labelMaximumDailyMg, label: drug).flatMap(Double.init),
                maximum > 0
            else { return nil }
            return Int((quantity * (refills + 1) * strength / maximum).rounded(.down))
        }
        return Int((quantity * (refills + 1) / (perDay * Double(unitsPerDose(words, cues: cues)))).rounded(.down))
    }

    /// The doses a day and the units of a dose the summary prescribes for the requested drug, for a
    /// request that states no frequency: a `prescription_frequency` phrase in the words after a
    /// mention of the drug up to the next drug named in its sentence ("cyclobenzaprine 5 mg at
    /// bedtime for up to 10 days": 1 a day), in the regimen (not negated, stopped or restating a
    /// review), with no other strength stated there than the request's; the last such mention.
    static func summaryFrequency(_ analysis: CaseAnalysis, _ drug: TermID, strength: Double?) -> (perDay: Double, units: Int)? {
        let text = analysis.text
        let cues = analysis.index.cues
        var found: (perDay: Double, units: Int)?
        for use in MedicationFacts.regimen(analysis) where use.drug == drug {
            let mentions = analysis.mentions(inSentence: use.sentence)
            guard let mention = mentions.first(where: { $0.first == use.first }) else { continue }
            let start = text.tokens[mention.last].end
            let next = mentions.first { $0.first > mention.last && $0.term.kind == .drug }
            let end = next.map { text.tokens[$0.first].start } ?? (text.tokens(of: use.sentence).last?.end ?? start)
            guard end > start else { continue }
            let bytes = Array(text.bytes[start..<end])
            if let (value, perMilligram) = cues.strength(in: bytes, startingWithin: 40), perMilligram == 1, let strength,
                value != strength
            {
                continue  // another strength's prescription
            }
            let words = bytes.withUnsafeBufferPointer { phraseWords(utf8: $0) }
            guard
                let perDay = cues.firstLabel(.prescriptionFrequency, in: words).flatMap(Double.init)
            else { continue }
            found = (perDay, unitsPerDose(words, cues: cues))
        }
        return found
    }

    /// The first number of `text` not after `#` (a strength, not a quantity), or `nil`.
    static func firstNumber(of text: String) -> Double? {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if let (value, end) = decimal(in: bytes, at: index) {
                if index == 0 || bytes[index - 1] != 35 { return value }
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `daily_dose_mg`: the requested drug's milligrams a day as the request states them: its
    /// strength (`strength_mg`) times the units of a dose ("2 tabs", "1-2 tablets": 2; 1 when none is
    /// written) times the doses a day at the frequency the request states (`prescription_frequency`:
    /// "BID" 2, "TID" 3, "q6h" 4, "every 4-6 hours" 6: a range at its most, as needed at its stated
    /// most). The prescriber's dose, never estimated: `nil` without a stated strength or frequency,
    /// and for a topical.
    static func dailyDose(_ facts: FactSet, request: RequestedItem, index: LexiconIndex) -> Double? {
        let cues = index.cues
        guard facts[.topical]?.value != .bool(true), case .number(let strength)? = facts[.strengthMg]?.value, strength > 0 else {
            return nil
        }
        let words = phraseWords(request.request)
        guard let perDay = cues.firstLabel(.prescriptionFrequency, in: words).flatMap(Double.init),
            perDay > 0
        else { return nil }
        return strength * Double(unitsPerDose(words, cues: cues)) * perDay
    }

    /// The units of one dose a request states: a count of 1-4 before a `dose_count_units` word
    /// ("2 tabs", "1-2 tablets": the larger), else 1.
    private static func unitsPerDose(_ words: [String], cues: CueBook) -> Int {
        let units = cues.words(.doseCountUnits)
        var perDose = 1
        for (position, word) in words.enumerated() where position > 0 && units.contains(word) {
            let before = words[position - 1]
            if let count = Int(before) ?? cues.label(of: before, in: .numbers).flatMap(Int.init), (1...4).contains(count) {
                perDose = max(perDose, count)
            }
        }
        return perDose
    }

    /// `dose_increase`: whether the requested opioid's daily morphine-equivalent dose, at the
    /// frequency the request states (not estimated from its quantity), is above the daily dose of the
    /// same drug that the summary states is taken now (the last current statement with a strength and
    /// a frequency: "Norco 10/325 mg twice a day"); a titration (CPMTG p. 86, "increased above 120 mg").
    static func readDoseIncrease(
        _ analysis: CaseAnalysis, _ drug: TermID, requestFacts: FactSet, request: RequestedItem, into builder: inout FactBuilder
    ) {
        guard let requested = morphineEquivalent(requestFacts, request: request, analysis: analysis, estimating: false) else { return }
        let ingredients = analysis.index.ingredients(of: drug)
        var current: (dose: Double, sentence: Int)?
        for use in MedicationFacts.current(analysis) where use.drug == drug && !use.starting && use.sentence != current?.sentence {
            if let dose = DrugResponseFacts.dailyDose(
                of: drug, ingredients: ingredients, in: analysis.text, sentence: use.sentence, analysis: analysis)
            {
                current = (dose, use.sentence)
            }
        }
        guard let current else { return }
        builder.bool(.doseIncrease, requested > current.dose + 0.05, [analysis.text.evidence(current.sentence)])
    }

    /// Daily morphine-equivalent dose of the requested opioid (CDC conversion factors), from its
    /// strength and a daily unit count read from the request ("four times a day", "every 4-6 hours",
    /// "twice daily"), or (when `estimating`) quantity over 30 days; of a patch, from its strength an
    /// hour alone.
    static func morphineEquivalent(_ facts: FactSet, request: RequestedItem, analysis: CaseAnalysis, estimating: Bool = true) -> Double? {
        guard case .number(let strength)? = facts[.strengthMg]?.value else { return nil }
        // A patch's strength is its dose an hour (`mme_factor_per_mcg_hour`): "Duragesic 75mcg" is 180.
        let index = analysis.index
        if let drug = facts.termValue(.drug),
            let factor = index.cues.group(.mmeFactorPerMcgHour, label: index.id(drug)).flatMap(Double.init)
        {
            return (strength * 1000 * factor * 10).rounded() / 10
        }
        guard case .terms(let ingredients)? = facts[.ingredients]?.value else { return nil }
        let words = phraseWords(request.request)
        var perDay: Double?
        for (phrase, count) in analysis.index.cues.sequences(.doseFrequency) where contains(words, phrase) {
            perDay = Double(count)
            break
        }
        if perDay == nil, estimating, case .number(let quantity)? = facts[.quantity]?.value { perDay = quantity / 30 }
        guard let perDay,
            let factor = ingredients.compactMap({
                DrugResponseFacts.conversionFactor(of: index.id($0), dailyMg: strength * perDay, index)
            }).first
        else { return nil }
        return (strength * perDay * factor * 10).rounded() / 10
    }
}

extension FactSet {
    /// The lexicon ids of the terms that fact `name` lists (none for another value), without the
    /// names the lexicon lacks: a request's classes or ingredients, compared by number.
    func termIDs(_ name: FactName, _ index: LexiconIndex) -> TermSet {
        guard case .terms(let names)? = self[name]?.value else { return [] }
        var ids = TermSet()
        for name in names {
            let id = index.id(name)
            if id != .missing { ids.insert(id) }
        }
        return ids
    }
}
