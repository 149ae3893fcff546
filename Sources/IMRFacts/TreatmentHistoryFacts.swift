import IMRCore
import IMRLetters
import IMRVocabulary

/// Case facts about earlier treatment of the requested kind and region: an earlier study of the
/// same kind, neurologic findings in the requested part of the body, earlier and planned surgery,
/// and sessions of the requested therapy already completed with their benefit.
enum TreatmentHistoryFacts {
    /// Reads the histories `gate` runs (each a ``FactReader``).
    static func read(
        _ analysis: CaseAnalysis, request: RequestedItem, requestFacts: FactSet, gate: ReaderGate, into builder: inout FactBuilder
    ) {
        let index = analysis.index
        var regions: TermSet = []
        if case .terms(let list)? = requestFacts[.bodyRegions]?.value { regions = TermSet(inserting: list.compactMap(index.ids.id)) }
        let history = History(analysis: analysis, regions: regions, side: BodySide(requestFacts: requestFacts))
        var requested: TermID?
        if case .term(let procedure)? = requestFacts[.procedure]?.value { requested = index.id(procedure) }
        if let requested {
            gate.run(.priorStudies, &builder) { builder in
                PriorStudies.read(history, requested: requested, fact: .priorStudy, into: &builder)
                // Plain films before a special study (`films_first`): an earlier study of the films' kind.
                let family = index.ancestors(of: requested, in: .procedure)
                for films in index.cues.groupLabels(.filmsFirst)
                where !family.isDisjoint(with: index.cues.group(.filmsFirst, memberIDs: films)) {
                    PriorStudies.read(history, requested: index.id(films), fact: .priorRadiographs, into: &builder)
                }
            }
        }
        gate.run(.regionalFindings, &builder) { readRegionalFindings(history, into: &$0) }
        gate.run(.radicularSigns, &builder) { RadicularSigns.read(history, into: &$0) }
        gate.run(.levelAgreement, &builder) { LevelAgreement.read(history, request: request, into: &$0) }
        gate.run(.motion, &builder) { AbductionDegrees.read(history, into: &$0) }
        gate.run(.careKinds, &builder) { ConservativeCareKinds.read(history, into: &$0) }
        if !regions.isEmpty {
            gate.run(.instability, &builder) { InstabilityComplaints.read(history, into: &$0) }
            gate.run(.conservativeCare, &builder) { builder in
                let reach = requested.map { nerveReach(of: $0, regions, index) }
                ConservativeCareFacts.read(analysis, scope: RegionScope(regions: regions.union(reach ?? [])), into: &builder)
            }
        }
        gate.run(.surgery, &builder) { readSurgery(history, requestFacts: requestFacts, into: &$0) }
        if let requested {
            gate.run(.priorTherapy, &builder) {
                readPriorTherapy(history, procedure: requested, request: request, requestFacts: requestFacts, into: &$0)
            }
        }
    }

    /// The summary as the history facts read it: its procedure mentions, and the requested regions
    /// and side.
    struct History {
        let analysis: CaseAnalysis
        let regions: TermSet
        let side: BodySide?
        let procedureMentions: [Mention]

        init(analysis: CaseAnalysis, regions: TermSet, side: BodySide? = nil) {
            self.analysis = analysis
            self.regions = regions
            self.side = side
            procedureMentions = analysis.cache.historyProcedures { Self.procedureMentions(of: analysis) }
        }

        /// The procedures the summary names, as every history reads them: not negated, and not the
        /// surgery word of "non-surgical" or of a specialty (``CaseAnalysis/isNonsurgical(_:)``).
        /// The same for every request: read once per summary (``SentenceCache``).
        static func procedureMentions(of analysis: CaseAnalysis) -> [Mention] {
            let nonsurgical = analysis.index.cues.set(.nonsurgical).hits(in: analysis.text)
            let surgery = analysis.index[.surgery]
            return analysis.mentions(of: .procedure).filter { mention in
                !mention.negated
                    && (nonsurgical.isEmpty
                        || !nonsurgical.contains { $0.sentence == mention.sentence && $0.first <= mention.first && mention.last <= $0.last })
                    && (analysis.index.category(ofProcedure: mention.term.id) != surgery || !analysis.isBracketedSpecialty(mention))
            }
        }

        var text: CaseText { analysis.text }
        var index: LexiconIndex { analysis.index }
        func isReview(_ sentence: Int) -> Bool { analysis.isReviewSentence(sentence) }
        /// Whether `mention` was given before: its sentence tells the history (``isPast(_:)``), it is
        /// a dated entry (``isDatedEntry(_:)``: "lumbar ESI in 2015"), or a `treatment_continued`
        /// phrase ends at most three words before it ("continue physical therapy").
        func isPast(_ mention: Mention) -> Bool {
            if isPast(mention.sentence) { return true }
            guard !isReview(mention.sentence) else { return false }
            if isDatedEntry(mention) { return true }
            return index.cues.set(.treatmentContinued).hits(in: text, sentence: mention.sentence).contains {
                !$0.negated && $0.last < mention.first && mention.first - $0.last <= 3
            }
        }

        /// Whether procedure `id` is a surgery (an assistant surgeon is not one).
        func isSurgery(_ id: TermID) -> Bool { index.category(ofProcedure: id) == index[.surgery] && id != index[.assistantSurgeon] }

        /// The sentence tells what was done before: a `past` word ("status post", "underwent") or a
        /// `treatment_history` one ("treatment to date has included", "despite", "continue"), or it
        /// stands in a note's list of treatment given (`Tx:`, `Prior tx:`).
        func isPast(_ sentence: Int) -> Bool {
            !isReview(sentence)
                && (analysis.isHistorySection(sentence) || analysis.occurs(.past, in: sentence)
                    || analysis.occurs(.treatmentHistory, in: sentence))
        }

        /// Whether surgery `mention` was done before: its sentence tells the history, by a `past`
        /// word outside the phrases that time something else by a surgery ("Norco after surgery",
        /// "clearance prior to the operation": `postoperative_care` phrases that end in a surgery
        /// named), or by a `treatment_history` one; or it stands in a note's list of treatment given
        /// (`Surgical history:`), or it is a dated entry (``isDatedEntry(_:)``).
        /// A time before a surgery (a `preoperative_lead` phrase and a surgery within three words
        /// after it, or a `preoperative_care` phrase: "labs before the knee scope were normal",
        /// "she had pre-op clearance") says nothing of whether it was done: the history words of its
        /// part of the sentence time what came first.
        func isPast(surgery mention: Mention) -> Bool {
            let sentence = mention.sentence
            guard !isReview(sentence) else { return false }
            let cues = index.cues
            let surgeries = procedureMentions.filter { $0.sentence == sentence && isSurgery($0.term.id) }
            let after = cues.set(.postoperativeCare).hits(in: text, sentence: sentence).filter { hit in
                surgeries.contains { hit.first < $0.first && $0.first <= hit.last }
            }
            let before =
                cues.set(.preoperativeLead).hits(in: text, sentence: sentence).filter { hit in
                    surgeries.contains { $0.first > hit.last && $0.first - hit.last <= 3 }
                } + cues.set(.preoperativeCare).hits(in: text, sentence: sentence)
            let preoperativeParts = before.map { ProcedureFacts.commaPart(of: $0.first, in: text, sentence: sentence) }
            func times(_ hit: CueHit) -> Bool {
                !after.contains { $0.first <= hit.first && hit.last <= $0.last }
                    && !preoperativeParts.contains { $0.contains(hit.first) }
            }
            if analysis.isHistorySection(sentence) && before.isEmpty { return true }
            return cues.set(.treatmentHistory).hits(in: text, sentence: sentence).contains(where: times)
                || cues.set(.past).hits(in: text, sentence: sentence).contains(where: times) || isDatedEntry(mention)
        }

        /// Whether surgery `mention` is written as a dated entry without a verb, outside the plan and
        /// the review: a date (or a year) not after the reference date opens its part of the sentence
        /// (or follows a heading's `:`) at most two words before the surgery, three when a `:` or
        /// `-` follows it ("3/2015: L knee scope", "2014 - L4-5 fusion", "PMH: 2016 right knee
        /// arthroscopy"), or follows the surgery with no word between them ("L4-5 fusion (2014)") or
        /// only `dated_entry_lead` words ("right knee arthroscopy in 2015", "fusion was done in 2012").
        func isDatedEntry(_ mention: Mention) -> Bool {
            let sentence = mention.sentence
            guard !analysis.isPlanSection(sentence), !analysis.occurs(.plan, in: sentence) else { return false }
            let part = ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence)
            let (tokens, bytes) = (text.tokens, text.bytes)
            let reference = analysis.referenceDate
            let leads = index.cues.wordList(.datedEntryLead)
            func isWord(_ token: Int) -> Bool { tokens[token].digits == Token.notDigits }
            for (first, last, date) in datedSpans(in: part) where reference.map({ date <= $0 }) ?? true {
                if last < mention.first {
                    // The date opens its part, or follows a heading ("PMH: 2014 L4-5 fusion").
                    let opens = first == part.lowerBound || bytes[tokens[first - 1].end..<tokens[first].start].contains(58)
                    let words = ((last + 1)..<mention.first).filter(isWord).count
                    let gap = bytes[tokens[last].end..<tokens[last + 1].start]
                    let labelled = gap.contains(58) || gap.contains(45)
                    if opens && (words <= 2 || labelled && words <= 3) { return true }
                } else if first > mention.last {
                    // After it: no word between, or up to three `dated_entry_lead` words ("L4-5 fusion
                    // (2014)", "right knee arthroscopy in 2015", "RFA was done on 3/2/15").
                    let between = ((mention.last + 1)..<first).filter(isWord)
                    if between.isEmpty || between.count <= 3 && between.allSatisfy({ leads.contains(tokens[$0]) }) { return true }
                }
            }
            return false
        }

