import IMRVocabulary

/// Conservative care given (or only planned) and conservative care failed: read for the whole case,
/// and again for a request of a body region when the summary tells care or symptoms of another
/// region (a foot fracture's physical therapy is no care of the elbow, and its pain no failure of
/// the elbow's care). Care and symptoms that name no region are the whole case's.
///
/// The wording is data: `conservative_care`, `not_yet`, `treatment_done`, `treatment_planned`
/// (`Rules/lexicon/procedures.cues`), `conservative_failure`, `conservative_treatment`,
/// `persistence`, `persistence_lead`, `symptom_words` (`Rules/lexicon/outcomes.cues`).
enum ConservativeCareFacts {
    /// The reading for a request of `regions` (and, for a study of the nerves, the regions they
    /// reach): when a phrase the case's reading may use is about another region, both facts are
    /// read again from the phrases about the requested regions or about none, and a fact they no
    /// longer state is withdrawn (not documented for this request).
    /// A request of a spine region reads what is told of the limb its roots reach, named as the
    /// limb ("leg", "arm"; `radicular_limb`), as its own: "physical therapy ..., with persistent
    /// leg pain" is a failure of the lumbar spine's conservative care. A part of the limb ("a wrist
    /// splint", "knee pain") is not the spine's, and a limb's request reads nothing of the spine.
    static func read(_ analysis: CaseAnalysis, scope: RegionScope, into builder: inout FactBuilder) {
        let (index, phrases) = (analysis.index, coverage(analysis))
        let scope = scope.withRadicularLimbs(index)
        guard
            [phrases.care, phrases.treatment, phrases.failure, phrases.persistence].contains(where: { set in
                set.contains { !scope.covers($0, index) }
            })
        else { return }
        builder.withdraw(FactName.conservativeCareGiven.name)
        builder.withdraw(FactName.conservativeCareFailed.name)
        readGiven(analysis, scope: scope, into: &builder)
        readFailed(analysis, scope: scope, into: &builder)
    }

