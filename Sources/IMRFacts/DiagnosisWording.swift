import IMRVocabulary

extension LexiconIndex {
    /// `mentions` (of `text`, in sentence and token order) with the diagnoses that phrases of
    /// `diagnosis_wording` name (label: the diagnosis id): wording that is no name of its own, a
    /// pattern or another form read beside the lexicon's names without taking their words ("a tear
    /// of the medial and lateral menisci", "narrowing of the left neural foramen", "chronic low back
    /// pain" is chronic pain and still low back pain). Negated and hedged as a lexicon mention; one
    /// that overlaps a mention of the same diagnosis adds nothing.
    func addingDiagnosisWording(to mentions: [Mention], in text: CaseText) -> [Mention] {
        let hits = cues.set(.diagnosisWording).hits(in: text)
        var added = coordinatedPains(in: mentions, text: text)
        guard !hits.isEmpty || !added.isEmpty else { return mentions }
        for hit in hits {
            guard let id = ids.id(cues.labelText(hit.label)) else { continue }
            let term = TermRef(kind: .diagnosis, id: id)
            let named = mentions.contains {
                $0.sentence == hit.sentence && $0.term == term && $0.first <= hit.last && hit.first <= $0.last
            }
            guard !named else { continue }
            let hedged = cues.negation.isHedged(hit.first, in: text, sentence: hit.sentence)
            added.append(
                Mention(term: term, sentence: hit.sentence, first: hit.first, last: hit.last, negated: hit.negated, hedged: hedged))
        }
        guard !added.isEmpty else { return mentions }
        added.sort { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
        var merged: [Mention] = []
        merged.reserveCapacity(mentions.count + added.count)
        var next = 0
        for mention in mentions {
            while next < added.count, (added[next].sentence, added[next].first) < (mention.sentence, mention.first) {
                merged.append(added[next])
                next += 1
            }
            merged.append(mention)
        }
        return merged + added[next...]
    }

    /// The regional diagnoses a pain shared by coordinated regions names: a `regional_pain_words`
    /// word (or a lexicon name ending in one, "neck pain"), and before it body regions joined by
    /// `diagnosis_site_words` and articles, within twelve words and no `;` ("neck and shoulder
    /// pain", "neck, shoulder, and arm pain", "lumbar and cervical pain"; two regions at least, a
    /// named pain counting as one). Each region whose part of
    /// the body has a diagnosis of a `regional_diagnosis` group (`diagnosis_region`, its own before
    /// its broader part's: "low back and SI joint pain") names it, as a
    /// mention from the region to the pain word with the region's negation and hedging; a region
    /// that names a diagnosis already is left as it is.
    func coordinatedPains(in mentions: [Mention], text: CaseText) -> [Mention] {
        let painWords = cues.wordList(.regionalPainWords)
        guard text.tokens.contains(where: painWords.contains) else { return [] }
        let (siteWords, articles) = (cues.wordList(.diagnosisSiteWords), cues.wordList(.articles))
        var regional: [(diagnosis: TermID, region: TermID)] = []
        for generic in cues.groupLabels(.regionalDiagnosis) {
            for diagnosis in cues.group(.regionalDiagnosis, memberIDs: generic) {
                if let region = cues.group(.diagnosisRegion, label: diagnosis), let region = ids.id(region) {
                    regional.append((diagnosis, region))
                }
            }
        }
        // `mentions` are in sentence order: each sentence's are one run of them.
        var next = 0
        var found: [Mention] = []
        for sentence in text.sentences.indices {
            let range = text.sentences[sentence].tokens
            while next < mentions.count, mentions[next].sentence < sentence { next += 1 }
            var end = next
            while end < mentions.count, mentions[end].sentence == sentence { end += 1 }
            let nearby = mentions[next..<end]
            for pain in range where painWords.contains(text.tokens[pain]) {
                let named = nearby.first { $0.term.kind == .diagnosis && $0.first <= pain && pain <= $0.last }
                if let named, named.last != pain || !regional.contains(where: { $0.diagnosis == named.term.id }) { continue }
                var token = (named?.first ?? pain) - 1
                var regions: [Mention] = []
                while token >= range.lowerBound, pain - token <= 12, !text.tokens[token + 1].semicolonBefore {
                    if let region = nearby.first(where: { $0.term.kind == .bodyRegion && $0.first <= token && token <= $0.last }) {
                        regions.append(region)
                        token = region.first - 1
                    } else if nearby.contains(where: { $0.first <= token && token <= $0.last }) {
                        break
                    } else if siteWords.contains(text.tokens[token]) || articles.contains(text.tokens[token]) {
                        token -= 1
                    } else {
                        break
                    }
                }
                // One region alone is no coordination ("mild back pain" is not a name of a diagnosis).
                guard regions.count + (named == nil ? 0 : 1) >= 2 else { continue }
                for region in regions {
                    let broader = ancestors(of: region.term.id, in: .bodyRegion)
                    guard
                        let diagnosis =
                            (regional.first { $0.region == region.term.id }
                            ?? regional.first { broader.contains($0.region) })?.diagnosis,
                        !nearby.contains(where: { $0.term.kind == .diagnosis && $0.first <= region.last && region.first <= $0.last })
                    else { continue }
                    found.append(
                        Mention(
                            term: TermRef(kind: .diagnosis, id: diagnosis), sentence: sentence, first: region.first, last: pain,
                            negated: region.negated, hedged: region.hedged))
                }
            }
        }
        return found
    }
}