        /// The dates and years written in token range `part`: the first and last token of each, and
        /// its date (a year alone is its first day).
        func datedSpans(in part: Range<Int>) -> [(first: Int, last: Int, date: SimpleDate)] {
            let (tokens, bytes) = (text.tokens, text.bytes)
            var spans: [(first: Int, last: Int, date: SimpleDate)] = []
            var token = part.lowerBound
            while token < part.upperBound {
                defer { token += 1 }
                guard tokens[token].digits >= 0 else { continue }
                // A numeric date's tokens are joined by `/` or `-` alone.
                var last = token
                while last + 1 < part.upperBound, tokens[last + 1].digits >= 0,
                    tokens[last + 1].start - tokens[last].end == 1,
                    bytes[tokens[last].end] == 47 || bytes[tokens[last].end] == 45
                {
                    last += 1
                }
                let start = tokens[token].start
                if let date = analysis.dates.first(where: { $0.offset == start })?.date {
                    spans.append((token, last, date))
                } else if last == token, tokens[token].end - start == 4, (1950...2030).contains(Int(tokens[token].digits)) {
                    spans.append((token, last, SimpleDate(year: Int(tokens[token].digits), month: 1, day: 1)))
                }
                token = last
            }
            return spans
        }

        /// The sentence names a requested region (or no region is requested).
        func inRegion(_ sentence: Int) -> Bool {
            regions.isEmpty
                || analysis.mentions(inSentence: sentence).contains {
                    $0.term.kind == .bodyRegion && regions.contains($0.term.id)
                }
        }

        /// Whether `mention` is about a requested region: the body region named nearest to it within
        /// a few words ("lumbar spine surgery ×2 in 2011, and anterior cervical fusion": the fusion
        /// is cervical), else the first region its name implies (``ProcedureFacts/impliedRegions(of:_:)``:
        /// a rotator cuff repair's condition's, "s/p right TKA"'s own), else any region its sentence
        /// names. For a request of one side, a mention told of the other side only is not
        /// (``isOnRequestedSide(_:)``).
        func inRegion(_ mention: Mention) -> Bool {
            guard !regions.isEmpty else { return true }
            guard isOnRequestedSide(mention) else { return false }
            let implied = ProcedureFacts.impliedRegions(of: mention.term.id, index)
            guard
                let region = analysis.nearestRegion(sentence: mention.sentence, first: mention.first, last: mention.last, within: 4)
                    ?? implied.first
            else { return inRegion(mention.sentence) }
            // A broader or narrower region than a requested one counts ("spine" for the lumbar spine),
            // and so does a region the procedure implies beside the one named in its name (a carpal
            // tunnel release, of the wrist by its words, is of the hand too: `procedure_region`).
            let scope = RegionScope(regions: regions)
            return scope.includes(region, index) || implied.contains { scope.includes($0, index) }
        }

        /// Whether what `first...last` of `sentence` tells bears on the requested side: the side
        /// told of it or of the region nearest to it within `window` words (``CaseAnalysis/side(sentence:first:last:regionWithin:accepting:)``)
        /// is the requested one, both, or none ("right knee arthroscopy" is not of a left-knee MRI).
        func isOnRequestedSide(sentence: Int, first: Int, last: Int, within window: Int = 4) -> Bool {
            guard side != nil && side != .bilateral else { return true }
            return BodySide.bears(analysis.side(sentence: sentence, first: first, last: last, regionWithin: window), on: side)
        }

        /// Whether `mention` is dated before the injury: every date (or year) of its part of the
        /// sentence is before the date of injury (the header's, else the summary's).
        func isBeforeInjury(_ mention: Mention) -> Bool {
            guard let injury = analysis.input.header.dateOfInjury ?? DemographicFacts.injuryDateInSummary(analysis) else { return false }
            let spans = datedSpans(in: ProcedureFacts.commaPart(of: mention.first, in: text, sentence: mention.sentence))
            // A year alone is its first day: before the injury only when the whole year is.
            return !spans.isEmpty
                && spans.allSatisfy { span in
                    span.date.month == 1 && span.date.day == 1 && span.last == span.first
                        ? span.date.year < injury.year : span.date < injury
                }
        }