    /// Conservative care done, or only planned: told by the words of its own part of the sentence
    /// and of the parts that name no treatment of their own ("he received an injection, 8 PT
    /// visits were ordered": the therapy is planned; "the plan was physiotherapy, continued
    /// medications": the medications continue), else by its first part's (the head of a list: "The
    /// plan was an MRI of both knees, physiotherapy, ..."), else by the sentence's; under a condition
    /// of its part ("if PT continues daily") it is planned. Care in a sentence that tells care
    /// failed (a `conservative_failure` phrase, not negated, hedged or under a condition) was tried,
    /// whatever plan word stands beside it ("Referral history: 4 weeks of physical therapy ...;
    /// conservative care failed"): the sentence that makes `conservative_care_failed` true never
    /// makes `conservative_care_given` false. Care outside `scope`
    /// (when given) is left out; the case's reading (with the procedure facts) gives none.
    static func readGiven(_ analysis: CaseAnalysis, scope: RegionScope? = nil, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        // Care continued or added to (`continue PT`, `additional physical therapy`: a
        // `treatment_continued` phrase ending at most three words before it) was given.
        func continues(_ hit: CueHit) -> Bool {
            cues.set(.treatmentContinued).hits(in: text, sentence: hit.sentence).contains {
                !$0.negated && $0.last < hit.first && hit.first - $0.last <= 3
            }
        }
        var doneSentences: [Int] = []
        var pendingSentences: [Int] = []
        let care = cues.set(.conservativeCare)
        let conditionals = cues.wordList(.moodConditionals)
        let coverage = scope == nil ? [] : Self.coverage(analysis).care
        // The sentences that tell care failed (read lazily, once).
        var failedSentences: Set<Int>?
        func tellsFailure(_ sentence: Int) -> Bool {
            if failedSentences == nil {
                failedSentences = Set(
                    cues.set(.conservativeFailure).hits(in: text).filter {
                        !$0.negated && !CareResults.isHedged($0, analysis) && !CareResults.isConditional($0, analysis)
                    }.map(\.sentence))
            }
            return failedSentences?.contains(sentence) ?? false
        }
        for (position, hit) in care.hits(in: text).enumerated() where !hit.negated {
            let sentence = hit.sentence
            if doneSentences.contains(sentence) || pendingSentences.contains(sentence) { continue }
            if let scope, !scope.covers(coverage[position], analysis.index) { continue }
            // What a review requested or decided is a plan, never a treatment given; a predicate of
            // its own after a coordinator ("completed six sessions of PT and 12 more were
            // requested") reaches only what follows it.
            if analysis.restatesReview(sentence, token: hit.first) {
                pendingSentences.append(sentence)
                continue
            }
            if tellsFailure(sentence) {
                doneSentences.append(sentence)
                continue
            }
            // The treatments named (a procedure, a drug, the medications: "continued medications"
            // tells of the medications, not of the therapy planned beside them).
            let medications = cues.wordList(.medicationWords)
            let treatments =
                analysis.mentions(inSentence: sentence).filter { $0.term.kind == .procedure || $0.term.kind == .drug }.map(\.first)
                + care.hits(in: text, sentence: sentence).map(\.first)
                + text.sentences[sentence].tokens.filter { medications.contains(text.tokens[$0]) }
            let own = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: sentence)
            // Care under a condition in its part of the sentence is a plan, whatever its verb ("if PT
            // continues daily for 2 weeks after": `mood_conditionals` before the care).
            if own.lowerBound < hit.first, (own.lowerBound..<hit.first).contains(where: { conditionals.contains(text.tokens[$0]) }) {
                pendingSentences.append(sentence)
                continue
            }
            // The head of a list governs its items ("The plan was an MRI, physiotherapy, continued
            // medications": planned; "He has had acupuncture, PT": done).
            let head = ProcedureFacts.commaPart(of: text.sentences[sentence].tokens.lowerBound, in: text, sentence: sentence)
            // Care continued or added to ("additional physical therapy") was given, unless not yet.
            let timing: Timing? =
                continues(hit) && !analysis.occurs(.notYet, in: sentence)
                ? .done
                : timing(analysis, sentence: sentence) { token in
                    let part = own.contains(token) ? own : ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
                    return part == own || !treatments.contains(where: part.contains)
                } ?? timing(analysis, sentence: sentence) { head.contains($0) } ?? timing(analysis, sentence: sentence) { _ in true }
            switch timing {
            case .notYet?, .planned?: pendingSentences.append(sentence)
            case .done?: doneSentences.append(sentence)
            // A treatment named in the history without a plan word was given.
            case nil where analysis.isPlanSection(sentence): pendingSentences.append(sentence)
            case nil: doneSentences.append(sentence)
            }
        }
        if !doneSentences.isEmpty {
            builder.bool(.conservativeCareGiven, true, doneSentences.prefix(2).map(text.evidence))
        } else if !pendingSentences.isEmpty {
            builder.bool(.conservativeCareGiven, false, pendingSentences.prefix(2).map(text.evidence))
        }
    }

    /// When conservative care named in a sentence is: not yet begun, done, or planned.
    enum Timing { case notYet, done, planned }

    /// When a treatment named in a sentence was given, as the words of the sentence that `counts`
    /// (by their first token) tell it: not yet (`not_yet`), done (`treatment_done`), only planned
    /// (`treatment_planned`), in that order of precedence; `nil` when no such word counts.
    static func timing(_ analysis: CaseAnalysis, sentence: Int, counts: (Int) -> Bool) -> Timing? {
        let cues = analysis.index.cues
        func has(_ name: CueName) -> Bool {
            cues.set(name).hits(in: analysis.text, sentence: sentence).contains { counts($0.first) }
        }
        // "He has yet to sleep through the night" tells a goal not reached, not care not begun.
        let notYet = cues.set(.notYet).hits(in: analysis.text, sentence: sentence).contains {
            counts($0.first) && !CareResults.opensGoal(after: $0.last, sentence: sentence, analysis)
        }
        if notYet { return .notYet }
        if has(.treatmentDone) { return .done }
        if has(.treatmentPlanned) { return .planned }
        return nil
    }

    /// Conservative care stated to have failed ("despite physical therapy"), or conservative care
    /// given and symptoms that persist: after it, or before it when its sentence tells the history
    /// ("Treatment to date has included…"). Care after a surgery (a post-operative splint) is not
    /// conservative care; care only planned was not given. Care and symptoms outside `scope`
    /// (when given) are left out: a symptom persists where the persistence phrase is
    /// (``RegionScope/covers(_:_:governsAfter:)``: "neck pain ..., plus persistent headaches" tells the head's
    /// symptom persists, not the neck's). The case's reading (with the outcome facts) gives no scope.
    static func readFailed(_ analysis: CaseAnalysis, scope: RegionScope? = nil, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let skipped = { (sentence: Int) in analysis.isReviewSentence(sentence) || isPostoperative(sentence, analysis) }
        let phrases = scope.map { _ in coverage(analysis) }
        // The hits of `hits` whose phrase is about a requested region (`table` reads the same hits).
        func inScope(_ hits: [CueHit], _ table: KeyPath<CarePhrases, [RegionScope.Coverage]>) -> [CueHit] {
            guard let scope, let phrases else { return hits }
            let coverage = phrases[keyPath: table]
            return hits.indices.filter { scope.covers(coverage[$0], analysis.index) }.map { hits[$0] }
        }
        // A failure only supposed or expected ("therapy may not relieve the leg pain") is none.
        let failures = inScope(cues.set(.conservativeFailure).hits(in: text), \.failure).filter { !CareResults.isHedged($0, analysis) }
        if let (value, evidence) = decide(failures, in: text, .positiveWins, skip: skipped) {
            builder.bool(.conservativeCareFailed, value, evidence)
            return
        }
        // Care only planned or not yet begun in its part of the sentence ("she will try acupuncture")
        // was not tried.
        func planned(_ hit: CueHit) -> Bool {
            let own = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
            switch timing(analysis, sentence: hit.sentence, counts: own.contains) {
            case .planned?, .notYet?: return true
            default: return false
            }
        }
        // Lazy: whether care is only planned is asked of the hits read until one is found.
        // Care negated only by the denial of its result ("has not reached his goal ... after 12 PT
        // visits") was given.
        let results = persistence(analysis)
        let given = inScope(cues.set(.conservativeTreatment).hits(in: text), \.treatment).lazy.filter {
            (!$0.negated || CareResults.isDeniedResult($0, analysis, results: results)) && !skipped($0.sentence)
                && !analysis.isPlanOnly($0.sentence) && !planned($0) && !isStatusBesideLimits($0, analysis, results: results)
        }
        // Symptoms of a requested region or of none persist ("noted ongoing headaches, neck pain and
        // right wrist pain": the list's symptoms all persist; "neck pain, plus persistent
        // headaches": only the headaches).
        let persisting = Array(Set(inScope(persistence(analysis), \.persistence).filter { !skipped($0.sentence) }.map(\.sentence)))
            .sorted()
        guard let tried = given.first else {
            readDrugsFailed(analysis, scope: scope, persisting: persisting, skipped: skipped, into: &builder)
            return
        }
        let history = given.first {
            analysis.occurs(.treatmentHistory, in: $0.sentence) || analysis.occurs(.past, in: $0.sentence)
                || analysis.occurs(.treatmentDone, in: $0.sentence) || analysis.isHistorySection($0.sentence)
        }
        if let after = persisting.first(where: { $0 >= tried.sentence }) {
            builder.bool(.conservativeCareFailed, true, [text.evidence(tried.sentence), text.evidence(after)])
        } else if let history, let before = persisting.first {
            builder.bool(.conservativeCareFailed, true, [text.evidence(history.sentence), text.evidence(before)])
        } else {
            readDrugsFailed(analysis, scope: scope, persisting: persisting, skipped: skipped, into: &builder)
        }
    }

    /// Whether sentence `sentence` tells care after a surgery (a `postoperative_care` phrase): not
    /// when the phrase is a `care_status_post` one followed within four words by care
    /// (`conservative_treatment`, a drug, a `medication_words` word): "S/p PT x12, HEP daily" tells
    /// care done, "s/p ORIF" or "status post L4-5 microdiscectomy" a surgery.
    static func isPostoperative(_ sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let hits = cues.set(.postoperativeCare).hits(in: text, sentence: sentence)
        guard !hits.isEmpty else { return false }
        let statusPost = cues.set(.careStatusPost).hits(in: text, sentence: sentence)
        guard !statusPost.isEmpty else { return true }
        let medications = cues.wordList(.medicationWords)
        let care =
            cues.set(.conservativeTreatment).hits(in: text, sentence: sentence).map(\.first)
            + analysis.mentions(inSentence: sentence).filter { $0.term.kind == .drug || $0.term.kind == .drugClass }.map(\.first)
            + text.sentences[sentence].tokens.filter { medications.contains(text.tokens[$0]) }
        return hits.contains { hit in
            let beforeCare =
                statusPost.contains { $0.first == hit.first && $0.last == hit.last }
                && care.contains { $0 > hit.last && $0 - hit.last <= 4 }
            return !beforeCare
        }
    }

    /// Whether care `hit` is only a work status (a `care_work_status` phrase: "off work", "light
    /// duty") told beside the worker's limits of function: its sentence names no other care (a
    /// `conservative_treatment` phrase that is no work status, a drug, a `medication_words` word)
    /// and holds phrases of `results` (``persistence(_:)``), none of which names a symptom (a
    /// `symptom_words` or `care_result_symptom_scores` word, or a pain score). "He cannot stand for
    /// more than ten minutes, and he has been off work since July because no light duty is
    /// available" tells his function and his work, not care that failed.
    static func isStatusBesideLimits(_ hit: CueHit, _ analysis: CaseAnalysis, results: [CueHit]) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let sentence = hit.sentence
        let statuses = cues.set(.careWorkStatus).hits(in: text, sentence: sentence)
        func isStatus(_ care: CueHit) -> Bool { statuses.contains { $0.first <= care.first && care.last <= $0.last } }
        guard isStatus(hit) else { return false }
        let own = results.filter { $0.sentence == sentence }
        guard !own.isEmpty else { return false }
        let medications = cues.wordList(.medicationWords)
        let otherCare =
            cues.set(.conservativeTreatment).hits(in: text, sentence: sentence).contains { !$0.negated && !isStatus($0) }
            || analysis.mentions(inSentence: sentence).contains { ($0.term.kind == .drug || $0.term.kind == .drugClass) && !$0.negated }
            || text.sentences[sentence].tokens.contains { medications.contains(text.tokens[$0]) }
        if otherCare { return false }
        let (symptoms, scores) = (cues.wordList(.symptomWords), cues.wordList(.careResultSymptomScores))
        let painScores = analysis.painScores.filter { $0.sentence == sentence }.map(\.offset)
        return !own.contains { result in
            (result.first...result.last).contains { index in
                symptoms.contains(text.tokens[index]) || scores.contains(text.tokens[index])
                    || painScores.contains(text.tokens[index].start)
            }
        }
    }

    /// A drug taken (a drug or a drug class named, or a `medication_words` word: "the medications") is conservative
    /// care too: failed when a phrase of ``persistence(_:)`` about the request's regions stands in
    /// its sentence or the next ("Tried: ibuprofen, gabapentin. Result:
    /// minimal change."). A drug named in a sentence of the plan, negated or hedged, or outside
    /// `scope` is no care tried.
    private static func readDrugsFailed(
        _ analysis: CaseAnalysis, scope: RegionScope?, persisting: [Int], skipped: (Int) -> Bool, into builder: inout FactBuilder
    ) {
        guard !persisting.isEmpty else { return }
        let text = analysis.text
        let medications = analysis.index.cues.wordList(.medicationWords)
        // Only a drug in a persisting phrase's sentence or the one before can be paired.
        var drugs: [(sentence: Int, first: Int, last: Int)] = []
        for sentence in Set(persisting.flatMap { [$0, $0 - 1] }).sorted() where sentence >= 0 {
            let mentions = analysis.mentions(inSentence: sentence).filter { !$0.negated && !$0.hedged }
            for kind in [Vocabulary.drug, .drugClass] {
                drugs += mentions.filter { $0.term.kind == kind }.map { (sentence: $0.sentence, first: $0.first, last: $0.last) }
            }
            for token in text.sentences[sentence].tokens where medications.contains(text.tokens[token]) {
                drugs.append((sentence, token, token))
            }
        }
        for drug in drugs.sorted(by: { ($0.sentence, $0.first) < ($1.sentence, $1.first) }) where !skipped(drug.sentence) {
            guard let after = persisting.first(where: { $0 == drug.sentence || $0 == drug.sentence + 1 }) else { continue }
            guard !analysis.isPlanOnly(drug.sentence) else { continue }
            if let scope, !scope.covers(analysis, sentence: drug.sentence, first: drug.first, last: drug.last) { continue }
            builder.bool(.conservativeCareFailed, true, [text.evidence(drug.sentence), text.evidence(after)])
            return
        }
    }

    /// The phrases stating that symptoms persist: a `persistence` phrase (or a negated
    /// improvement, not one the record is only said to lack; a bare adjective such as "persistent"
    /// only before the complaint), or a `persistence_lead` or `symptom_growth` word with a
    /// `symptom_words` word at most four (growth: three) words after it, not followed by a `medication_words`
    /// word, nor for growth by a `symptom_triggers` word, nor growth in an examination (the phrase
    /// runs from the one to the other), and the result of care read as a form (``CareResults``);
    /// none under a condition ("if the pain does not improve"). Read once per summary
    /// (``SentenceCache``): the case's reading and each request's scope ask for the same phrases.
    static func persistence(_ analysis: CaseAnalysis) -> [CueHit] {
        analysis.cache.persistence { findPersistence(analysis) }
    }

    /// The regions told of each phrase a request's scope reads (``RegionScope/Coverage``), in the
    /// order of its set's hits: read once per summary (``SentenceCache``), every request with a
    /// body region asks for the same phrases.
    struct CarePhrases: Sendable {
        /// Of the `conservative_care`, `conservative_treatment` and `conservative_failure` hits.
        var care: [RegionScope.Coverage]
        var treatment: [RegionScope.Coverage]
        var failure: [RegionScope.Coverage]
        /// Of ``persistence(_:)``, each governing the symptoms listed after it.
        var persistence: [RegionScope.Coverage]
    }

    /// The regions told of the summary's care and persistence phrases (``CarePhrases``).
    static func coverage(_ analysis: CaseAnalysis) -> CarePhrases {
        analysis.cache.carePhrases {
            let (text, cues) = (analysis.text, analysis.index.cues)
            func coverage(of name: CueName) -> [RegionScope.Coverage] {
                cues.set(name).hits(in: text).map { RegionScope.coverage(analysis, $0) }
            }
            return CarePhrases(
                care: coverage(of: .conservativeCare), treatment: coverage(of: .conservativeTreatment),
                failure: coverage(of: .conservativeFailure),
                persistence: persistence(analysis).map { RegionScope.coverage(analysis, $0, governsAfter: true) })
        }
    }

    /// The phrases of ``persistence(_:)``, read anew.
    private static func findPersistence(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let hits = cues.set(.persistence).hits(in: text)
        // A negated improvement that only says the record lacks it ("without documentation of
        // functional improvement") tells nothing of the symptoms (``OutcomeStatements``).
        // A phrase that opens with its own negation ("without improvement", "no lasting relief")
        // is not undone by an earlier one in its clause ("modified duty with no squatting for four
        // months, without improvement").
        let negations = cues.wordList(.negationBefore)
        let leads = cues.wordList(.persistenceLead)
        let symptoms = cues.wordList(.symptomWords)
        // A bare persistence adjective ("persistent") is of the complaint only when a symptom, a
        // body region or a diagnosis follows within four words ("persistent right leg pain",
        // "persistent radiculopathy"; not "persistent fevers").
        func ofComplaint(_ hit: CueHit) -> Bool {
            guard hit.first == hit.last, leads.contains(text.tokens[hit.first]) else { return true }
            let after = (hit.last + 1)..<min(text.sentences[hit.sentence].tokens.upperBound, hit.last + 5)
            return after.contains { symptoms.contains(text.tokens[$0]) }
                || analysis.mentions(inSentence: hit.sentence).contains {
                    after.contains($0.first) && ($0.term.kind == .bodyRegion || $0.term.kind == .diagnosis)
                }
        }
        var found =
            hits.filter { $0.label == .yes && (!$0.negated || negations.contains(text.tokens[$0.first])) && ofComplaint($0) }
            + OutcomeStatements.outcomes(hits.filter { $0.label == .no && $0.negated }, analysis)
        let growth = cues.wordList(.symptomGrowth)
        let triggers = cues.wordList(.symptomTriggers)
        let medications = cues.wordList(.medicationWords)
        for sentence in text.sentences.indices {
            let tokens = text.tokens(of: sentence)
            // An examination's "increased tone and tenderness" is a finding, not the symptoms' course.
            let examination = analysis.sections[sentence] == .objective
            for index in tokens.indices where leads.contains(tokens[index]) || (growth.contains(tokens[index]) && !examination) {
                // A lead reaches four words ("ongoing crushing mid-back pain"), growth three.
                let reach = leads.contains(tokens[index]) ? 4 : 3
                guard let symptom = tokens[(index + 1)..<min(tokens.endIndex, index + 1 + reach)].firstIndex(where: symptoms.contains)
                else {
                    continue
                }
                // A `;` between them parts two clauses ("with the exercise program continuing; log of
                // pain ..."): the lead tells no symptom's course.
                if tokens[(index + 1)...symptom].contains(where: \.semicolonBefore) { continue }
                let next = symptom + 1 < tokens.endIndex ? tokens[symptom + 1] : nil
                // A symptom word before a medication word names a drug ("increased her pain medication").
                if let next, medications.contains(next) { continue }
                // Growth with what provokes it tells no course ("increased pain with reaching").
                if growth.contains(tokens[index]), let next, triggers.contains(next) { continue }
                found.append(CueHit(label: CueLabelID(.yes), sentence: sentence, first: index, last: symptom, negated: false))
            }
        }
        found += lastingSymptoms(analysis)
        found += CareResults.find(analysis)
        // A result under a condition is none ("if the pain does not improve, ...").
        return found.filter { !CareResults.isConditional($0, analysis) }
    }

    /// A symptom told with a duration of months or years after it (`symptom_duration`), in its
    /// clause and within ten words, with no treatment named between them ("numbness and tingling
    /// in the thumb, index and long fingers for ten months"; not "pain treated with physical
    /// therapy for three months"): the phrase from the symptom to the duration. A negated or
    /// doubted duration, or a symptom of the past (``ClinicalFacts/isNotCurrent(_:among:_:)``),
    /// tells none.
    private static func lastingSymptoms(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let durations = cues.set(.symptomDuration).hits(in: text).filter { !$0.negated }
        guard !durations.isEmpty else { return symptomsSince(analysis) }
        let symptoms = cues.wordList(.symptomWords)
        let treatment = cues.set(.conservativeTreatment)
        var found: [CueHit] = []
        for duration in durations {
            let clause = text.clause(sentence: duration.sentence, token: duration.first)
            let earliest = max(clause.lowerBound, duration.first - 10)
            guard earliest < duration.first,
                let symptom = (earliest..<duration.first).first(where: { symptoms.contains(text.tokens[$0]) })
            else { continue }
            let named = analysis.mentions(inSentence: duration.sentence).contains {
                ($0.term.kind == .procedure || $0.term.kind == .drug) && $0.first > symptom && $0.first < duration.first
            }
            let care = treatment.hits(in: text, sentence: duration.sentence).contains { $0.first > symptom && $0.first < duration.first }
            guard !named, !care else { continue }
            let hit = CueHit(label: CueLabelID(.yes), sentence: duration.sentence, first: symptom, last: duration.last, negated: false)
            guard !ClinicalFacts.isNotCurrent(hit, among: [], analysis) else { continue }
            found.append(hit)
        }
        return found + symptomsSince(analysis)
    }

    /// The sentences where a phrase of `set` (`benefit`: care helped; `care_helping_now`: care
    /// works now), not negated, stands beside care (a `conservative_treatment` phrase, not negated)
    /// or a drug named ("PT 18 visits, which helped"; "his pain is well controlled on naproxen; he is
    /// improving with his exercises").
    static func helpingSentences(_ analysis: CaseAnalysis, _ set: CueName = .benefit) -> [Int] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let treatment = cues.set(.conservativeTreatment)
        let sentences = cues.set(set).hits(in: text).filter { hit in
            hit.label == CueLabelID(.yes) && !hit.negated
                && (treatment.hits(in: text, sentence: hit.sentence).contains { !$0.negated }
                    || analysis.mentions(inSentence: hit.sentence).contains { $0.term.kind == .drug && !$0.negated })
        }.map(\.sentence)
        return Array(Set(sentences)).sorted()
    }

    /// A symptom told with its start after a `since_lead` word, in its clause and within ten words,
    /// with no treatment named between them, the start at least `symptom_duration_limit` days
    /// before the reference date ("left ankle pain with every step since 2015", "numbness since
    /// 06/2015", "back pain since the injury"): lasting months, as a duration of months tells it.
    /// The start is a date written after the word, or one ``RequestDrugFacts/startDate(_:in:dates:now:)``
    /// reads. A negated or doubted start, or a symptom of the past, tells none; nor does any when
    /// the summary tells care helping ("PT 18 visits, which helped").
    private static func symptomsSince(_ analysis: CaseAnalysis) -> [CueHit] {
        guard let now = analysis.referenceDate else { return [] }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let since = cues.wordList(.sinceLead)
        let symptoms = cues.wordList(.symptomWords)
        let treatment = cues.set(.conservativeTreatment)
        let limit = cues.threshold(.days, in: .symptomDurationLimit)
        // A care told helping ("PT 18 visits, which helped; back at full duty") leaves a symptom's
        // age no failure.
        guard helpingSentences(analysis).isEmpty else { return [] }
        var found: [CueHit] = []
        for sentence in text.sentences.indices {
            for position in text.sentences[sentence].tokens where since.contains(text.tokens[position]) {
                let clause = text.clause(sentence: sentence, token: position)
                let earliest = max(clause.lowerBound, position - 10)
                guard earliest < position, let symptom = (earliest..<position).first(where: { symptoms.contains(text.tokens[$0]) }),
                    !cues.negation.isNegated(symptom, position, in: text, sentence: sentence)
                else { continue }
                let named = analysis.mentions(inSentence: sentence).contains {
                    ($0.term.kind == .procedure || $0.term.kind == .drug) && $0.first > symptom && $0.first < position
                }
                let care = treatment.hits(in: text, sentence: sentence).contains { $0.first > symptom && $0.first < position }
                guard !named, !care else { continue }
                // The start: a date written right after the word, else one told in words.
                let dates = RequestDrugFacts.dates(ofSentence: sentence, in: analysis.dates)
                let next = position < clause.upperBound ? text.tokens[position + 1].start : text.tokens[position].end
                let written = dates.first { $0.offset >= text.tokens[position].end && $0.offset <= next }?.date
                guard
                    let start = written
                        ?? RequestDrugFacts.startDate(analysis, in: position..<(clause.upperBound + 1), dates: dates, now: now),
                    start.days(to: now) >= limit
                else { continue }
                let hit = CueHit(label: CueLabelID(.yes), sentence: sentence, first: symptom, last: position, negated: false)
                guard !ClinicalFacts.isNotCurrent(hit, among: [], analysis) else { continue }
                found.append(hit)
            }
        }
        return found
    }
}

