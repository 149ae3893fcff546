import IMRVocabulary

/// Diagnoses and examination findings.
enum ClinicalFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        readDiagnoses(analysis, into: &builder)

        let insomnia = analysis.mentions(of: .diagnosis).filter { $0.term.id == analysis.index[.insomnia] && !$0.hedged }
        if let positive = insomnia.first(where: { !$0.negated }) {
            builder.bool(.insomnia, true, [text.evidence(positive.sentence)])
        } else if let negative = insomnia.first {
            builder.bool(.insomnia, false, [text.evidence(negative.sentence)])
        }

        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }
        if let (value, evidence) = decide(currentNeurologicFindings(analysis), in: text, .positiveWins, skip: review) {
            builder.bool(.neurologicDeficit, value, evidence)
        }
    }

    /// The findings of the neurologic examination that stand (``neurologicFindings(_:)``):
    /// "possible weakness", "questionable decreased reflex": a finding in doubt is not found; nor is
    /// one an earlier visit found that a later visit states absent, or one told as varying.
    static func currentNeurologicFindings(_ analysis: CaseAnalysis) -> [CueHit] {
        var hits = neurologicFindings(analysis)
        let all = hits
        hits.removeAll {
            FindingDoubt.isDoubted($0, analysis) || isSuperseded($0, among: all, analysis)
                || (!$0.negated && $0.label == .yes && isWithdrawn(sentence: $0.sentence, last: $0.last, analysis))
        }
        return hits
    }

    /// The findings of the neurologic examination, normal or not, before their doubt and time: the
    /// `neurologic` phrases and the motor and reflex grades. A deficit is objective: one the worker
    /// complains of is a symptom, not a finding; a weakness of pain or of a tendon is no deficit of a
    /// nerve. Read once per summary (`neurologic_deficit` and ``RadicularSigns`` both ask).
    static func neurologicFindings(_ analysis: CaseAnalysis) -> [CueHit] {
        analysis.cache.neurologicFindings {
            let (text, cues) = (analysis.text, analysis.index.cues)
            var hits = cues.set(.neurologic).hits(in: text).filter { !isSubjective($0, analysis) }
            hits += strengthGrades(in: text) + writtenStrengthGrades(in: text, cues) + reflexGrades(in: text, cues)
            let nonNeurologic = cues.set(.nonNeurologicWeakness).hits(in: text)
            hits.removeAll { isNonNeurologic($0, nonNeurologic, text) }
            return hits
        }
    }

    /// Diagnoses: concepts mentioned, neither negated nor hedged, with their broader concepts, read
    /// for their region ("strain of the lumbar region" is a lumbar strain). Not a diagnosis: what a
    /// utilization review said, an examination test ("impingement testing"), a structural
    /// diagnosis named only as the worker's complaint ("complained of low back pain"), a place
    /// (tenderness along the carpal tunnels) and an effect a clause ties to a drug (Norco causes
    /// constipation: an adverse effect of the drug). A surgery named for its condition
    /// (`surgery_diagnosis`: "carpal tunnel release") establishes it.
    static func readDiagnoses(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        var diagnoses: TermSet = []
        var evidence: [Int] = []
        for reading in diagnosisReadings(analysis) {
            diagnoses.formUnion(reading.diagnoses)
            if !evidence.contains(reading.sentence) { evidence.append(reading.sentence) }
        }
        if !diagnoses.isEmpty {
            builder.set(.diagnoses, .terms(analysis.index.ids.names(of: diagnoses)), evidence.sorted().map(analysis.text.evidence))
        }
    }

    /// Each diagnosis the summary documents (see ``readDiagnoses(_:into:)``), with the body regions
    /// it belongs to; read once per summary.
    static func diagnosisReadings(_ analysis: CaseAnalysis) -> [DiagnosisReading] {
        analysis.cache.diagnosisReadings { readingsOfDiagnoses(analysis) }
    }

    private static func readingsOfDiagnoses(_ analysis: CaseAnalysis) -> [DiagnosisReading] {
        let (text, index) = (analysis.text, analysis.index)
        let cues = index.cues
        let symptoms = cues.groupLabels(.complaintDiagnosis).reduce(into: TermSet()) {
            $0.formUnion(cues.group(.complaintDiagnosis, memberIDs: $1))
        }
        let tests = cues.wordList(.examTest)
        var readings: [DiagnosisReading] = []
        // The parts of the spine: the regions of the regional diagnoses (the spine's strains).
        let spine = TermSet(
            inserting:
                cues.groupLabels(.regionalDiagnosis).flatMap { cues.group(.regionalDiagnosis, memberIDs: $0) }.compactMap {
                    cues.group(.diagnosisRegion, label: $0).flatMap(index.ids.id)
                })
        func add(_ id: TermID, sentence: Int, placed mention: Mention?, in regions: TermSet? = nil) {
            var diagnoses = index.ancestors(of: id, in: .diagnosis)
            var own = id
            let placed = regions ?? Self.regions(of: diagnoses, mention, analysis)
            // A spine diagnosis placed in no part of the spine is a joint's condition (`joint_form`).
            if let joint = cues.group(.jointForm, label: id), !placed.isEmpty,
                !placed.contains(where: { region in
                    spine.contains {
                        index.ancestors(of: $0, in: .bodyRegion).contains(region)
                            || index.ancestors(of: region, in: .bodyRegion).contains($0)
                    }
                })
            {
                own = index.id(joint)
                diagnoses = index.ancestors(of: own, in: .diagnosis)
            }
            // A generic diagnosis placed in the region of a joint's own diagnosis is that joint's.
            if let mention {
                for joint in JointDiagnoses.joints(of: own, placed: placed, mention, analysis) {
                    diagnoses.formUnion(index.ancestors(of: joint, in: .diagnosis))
                }
            }
            // The side told of the diagnosis, or of the region it is placed in near it.
            let side = mention.flatMap { mention in
                placed.isEmpty
                    ? nil
                    : analysis.side(sentence: mention.sentence, first: mention.first, last: mention.last, regionWithin: 12) { region in
                        !index.ancestors(of: region, in: .bodyRegion).isDisjoint(with: placed)
                            || placed.contains { index.ancestors(of: $0, in: .bodyRegion).contains(region) }
                    }
            }
            let radiating = diagnoses.contains { cues.group(.locatedDiagnosis, label: $0).map { $0 == .radiating } ?? false }
            readings.append(DiagnosisReading(diagnoses: diagnoses, sentence: sentence, regions: placed, side: side, radiating: radiating))
        }
        for mention in analysis.mentions(of: .diagnosis)
        where !mention.negated && !mention.hedged && !analysis.isReviewSentence(mention.sentence) {
            let range = text.sentences[mention.sentence].tokens
            if mention.last + 1 < range.upperBound, tests.contains(text.tokens[mention.last + 1]) { continue }
            if analysis.sections[mention.sentence] == .objective, isExamSign(mention, analysis) { continue }
            // A sensation felt ("felt a slight strain in his back") and a drug class named for a
            // condition ("anti-anxiety medications") are no diagnosis.
            if [CueName.feltSensation, .diagnosisDrugClass].contains(where: { name in
                cues.set(name).hits(in: text, sentence: mention.sentence).contains { $0.first <= mention.last && mention.first <= $0.last }
            }) {
                continue
            }
            if isPlace(mention, analysis) || isDrugEffect(mention, analysis) || isWithdrawn(mention, analysis)
                || isBulgeReachingNoNerve(mention, analysis)
                || isPast(mention, analysis) || isJointSymptom(mention, analysis) || isDifferential(mention, analysis)
                || DiagnosisDoubt.isDoubted(mention, analysis) || PartialLesions.isPartial(mention, analysis)
                || BareLesions.isOtherStructure(mention, analysis)
            {
                continue
            }
            if !symptoms.contains(mention.term.id),
                isSubjective(mention.sentence, before: mention.first, analysis) || isToldAsComplaint(mention, analysis)
                    || isScored(mention, analysis),
                !isStated(mention, analysis)
            {
                continue
            }
            guard let regional = regionalReading(of: mention, analysis) else {
                add(mention.term.id, sentence: mention.sentence, placed: mention)
                continue
            }
            // Each regional diagnosis is a reading of its own region ("thoracic and cervical spine
            // pain" is a thoracic and a cervical diagnosis, not both of each).
            for (id, regions) in regional { add(id, sentence: mention.sentence, placed: mention, in: regions) }
        }
        for mention in analysis.mentions(of: .procedure)
        where !mention.negated && !mention.hedged && !analysis.isReviewSentence(mention.sentence) {
            guard let diagnosis = cues.group(.surgeryDiagnosis, label: mention.term.id) else { continue }
            add(index.id(diagnosis), sentence: mention.sentence, placed: mention)
        }
        // A syndrome described, not named (``DescribedDiagnoses``: failed back surgery syndrome).
        for (diagnosis, sentence) in DescribedDiagnoses.found(analysis) { add(diagnosis, sentence: sentence, placed: nil) }
        for (scores, diagnosis) in [(CueName.severeDepressionScores, Term.severeDepression), (.depressionScores, .depression)] {
            guard let sentence = depressionScore(analysis, scores) else { continue }
            add(index[diagnosis], sentence: sentence, placed: nil)
        }
        return readings
    }

    /// Whether `mention` is a disc bulge (a `disc_bulge` word in its name) whose report says it
    /// reaches no nerve: after it in its sentence, up to a `;` or the next diagnosis of its kind, a
    /// `neural_contact` phrase is negated or labelled `no` ("mild disc bulges L3-4 & L4-5, no
    /// stenosis, no nerve root contact", "which does not contact the root", "foramina patent") and
    /// none says it does ("contacting the left L5 root"); where a `neural_compression` word is told,
    /// it decides alone ("touching, but not compressing, the root" reaches none). A bulge told of
    /// nothing more is read as a herniation, and so is a protrusion or an extrusion whatever follows it.
    static func isBulgeReachingNoNerve(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let bulgeWords = cues.wordList(.discBulge)
        guard (mention.first...mention.last).contains(where: { bulgeWords.contains(text.tokens[$0]) }) else { return false }
        let sentence = text.sentences[mention.sentence].tokens
        var end = mention.last + 1
        let next =
            analysis.mentions(inSentence: mention.sentence).filter { $0.term.id == mention.term.id && $0.first > mention.last }
            .map(\.first).min() ?? sentence.upperBound
        while end < next, !text.tokens[end].semicolonBefore { end += 1 }
        let told = cues.set(.neuralContact).hits(in: text, sentence: mention.sentence).filter { $0.first > mention.last && $0.first < end }
        // A contact told with its compression denied reaches no nerve in the sense that counts
        // ("touching, but not compressing, the left L5 root"): a compression told decides.
        let compression = cues.set(.neuralCompression).hits(in: text, sentence: mention.sentence).filter {
            $0.first > mention.last && $0.first < end
        }
        if !compression.isEmpty { return !compression.contains { !$0.negated } }
        guard !told.contains(where: { !$0.negated && $0.label != .no }) else { return false }
        return !told.isEmpty
    }

    /// Whether `mention` names a `joint_symptom_diagnosis` (instability) among a joint's mechanical
    /// symptoms: a `joint_symptoms` phrase in its sentence, not negated and with no `;` between
    /// ("continues to have clicking, popping, and instability of his left shoulder", "locking/catching
    /// and instability"): a mechanical sign told, not a diagnosis, unless the sentence states
    /// diagnoses or is an assessment. "The right knee remains unstable" stays a diagnosis.
    static func isJointSymptom(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard cues.group(.jointSymptomDiagnosis, label: mention.term.id) != nil,
            analysis.sections[mention.sentence] != .assessment,
            !isStated(mention, analysis)
        else { return false }
        return cues.set(.jointSymptoms).hits(in: text, sentence: mention.sentence).contains { hit in
            guard !hit.negated, hit.last < mention.first || hit.first > mention.last else { return false }
            let (from, to) = hit.last < mention.first ? (hit.last + 1, mention.first) : (mention.last + 1, hit.first)
            return !(from...to).contains { text.tokens[$0].semicolonBefore }
        }
    }

    /// Whether a `diagnosis_statement` phrase comes before `mention` in its sentence, and no
    /// `subjective` phrase between them leads to it without a comma: "The diagnoses are …, pain in
    /// both hands complained of …, sprain of the knees" states the diagnoses (each list item after
    /// its comma); in "During the assessment on 12/07/2016, she complained of low back pain" the
    /// complaint comes after the statement word and is the worker's.
    static func isStated(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let said = cues.set(.subjective).hits(in: text, sentence: mention.sentence).filter { hit in
            hit.last < mention.first && !(hit.last + 1...mention.first).contains { text.tokens[$0].commaBefore }
        }
        return cues.set(.diagnosisStatement).hits(in: text, sentence: mention.sentence).contains { statement in
            statement.last < mention.first && !said.contains { $0.first > statement.last }
        }
    }

    /// The first sentence (outside a review's reasoning) with a depression inventory scored in the
    /// range of `scores` (`severe_depression_scores`, `depression_scores`): a phrase of the set, then
    /// within three words a count no lower than its label ("BDI-II score of 32", "PHQ-9: 22"); the
    /// first count after the phrase decides.
    static func depressionScore(_ analysis: CaseAnalysis, _ scores: CueName) -> Int? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        for hit in cues.set(scores).hits(in: text)
        where !hit.negated && !analysis.isReviewSentence(hit.sentence) {
            guard let threshold = Int(cues.labelText(hit.label)) else { continue }
            let end = min(text.sentences[hit.sentence].tokens.upperBound, hit.last + 4)
            for token in (hit.last + 1)..<max(end, hit.last + 1) {
                guard let (score, _) = cues.count(startingAt: token, in: text.tokens) else { continue }
                if score >= threshold { return hit.sentence }
                break
            }
        }
        return nil
    }

    /// Whether `mention` names a place, not the diagnosis: it is exactly an `anatomic_names` phrase
    /// (carpal tunnel) after an `anatomic_site_lead` word, articles and `diagnosis_site_words`
    /// between (along the left carpal tunnel, injections into the carpal tunnels).
    static func isPlace(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard
            cues.set(.anatomicNames).hits(in: text, sentence: mention.sentence).contains(where: {
                $0.first == mention.first && $0.last == mention.last
            })
        else { return false }
        let (articles, siteWords, leads) = (cues.wordList(.articles), cues.wordList(.diagnosisSiteWords), cues.wordList(.anatomicSiteLead))
        var token = mention.first - 1
        while token >= text.sentences[mention.sentence].tokens.lowerBound {
            let word = text.tokens[token]
            if leads.contains(word) { return true }
            guard articles.contains(word) || siteWords.contains(word) else { return false }
            token -= 1
        }
        return false
    }

    /// Whether `mention` is an alternative of a differential: a `differential` word joins it and
    /// another diagnosis of its sentence, each at most three words from the word with no other
    /// diagnosis, comma or `;` between them ("lumbar radiculopathy vs. facet syndrome": neither is a diagnosis made). A
    /// word labelled `assessment` ("or") joins alternatives only in a note's assessment section, and
    /// only two diagnoses neither of which is the other's broader term ("lumbar sprain or strain").
    static func isDifferential(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, index) = (analysis.text, analysis.index)
        let hits = index.cues.set(.differential).hits(in: text, sentence: mention.sentence)
        guard !hits.isEmpty else { return false }
        let assessment = analysis.sections[mention.sentence] == .assessment
        // Whether tokens `first...last` are one run: no comma or `;` before any but the first.
        func unbroken(_ first: Int, _ last: Int) -> Bool {
            first >= last || !((first + 1)...last).contains { text.tokens[$0].commaBefore || text.tokens[$0].semicolonBefore }
        }
        // A diagnosis's broader terms, with the generic diagnosis of a regional one ("lumbar
        // strain" is a sprain or strain).
        func broader(_ id: TermID) -> TermSet {
            var terms = index.ancestors(of: id, in: .diagnosis)
            if let generic = index.cues.group(.regionalDiagnosis, label: id).flatMap(index.ids.id) {
                terms.formUnion(index.ancestors(of: generic, in: .diagnosis))
            }
            return terms
        }
        let mine = broader(mention.term.id)
        let diagnoses = analysis.mentions(inSentence: mention.sentence).filter { $0.term.kind == .diagnosis }
        // Whether a diagnosis stands wholly between tokens `after` and `before`.
        func named(after: Int, before: Int) -> Bool { diagnoses.contains { $0.first > after && $0.last < before } }
        return hits.contains { hit in
            guard hit.label == .yes || assessment && hit.label == .assessment else { return false }
            let before = hit.first > mention.last
            guard before ? hit.first - mention.last <= 4 : mention.first > hit.last && mention.first - hit.last <= 4,
                !(before ? named(after: mention.last, before: hit.first) : named(after: hit.last, before: mention.first))
            else {
                return false
            }
            return diagnoses.contains { other in
                guard other.term.id != mention.term.id,
                    before
                        ? other.first > hit.last && other.first - hit.last <= 4 && !named(after: hit.last, before: other.first)
                        : other.last < hit.first && hit.first - other.last <= 4 && !named(after: other.last, before: hit.first)
                else { return false }
                if hit.label == .assessment,
                    mine.contains(other.term.id) || broader(other.term.id).contains(mention.term.id)
                {
                    return false
                }
                return before ? unbroken(mention.last, other.first) : unbroken(other.last, mention.first)
            }
        }
    }

    /// Whether what follows `mention` withdraws it (a `diagnosis_withdrawn_after` phrase: resolved,
    /// in remission, cannot be excluded), within six words after it, across a comma or a which, with no other
    /// diagnosis and no semicolon between. The words of where it is (body regions, sides, articles,
    /// `diagnosis_site_words`) do not count, up to twelve in all ("numbness in the left lower
    /// extremity, which has since resolved").
    static func isWithdrawn(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        isWithdrawn(sentence: mention.sentence, last: mention.last, analysis)
    }

    /// Whether what ends at token `last` of `sentence` is withdrawn (see ``isWithdrawn(_:_:)``);
    /// with `keepingDoubt`, a `doubt` phrase ("not excluded", "is suspected") leaves it standing (a
    /// red flag suspected is one).
    static func isWithdrawn(sentence: Int, last: Int, _ analysis: CaseAnalysis, keepingDoubt: Bool = false) -> Bool {
        let text = analysis.text
        let cues = analysis.index.cues
        if closesList(sentence: sentence, last: last, analysis) { return true }
        var hits = cues.set(.diagnosisWithdrawnAfter).hits(in: text, sentence: sentence)
        if keepingDoubt { hits.removeAll { $0.label == .doubt } }
        // Words inside a parenthesis after the finding do not count ("Hip precautions (no hip flexion
        // past 90 degrees, no crossing the legs) ended 12 weeks after surgery").
        let bytes = text.bytes
        func enclosed(_ token: Int) -> Bool {
            var depth = 0
            for byte in bytes[text.tokens[last].end..<text.tokens[token].start] {
                if byte == 40 { depth += 1 } else if byte == 41, depth > 0 { depth -= 1 }
            }
            return depth > 0
        }
        func distance(to token: Int) -> Int {
            guard token > last + 1, bytes[text.tokens[last].end..<text.tokens[token].start].contains(40) else { return token - last }
            return ((last + 1)..<token).filter { !enclosed($0) }.count + 1
        }
        // A phrase inside the parenthesis tells of something else ("(the abduction pillow ended at 6
        // weeks)"); a `no` phrase tells the end still to come ("will be lifted at 12 weeks").
        guard let nearest = hits.first(where: { $0.first > last && !enclosed($0.first) && distance(to: $0.first) <= 12 }),
            nearest.label != .no
        else { return false }
        let hit: CueHit
        if distance(to: nearest.first) <= 6 {
            hit = nearest
        } else {
            // Count the words between that do not tell where the finding is.
            let (articles, siteWords) = (cues.wordList(.articles), cues.wordList(.diagnosisSiteWords))
            let placing = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .bodyRegion }
            let sides = cues.set(.bodySides).hits(in: text, sentence: sentence)
            let counted = ((last + 1)..<nearest.first).filter { token in
                !enclosed(token) && !articles.contains(text.tokens[token]) && !siteWords.contains(text.tokens[token])
                    && !placing.contains { $0.first <= token && token <= $0.last }
                    && !sides.contains { $0.first <= token && token <= $0.last }
            }
            guard counted.count < 6 else { return false }
            hit = nearest
        }
        if (last + 1...hit.first).contains(where: { text.tokens[$0].semicolonBefore }) { return false }
        return !analysis.mentions(inSentence: sentence).contains {
            $0.term.kind == .diagnosis && $0.first > last && $0.first < hit.first
        }
    }

    /// Whether a `diagnosis_list_withdrawn_after` phrase closes a list whose item ends at token
    /// `last`: after it, items opened by a comma or a `coordinators` word up to the phrase (no `;`, at
    /// most thirty words), at least one naming a diagnosis; an item naming one holds only names
    /// (diagnoses, regions), articles and `diagnosis_site_words`, another at most three words:
    /// "infection, nonunion, adjacent segment disease and SI joint pain considered and excluded".
    /// Each item is withdrawn as the last is.
    static func closesList(sentence: Int, last: Int, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        let cues = analysis.index.cues
        let closers = cues.set(.diagnosisListWithdrawnAfter).hits(in: text, sentence: sentence)
        guard let closer = closers.first(where: { $0.first > last + 1 && $0.first - last <= 30 }), closer.label != .no else { return false }
        let coordinators = cues.wordList(.coordinators)
        func opensItem(_ token: Int) -> Bool { text.tokens[token].commaBefore || coordinators.contains(text.tokens[token]) }
        let between = (last + 1)..<closer.first
        guard opensItem(between.lowerBound), !(last + 1...closer.first).contains(where: { text.tokens[$0].semicolonBefore }) else {
            return false
        }
        let named = analysis.mentions(inSentence: sentence).filter {
            ($0.term.kind == .diagnosis || $0.term.kind == .bodyRegion) && between.contains($0.first)
        }
        let (articles, siteWords) = (cues.wordList(.articles), cues.wordList(.diagnosisSiteWords))
        func isName(_ token: Int) -> Bool {
            named.contains { $0.first <= token && token <= $0.last } || articles.contains(text.tokens[token])
                || siteWords.contains(text.tokens[token])
        }
        var items: [[Int]] = []
        for token in between {
            if opensItem(token) { items.append([]) }
            if !coordinators.contains(text.tokens[token]) { items[items.count - 1].append(token) }
        }
        var diagnosed = false
        for item in items {
            if named.contains(where: { $0.term.kind == .diagnosis && item.contains($0.first) }) {
                guard item.allSatisfy(isName) else { return false }
                diagnosed = true
            } else if item.count > 3 {
                return false
            }
        }
        return diagnosed
    }

    /// Whether `mention` is past: a `diagnosis_past_before` phrase ends at most eight words before
    /// it with only `diagnosis_site_words`, articles, regions and other diagnoses between, and no
    /// `;` ("Hx of lumbar radiculopathy", "status post right rotator cuff tear"). Not past: a
    /// diagnosis of `lasting_diagnosis` ("history of diabetes"), or one with a `diagnosis_ongoing`
    /// word between or in its name ("history of chronic low back pain").
    static func isPast(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        isPast(
            sentence: mention.sentence, first: mention.first, last: mention.last, term: mention.term.id,
            acrossDiagnoses: true,
            analysis)
    }

    /// Whether tokens `first...last` of `sentence` (naming diagnosis `term`, if any) are past (see
    /// ``isPast(_:_:)``); other diagnoses may stand between only when `acrossDiagnoses`.
    static func isPast(
        sentence: Int, first: Int, last: Int, term: TermID?, acrossDiagnoses: Bool, _ analysis: CaseAnalysis
    ) -> Bool {
        let (text, index) = (analysis.text, analysis.index)
        let cues = index.cues
        guard
            let hit = cues.set(.diagnosisPastBefore).hits(in: text, sentence: sentence).last(where: {
                !$0.negated && $0.last < first && first - $0.last <= 8
            })
        else { return false }
        if let term, !cues.groupTerms(.lastingDiagnosis).isDisjoint(with: index.ancestors(of: term, in: .diagnosis)) {
            return false
        }
        let ongoing = cues.wordList(.diagnosisOngoing)
        if (hit.last + 1...last).contains(where: { ongoing.contains(text.tokens[$0]) || text.tokens[$0].semicolonBefore }) {
            return false
        }
        let nearby = analysis.mentions(inSentence: sentence)
        let (siteWords, articles) = (cues.wordList(.diagnosisSiteWords), cues.wordList(.articles))
        var token = hit.last + 1
        while token < first {
            if let other = nearby.first(where: {
                $0.first <= token && token <= $0.last
                    && ($0.term.kind == .bodyRegion || (acrossDiagnoses && $0.term.kind == .diagnosis))
            }) {
                token = other.last + 1
            } else if siteWords.contains(text.tokens[token]) || articles.contains(text.tokens[token]) {
                token += 1
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `mention` is written as an examination sign with its result: a `+` or `-` right
    /// after it, before any word or digit ("Impingement +.", "Hawkins -,"), or an `exam_result`
    /// word ("impingement positive", "Neer (+)": a symbol read as the word).
    static func isExamSign(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        let range = text.sentences[mention.sentence].tokens
        if mention.last + 1 < range.upperBound, analysis.index.cues.wordList(.examResult).contains(text.tokens[mention.last + 1]) {
            return true
        }
        var offset = text.tokens[mention.last].end
        let end = mention.last + 1 < range.upperBound ? text.tokens[mention.last + 1].start : text.sentences[mention.sentence].end
        while offset < end, isSpace(text.bytes[offset]) { offset += 1 }
        guard offset < end, text.bytes[offset] == UInt8(ascii: "+") || text.bytes[offset] == UInt8(ascii: "-") else { return false }
        return offset + 1 >= text.bytes.count || !isWordByte(text.bytes[offset + 1])
    }

    /// Whether a `subjective_after` phrase follows `mention` within three words, with no `;`
    /// between: it is told as the worker's complaint ("the low back pain was described as
    /// persistent", "neck pain is rated 6/10").
    static func isToldAsComplaint(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        return analysis.index.cues.set(.subjectiveAfter).hits(in: text, sentence: mention.sentence).contains { hit in
            hit.first > mention.last && hit.first - mention.last <= 3
                && !(mention.last + 1...hit.first).contains { text.tokens[$0].semicolonBefore }
        }
    }

    /// Whether a pain score follows `mention`, after at most three `pain_score_lead` or
    /// `pain_score_filler` words and no `;`: the pain is told as the worker rates it ("she had low
    /// back pain, 6/10", "neck pain at 7/10", "neck pain rated 6 out of 10"), a complaint.
    static func isScored(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let tokens = text.tokens(of: mention.sentence)
        let (leads, filler) = (cues.wordList(.painScoreLead), cues.wordList(.painScoreFiller))
        var token = mention.last + 1
        while token < tokens.endIndex, token - mention.last <= 3, !tokens[token].semicolonBefore,
            leads.contains(tokens[token]) || filler.contains(tokens[token])
        {
            token += 1
        }
        guard token < tokens.endIndex, !tokens[token].semicolonBefore, let value = cues.count(tokens[token]), value <= 10 else {
            return false
        }
        if token + 1 < tokens.endIndex, tokens[token + 1].digits == 10,
            text.bytes[tokens[token].end..<tokens[token + 1].start].contains(UInt8(ascii: "/"))
        {
            return true
        }
        return cues.idSequences(.painScale).contains { tokens.spells($0, at: token + 1) }
    }

    /// Whether `mention` is an effect its clause ties to a drug: an `adverse_effect_symptoms` phrase
    /// in the part of the clause about a drug, a drug class or the medications (``DrugScope``),
    /// with a `drug_effect` word there (Norco causes constipation, nausea secondary to the
    /// opioid), and no diagnosis statement before it (Diagnoses: opioid-induced constipation).
    static func isDrugEffect(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let sentence = mention.sentence
        guard
            cues.set(.adverseEffectSymptoms).hits(in: text, sentence: sentence).contains(where: {
                $0.first <= mention.last && mention.first <= $0.last
            })
        else { return false }
        let segment = analysis.drugScope.segment(sentence: sentence, token: mention.first)
        guard segment.subject != .none else { return false }
        let effects = cues.set(.drugEffect).hits(in: text, sentence: sentence)
        guard effects.contains(where: { segment.tokens.contains($0.first) }) else { return false }
        return !cues.set(.diagnosisStatement).hits(in: text, sentence: sentence).contains { statement in
            statement.last < mention.first && !effects.contains { $0.first <= statement.last && statement.first <= $0.last }
        }
    }

    /// The regional diagnoses a generic or regional diagnosis mention names, each with the regions
    /// it is placed in (`nil`: read as any diagnosis is, ``regions(of:_:_:)``), or `nil` when it
    /// names no region of a `regional_diagnosis` group: the body regions named just before it,
    /// joined by `diagnosis_site_words` ("cervical and lumbar spine strain"), and the first one
    /// after a `diagnosis_site_lead` word that follows it ("sprain of the ligaments of the cervical
    /// spine"). A generic diagnosis right after a regional one of its group is that one ("thoracic
    /// sprain-strain"); a region without a diagnosis of its own keeps the generic one, placed there
    /// ("shoulder and neck sprain": a sprain of the shoulder and a neck sprain; "sprains of the
    /// right shoulder and the right hip": a sprain placed in both).
    static func regionalReading(of mention: Mention, _ analysis: CaseAnalysis) -> [(diagnosis: TermID, regions: TermSet?)]? {
        let (text, index) = (analysis.text, analysis.index)
        let cues = index.cues
        let id = mention.term.id
        // A generic diagnosis labels its group; a regional one is a member of its generic's group.
        let name = index.name(of: id)
        guard let generic = cues.group(.regionalDiagnosis, memberIDs: name).isEmpty ? cues.group(.regionalDiagnosis, label: id) : name
        else { return nil }
        let (genericID, regional) = (index.id(generic), cues.group(.regionalDiagnosis, memberIDs: generic))
        let range = text.sentences[mention.sentence].tokens
        let nearby = analysis.mentions(inSentence: mention.sentence)
        func covering(_ token: Int) -> Mention? { nearby.first { $0.first <= token && token <= $0.last } }
        func semicolon(between left: Int, _ right: Int) -> Bool {
            text.bytes[text.tokens[left].end..<text.tokens[right].start].contains(59)
        }
        var regions: [TermID] = []
        // After: "of …", "at … level", up to the first region, another diagnosis or a semicolon.
        if mention.last + 1 < range.upperBound, cues.wordList(.diagnosisSiteLead).contains(text.tokens[mention.last + 1]) {
            var next = mention.last + 2
            while next < range.upperBound, next - mention.last <= 12, !semicolon(between: next - 1, next) {
                guard let other = covering(next) else {
                    next += 1
                    continue
                }
                if other.term.kind != .bodyRegion { break }
                // The region, and others joined to it, each with its own article or lead word
                // ("strains of the lumbar spine, the hip and the neck", "sprains of the neck, of
                // the lumbar spine and of the thorax"); not a region that names the next diagnosis
                // ("sprain of right shoulder and neck sprain").
                regions.append(other.term.id)
                next = other.last + 1
                let joiners = [cues.wordList(.diagnosisSiteWords), cues.wordList(.articles), cues.wordList(.diagnosisSiteLead)]
                while next < range.upperBound, !semicolon(between: next - 1, next) {
                    if let joined = covering(next), joined.term.kind == .bodyRegion {
                        if let after = covering(joined.last + 1), after.term.kind == .diagnosis { break }
                        regions.append(joined.term.id)
                        next = joined.last + 1
                    } else if covering(next) == nil, joiners.contains(where: { $0.contains(text.tokens[next]) }) {
                        next += 1
                    } else {
                        break
                    }
                }
                break
            }
        }
        // Inverted, as a diagnosis list writes a generic diagnosis ("Strain, lumbar; sprain,
        // right shoulder."): a comma, site words, one region, then the end of the sentence or of
        // the item (`,` or `;`).
        if regions.isEmpty, id == genericID, mention.last + 1 < range.upperBound,
            text.bytes[text.tokens[mention.last].end..<text.tokens[mention.last + 1].start].contains(UInt8(ascii: ","))
        {
            var next = mention.last + 1
            while next < range.upperBound, covering(next) == nil, cues.wordList(.diagnosisSiteWords).contains(text.tokens[next]) {
                next += 1
            }
            func endsItem(after token: Int) -> Bool {
                token + 1 == range.upperBound
                    || text.bytes[text.tokens[token].end..<text.tokens[token + 1].start].contains(where: {
                        $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";")
                    })
            }
            if next < range.upperBound, let region = covering(next), region.term.kind == .bodyRegion, endsItem(after: region.last) {
                regions.append(region.term.id)
            }
        }
        // Before (when no region follows): regions, joining words, and for a generic mention the
        // same diagnosis before any region ("lumbar spine sprain/strain", "thoracic and lumbar
        // spine sprain and strain"; not before "neck muscle strain", which names its region:
        // "right shoulder sprain and neck muscle strain" are two diagnoses).
        var token = mention.first - 1
        let followed = !regions.isEmpty
        var named: TermID?
        while !followed, token >= range.lowerBound, mention.first - token <= 10, !semicolon(between: token, token + 1) {
            if let other = covering(token) {
                if other.term.kind == .bodyRegion {
                    // A region after "to the", "of" (a side at most between) belongs to the phrase
                    // before it ("contusion to the head, neck strain", "sprain of right shoulder and
                    // neck sprain"), and so does one within the reach of an earlier diagnosis's
                    // site words ("strain of muscle at upper arm level, right arm, and neck sprain").
                    var before = other.first - 1
                    let sides = cues.wordList(.diagnosisSiteWords)
                    while before >= range.lowerBound,
                        cues.wordList(.articles).contains(text.tokens[before]) || sides.contains(text.tokens[before])
                    {
                        before -= 1
                    }
                    if before >= range.lowerBound, cues.wordList(.diagnosisSiteLead).contains(text.tokens[before]) { break }
                    if isSiteOfEarlierDiagnosis(other, analysis) { break }
                    regions.append(other.term.id)
                } else if id == genericID, regions.isEmpty, regional.contains(other.term.id) {
                    named = other.term.id
                    break
                } else if !regions.isEmpty || id != genericID || other.term.id != genericID {
                    break
                }
                token = other.first - 1
            } else if cues.wordList(.diagnosisSiteWords).contains(text.tokens[token]) {
                token -= 1
            } else {
                break
            }
        }
        if let named { return [(named, nil)] }
        var found = TermSet()
        if id != genericID { found.insert(id) }
        var genericRegions: TermSet = []
        // A pain's name ("neck pain") gives no generic diagnosis to the regions before it: "right
        // shoulder and neck pain" is no shoulder sprain.
        let pain = cues.wordList(.regionalPainWords).contains(text.tokens[mention.last])
        for region in regions {
            let broader = index.ancestors(of: region, in: .bodyRegion)
            // A region's own site (`regional_site`: "sprain of the thorax", "SIJ sprain") before
            // the diagnosis of the part of the body it lies in.
            let site = regional.filter { cues.group(.regionalSite, memberIDs: index.name(of: $0)).contains(where: broader.contains) }
            let own =
                site.isEmpty
                ? regional.filter { cues.group(.diagnosisRegion, label: $0).map { broader.contains(index.id($0)) } ?? false } : site
            // A region without a diagnosis of its own keeps the generic one ("hip strain").
            if own.isEmpty { if !pain { genericRegions.insert(region) } } else { for diagnosis in own { found.insert(diagnosis) } }
        }
        guard !found.isEmpty || !genericRegions.isEmpty else { return nil }
        return found.map { ($0, nil) } + (genericRegions.isEmpty ? [] : [(genericID, genericRegions)])
    }

    /// Whether `region` lies within the reach of the site words of an earlier diagnosis of its
    /// clause: the nearest diagnosis before it is followed by a `diagnosis_site_lead` word, with
    /// at most twelve words and no other diagnosis or `;` between ("strain of unspecified muscle,
    /// fascia and tendon at upper arm level, right arm": the arm is the strain's).
    static func isSiteOfEarlierDiagnosis(_ region: Mention, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        guard
            let earlier = analysis.mentions(inSentence: region.sentence).last(where: {
                $0.term.kind == .diagnosis && $0.last < region.first
            })
        else { return false }
        guard region.first - earlier.last <= 12, earlier.last + 1 < region.first,
            analysis.index.cues.wordList(.diagnosisSiteLead).contains(text.tokens[earlier.last + 1])
        else { return false }
        return !(earlier.last + 1...region.first).contains { text.tokens[$0].semicolonBefore }
    }

    /// Whether the `yes` hit `hit` (a weakness, a low motor grade) has a `non_neurologic_weakness`
    /// phrase of `phrases` within two words before it or four after it, with no `;` between: it
    /// is of pain or of a tendon ("4+ out of 5, minimally painful", "rotator cuff weakness",
    /// "4/5 shoulder abduction limited by pain"). The phrase's own negation is not read: a
    /// following "intact" (of the next finding) negates it as a word list does.
    static func isNonNeurologic(_ hit: CueHit, _ phrases: [CueHit], _ text: CaseText) -> Bool {
        guard hit.label == .yes else { return false }
        return phrases.contains { phrase in
            guard phrase.sentence == hit.sentence else { return false }
            let (from, to) = phrase.first > hit.last ? (hit.last + 1, phrase.first) : (phrase.last + 1, hit.first)
            guard phrase.first > hit.last ? phrase.first - hit.last <= 4 : hit.first - phrase.last <= 2 && phrase.last < hit.first
            else { return false }
            return from > to || !(from...to).contains { text.tokens[$0].semicolonBefore }
        }
    }

    /// Motor grades written in words: a grade 0-5 followed by a `strength_scale` sequence ("5 out
    /// of 5") in a sentence naming strength (`strength_words`); 5 is normal strength.
    static func writtenStrengthGrades(in text: CaseText, _ cues: CueBook) -> [CueHit] {
        let scales = cues.idSequences(.strengthScale)
        let strength = cues.wordList(.strengthWords)
        var hits: [CueHit] = []
        for sentence in text.sentences.indices {
            let tokens = text.tokens(of: sentence)
            guard tokens.contains(where: strength.contains) else { continue }
            for index in tokens.indices {
                guard let grade = cues.count(tokens[index]), grade <= 5,
                    let scale = scales.first(where: { tokens.spells($0, at: index + 1) })
                else { continue }
                let label = CueLabelID(grade == 5 ? .no : .yes)
                hits.append(CueHit(label: label, sentence: sentence, first: index, last: index + scale.count, negated: false))
            }
        }
        return hits
    }

    /// Reflex grades: a digit 0-4 with a `+` right after it ("DTRs 1+ at the ankles", "2+/4"), in a
    /// sentence naming a reflex (`reflex_words`). 2+ is normal; 0 and 1+ (absent, diminished) are a
    /// deficit when placed, a `reflex_sites` word (a reflex, a joint, a side) within three words of
    /// the grade ("1+ at the ankles", "left Achilles 0+"), or beside a 2+ of the same sentence; a
    /// low grade of every reflex ("DTRs are 1+") is no focal deficit, nor is one low grade given
    /// alike to every reflex of a sentence that tells them symmetric and names no side
    /// (`reflex_symmetric`, `reflex_sides`: "REFLEXES: KNEES 1+, ANKLES 1+ SYMMETRIC"). 3+ and 4+
    /// (brisk, clonus) are neither.
    static func reflexGrades(in text: CaseText, _ cues: CueBook) -> [CueHit] {
        let (reflexes, sites) = (cues.wordList(.reflexWords), cues.wordList(.reflexSites))
        let (symmetric, sides) = (cues.wordList(.reflexSymmetric), cues.wordList(.reflexSides))
        var hits: [CueHit] = []
        for sentence in text.sentences.indices {
            let range = text.sentences[sentence].tokens
            guard text.tokens[range].contains(where: reflexes.contains) else { continue }
            var grades: [(index: Int, grade: Int32)] = []
            for index in range {
                let token = text.tokens[index]
                guard token.end - token.start == 1, token.digits >= 0, token.digits <= 2, token.end < text.bytes.count,
                    text.bytes[token.end] == UInt8(ascii: "+")
                else { continue }
                grades.append((index, token.digits))
            }
            let normal = grades.contains { $0.grade == 2 }
            if let first = grades.first, first.grade < 2, grades.allSatisfy({ $0.grade == first.grade }),
                text.tokens[range].contains(where: symmetric.contains), !text.tokens[range].contains(where: sides.contains)
            {
                continue
            }
            for (index, grade) in grades {
                let near = max(range.lowerBound, index - 3)..<min(range.upperBound, index + 4)
                guard grade == 2 || normal || text.tokens[near].contains(where: sites.contains) else { continue }
                let label = CueLabelID(grade == 2 ? .no : .yes)
                hits.append(CueHit(label: label, sentence: sentence, first: index, last: index, negated: false))
            }
        }
        return hits
    }

    /// Whether `hit` is told as the worker's complaint: a `subjective` phrase before it in its
    /// sentence with no `objective` phrase between them.
    static func isSubjective(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        isSubjective(hit.sentence, before: hit.first, analysis)
    }

    /// Whether what starts at token `first` of `sentence` is told as the worker's complaint: in a
    /// note's subjective section (`S:`, `CC:`) with no `objective` phrase before it, else after a
    /// `subjective` phrase; never in an assessment section (`A:`, `Dx:`).
    static func isSubjective(_ sentence: Int, before first: Int, _ analysis: CaseAnalysis) -> Bool {
        let cues = analysis.index.cues
        let objective = cues.set(.objective).hits(in: analysis.text, sentence: sentence)
        switch analysis.sections[sentence] {
        case .subjective: return !objective.contains { $0.last < first }
        case .assessment: return false
        default: break
        }
        let subjective = cues.set(.subjective).hits(in: analysis.text, sentence: sentence).filter { $0.last < first }
        guard let said = subjective.last else { return false }
        return !objective.contains { $0.first > said.last && $0.last < first }
    }

    /// Motor grades: "4/5" (or "4+/5", "3/5", "5-/5") is weakness, "5/5" is normal strength.
    static func strengthGrades(in text: CaseText) -> [CueHit] {
        var hits: [CueHit] = []
        let bytes = text.bytes
        // The slashes, found through a buffer (the scan reads every byte of the summary).
        let slashes = bytes.withUnsafeBufferPointer { buffer in (0..<max(0, buffer.count - 2)).filter { buffer[$0] == 47 } }
        for index in slashes {
            if bytes[index + 1] == 53, !isDigit(bytes[index + 2]) && bytes[index + 2] != 47 && bytes[index + 2] != 45 {
                var gradeAt = index - 1
                let minus = gradeAt >= 0 && bytes[gradeAt] == 45
                if gradeAt >= 0, bytes[gradeAt] == 43 || minus { gradeAt -= 1 }
                if gradeAt >= 0, isDigit(bytes[gradeAt]), gradeAt == 0 || !isDigit(bytes[gradeAt - 1]), bytes[gradeAt] <= 53 {
                    let sentence = sentenceIndex(text, offset: index)
                    // "5-/5" is a grade just below normal: a mild weakness.
                    let label = CueLabelID(bytes[gradeAt] == 53 && !minus ? .no : .yes)
                    // The grade's tokens: the grade's digit to the scale's 5.
                    let range = text.sentences[sentence].tokens
                    let first = range.first { text.tokens[$0].end > gradeAt } ?? range.lowerBound
                    let last = range.first { text.tokens[$0].end > index + 1 } ?? first
                    hits.append(CueHit(label: label, sentence: sentence, first: first, last: max(first, last), negated: false))
                }
            }
        }
        return hits
    }
}
