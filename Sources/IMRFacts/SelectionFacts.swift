import IMRVocabulary

/// Patient-selection criteria of procedures that no other reader reads: what an electrodiagnostic
/// study done showed (carpal tunnel release, spine and cubital tunnel surgery), a TENS unit tried
/// (H-wave), a psychological screen done (spinal fusion, spinal cord stimulation).
///
/// The wording is data (`Rules/lexicon/selection.cues`); `smoker` is a declared fact there. A clause
/// that restates the request or its review tells only what was asked for: an item it names as
/// requested, ordered or certified is planned, not done, and what it says was done or not done
/// (UR's reasoning: "EMG/NCS had not been documented") is not read.
enum SelectionFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        readElectrodiagnostics(analysis, into: &builder)
        PersonalCareNeeds.read(analysis, into: &builder)
        TherapyTolerance.read(analysis, into: &builder)
        if let (value, evidence) = given(.tensDevice, analysis) { builder.bool(.tensTried, value, evidence) }
        if let (value, evidence) = given(.psychologicalScreen, analysis) {
            builder.bool(.psychologicalClearance, value, evidence)
            if value, let (cleared, verdict) = psychologicalVerdict(analysis) {
                builder.bool(.psychologicalCandidate, cleared, verdict)
            }
        }
    }

    /// The verdict of a psychological evaluation (`psychological_candidate`): the
    /// `psychological_verdict` phrases of each sentence naming an evaluation and of the sentence
    /// after it (a report's conclusion told apart: "Psychological evaluation 11/02: ... .
    /// 'Not a suitable candidate at present.'"), but for those inside a `candidacy_elsewhere` phrase
    /// ("not a candidate for revision surgery", "cleared to return to work"). A verdict for the worker
    /// wins: a negation may reach into a list that ends in one ("no untreated depression or substance
    /// use, and realistic expectations").
    static func psychologicalVerdict(_ analysis: CaseAnalysis) -> (Bool, [Evidence])? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        var sentences: [Int] = []
        for hit in cues.set(.psychologicalScreen).hits(in: text) where !analysis.isReviewSentence(hit.sentence) {
            for sentence in [hit.sentence, hit.sentence + 1] where sentence < text.sentences.count && !sentences.contains(sentence) {
                sentences.append(sentence)
            }
        }
        var verdicts: [CueHit] = []
        for sentence in sentences {
            let elsewhere = cues.set(.candidacyElsewhere).hits(in: text, sentence: sentence)
            verdicts += cues.set(.psychologicalVerdict).hits(in: text, sentence: sentence).filter { verdict in
                !elsewhere.contains { $0.first <= verdict.last && verdict.first <= $0.last }
            }
        }
        return decide(verdicts, in: text, .positiveWins, skip: analysis.isReviewSentence)
    }

    /// When a sentence names a treatment or an evaluation of set `name`.
    enum Timing { case done, notDone }

    /// Whether a treatment or evaluation of set `name` was given: true when a sentence names it as
    /// done or tried, or in the history without a plan; false when it is only negated, still to come
    /// or planned (a review sentence counts only for the plan). Any sentence that tells it done wins.
    static func given(_ name: CueName, _ analysis: CaseAnalysis) -> (Bool, [Evidence])? {
        var done: [Int] = []
        var notDone: [Int] = []
        for hit in analysis.index.cues.set(name).hits(in: analysis.text) {
            let review = analysis.isReview(hit.sentence, token: hit.first)
            if review && isRequested(hit, analysis) {
                if !notDone.contains(hit.sentence) { notDone.append(hit.sentence) }
                continue
            }
            if review && hit.negated { continue }
            switch timing(of: hit, analysis) {
            case .done: if !review && !done.contains(hit.sentence) { done.append(hit.sentence) }
            case .notDone: if !notDone.contains(hit.sentence) { notDone.append(hit.sentence) }
            }
        }
        if !done.isEmpty { return (true, done.prefix(2).map(analysis.text.evidence)) }
        if !notDone.isEmpty { return (false, notDone.prefix(2).map(analysis.text.evidence)) }
        return nil
    }

    /// Whether a `review_request` phrase stands in the part of the sentence of `hit` (between commas)
    /// with no `review_reason` phrase between them: in a sentence restating the request or its
    /// review, what it names as requested, denied or certified is planned, whatever done or denial
    /// word it holds ("UR had non-certified a request for an MRI and electromyography", "the request
    /// for electrodiagnostic studies was denied"); what its reason names is UR's reasoning ("the
    /// request for surgery was denied as no electrodiagnostic testing was documented").
    static func isRequested(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
        let reasons = cues.set(.reviewReason).hits(in: text, sentence: hit.sentence)
        return cues.set(.reviewRequest).hits(in: text, sentence: hit.sentence).contains { request in
            guard part.contains(request.first) else { return false }
            let between = request.first < hit.first ? (request.last + 1)..<hit.first : (hit.last + 1)..<request.first
            return !reasons.contains { between.contains($0.first) }
        }
    }

    /// The timing of one mention: negated, still to come (in its part of the sentence), done (in
    /// its part: a `selection_done` phrase, or one of set `result`), planned (anywhere in the
    /// sentence or in a plan section), else done: a treatment named in the history without a plan
    /// word was given.
    static func timing(of hit: CueHit, _ analysis: CaseAnalysis, result: CueName? = nil) -> Timing {
        if hit.negated { return .notDone }
        let cues = analysis.index.cues
        let text = analysis.text
        let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
        func inPart(_ name: CueName) -> Bool {
            cues.set(name).hits(in: text, sentence: hit.sentence).contains { !$0.negated && part.contains($0.first) }
        }
        if inPart(.selectionNotYet) { return .notDone }
        if inPart(.selectionDone) || result.map(inPart) == true { return .done }
        if isPlannedInClause(hit, analysis) || analysis.isPlanSection(hit.sentence) { return .notDone }
        return .done
    }

    /// Whether a `selection_planned` phrase stands in the clause of `hit` (``CaseText/clause(sentence:token:)``:
    /// up to a `;` or a line break), outside a relative clause that opens after `hit` about
    /// something else: a `selection_relatives` word more than two tokens after it ("The psychological
    /// evaluation ...: BDI-II 18, no psychiatric disorder that would keep her from the program" is
    /// done; "a psychological evaluation, which would be done before admission" and "a psychological
    /// evaluation would be needed" are planned).
    static func isPlannedInClause(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let planned = cues.set(.selectionPlanned).hits(in: text, sentence: hit.sentence)
        guard !planned.isEmpty else { return false }
        let clause = text.clause(sentence: hit.sentence, token: hit.first)
        let relatives = cues.wordList(.selectionRelatives)
        let opener =
            hit.last + 3 <= clause.upperBound ? ((hit.last + 3)...clause.upperBound).first { relatives.contains(text.tokens[$0]) } : nil
        return planned.contains { plan in clause.contains(plan.first) && opener.map { plan.first < $0 } ?? true }
    }

    /// `electrodiagnostic_findings`: the conditions named, neither negated nor hedged, in a sentence
    /// that tells a study done; `electrodiagnostic_abnormal`: true when such a sentence names a
    /// condition or an abnormal result, false when it tells only a normal one, or when a study is
    /// only negated, still to come or planned (a planned study's sentence names what it is to look
    /// for, not what it found; a study the request or its review names is planned). A conclusion
    /// told right after the study's sentence (``conclusion(after:_:)``) is the study's verdict and
    /// wins over its own sentence. An abnormal study anywhere wins.
    static func readElectrodiagnostics(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let cues = analysis.index.cues
        let text = analysis.text
        var findings: [String] = []
        var abnormal: [Int] = []
        var normal: [Int] = []
        var notDone: [Int] = []
        var read: Set<Int> = []
        for hit in cues.set(.electrodiagnosticStudy).hits(in: text) {
            let sentence = hit.sentence
            let review = analysis.isReview(sentence, token: hit.first)
            if review && isRequested(hit, analysis) {
                notDone.append(sentence)
                continue
            }
            if review && hit.negated { continue }
            // A result in the study's part of the sentence tells it done ("the EMG/NCS was positive
            // and surgery was recommended").
            if timing(of: hit, analysis, result: .electrodiagnosticResult) == .notDone {
                notDone.append(sentence)
                continue
            }
            guard !review else { continue }
            guard read.insert(sentence).inserted else { continue }
            var conditions = analysis.mentions(inSentence: sentence).filter {
                $0.term.kind == .diagnosis && !$0.negated && !$0.hedged
            }
            // The study's conclusion after its values is its verdict ("...; median nerve normal.
            // Impression: left ulnar neuropathy at the elbow, moderate.").
            if let conclusion = conclusion(after: sentence, analysis), !read.contains(conclusion) {
                let concluded = analysis.mentions(inSentence: conclusion).filter {
                    $0.term.kind == .diagnosis && !$0.negated && !$0.hedged
                }
                let verdict = cues.set(.electrodiagnosticResult).hits(in: text, sentence: conclusion)
                if !concluded.isEmpty && !isStatedNormal(conclusion, results: verdict, analysis) {
                    for name in concluded.map({ analysis.index.name(of: $0.term.id) }) where !findings.contains(name) {
                        findings.append(name)
                    }
                    abnormal.append(conclusion)
                    read.insert(conclusion)
                    continue
                }
                if let (value, _) = decide(verdict, in: text, .positiveWins) {
                    if value { abnormal.append(conclusion) } else { normal.append(conclusion) }
                    read.insert(conclusion)
                    continue
                }
            }
            let results = cues.set(.electrodiagnosticResult).hits(in: text, sentence: sentence)
            // A denial naming its object by a pronoun ("it does not show it") leaves only the
            // conditions told found in their own clause; with none, the study is normal.
            if let denial = pronounDenial(in: sentence, analysis) {
                conditions.removeAll { $0.first < denial && !isToldFound($0, results: results, analysis) }
                if conditions.isEmpty {
                    normal.append(sentence)
                    continue
                }
            }
            if !conditions.isEmpty && !isStatedNormal(sentence, results: results, analysis) {
                for name in conditions.map({ analysis.index.name(of: $0.term.id) }) where !findings.contains(name) { findings.append(name) }
                abnormal.append(sentence)
            } else if let (value, _) = decide(results, in: text, .positiveWins) {
                if value { abnormal.append(sentence) } else { normal.append(sentence) }
            }
        }
        if !abnormal.isEmpty {
            builder.bool(.electrodiagnosticAbnormal, true, abnormal.prefix(2).map(text.evidence))
            if !findings.isEmpty {
                builder.set(.electrodiagnosticFindings, .terms(findings.sorted()), abnormal.prefix(2).map(text.evidence))
            }
        } else if let sentence = normal.first ?? notDone.first {
            builder.bool(.electrodiagnosticAbnormal, false, [text.evidence(sentence)])
        }
    }

    /// The sentence that tells the conclusion of the study told in sentence `sentence`: the next
    /// one, on the same line, opened by a `study_conclusion_labels` label and its `:` ("...; median
    /// nerve normal. Impression: left ulnar neuropathy at the elbow, moderate."). An impression on a
    /// line of its own is the visit's assessment.
    static func conclusion(after sentence: Int, _ analysis: CaseAnalysis) -> Int? {
        let text = analysis.text
        let next = sentence + 1
        guard next < text.sentences.count, !text.sentences[next].tokens.isEmpty,
            !text.bytes[text.sentences[sentence].end..<text.sentences[next].start].contains(10)
        else { return nil }
        let first = text.sentences[next].tokens.lowerBound
        guard first + 1 < text.sentences[next].tokens.upperBound,
            analysis.index.cues.wordList(.studyConclusionLabels).contains(text.tokens[first]),
            text.opensEntry(sentence: next, before: first + 1)
        else { return nil }
        return next
    }

    /// The token of a study's denial that names its object by a pronoun in sentence `sentence`: a
    /// `study_denial_verbs` word with a pre-negation within three words before it in its clause and
    /// a `finding_anaphors` word right after it ("neither shows it", "did not confirm it").
    static func pronounDenial(in sentence: Int, _ analysis: CaseAnalysis) -> Int? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (verbs, anaphors) = (cues.wordList(.studyDenialVerbs), cues.wordList(.findingAnaphors))
        let range = text.sentences[sentence].tokens
        return range.first { index in
            guard index + 1 < range.upperBound, verbs.contains(text.tokens[index]), anaphors.contains(text.tokens[index + 1])
            else { return false }
            let negation = text.marks.previousNegation(before: index)
            return negation >= text.clauseStart(of: index, from: max(range.lowerBound, index - 3))
        }
    }

    /// Whether condition `mention` is told found in its own clause: a `study_finding_verbs` word or
    /// an abnormal result of `results` (affirmed) before it there ("the EMG showed a C6
    /// radiculopathy", "positive for a left L5 radiculopathy").
    static func isToldFound(_ mention: Mention, results: [CueHit], _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let clause = text.clause(sentence: mention.sentence, token: mention.first)
        let verbs = cues.wordList(.studyFindingVerbs)
        if (clause.lowerBound..<mention.first).contains(where: { verbs.contains(text.tokens[$0]) }) { return true }
        return results.contains { $0.label == .yes && !$0.negated && clause.contains($0.first) && $0.first < mention.first }
    }

    /// Whether sentence `sentence` states its study normal beside the study's name ("a normal
    /// NCS/EMG", "EMG negative", "the NCS and EMG were within normal limits": a `no` result of
    /// `results` with only `study_result_links` words, numbers (its date) or study words between, and no comma or
    /// semicolon) with no result
    /// abnormal and no `study_finding_verbs` word: the conditions it names are then the clinical
    /// diagnosis the study was done for ("cubital tunnel syndrome, clinical, with a normal
    /// NCS/EMG"), not its findings.
    static func isStatedNormal(_ sentence: Int, results: [CueHit], _ analysis: CaseAnalysis) -> Bool {
        let normal = results.filter { $0.label == .no && !$0.negated }
        guard !normal.isEmpty, !results.contains(where: { $0.label == .yes && !$0.negated }) else { return false }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let verbs = cues.words(.studyFindingVerbs)
        guard !text.tokens(of: sentence).contains(where: { verbs.contains(text.word(of: $0)) }) else { return false }
        let studies = cues.set(.electrodiagnosticStudy).hits(in: text, sentence: sentence)
        let links = cues.words(.studyResultLinks)
        // A number between is the study's date ("the EMG/NCS of 07/2016 was unremarkable").
        let linking = { (token: Int) in
            links.contains(text.word(at: token)) || text.tokens[token].digits != Token.notDigits
                || studies.contains { $0.first <= token && token <= $0.last }
        }
        // No comma or semicolon between them: "on NCS/EMG; normal cervical MRI" is another study's.
        let joined = { (from: Int, to: Int) in
            !text.bytes[text.tokens[from].end..<text.tokens[to].start].contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
        }
        return normal.contains { result in
            studies.contains { study in
                if result.last < study.first {
                    return ((result.last + 1)..<study.first).allSatisfy(linking) && joined(result.last, study.first)
                }
                if study.last < result.first {
                    return ((study.last + 1)..<result.first).allSatisfy(linking) && joined(study.last, result.first)
                }
                return true
            }
        }
    }

    /// The request facts of the selection criteria, read from the request's own text: the approach
    /// of an epidural injection (the first named), a cold unit that adds compression, an injectate
    /// other than an anesthetic or a steroid, and whether a device is for use at home or in the
    /// hospital (a hospital word wins).
    static func readRequest(_ text: CaseText, cues: CueBook, evidence: [Evidence], into builder: inout FactBuilder) {
        let hits = { (name: CueName) in cues.set(name).hits(in: text).filter { !$0.negated } }
        if let approach = hits(.requestEpiduralApproach).first {
            builder.set(.epiduralApproach, .term(cues.labelText(approach.label)), evidence)
        }
        if !hits(.requestColdCompression).isEmpty { builder.bool(.coldCompression, true, evidence) }
        if !hits(.requestOtherInjectate).isEmpty { builder.bool(.injectateOther, true, evidence) }
        if let (home, _) = decide(hits(.requestHomeUse), in: text, .negativeWins) { builder.bool(.homeUse, home, evidence) }
    }
}