/// The body regions a request is about, as the readers that scope a statement to them ask: the
/// requested regions, and for a study of the nerves the regions whose roots reach them.
struct RegionScope {
    let regions: TermSet
    /// Regions counted as requested only as named, not their parts or broader ones: the limb a
    /// requested spine region's roots reach (``withRadicularLimbs(_:)``).
    var limbs: TermSet = []

    /// This scope with, for each requested spine region, the limb its roots reach (`radicular_limb`),
    /// counted only where the limb itself is named.
    func withRadicularLimbs(_ index: LexiconIndex) -> RegionScope {
        var limbs: TermSet = []
        for label in index.cues.groupLabels(.radicularLimb) where regions.contains(index.id(label)) {
            limbs.formUnion(index.cues.group(.radicularLimb, memberIDs: label))
        }
        return limbs.isEmpty ? self : RegionScope(regions: regions, limbs: limbs)
    }

    /// Whether the phrase at tokens `first...last` of `sentence` is about a requested region: the
    /// region a word of the phrase names ("cervical traction"), else the region named nearest to it
    /// in its part of the sentence (``ProcedureFacts/commaPart(of:in:sentence:)``; regions of
    /// ``named(in:_:)``; every one as near) with the regions listed with that one ("the neck and
    /// right shoulder"), else one of the regions its sentence names ("x-rays of the right foot, 4
    /// sessions of physical therapy, a boot": the therapy is the foot's). A phrase whose sentence names no region is
    /// about the whole case. A broader or narrower region than a requested one counts ("spine" for
    /// the lumbar spine). With `governsAfter` (a persistence phrase: it governs the symptoms it
    /// modifies and those listed after them), a region named after the phrase counts too, up to a
    /// `clause_boundary`, `clause_verbs` or `symptom_triggers` word ("ongoing headaches, head and
    /// brain pain, neck pain"); one named before it in another part of the sentence does not ("neck
    /// pain ..., plus persistent headaches").
    func covers(_ analysis: CaseAnalysis, sentence: Int, first: Int, last: Int, governsAfter: Bool = false) -> Bool {
        guard !regions.isEmpty else { return true }
        return covers(Self.coverage(analysis, sentence: sentence, first: first, last: last, governsAfter: governsAfter), analysis.index)
    }

