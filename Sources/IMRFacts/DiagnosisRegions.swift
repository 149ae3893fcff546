import IMRVocabulary

/// One diagnosis the summary documents: the diagnosis with its broader ones, the sentence that
/// states it, the body regions it belongs to (empty: placed in no region) and the side told of it
/// or of its region (`nil`: none told).
struct DiagnosisReading: Sendable {
    var diagnoses: TermSet
    var sentence: Int
    var regions: TermSet
    var side: BodySide?
    /// Whether one of `diagnoses` is a `radiating` diagnosis (`located_diagnosis`), read once
    /// for every request's ``ClinicalFacts/belongs(_:to:_:)``.
    var radiating: Bool
}

extension ClinicalFacts {
    /// `regional_diagnoses`: the diagnoses of the requested part of the body. With a `body_regions`
    /// request fact, a diagnosis placed only in regions of another part of the body is not one of
    /// them (a knee osteoarthritis does not support a lumbar MRI); diagnoses placed in no region
    /// are, and every diagnosis is when the request names no region. A study of the nerves
    /// (`nerve_study`) tests a limb's nerves: it reads the diagnoses of the whole limb of its region
    /// (an EMG of the hand: a carpal or cubital tunnel syndrome) and of the spine whose roots reach
    /// it (``TreatmentHistoryFacts/nerveReach(of:_:_:)``: a lumbar disc herniation for an EMG of
    /// the legs, a cervical one for the arms). Not set when the summary
    /// documents no diagnosis. For a request of one side, a diagnosis told of the other side only is
    /// not one of them (a right-knee meniscus tear does not support a left-knee MRI).
    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        let readings = diagnosisReadings(analysis)
        guard !readings.isEmpty else { return }
        let index = analysis.index
        var requested = (requestFacts.termsValue(.bodyRegions) ?? []).map(index.id)
        if let procedure = requestFacts.termValue(.procedure).map(index.id) {
            // A study of the nerves tests the whole limb, and the spinal roots that reach it.
            requested += limbs(studied: procedure, in: requested, index)
            requested += TreatmentHistoryFacts.nerveReach(of: procedure, TermSet(inserting: requested), index).filter {
                !requested.contains($0)
            }
        }
        var diagnoses: TermSet = []
        var evidence: [Int] = []
        let side = BodySide(requestFacts: requestFacts)
        for reading in readings
        where requested.isEmpty || belongs(reading, to: requested, analysis.index) && BodySide.bears(reading.side, on: side) {
            diagnoses.formUnion(reading.diagnoses)
            if !evidence.contains(reading.sentence) { evidence.append(reading.sentence) }
        }
        builder.set(.regionalDiagnoses, .terms(index.ids.names(of: diagnoses)), evidence.sorted().map(analysis.text.evidence))
    }

    /// For a study of the nerves (`nerve_study`), the limbs of `regions`: each one's broader region
    /// that a `nerve_reach` group holds and that lies in no broader one (the hand's upper extremity;
    /// a part of the spine lies in the spine). Empty for any other procedure.
    static func limbs(studied procedure: TermID, in regions: [TermID], _ index: LexiconIndex) -> [TermID] {
        let cues = index.cues
        guard !cues.groupTerms(.nerveStudy).isDisjoint(with: index.ancestors(of: procedure, in: .procedure)) else { return [] }
        return regions.flatMap { region in
            index.ancestors(of: region, in: .bodyRegion).filter {
                $0 != region && cues.group(.nerveReach, label: $0) != nil && index.ancestors(of: $0, in: .bodyRegion).count == 1
            }
        }
    }

    /// Whether `reading` is placed nowhere or in a region of `requested`, broader or narrower (the
    /// knee for the lower extremity); a `radiating` diagnosis also in the other region of its
    /// `nerve_reach` pair (a lumbar radiculopathy for the lower extremities).
    static func belongs(_ reading: DiagnosisReading, to requested: [TermID], _ index: LexiconIndex) -> Bool {
        guard !reading.regions.isEmpty else { return true }
        let (cues, radiating) = (index.cues, reading.radiating)
        return reading.regions.contains { region in
            requested.contains { other in
                if index.ancestors(of: region, in: .bodyRegion).contains(other)
                    || index.ancestors(of: other, in: .bodyRegion).contains(region)
                {
                    return true
                }
                guard radiating, let reach = cues.group(.nerveReach, label: region) else { return false }
                return cues.group(.nerveReach, label: other) == reach
            }
        }
    }

    /// The body regions of `diagnoses` (one diagnosis with its broader ones) read from `mention`: the
    /// region its name places it in (`diagnosis_region`), else for a `located_diagnosis` the regions
    /// named with it (``namedRegions(of:_:)``), else the regions its sentence names when they are
    /// all of one part of the body ("MRI of the right knee showed a meniscal tear"); else none.
    static func regions(of diagnoses: TermSet, _ mention: Mention?, _ analysis: CaseAnalysis) -> TermSet {
        let (index, cues) = (analysis.index, analysis.index.cues)
        let own = TermSet(inserting: diagnoses.compactMap { cues.group(.diagnosisRegion, label: $0).map(index.id) })
        if !own.isEmpty { return own }
        guard let mention, diagnoses.contains(where: { cues.group(.locatedDiagnosis, label: $0) != nil }) else { return [] }
        let named = namedRegions(of: mention, analysis)
        if !named.isEmpty { return TermSet(inserting: named) }
        let inSentence = analysis.mentions(inSentence: mention.sentence).filter { $0.term.kind == .bodyRegion }.map(\.term.id)
        func related(_ one: TermID, _ other: TermID) -> Bool {
            index.ancestors(of: one, in: .bodyRegion).contains(other) || index.ancestors(of: other, in: .bodyRegion).contains(one)
        }
        guard let first = inSentence.first, inSentence.allSatisfy({ related($0, first) }) else { return [] }
        return TermSet(inserting: inSentence)
    }

    /// The regions named with `mention`, within its clause (no `;`): a region it overlaps (a code
    /// names both) or a region word of its own name; else the regions just before it with only
    /// `diagnosis_site_words` and articles between ("right knee medial meniscus tear", "L4-5 disc
    /// herniation"); else the first region after it, behind a `diagnosis_site_lead` word ("tear of
    /// the left knee", "herniation at L4-5", "strain of unspecified muscle, fascia and tendon at
    /// upper arm level": after the lead any words but another diagnosis, within twelve) or, with
    /// only site words between, ending its list item ("osteoarthritis, right knee", "HNP L4-5").
    static func namedRegions(of mention: Mention, _ analysis: CaseAnalysis) -> [TermID] {
        let (text, index) = (analysis.text, analysis.index)
        let cues = index.cues
        let range = text.sentences[mention.sentence].tokens
        let regions = analysis.mentions(inSentence: mention.sentence).filter { $0.term.kind == .bodyRegion }
        let own = regions.filter { $0.first <= mention.last && mention.first <= $0.last }.map(\.term.id)
        if !own.isEmpty { return own }
        let words = (mention.first...mention.last).compactMap { index.region(of: text.tokens[$0], in: text) }
        if !words.isEmpty { return words }
        let (siteWords, articles, leads) = (cues.wordList(.diagnosisSiteWords), cues.wordList(.articles), cues.wordList(.diagnosisSiteLead))
        func covering(_ token: Int) -> Mention? { regions.first { $0.first <= token && token <= $0.last } }
        func skippable(_ token: Int) -> Bool { siteWords.contains(text.tokens[token]) || articles.contains(text.tokens[token]) }
        var before: [TermID] = []
        var token = mention.first - 1
        while token >= range.lowerBound, mention.first - token <= 8, !text.tokens[token + 1].semicolonBefore {
            if let region = covering(token) {
                before.append(region.term.id)
                token = region.first - 1
            } else if skippable(token) {
                token -= 1
            } else {
                break
            }
        }
        if !before.isEmpty { return before }
        func endsItem(_ token: Int) -> Bool {
            token + 1 == range.upperBound
                || text.bytes[text.tokens[token].end..<text.tokens[token + 1].start].contains {
                    $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";")
                }
        }
        var led = false
        let nearby = analysis.mentions(inSentence: mention.sentence)
        func namesDiagnosis(_ token: Int) -> Bool {
            nearby.contains { $0.term.kind == .diagnosis && $0.first <= token && token <= $0.last }
        }
        token = mention.last + 1
        while token < range.upperBound, token - mention.last <= (led ? 12 : 6), !text.tokens[token].semicolonBefore {
            if let region = covering(token) { return led || endsItem(region.last) ? [region.term.id] : [] }
            if leads.contains(text.tokens[token]) {
                led = true
            } else if !skippable(token), !led || namesDiagnosis(token) {
                break
            }
            token += 1
        }
        return []
    }
}