        /// Whether `mention` bears on the requested side (``isOnRequestedSide(sentence:first:last:)``).
        func isOnRequestedSide(_ mention: Mention) -> Bool {
            isOnRequestedSide(sentence: mention.sentence, first: mention.first, last: mention.last)
        }
    }

    /// Neurologic or radicular findings in the part of the body the request is about: a finding
    /// belongs to the nearest body region named within a few words of it; with none so near, to
    /// the regions its sentence names when they are all of the requested family ("the numbness
    /// persisted, together with constant mild pain over the ulnar side of the right wrist and in
    /// the fingers"). A finding of the past is not one (``ClinicalFacts/isNotCurrent(_:among:_:)``:
    /// "previously had numbness in the left leg, now resolved"), nor, for a request of one side, one
    /// told of the other side only ("numbness in the right hand" for a left-arm EMG). The
    /// examination's deficit placed so is `regional_neurologic_deficit`.
    static func readRegionalFindings(_ history: History, into builder: inout FactBuilder) {
        let analysis = history.analysis
        let family = regionFamily(of: history.regions, history.index.cues)
        guard !family.isEmpty else { return }
        let regional = analysis.nerveFindings.filter { hit in
            !ClinicalFacts.isNotCurrent(hit, among: analysis.nerveFindings, analysis) && !FindingDoubt.isDoubted(hit, analysis)
                && isPlaced(hit, in: family, history)
        }
        if let positive = regional.first(where: { !$0.negated }) {
            builder.bool(.regionalNeuroFindings, true, [history.text.evidence(positive.sentence)])
        } else if let negative = regional.first {
            builder.bool(.regionalNeuroFindings, false, [history.text.evidence(negative.sentence)])
        }
        // The neurologic deficit of the requested region's family: the examination's findings that
        // stand (``ClinicalFacts/currentNeurologicFindings(_:)``, as `neurologic_deficit` reads them),
        // placed as above; a deficit of another part of the body is none here.
        let deficits = ClinicalFacts.currentNeurologicFindings(analysis).filter { isPlaced($0, in: family, history) }
        if let (value, evidence) = decide(deficits, in: history.text, .positiveWins, skip: { analysis.isReviewSentence($0) }) {
            builder.bool(.regionalNeurologicDeficit, value, evidence)
        }
    }

    /// Whether finding `hit` is of a region of `family` on the requested side: its nearest body
    /// region within eight words is of the family, or, with none so near, every region its sentence
    /// names is.
    private static func isPlaced(_ hit: CueHit, in family: TermSet, _ history: History) -> Bool {
        let analysis = history.analysis
        let window = 8
        guard history.isOnRequestedSide(sentence: hit.sentence, first: hit.first, last: hit.last, within: window) else { return false }
        let nearest = analysis.mentions(near: hit, within: window)
            .filter { $0.term.kind == .bodyRegion }
            .map { (region: $0.term.id, distance: $0.first > hit.last ? $0.first - hit.last : hit.first - $0.last) }
            .filter { $0.distance >= 0 && $0.distance <= window }
            .min { $0.distance < $1.distance }
        if let nearest { return family.contains(nearest.region) }
        let named = analysis.mentions(inSentence: hit.sentence).filter { $0.term.kind == .bodyRegion }
        return !named.isEmpty && named.allSatisfy { family.contains($0.term.id) }
    }

    /// Earlier surgery of the requested region, an earlier fusion anywhere, and planned surgery.
    /// A surgery requested makes the worker a surgical candidate too: the treating physician asks for it.
    /// No earlier surgery (false) when none is told and a sentence outside the review and the plan
    /// says there was none: a `no_prior_surgery` phrase, or a surgery of the requested region (or of
    /// none) denied in a sentence that tells the history ("no prior surgery", "denies previous
    /// surgeries").
    static func readSurgery(_ history: History, requestFacts: FactSet, into builder: inout FactBuilder) {
        let analysis = history.analysis
        let surgeries = history.procedureMentions.filter { history.isSurgery($0.term.id) }
        // Done as its words tell it, or as an entry of the record ("S/P R TKA 10/4/16", "Procedure:
        // L4-5 microdiscectomy, 06/2016": ``SurgeryEvents``).
        func isDone(_ mention: Mention) -> Bool {
            !analysis.namesConsult(mention) && (history.isPast(surgery: mention) || SurgeryEvents.isDone(mention, analysis))
        }
        if let past = surgeries.first(where: { history.inRegion($0) && isDone($0) }) {
            builder.bool(.priorSurgery, true, [history.text.evidence(past.sentence)])
        } else {
            func tellsHistory(_ sentence: Int) -> Bool {
                !history.isReview(sentence) && !analysis.occurs(.plan, in: sentence) && !analysis.isPlanSection(sentence)
            }
            // A sentence that names no body region is about every region.
            func namesNoRegion(_ sentence: Int) -> Bool {
                !analysis.mentions(inSentence: sentence).contains { $0.term.kind == .bodyRegion }
            }
            let denied = analysis.mentions(of: .procedure).first {
                $0.negated && history.isSurgery($0.term.id) && tellsHistory($0.sentence) && history.isPast($0.sentence)
                    && (namesNoRegion($0.sentence) || history.inRegion($0))
            }
            let none = history.index.cues.set(.noPriorSurgery).hits(in: history.text).first {
                tellsHistory($0.sentence) && (namesNoRegion($0.sentence) || history.inRegion($0.sentence))
            }
            if let sentence = denied?.sentence ?? none?.sentence {
                builder.bool(.priorSurgery, false, [history.text.evidence(sentence)])
            }
        }
        if let fusion = surgeries.first(where: {
            history.index.ancestors(of: $0.term.id, in: .procedure).contains(history.index[.fusion]) && isDone($0)
        }) {
            builder.bool(.priorFusion, true, [history.text.evidence(fusion.sentence)])
        }
        // A surgery of the plan's words denied outside the review ("He is not a surgical candidate",
        // "surgery is not recommended"): none is planned or considered, in its sentence either
        // ("Spine surgery consultation 07/12/2016: not a surgical candidate").
        let declined = analysis.mentions(of: .procedure).first(where: {
            $0.negated && history.isSurgery($0.term.id) && !history.isReview($0.sentence) && analysis.occurs(.plan, in: $0.sentence)
        })
        // A surgery the plan's sentence tells done, or a plan told in the past perfect, plans
        // nothing now (``PlannedSurgeries``: "had the microdiscectomy Dr. B. recommended").
        if let planned = surgeries.first(where: {
            PlannedSurgeries.tellsPlan(of: $0, among: history.procedureMentions, isSurgery: history.isSurgery, analysis)
                && $0.sentence != declined?.sentence
                && !PlannedSurgeries.isToldDone($0, among: surgeries, analysis)
        }) {
            builder.bool(.surgicalCandidate, true, [history.text.evidence(planned.sentence)])
        } else if case .term(let procedure)? = requestFacts[.procedure]?.value, history.isSurgery(history.index.id(procedure)),
            requestFacts[.associatedService]?.value != .bool(true)
        {
            builder.bool(.surgicalCandidate, true, [])
        } else if let declined {
            builder.bool(.surgicalCandidate, false, [history.text.evidence(declined.sentence)])
        } else if let nonsurgical = history.index.cues.set(.nonsurgical).hits(in: history.text).first(where: {
            !history.isReview($0.sentence) && (analysis.occurs(.plan, in: $0.sentence) || analysis.isPlanSection($0.sentence))
        }) {
            // Care of the plan named as not surgery ("non-surgical candidate", "nonoperative
            // management is recommended"): no surgery is planned or considered.
            builder.bool(.surgicalCandidate, false, [history.text.evidence(nonsurgical.sentence)])
        }
        // A surgery the worker would consider: named in a condition or among options weighed
        // outside the review ("if the MRI confirms a tear, arthroscopy would be recommended"), which
        // asserts no surgery planned (``Moods``).
        if let sentence = history.text.surgeryOptionSentences.first(where: { !history.isReview($0) }) {
            builder.bool(.surgeryConsidered, true, [history.text.evidence(sentence)])
        }
    }

    /// Sessions of the requested therapy already completed, how many, and their benefit (a benefit
    /// counts when it is functional; a stated lack of benefit counts whatever it names). Therapy of
    /// another region named in its part of the sentence (``RegionScope``: "PT for the neck" for a
    /// lumbar request; not "left hand surgery, physical therapy") or of another side, or dated
    /// before the injury ("physical therapy in 2014" for a 2016 injury), is not the requested
    /// therapy's history; what the review restates is not either, though its sentence may tell
    /// care given before the review's words ("completed six sessions of PT and 12 more were requested").
    /// Therapies whose visits make one total (``visitFamily(of:_:)``: aquatic and land-based
    /// physical therapy) are the same kind.
    static func readPriorTherapy(
        _ history: History, procedure: TermID, request: RequestedItem, requestFacts: FactSet, into builder: inout FactBuilder
    ) {
        let (analysis, text, cues) = (history.analysis, history.text, history.index.cues)
        let family = visitFamily(of: procedure, history.index)
        // For a service that goes with a surgery, only therapy after a surgery is the same kind:
        // told as post-operative, tied to a surgery in its clause, dated (its part of the sentence) on or after the latest date of
        // a done surgery of the requested region ("8 physical therapy visits since 09/19/2016" after
        // a microdiscectomy of 08/30/2016), or told after it (below).
        let afterSurgery = requestFacts[.associatedService]?.value == .bool(true)
        let surgeryDate =
            afterSurgery
            ? SurgeryEvents.events(analysis).filter { $0.status == .done && history.inRegion($0.mention) }.compactMap(\.date).max()
            : nil
        // Tied to a surgery in its clause (`postoperative_link`: "improvement since surgery and with therapy").
        func isTiedToSurgery(_ mention: Mention) -> Bool {
            let clause = text.clause(sentence: mention.sentence, token: mention.first)
            return cues.set(.postoperativeLink).hits(in: text, sentence: mention.sentence).contains {
                !$0.negated && clause.contains($0.first)
            }
        }
        // Dated from the surgery to the reference date: given since the surgery (a dated course is
        // a course done: "PT 12 visits from 08/20/2016 through 10/15/2016").
        func isDatedAfterSurgery(_ mention: Mention) -> Bool {
            guard let surgeryDate else { return false }
            let part = ProcedureFacts.commaPart(of: mention.first, in: text, sentence: mention.sentence)
            let reference = analysis.referenceDate
            return history.datedSpans(in: part).contains { span in span.date >= surgeryDate && reference.map { span.date <= $0 } ?? true }
        }
        // Told after the surgery: in a sentence after the latest done surgery of the requested
        // region that the summary names before it, and dated, if at all, on or after that surgery
        // ("Right total knee replacement on 06/14/2016. Therapy discharge summary after 12 visits:
        // ..."); the order a record tells its events in.
        let doneSurgeries =
            afterSurgery ? SurgeryEvents.events(analysis).filter { $0.status == .done && history.inRegion($0.mention) } : []
        func isToldAfterSurgery(_ mention: Mention) -> Bool {
            guard
                let surgery = doneSurgeries.filter({ $0.mention.sentence < mention.sentence }).max(by: {
                    $0.mention.sentence < $1.mention.sentence
                })
            else { return false }
            let part = ProcedureFacts.commaPart(of: mention.first, in: text, sentence: mention.sentence)
            return !history.datedSpans(in: part).contains { span in surgery.date.map { span.date < $0 } ?? true }
        }
        let scope = RegionScope(regions: history.regions)
        // Therapy of another region: its own part of the sentence names a region, and the region
        // named about it (not in its name: "hand therapy" is a discipline) is not requested.
        func isOfAnotherRegion(_ mention: Mention) -> Bool {
            let part = ProcedureFacts.commaPart(of: mention.last, in: text, sentence: mention.sentence)
            guard RegionScope.named(in: mention.sentence, analysis).contains(where: { part.contains($0.first) }) else { return false }
            return !scope.covers(analysis, sentence: mention.sentence, first: mention.last, last: mention.last)
        }
        // Services of another kind (sharing the requested one's broader kind: therapy, acupuncture,
        // chiropractic, psychotherapy) named in a sentence own the counts of their sessions ("six
        // acupuncture treatments" in a sentence about physical therapy, "four counseling sessions"
        // beside a program's evaluation); a surgery or a study owns none.
        func kinds(_ id: TermID) -> [TermID] {
            guard let category = history.index.category(ofProcedure: id) else { return [] }
            return history.index.lexicon.hierarchy.parents(of: category, in: .category, among: .requestKind)
        }
        let requestedKinds = TermSet(inserting: kinds(procedure))
        let otherKinds = history.procedureMentions.filter {
            family.isDisjoint(with: history.index.ancestors(of: $0.term.id, in: .procedure))
                && kinds($0.term.id).contains(where: requestedKinds.contains)
        }
        func others(in sentence: Int) -> [Mention] { otherKinds.filter { $0.sentence == sentence } }
        // An evaluation for the service (`therapy_evaluation`: an evaluation, assessment, screening,
        // consultation or intake) is not the service given, unless sessions of it are counted ("PT
        // evaluation and treatment x12"): the word ends the name or stands right after it ("a
        // multidisciplinary evaluation", "a physical therapy assessment"), or stands before it
        // joined by a `therapy_evaluation_links` word and articles ("an assessment for a functional
        // restoration program", "screened for the HELP program").
        let evaluationWords = cues.wordList(.therapyEvaluation)
        let (links, articles) = (cues.wordList(.therapyEvaluationLinks), cues.wordList(.articles))
        func isEvaluationOnly(_ mention: Mention) -> Bool {
            let range = text.sentences[mention.sentence].tokens
            var before = mention.first - 1
            while before > range.lowerBound, articles.contains(text.tokens[before]) { before -= 1 }
            let named =
                evaluationWords.contains(text.tokens[mention.last])
                || (mention.last + 1 < range.upperBound && evaluationWords.contains(text.tokens[mention.last + 1]))
                || (before > range.lowerBound && links.contains(text.tokens[before]) && evaluationWords.contains(text.tokens[before - 1]))
            return named
                && sessionCount(text, sentence: mention.sentence, cues, past: true, therapy: mention, others: others(in: mention.sentence))
                    == nil
        }
        // A course of counted visits dated from its first to its last, the last before the reference
        // date or on it, was given ("Psychotherapy: ..., 6 individual sessions, 09/19 to 10/31/2016
        // (authorized as an initial trial)", "visits 1-8 (07/11-08/19/16)"; not "the program's
        // evaluation of 10/2016 and the reports of 08/2016 to 11/2016"):
        // ``DateSpans/holdsClosedSpan(_:sentence:_:)``.
        func isDatedCourse(_ mention: Mention) -> Bool {
            DateSpans.holdsClosedSpan(text.sentences[mention.sentence].tokens, sentence: mention.sentence, analysis)
                && sessionCount(text, sentence: mention.sentence, cues, past: true, therapy: mention, others: others(in: mention.sentence))
                    != nil
        }
        // Therapy planned is not therapy given: a mention in the plan (a note's plan section; a
        // `plan`, `planned`, `not_yet` or `treatment_planned` phrase in its part of the sentence or
        // after it in its clause: "Plan: post-operative PT twice a week (6 visits)", "will start
        // PT 2x4", "recommend 12 sessions of PT", "a further course of PT, 8 visits, is
        // recommended") unless its part says sessions were done (a `session_past` or
        // `treatment_done` word: "plan 6 more; 6 visits completed"), its sentence counts sessions
        // done (``sessionCount``: "PT: authorized 12, completed 6"), continues it ("continue PT"),
        // its sentence dates a course of counted sessions to an end before the reference date ("6
        // individual sessions, 09/19 to 10/31/2016 (authorized as an initial trial)"), or its part
        // is dated before the reference date ("PT was prescribed in 2015").
        let planWords: [CueName] = [.plan, .planned, .notYet, .treatmentPlanned]
        // A `treatment_continued` phrase continues what it governs in its part of the sentence: the
        // treatment named within three words after it ("Plan: continue PT 2x4"), else the one named
        // within three words before it ("PT continues 2x/week", "PT to continue"), else a count of
        // sessions after it ("Plan: PT, 6 more visits") or nothing (the phrase ends its part). One
        // that governs another treatment or anything else says nothing of the requested one ("Plan:
        // trigger point injections, ... and continued home stretching", "refer for CBT ...,
        // alongside continued physical therapy", "acupuncture for ongoing pain"). `byName`: only a
        // phrase that governs `mention` itself tells it given ("before any further sessions" is
        // the plan's own future).
        let units = cues.wordList(.sessionUnits)
        func isContinued(_ mention: Mention, byName: Bool = false) -> Bool {
            let sentence = mention.sentence
            let named = history.procedureMentions.filter { $0.sentence == sentence }
            func isOfFamily(_ other: Mention) -> Bool {
                !family.isDisjoint(with: history.index.ancestors(of: other.term.id, in: .procedure))
            }
            return cues.set(.treatmentContinued).hits(in: text, sentence: sentence).contains { hit in
                let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: sentence)
                let after = (hit.last + 1)..<max(hit.last + 1, min(hit.last + 4, part.upperBound))
                let before = max(hit.first - 3, part.lowerBound)..<hit.first
                if after.contains(mention.first) || (before.contains(mention.last) && named.allSatisfy({ !after.contains($0.first) })) {
                    return true
                }
                guard !byName else { return false }
                if let governed = named.filter({ after.contains($0.first) }).min(by: { $0.first < $1.first }) {
                    return isOfFamily(governed)
                }
                if let governed = named.filter({ before.contains($0.last) }).max(by: { $0.last < $1.last }) {
                    return isOfFamily(governed)
                }
                return after.isEmpty || after.contains { units.contains(text.tokens[$0]) }
            }
        }
        func isPlanned(_ mention: Mention) -> Bool {
            let sentence = mention.sentence
            let part = ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence)
            let rest = part.lowerBound...text.clause(sentence: sentence, token: mention.first).upperBound
            func inPart(_ name: CueName) -> Bool {
                cues.set(name).hits(in: text, sentence: sentence).contains { !$0.negated && part.contains($0.first) }
            }
            func inRest(_ name: CueName) -> Bool {
                cues.set(name).hits(in: text, sentence: sentence).contains { !$0.negated && rest.contains($0.first) }
            }
            guard analysis.isPlanSection(sentence) || planWords.contains(where: inRest) else { return false }
            // A done word inside a plan phrase is the plan's ("the plan includes ...").
            let planned = planWords.flatMap { cues.set($0).hits(in: text, sentence: sentence) }
            let doneWords = cues.wordList(.sessionPast)
            let done = text.sentences[sentence].tokens.filter { token in
                doneWords.contains(text.tokens[token]) && !planned.contains { $0.first <= token && token <= $0.last }
            }
            if done.contains(where: part.contains) || inPart(.treatmentDone) || isContinued(mention)
                || (!done.isEmpty && sessionCount(text, sentence: sentence, cues, therapy: mention, others: others(in: sentence)) != nil)
                || (isDatedCourse(mention)
                    && sessionCount(text, sentence: sentence, cues, past: true, therapy: mention, others: others(in: sentence)) != nil)
            {
                return false
            }
            let reference = analysis.referenceDate
            return !history.datedSpans(in: part).contains { span in reference.map { span.date < $0 } ?? true }
        }
        // Before the surgery, for a post-operative request: a `preoperative_lead` phrase in its clause
        // with a surgery named within six words after it ("Before the 06/15/2016 rotator cuff repair
        // he had 10 sessions"), or a `preoperative_care` phrase there ("pre-op therapy").
        func isBeforeSurgery(_ mention: Mention) -> Bool {
            let sentence = mention.sentence
            let clause = text.clause(sentence: sentence, token: mention.first)
            let surgeries = history.procedureMentions.filter { $0.sentence == sentence && history.isSurgery($0.term.id) }
            return cues.set(.preoperativeLead).hits(in: text, sentence: sentence).contains { lead in
                !lead.negated && clause.contains(lead.first)
                    && surgeries.contains { $0.first > lead.last && $0.first - lead.last <= 6 && clause.contains($0.first) }
            } || cues.set(.preoperativeCare).hits(in: text, sentence: sentence).contains { !$0.negated && clause.contains($0.first) }
        }
        // Care of the requested region and side, after the injury, not the review restated nor
        // planned.
        func isHistory(_ mention: Mention) -> Bool {
            !analysis.restatesReview(mention.sentence, token: mention.first) && !isEvaluationOnly(mention)
                && (!afterSurgery || analysis.occurs(.postoperativeCare, in: mention.sentence) || isTiedToSurgery(mention)
                    || isDatedAfterSurgery(mention) || isToldAfterSurgery(mention))
                && !(afterSurgery && isBeforeSurgery(mention))
                && !isOfAnotherRegion(mention) && history.isOnRequestedSide(mention)
                && !history.isBeforeInjury(mention) && !isPlanned(mention)
        }
        let named =
            history.procedureMentions + bareTherapy(history, requested: procedure)
            + untitledCourse(history, requested: procedure, family: family, otherKinds: otherKinds)
        let sameKind = named.filter { !family.isDisjoint(with: history.index.ancestors(of: $0.term.id, in: .procedure)) && isHistory($0) }
        // The request's words by id, as `phraseWords` splits them (no `String` per word).
        let continuationWords = cues.wordList(.requestContinuation)
        let continuation = cues.wordTable.ids(ofWordsIn: request.request).contains { continuationWords.contains(id: $0) }
        // A mention told before the review's words of its sentence ("After a course of 8 visits
        // his pain improved; 6 more are requested") is past by a `past` or `treatment_history`
        // phrase of its own clause.
        func toldAsPast(_ mention: Mention) -> Bool {
            guard analysis.isReviewSentence(mention.sentence) else { return false }
            let clause = text.clause(sentence: mention.sentence, token: mention.first)
            return [CueName.past, .treatmentHistory].contains { name in
                cues.set(name).hits(in: text, sentence: mention.sentence).contains { !$0.negated && clause.contains($0.first) }
            }
        }
        var sessions: (visits: Int, sentence: Int)?
        for mention in sameKind {
            if let count = sessionCount(
                text, sentence: mention.sentence, cues,
                past: history.isPast(mention.sentence) || !judgements(of: mention, history).isEmpty || isDatedAfterSurgery(mention)
                    || isDatedCourse(mention),
                therapy: mention,
                others: others(in: mention.sentence))
            {
                sessions = (count, mention.sentence)
                break
            }
        }
        // A therapy note's series counted in a line of its own after the line that names the
        // therapy (``seriesCount(after:_:stops:)``).
        if sessions == nil {
            sessions =
                sameKind.lazy.compactMap { mention in
                    seriesCount(after: mention, history) { !others(in: $0).isEmpty }.map { (visits: $0.value, sentence: $0.sentence) }
                }.first
        }
        // For a post-operative course, visits told in a sentence of the course that need not name
        // the therapy ("18 sessions since the repair", "Visits: 12 of 12 authorized").
        // The postsurgical course counts the visits of physical medicine together (physical,
        // occupational and aquatic therapy: `physical_medicine_visits`; "hand therapy" for an
        // occupational therapy request after a carpal tunnel release).
        if afterSurgery, sessions == nil {
            let done = SurgeryEvents.events(analysis).filter { $0.status == .done && history.inRegion($0.mention) }
            var course = family
            if cues.group(.physicalMedicineVisits, label: procedure) != nil
                || family.contains(where: { cues.group(.physicalMedicineVisits, label: $0) != nil })
            {
                course.formUnion(cues.groupTerms(.physicalMedicineVisits))
            }
            let ownCourse = { (mention: Mention) in !course.isDisjoint(with: history.index.ancestors(of: mention.term.id, in: .procedure)) }
            sessions = PostoperativeVisits.count(
                history, family: course, named: named.filter { !isOfAnotherRegion($0) && history.isOnRequestedSide($0) },
                otherKinds: otherKinds.filter { !ownCourse($0) },
                surgeries: done,
                isOfAnotherRegion: { sentence, token in
                    let part = ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
                    guard RegionScope.named(in: sentence, analysis).contains(where: { part.contains($0.first) }) else { return false }
                    return !scope.covers(analysis, sentence: sentence, first: token, last: token)
                })
        }
        // The course's benefit (below), told in a sentence that names the course, tells it was given
        // too ("Aquatic therapy x8 (09/2016): able to climb stairs again").
        let benefit = courseResult(of: sameKind, history, family: family, afterSurgery: afterSurgery)
        let courseSentences = Set(sameKind.map(\.sentence))
        let toldWithCourse = benefit.flatMap { found in found.value ? found.sentences.first(where: courseSentences.contains) : nil }
        if let past = sameKind.first(where: {
            history.isPast($0) || isContinued($0, byName: true) || toldAsPast($0) || isDatedAfterSurgery($0) || isDatedCourse($0)
                || sessionCount(text, sentence: $0.sentence, cues, therapy: $0, others: others(in: $0.sentence)) != nil
                || !judgements(of: $0, history).isEmpty
        }) {
            builder.bool(.priorTherapy, true, [text.evidence(past.sentence)])
        } else if let sessions {
            builder.bool(.priorTherapy, true, [text.evidence(sessions.sentence)])
        } else if let toldWithCourse {
            builder.bool(.priorTherapy, true, [text.evidence(toldWithCourse)])
        } else {
            builder.bool(.priorTherapy, continuation, [])
        }
        if let sessions {
            builder.set(.priorSessions, .number(Double(sessions.visits)), [text.evidence(sessions.sentence)])
        }
        readPhysicalMedicineSessions(
            history, procedure: procedure, mentions: named, isHistory: isHistory, otherKinds: otherKinds, into: &builder)
        if let benefit { builder.bool(.priorTherapyBenefit, benefit.value, benefit.sentences.map(text.evidence)) }
        // A device's home trial and its outcomes (``readDeviceTrial(of:_:family:into:)``).
        if history.index.category(ofProcedure: procedure) == history.index[.dme] {
            readDeviceTrial(of: sameKind, history, family: family, into: &builder)
        }
    }

    /// The benefit of the earlier course `trial` (`prior_therapy_benefit`). A benefit stated in the
    /// course's sentences wins; without one, the sentences that speak of the course tell it
    /// (``courseBenefit(of:_:family:afterSurgery:)``): its measures, else an activity or work
    /// regained or a drug stopped or taken less; without those, a result of care not bettered
    /// (``CareResults``) in a clause of the course's own sentence that names no other treatment
    /// ("eight sessions of hydrotherapy without any change in her knee pain") tells none. With the
    /// indices of the sentences that tell it (their evidence is made when the fact is recorded).
    static func courseResult(of trial: [Mention], _ history: History, family: TermSet, afterSurgery: Bool) -> (
        value: Bool, sentences: [Int]
    )? {
        let (analysis, text, cues) = (history.analysis, history.text, history.index.cues)
        // A benefit stated counts when its sentence names a function gained: a `functional_gain`
        // word not after a loss (an `activity_markers` `lost` phrase at most three words before it:
        // "feels more relaxed and sleeps better; she still cannot sit more than 20 minutes" names no
        // function gained).
        let lost = cues.set(.activityMarkers)
        func namesGain(_ sentence: Int) -> Bool {
            let losses = lost.hits(in: text, sentence: sentence).filter { $0.label == .lost && !$0.negated }
            return cues.set(.functionalGain).hits(in: text, sentence: sentence).contains { gain in
                !gain.negated && !losses.contains { $0.last < gain.first && gain.first - $0.last <= 3 }
            }
        }
        let benefitHits = trial.flatMap { mention in
            judgements(of: mention, history).filter { $0.negated || $0.label == .no || namesGain(mention.sentence) }
        }
        if let decided = decidedSentences(benefitHits, .negativeWins) { return decided }
        if let told = courseBenefit(of: trial, history, family: family, afterSurgery: afterSurgery) { return told }
        let own = Set(trial.map(\.sentence)).filter { !analysis.isPlanSection($0) && !history.isReview($0) }.sorted()
        guard !own.isEmpty else { return nil }
        let results = CareResults.find(analysis, in: own).filter {
            !CareResults.isConditional($0, analysis) && !CareResults.isHedged($0, analysis)
        }
        for mention in trial where own.contains(mention.sentence) {
            let clause = text.clause(sentence: mention.sentence, token: mention.first)
            let others = analysis.mentions(inSentence: mention.sentence).contains {
                clause.contains($0.first) && isOtherTreatment($0, history, family: family)
            }
            if !others, results.contains(where: { $0.sentence == mention.sentence && clause.contains($0.first) }) {
                return (false, [mention.sentence])
            }
        }
        return nil
    }

    /// `physical_medicine_sessions`: for a request of a therapy of the `physical_medicine_visits`
    /// group (land-based physical or occupational therapy, aquatic therapy), the supervised visits of
    /// physical medicine already done: for each label (kind) of the group, the first count of sessions done
    /// told of its therapies in `mentions` that `isHistory` keeps (the requested region and side,
    /// after the injury, not the review restated), the labels' counts summed ("completed 12 sessions of PT", "6 pool therapy
    /// visits": 18). CPMTG 2009 p. 22, Aquatic therapy: "For recommendations on the number of
    /// supervised visits, see Physical medicine" (pp. 98-99). Not documented when no count is told.
    static func readPhysicalMedicineSessions(
        _ history: History, procedure: TermID, mentions: [Mention], isHistory: (Mention) -> Bool, otherKinds: [Mention],
        into builder: inout FactBuilder
    ) {
        let (index, text, cues) = (history.index, history.text, history.index.cues)
        func label(of id: TermID) -> String? {
            index.ancestors(of: id, in: .procedure).lazy.compactMap { cues.group(.physicalMedicineVisits, label: $0) }.first
        }
        guard label(of: procedure) != nil else { return }
        // Only a sentence with a count may tell sessions done.
        func counts(_ sentence: Int) -> Bool { text.tokens(of: sentence).contains { cues.count($0) != nil } }
        let labelled = mentions.compactMap { mention in
            label(of: mention.term.id).flatMap { counts(mention.sentence) && isHistory(mention) ? (mention, $0) : nil }
        }
        var total = 0
        var evidence: [Int] = []
        kinds: for kind in cues.groupLabels(.physicalMedicineVisits) {
            // The therapies of the other labels, and the services of other kinds, own their counts.
            for (mention, _) in labelled where label(of: mention.term.id) == kind {
                let others =
                    otherKinds.filter { $0.sentence == mention.sentence && $0.first != mention.first }
                    + labelled.filter { $0.0.sentence == mention.sentence && $0.1 != kind }.map(\.0)
                let past = history.isPast(mention.sentence) || !judgements(of: mention, history).isEmpty
                if let count = sessionCount(text, sentence: mention.sentence, cues, past: past, therapy: mention, others: others) {
                    total += count
                    if !evidence.contains(mention.sentence) { evidence.append(mention.sentence) }
                    continue kinds
                }
            }
            // Else the note's series counted after the line that names the therapy.
            let series = mentions.filter { label(of: $0.term.id) == kind && isHistory($0) }.lazy.compactMap { mention in
                seriesCount(after: mention, history) { sentence in
                    otherKinds.contains { $0.sentence == sentence }
                        || mentions.contains { $0.sentence == sentence && label(of: $0.term.id).map { $0 != kind } ?? false }
                }
            }.first
            if let series {
                total += series.value
                if !evidence.contains(series.sentence) { evidence.append(series.sentence) }
            }
        }
        guard !evidence.isEmpty else { return }
        builder.set(.physicalMedicineSessions, .number(Double(total)), evidence.map(text.evidence))
    }

    /// The procedures whose earlier sessions are sessions of `procedure`: it and its broader ones,
    /// and the members of the `shared_visits` group labelled with its name or a broader one's (a
    /// physical therapy course takes in pool visits; an aquatic request reads only aquatic
    /// sessions: CPMTG p. 22, an alternative to land-based therapy).
    static func visitFamily(of procedure: TermID, _ index: LexiconIndex) -> TermSet {
        let own = index.ancestors(of: procedure, in: .procedure)
        var family = own
        for kind in own { family.formUnion(index.cues.group(.sharedVisits, memberIDs: index.name(of: kind))) }
        return family
    }

    /// The bare words for a therapy ("improvement with therapy", "the therapist notes") read as
    /// mentions of `requested` when it is (or is narrower than) a therapy of the
    /// `bare_therapy_scope` group: neither negated nor part of a drug or procedure named (one covering the word or ending
    /// right before it: "TENS therapy"), nor right after an `other_therapy` word ("opioid therapy").
    static func bareTherapy(_ history: History, requested: TermID) -> [Mention] {
        let (analysis, text, cues) = (history.analysis, history.text, history.index.cues)
        guard !cues.groupTerms(.bareTherapyScope).isDisjoint(with: history.index.ancestors(of: requested, in: .procedure)) else {
            return []
        }
        let term = TermRef(kind: .procedure, id: requested)
        return cues.set(.bareTherapy).hits(in: text).compactMap { hit in
            guard !hit.negated else { return nil }
            let named = analysis.mentions(inSentence: hit.sentence).contains {
                ($0.term.kind == .drug || $0.term.kind == .procedure) && $0.first <= hit.last && $0.last >= hit.first - 1
            }
            let other = cues.set(.otherTherapy).hits(in: text, sentence: hit.sentence).contains { $0.last == hit.first - 1 }
            guard !named, !other else { return nil }
            return Mention(term: term, sentence: hit.sentence, first: hit.first, last: hit.last, negated: false, hedged: false)
        }
    }

    /// The benefit phrases by which the sentence of therapy `mention` judges its benefit ("PT was
    /// not helpful", "chiropractic helped her walk"): a therapy judged was given. A benefit in the
    /// plan, hedged or after a `benefit_prospect` word ("PT would be helpful", "may help", "PT
    /// would improve his function") is a prospect, no judgement.
    static func judgements(of mention: Mention, _ history: History) -> [CueHit] {
        let (analysis, text, cues) = (history.analysis, history.text, history.index.cues)
        let sentence = mention.sentence
        guard !analysis.isPlanSection(sentence), !analysis.occurs(.plan, in: sentence) else { return [] }
        let prospects = cues.wordList(.benefitProspect)
        let tokens = text.tokens(of: sentence)
        let negation = cues.set(.benefit).negation
        return cues.set(.benefit).hits(in: text, sentence: sentence).filter { hit in
            !negation.isHedged(hit.first, in: text, sentence: sentence)
                && !tokens[tokens.startIndex..<hit.first].contains(where: prospects.contains)
        }
    }

    /// The count of completed sessions in a sentence: completed 12 sessions, had 24 visits,
    /// attended twenty-four visits, a couple of sessions (``WrittenCount``), or a
    /// `session_count_marker` and the count after the unit or after the therapy named (token
    /// `therapy`): PT notes x12, visits x 6, PT x6, chiropractic x 12. The sentence tells the
    /// sessions were done by a `session_past` or `session_time` word, or is `past` as a whole
    /// ("Treatment to date: rest and six chiropractic visits"). A count belongs to its unit: an
    /// article between them ("20 degrees, the treatment plan") makes them parts of two phrases. Of a
    /// share ("completed 8 of 12 sessions", "six of the twelve visits": a `session_share` word
    /// between two counts) the first count is the one done. A unit belongs to the therapy named
    /// right before it ("12 physical therapy sessions") or just after it in its part of the sentence
    /// ("12 sessions of PT"): the units of `therapy` are read first, then those of no therapy; the
    /// units of `others` (therapies of another kind: "six acupuncture treatments") never. A count
    /// granted or planned rather than done (``isDone(_:_:sentence:_:)``: "12 PT visits certified, 4
    /// attended") is passed over for one done, with a unit or without (``bareDoneCount``).
    static func sessionCount(
        _ text: CaseText, sentence: Int, _ cues: CueBook, past: Bool = false, therapy: Mention? = nil, others: [Mention] = []
    ) -> Int? {
        let tokens = text.tokens(of: sentence)
        let (pastWords, timeWords) = (cues.wordList(.sessionPast), cues.wordList(.sessionTime))
        let units = cues.wordList(.sessionUnits)
        func done(_ count: (value: Int, token: Int)?) -> Int? {
            guard let count, isDone(count.token, text, sentence: sentence, cues),
                !cues.set(.sessionCeiling).hits(in: text, sentence: sentence).contains(where: { isCeiling($0, of: count.token, text) })
            else { return nil }
            return count.value
        }
        func owns(_ mention: Mention, _ unit: Int) -> Bool {
            // Right before the unit, or the unit in its name ("psychology sessions").
            if mention.last == unit - 1 || (mention.first...mention.last).contains(unit) { return true }
            guard mention.first > unit, mention.first <= unit + 2 else { return false }
            return ProcedureFacts.commaPart(of: unit, in: text, sentence: sentence).contains(mention.first)
        }
        let unitIndices = tokens.indices.filter { units.contains(tokens[$0]) }.filter { unit in !others.contains { owns($0, unit) } }
        // A visit's own number in the note of that visit ("PT daily note (Visit 9 of 12)", "tx #2")
        // tells the visits done by itself, when no other count does; of a log's numbered lines
        // joined in one sentence ("09/01 - session 1, ... 09/15 - session 3"), the last visit.
        func numbered() -> Int? { unitIndices.compactMap({ done(visitNumber(after: $0, text, tokens, cues)) }).max() }
        guard past || tokens.contains(where: { pastWords.contains($0) || timeWords.contains($0) }) else {
            return parenthesisedDoneCount(text, sentence: sentence, cues, others: others) ?? numbered()
        }
        if let therapy, tokens.indices.contains(therapy.last), let value = done(countAfter(therapy.last, text, tokens, cues)) {
            return value
        }
        let owned = therapy.map { therapy in unitIndices.filter { owns(therapy, $0) } } ?? []
        for index in owned + unitIndices.filter({ !owned.contains($0) }) {
            if let value = done(count(before: index, text, tokens, cues)) { return value }
        }
        return bareDoneCount(text, sentence: sentence, cues, others: others) ?? numbered()
    }

    /// Whether `hit`, a `session_ceiling` phrase, ends at most one word before the count at token
    /// `count` (no comma between): the count is a ceiling ("stays within 20 visits", "up to 12
    /// visits"), not sessions done.
    private static func isCeiling(_ hit: CueHit, of count: Int, _ text: CaseText) -> Bool {
        guard hit.last < count, count - hit.last <= 2 else { return false }
        return !text.tokens[(hit.last + 1)...count].contains { $0.commaBefore || $0.semicolonBefore }
    }

    /// Whether the count at token `count` is of sessions done rather than granted or planned: the
    /// `session_past` or `treatment_planned` word nearest to it in its part of the sentence is not a
    /// planned one ("authorized 12, completed 6", "Six acupuncture sessions were authorized
    /// previously": `session_time` words tell no verb), unless a `coordinators` word joins a done
    /// word to that one ("authorized and completed"). With no planned word in its part, a planned
    /// word earlier in the sentence governs it when no done word stands between or in its part
    /// ("Plan: manipulation and a home program; an initial trial of 6 visits over 2 weeks": visits
    /// proposed, not given); else it is done.
    static func isDone(_ count: Int, _ text: CaseText, sentence: Int, _ cues: CueBook) -> Bool {
        let part = ProcedureFacts.commaPart(of: count, in: text, sentence: sentence)
        let all = cues.set(.treatmentPlanned).hits(in: text, sentence: sentence)
        let planned = all.filter { part.contains($0.first) && !($0.first...$0.last).contains(count) }
        let (tokens, doneWords) = (text.tokens, cues.wordList(.sessionPast))
        func distance(_ first: Int, _ last: Int) -> Int { first > count ? first - count : count - last }
        guard let nearest = planned.min(by: { distance($0.first, $0.last) < distance($1.first, $1.last) }) else {
            guard let governing = all.last(where: { $0.last < part.lowerBound }) else { return true }
            return ((governing.last + 1)..<part.upperBound).contains { doneWords.contains(tokens[$0]) }
        }
        if let nearestDone = part.filter({ doneWords.contains(tokens[$0]) }).map({ distance($0, $0) }).min(),
            nearestDone <= distance(nearest.first, nearest.last)
        {
            return true
        }
        let after = nearest.last + 1
        return after + 1 < part.upperBound && cues.wordList(.coordinators).contains(tokens[after]) && doneWords.contains(tokens[after + 1])
    }

    /// A count written beside a `session_past` word without a unit: right after it, ending its
    /// part of the sentence, before a coordinator ("PT: authorized 12, completed 6") or as the
    /// first of a share (``isShare(after:_:_:_:)``: "attended 10 of 12 authorized"), or opening
    /// its part (or after a coordinator) before it, `session_auxiliaries` words between ("12 PT
    /// visits certified, 4 attended", "and 6 were completed"), else one told done in a parenthesis
    /// (``parenthesisedDoneCount(_:sentence:_:others:)``). A count in a part that names a therapy
    /// of `others` (another kind) is that therapy's.
    static func bareDoneCount(_ text: CaseText, sentence: Int, _ cues: CueBook, others: [Mention]) -> Int? {
        let tokens = text.tokens(of: sentence)
        let (doneWords, auxiliaries, coordinators) = (
            cues.wordList(.sessionPast), cues.wordList(.sessionAuxiliaries), cues.wordList(.coordinators)
        )
        for index in tokens.indices {
            guard let value = cues.count(tokens[index]), value > 0, value < 200 else { continue }
            let part = ProcedureFacts.commaPart(of: index, in: text, sentence: sentence)
            if others.contains(where: { part.contains($0.first) }) { continue }
            let after = index + 1
            if index > part.lowerBound, doneWords.contains(tokens[index - 1]),
                after == part.upperBound || coordinators.contains(tokens[after]) || isShare(after: index, text, part, cues)
            {
                return value
            }
            guard index == part.lowerBound || coordinators.contains(tokens[index - 1]) else { continue }
            var next = after
            while next < part.upperBound, auxiliaries.contains(tokens[next]) { next += 1 }
            if next < part.upperBound, doneWords.contains(tokens[next]) { return value }
        }
        return parenthesisedDoneCount(text, sentence: sentence, cues, others: others)
    }

    /// A count opening a parenthesis right before a `session_done_after` word, in a part of the
    /// sentence that names no therapy of `others`: the sessions done of a sum or a note ("so that
    /// the total stays within 20 visits (8 done + 6 = 14)", "which continue (18 done + 6 = 24 in
    /// all)"). Such a count tells itself done, whatever words of time the sentence holds.
    static func parenthesisedDoneCount(_ text: CaseText, sentence: Int, _ cues: CueBook, others: [Mention]) -> Int? {
        let (tokens, doneAfter) = (text.tokens(of: sentence), cues.wordList(.sessionDoneAfter))
        for index in tokens.indices.dropLast() where doneAfter.contains(tokens[index + 1]) {
            guard let value = cues.count(tokens[index]), value > 0, value < 200, isParenthesisOpening(index, text) else { continue }
            let part = ProcedureFacts.commaPart(of: index, in: text, sentence: sentence)
            if others.contains(where: { part.contains($0.first) }) { continue }
            return value
        }
        return nil
    }

    /// Whether token `index` opens a parenthesis: a `(` right before it, spaces between allowed.
    private static func isParenthesisOpening(_ index: Int, _ text: CaseText) -> Bool {
        var at = text.tokens[index].start - 1
        while at >= 0, text.bytes[at] == 32 { at -= 1 }
        return at >= 0 && text.bytes[at] == 40
    }

    /// Whether the count at token `count` is the first of a share, another count after it behind a
    /// `session_share` word or a slash ("attended 10 of 12 authorized", "Attendance: 12/12"), no
    /// smaller than it and below 200 (not a date's month and year: "PT notes 10/2016"), and not
    /// followed by another slash ("10/12/2016").
    private static func isShare(after count: Int, _ text: CaseText, _ part: Range<Int>, _ cues: CueBook) -> Bool {
        let next = count + 1
        guard next < part.upperBound, let first = cues.count(text.tokens[count]) else { return false }
        func total(_ token: Int) -> Bool {
            guard let value = cues.count(text.tokens[token]), value >= first, value < 200 else { return false }
            let end = text.tokens[token].end
            return end >= text.bytes.count || text.bytes[end] != 47
        }
        if cues.wordList(.sessionShare).contains(text.tokens[next]) { return next + 1 < part.upperBound && total(next + 1) }
        return text.tokens[next].start == text.tokens[count].end + 1 && text.bytes[text.tokens[count].end] == 47 && total(next)
    }

    /// The count of unit `index` and its token: written after it behind a marker
    /// (``countAfter(_:_:_:_:)``), else the nearest count within three words before it (no article
    /// between), the first of a share.
    static func count(before index: Int, _ text: CaseText, _ tokens: ArraySlice<Token>, _ cues: CueBook) -> (value: Int, token: Int)? {
        let articles = cues.wordList(.articles)
        let share = cues.wordList(.sessionShare)
        if let found = countAfter(index, text, tokens, cues) { return found }
        guard index > tokens.startIndex else { return nil }
        for back in stride(from: index - 1, through: max(tokens.startIndex, index - 4), by: -1) {
            if articles.contains(tokens[back]) { break }
            guard cues.mayEndCount(tokens[back]) else { continue }
            guard let (value, first) = cues.count(endingAt: back, in: tokens, from: tokens.startIndex) else { continue }
            // An article may stand after the share word ("six of the twelve visits").
            var before = first - 1
            if before > tokens.startIndex, articles.contains(tokens[before]) { before -= 1 }
            if before > tokens.startIndex, share.contains(tokens[before]),
                let (done, _) = cues.count(endingAt: before - 1, in: tokens, from: tokens.startIndex), done > 0, done <= value
            {
                return (done, before - 1)
            }
            if value > 0, value < 200 { return (value, back) }
            break
        }
        return nil
    }

    /// The count written right after token `index` behind a `session_count_marker` ("x 6",
    /// "times 6") or glued to it ("x6", "x12"), or as the last of visits numbered from the first
    /// (``numberedVisits(after:_:_:)``: "visits 1-8", "Acupuncture #1-6"), when it is from 1 to
    /// 199, and its token.
    static func countAfter(_ index: Int, _ text: CaseText, _ tokens: ArraySlice<Token>, _ cues: CueBook) -> (value: Int, token: Int)? {
        let next = index + 1
        guard next < tokens.endIndex else { return nil }
        if let numbered = numberedVisits(after: index, text, tokens) { return numbered }
        if let labelled = labelledCount(after: index, text, tokens, cues) { return labelled }
        if cues.wordList(.sessionCountMarker).contains(tokens[next]), next + 1 < tokens.endIndex, let value = cues.count(tokens[next + 1]),
            value > 0, value < 200
        {
            return (value, next + 1)
        }
        let word = text.word(of: tokens[next])
        for marker in cues.words(.sessionCountMarker) where word.count > marker.count && word.hasPrefix(marker) {
            if let value = digitCount(String(word.dropFirst(marker.count))), value > 0, value < 200 { return (value, next) }
        }
        return nil
    }

    /// Visits numbered from the first to the last right after token `index` (a unit or a therapy
    /// named): "1", a dash alone, and the last number, which ends its part of the sentence or stands
    /// before a date or a bracket ("visits 1-8 (07/11-08/19/16)", "Acupuncture #1-6 (10/3-11/7/16)",
    /// "OT visits 1-8, 08/15 to 10/31/2016"; not "sessions 1-2 times a week"): the last number and
    /// its token.
    static func numberedVisits(after index: Int, _ text: CaseText, _ tokens: ArraySlice<Token>) -> (value: Int, token: Int)? {
        let (first, last) = (index + 1, index + 2)
        guard last < tokens.endIndex, tokens[first].digits == 1, tokens[last].digits > 1, tokens[last].digits < 200,
            text.bytes[text.tokens[first].end..<text.tokens[last].start].elementsEqual([45]),
            text.bytes[text.tokens[index].end..<text.tokens[first].start].allSatisfy({ $0 == 32 || $0 == 35 })
        else { return nil }
        let after = last + 1
        if after < tokens.endIndex {
            let gap = text.bytes[text.tokens[last].end..<text.tokens[after].start]
            guard tokens[after].digits != Token.notDigits || gap.contains(40) || gap.contains(44) || tokens[after].semicolonBefore
            else { return nil }
        }
        return (Int(tokens[last].digits), last)
    }

    /// The sessions a therapy note's series counts after the sentence of `mention` (the note's
    /// heading or first line names the therapy): a labelled count, a visit's number or a total
    /// line's count (``labelledCount(after:_:_:_:)``, ``visitNumber(after:_:_:_:)``,
    /// ``totalCount(before:_:_:_:)``: "Total sessions to date: 2", "Today (tx #2): adjustment",
    /// "Total completed: 18 sessions") told done, the largest in the six sentences after it (a
    /// table's bar lines under the heading not counted among them: ``isBarTableLine(_:_:)``), up to
    /// a sentence that `stops` (one naming a therapy of another kind) or restates the review; not a
    /// plan's count without a label ("P: 4 more visits"). With the sentence that tells it.
    static func seriesCount(after mention: Mention, _ history: History, stops: (Int) -> Bool) -> (value: Int, sentence: Int)? {
        let (analysis, text, cues) = (history.analysis, history.text, history.index.cues)
        let units = cues.wordList(.sessionUnits)
        var best: (value: Int, sentence: Int)?
        var (next, read) = (mention.sentence + 1, 0)
        while next < text.sentences.count, read < 6 {
            if stops(next) || analysis.isReviewSentence(next) { break }
            if !isBarTableLine(next, text) { read += 1 }
            let tokens = text.tokens(of: next)
            for index in tokens.indices where units.contains(tokens[index]) {
                guard
                    let count = labelledCount(after: index, text, tokens, cues) ?? visitNumber(after: index, text, tokens, cues)
                        ?? totalCount(before: index, text, tokens, cues),
                    isDone(count.token, text, sentence: next, cues), count.value > best?.value ?? 0
                else { continue }
                best = (count.value, next)
            }
            next += 1
        }
        return best
    }

    /// The number of the visit a note records, right after token `index` (a unit), `#` at most
    /// between them: a count from 1 to 199 that is the first of a share ("Visit 9 of 12", "session
    /// 3 of 6"), is marked by `#` ("visit #9 on 05/17/2016") or ends its part of the sentence (a
    /// bracket, a comma, a colon, a semicolon, a line break or the sentence's end after it: "(tx 2)", "session 3,
    /// pain 5/10"; not a slash or a dash after it, nor "visit 2 weeks", "sessions 1-2 times a week",
    /// "visit 10/03/2016"), the unit not after a `visit_number_times` word ("by visit 2"): the
    /// count and its token. The note of the ninth visit tells nine visits
    /// done, the one it records among them.
    static func visitNumber(after index: Int, _ text: CaseText, _ tokens: ArraySlice<Token>, _ cues: CueBook) -> (
        value: Int, token: Int
    )? {
        let place = index + 1
        guard place < tokens.endIndex, tokens[place].digits > 0, tokens[place].digits < 200,
            index == tokens.startIndex || !cues.wordList(.visitNumberTimes).contains(tokens[index - 1])
        else { return nil }
        let lead = text.bytes[text.tokens[index].end..<text.tokens[place].start]
        guard !lead.isEmpty, lead.allSatisfy({ $0 == 32 || $0 == 35 }) else { return nil }
        let value = Int(tokens[place].digits)
        let after = place + 1
        guard after < tokens.endIndex else {
            let end = text.tokens[place].end
            return end < text.bytes.count && [47, 45].contains(text.bytes[end]) ? nil : (value, place)
        }
        let gap = text.bytes[text.tokens[place].end..<text.tokens[after].start]
        if cues.wordList(.sessionShare).contains(tokens[after]), gap.allSatisfy({ $0 == 32 }), after + 1 < tokens.endIndex {
            let total = tokens[after + 1]
            let end = text.tokens[after + 1].end
            guard Int(total.digits) >= value, total.digits < 200, end >= text.bytes.count || text.bytes[end] != 47 else { return nil }
            return (value, place)
        }
        guard !gap.contains(47), !gap.contains(45),
            lead.contains(35) || gap.contains(40) || gap.contains(41) || gap.contains(44) || gap.contains(58) || gap.contains(10)
                || tokens[after].semicolonBefore
        else { return nil }
        return (value, place)
    }

    /// The count of a label after token `index` (a unit): `visit_label_words` words, a colon, and
    /// the count, which ends its part of the sentence or its line or stands before a date or a bracket
    /// ("Sessions completed: 6 (10/03 to 11/14/2016)", "Visits to date: 12"; not "Sessions: 2x a
    /// week"): the count and its token.
    static func labelledCount(after index: Int, _ text: CaseText, _ tokens: ArraySlice<Token>, _ cues: CueBook) -> (
        value: Int, token: Int
    )? {
        let labels = cues.wordList(.visitLabelWords)
        var place = index + 1
        while place < tokens.endIndex, labels.contains(tokens[place]) { place += 1 }
        guard place < tokens.endIndex, text.bytes[text.tokens[place - 1].end..<text.tokens[place].start].contains(58),
            tokens[place].digits > 0, tokens[place].digits < 200
        else { return nil }
        let after = place + 1
        if after < tokens.endIndex {
            let gap = text.bytes[text.tokens[place].end..<text.tokens[after].start]
            guard !gap.contains(47),
                tokens[after].digits != Token.notDigits || gap.contains(40) || gap.contains(44) || gap.contains(10)
                    || tokens[after].semicolonBefore
            else { return nil }
        }
        return (Int(tokens[place].digits), place)
    }

    /// The course of a note of the requested therapy told without naming it: when the summary's
    /// first sentence (its title: "Acupuncture re-evaluation and request for additional treatment")
    /// names the requested therapy's kind (`family`) and no service of another kind of its own
    /// (`otherKinds`: another therapy, not an office visit), each later sentence that names neither
    /// and counts sessions (``sessionCount(_:sentence:_:past:therapy:others:)``) tells that therapy's
    /// visits ("Treatment given: 6 sessions, 10/17 to 11/21/2016"; "Massage therapy progress report.
    /// Sessions completed: 6"; not a flowsheet's "first visit / sixth visit"): a mention of
    /// `requested` at its first `session_units` word.
    static func untitledCourse(_ history: History, requested: TermID, family: TermSet, otherKinds: [Mention]) -> [Mention] {
        let (analysis, text) = (history.analysis, history.text)
        guard text.sentences.count > 1 else { return [] }
        func ofFamily(_ mention: Mention) -> Bool { !family.isDisjoint(with: history.index.ancestors(of: mention.term.id, in: .procedure)) }
        let named = { (sentence: Int) in
            analysis.mentions(inSentence: sentence).contains { $0.term.kind == .procedure && ofFamily($0) }
                || otherKinds.contains { $0.sentence == sentence }
        }
        guard analysis.mentions(inSentence: 0).contains(where: { $0.term.kind == .procedure && ofFamily($0) }),
            !otherKinds.contains(where: { $0.sentence == 0 })
        else { return [] }
        let units = history.index.cues.wordList(.sessionUnits)
        let term = TermRef(kind: .procedure, id: requested)
        let cues = history.index.cues
        return (1..<text.sentences.count).compactMap { sentence in
            guard !named(sentence), let unit = text.sentences[sentence].tokens.first(where: { units.contains(text.tokens[$0]) })
            else { return nil }
            let mention = Mention(term: term, sentence: sentence, first: unit, last: unit, negated: false, hedged: false)
            return sessionCount(text, sentence: sentence, cues, past: true, therapy: mention) == nil ? nil : mention
        }
    }

    /// The procedures that count as an earlier study of the same kind as `requested` (the members of
    /// its `study_kind` group), or `nil` when `requested` is not a diagnostic study.
    static func studyKinds(of requested: TermID, _ index: LexiconIndex) -> TermSet? {
        let family = index.ancestors(of: requested, in: .procedure)
        for kind in index.cues.groupLabels(.studyKind) {
            let members = index.cues.group(.studyKind, memberIDs: kind)
            if !family.isDisjoint(with: members) { return members }
        }
        return nil
    }

    /// For a study of the nerves (`nerve_study`: EMG, NCS), the regions of the `nerve_reach` groups
    /// that hold a requested region or a broader one: the spinal roots that reach the limb it tests
    /// (an EMG of the hand tests the cervical roots too). Empty for any other study.
    static func nerveReach(of requested: TermID, _ regions: TermSet, _ index: LexiconIndex) -> TermSet {
        let cues = index.cues
        guard !cues.groupTerms(.nerveStudy).isDisjoint(with: index.ancestors(of: requested, in: .procedure)) else { return [] }
        var reach: TermSet = []
        for region in regions {
            for label in Set(
                index.ancestors(of: region, in: .bodyRegion).union([region]).compactMap({ cues.group(.nerveReach, label: $0) }))
            {
                reach.formUnion(cues.group(.nerveReach, memberIDs: label))
            }
        }
        return reach
    }

    /// Every region of the `region_family` groups holding one of `regions`: arm findings bear on the
    /// neck and the upper limb, leg findings on the low back and the lower limb.
    static func regionFamily(of regions: TermSet, _ cues: CueBook) -> TermSet {
        var family: TermSet = []
        for label in cues.groupLabels(.regionFamily) {
            let group = cues.group(.regionFamily, memberIDs: label)
            if !group.isDisjoint(with: regions) { family.formUnion(group) }
        }
        return family
    }
}