    /// Whether the phrase of `hit` is about a requested region
    /// (``covers(_:sentence:first:last:governsAfter:)``).
    func covers(_ analysis: CaseAnalysis, _ hit: CueHit, governsAfter: Bool = false) -> Bool {
        covers(analysis, sentence: hit.sentence, first: hit.first, last: hit.last, governsAfter: governsAfter)
    }

    /// Whether a phrase told of `coverage` is about a requested region.
    func covers(_ coverage: Coverage, _ index: LexiconIndex) -> Bool {
        guard !regions.isEmpty else { return true }
        return coverage.all || coverage.regions.contains { includes($0, index) || limbs.contains($0) }
    }

    /// What ``covers(_:sentence:first:last:governsAfter:)`` reads of the summary, whatever the
    /// requested regions: the phrase is about every region (`all`), or about a requested one when
    /// one of `regions` is.
    struct Coverage: Sendable {
        var all: Bool
        var regions: [TermID]
    }

    /// The regions the phrase at tokens `first...last` of `sentence` is told of
    /// (``covers(_:sentence:first:last:governsAfter:)``): a region named inside it in more than one
    /// word ("mid back"), else its own region word, else the regions listed after it that it governs (with `governsAfter`) and the nearest regions of its part of
    /// the sentence with the regions listed with them, else every region its sentence names, or
    /// every region when it names none.
    static func coverage(_ analysis: CaseAnalysis, sentence: Int, first: Int, last: Int, governsAfter: Bool = false) -> Coverage {
        let index = analysis.index
        let named = Self.named(in: sentence, analysis)
        // A region named inside the phrase, as a whole name ("ongoing crushing mid-back pain": the
        // thoracic spine's "mid back", not the word "back").
        if let own = named.first(where: { $0.first >= first && $0.last <= last && $0.last > $0.first }) {
            return Coverage(all: false, regions: [own.region])
        }
        let own = (first...last).lazy.filter { !CareResults.isLevelReturn($0, sentence: sentence, analysis) }
            .compactMap { index.region(of: analysis.text.tokens[$0], in: analysis.text) }.first
        if let own { return Coverage(all: false, regions: [own]) }
        var regions: [TermID] = []
        if governsAfter {
            // The symptoms listed after the phrase, up to a word that opens a clause or a modifier
            // ("persistent headaches, with neck pain radiating": the neck pain is not governed).
            let cues = index.cues
            let breaks = [cues.wordList(.clauseBoundary), cues.wordList(.clauseVerbs), cues.wordList(.symptomTriggers)]
            let tokens = analysis.text.tokens
            let end = ((last + 1)..<analysis.text.sentences[sentence].tokens.upperBound).first { token in
                breaks.contains { $0.contains(tokens[token]) }
            }
            for entry in named where entry.first > last && entry.first < (end ?? Int.max) { regions.append(entry.region) }
        }
        let part = ProcedureFacts.commaPart(of: first, in: analysis.text, sentence: sentence)
        // A region overlapping the phrase is at distance 0; regions as near as each other all count
        // ("T-spine and C-spine pain, unchanged": both spines' pain).
        let distances = named.indices.filter { part.contains(named[$0].first) }
            .map { (entry: $0, distance: max(0, named[$0].first > last ? named[$0].first - last : first - named[$0].last)) }
        if let nearest = distances.map(\.distance).min() {
            for candidate in distances where candidate.distance == nearest {
                for position in Self.list(of: candidate.entry, in: named, analysis) { regions.append(named[position].region) }
            }
            return Coverage(all: false, regions: regions)
        }
        guard !named.isEmpty else { return Coverage(all: true, regions: []) }
        return Coverage(all: false, regions: regions + named.map(\.region))
    }

    /// The regions the phrase of `hit` is told of (``coverage(_:sentence:first:last:governsAfter:)``).
    static func coverage(_ analysis: CaseAnalysis, _ hit: CueHit, governsAfter: Bool = false) -> Coverage {
        coverage(analysis, sentence: hit.sentence, first: hit.first, last: hit.last, governsAfter: governsAfter)
    }

    /// The positions in `named` of the regions of one list with entry `entry`: regions that follow
    /// each other with only `region_list_words` between them ("the neck and right shoulder").
    static func list(of entry: Int, in named: [(region: TermID, first: Int, last: Int)], _ analysis: CaseAnalysis) -> [Int] {
        let words = analysis.index.cues.wordList(.regionListWords)
        let tokens = analysis.text.tokens
        func joined(_ earlier: Int, _ later: Int) -> Bool {
            named[earlier].last < named[later].first
                && ((named[earlier].last + 1)..<named[later].first).allSatisfy { words.contains(tokens[$0]) }
        }
        var (low, high) = (entry, entry)
        while low > named.startIndex, joined(low - 1, low) { low -= 1 }
        while high + 1 < named.endIndex, joined(high, high + 1) { high += 1 }
        return Array(low...high)
    }

    /// Whether `region` is a requested region, or a broader or narrower one.
    func includes(_ region: TermID, _ index: LexiconIndex) -> Bool {
        let broader = index.ancestors(of: region, in: .bodyRegion)
        return regions.contains { broader.contains($0) || index.ancestors(of: $0, in: .bodyRegion).contains(region) }
    }