extension CaseAnalysis {
    /// Whether `mention` names no surgery: it is the surgery word of a `nonsurgical` phrase
    /// ("non-surgical candidate", "non-surgical treatment"), or a surgery written alone in brackets
    /// as a person's specialty (``isBracketedSpecialty(_:)``: "Dr. Ruiz (spine surgery) saw him",
    /// "the Qualified Medical Evaluator (orthopedic surgery)").
    func isNonsurgical(_ mention: Mention) -> Bool {
        if index.cues.set(.nonsurgical).hits(in: text, sentence: mention.sentence).contains(where: {
            $0.first <= mention.first && mention.last <= $0.last
        }) {
            return true
        }
        return index.category(ofProcedure: mention.term.id) == index[.surgery] && isBracketedSpecialty(mention)
    }

    /// Whether surgery `mention` names a surgeon's consult, not a surgery: its last word stands in a
    /// `surgical_specialty` phrase ("a spine surgery consultation on 07/12/2016", "evaluated by
    /// orthopedic surgery", "a surgical opinion"). Surgery is weighed, none is done, dated or
    /// named as the one a service goes with.
    func namesConsult(_ mention: Mention) -> Bool {
        index.category(ofProcedure: mention.term.id) == index[.surgery]
            && index.cues.set(.surgicalSpecialty).hits(in: text, sentence: mention.sentence).contains {
                $0.first <= mention.last && mention.last <= $0.last
            }
    }

    /// Whether `mention` fills a bracket of its own as a person's specialty ("Dr. Ruiz (spine
    /// surgery)", "the Qualified Medical Evaluator (orthopedic surgery)"): at most two words before
    /// it in the bracket, only spaces after it to the closing one, and either the bare surgery word
    /// or a `person_titles` word at most three words before the opening bracket.
    fileprivate func isBracketedSpecialty(_ mention: Mention) -> Bool {
        let (tokens, bytes) = (text.tokens, text.bytes)
        let sentence = text.sentences[mention.sentence]
        let lower = sentence.tokens.lowerBound
        guard mention.first > lower, mention.last + 1 < sentence.tokens.upperBound else { return false }
        let after = bytes[tokens[mention.last].end..<tokens[mention.last + 1].start]
        guard after.first(where: { !isSpace($0) }) == 41 else { return false }
        // The opening bracket, in the gap before the mention or before one of the two words before it.
        var open = mention.first
        while true {
            guard open > lower, mention.first - open <= 2 else { return false }
            let gap = bytes[tokens[open - 1].end..<tokens[open].start]
            if gap.contains(40) { break }
            if gap.contains(where: { !isSpace($0) && $0 != 45 }) { return false }
            open -= 1
        }
        guard mention.term.id != index[.surgery] else { return true }
        let titles = index.cues.wordList(.personTitles)
        return (max(lower, open - 3)..<open).contains { titles.contains(tokens[$0]) }
    }
}