    /// The regions sentence `sentence` names, with their tokens: body regions (not a measure), and
    /// the regions of the diagnoses it names, not negated ("low back pain" is the lumbar spine's,
    /// ``ClinicalFacts/regions(of:_:_:)``).
    static func named(in sentence: Int, _ analysis: CaseAnalysis) -> [(region: TermID, first: Int, last: Int)] {
        let index = analysis.index
        var named: [(region: TermID, first: Int, last: Int)] = []
        for mention in analysis.mentions(inSentence: sentence) {
            switch mention.term.kind {
            // A count before a region word makes it a measure ("walking 250 feet"); a level after it
            // an adverb ("pain is back at 6/10", ``CareResults/isLevelReturn(_:sentence:_:)``).
            case .bodyRegion where mention.first == 0 || analysis.text.tokens[mention.first - 1].digits < 0:
                if mention.first == mention.last, CareResults.isLevelReturn(mention.first, sentence: sentence, analysis) { continue }
                named.append((mention.term.id, mention.first, mention.last))
            case .diagnosis where !mention.negated:
                let diagnoses = index.ancestors(of: mention.term.id, in: .diagnosis)
                for region in ClinicalFacts.regions(of: diagnoses, mention, analysis) {
                    named.append((region, mention.first, mention.last))
                }
            default: break
            }
        }
        return named
    }
}

extension CaseAnalysis {
    /// The body region that tokens `first...last` of `sentence` name themselves ("cervical
    /// fusion"), else the one named nearest to them within `window` words, else nil.
    func nearestRegion(sentence: Int, first: Int, last: Int, within window: Int) -> TermID? {
        let tokens = text.tokens
        if let own = tokens[first...last].lazy.compactMap({ self.index.region(of: $0, in: self.text) }).first { return own }
        return mentions(inSentence: sentence)
            .filter { $0.term.kind == .bodyRegion }
            .map { (region: $0.term.id, distance: $0.first > last ? $0.first - last : first - $0.last) }
            .filter { $0.distance >= 0 && $0.distance <= window }
            .min { $0.distance < $1.distance }?.region
    }
}
