import IMRVocabulary

extension LexiconIndex {
    /// `mentions` without the procedures a `document_initialisms` word names in its document sense.
    /// In a summary "RFA" is mostly the Request for Authorization ("RFA dated 11/17/16", "per the
    /// RFA", "the RFA requested an MRI"); it names its procedure (a radiofrequency ablation) only
    /// where the wording makes it one: a body region or a spinal level written beside it, a
    /// `procedure_region_lead` word at most between ("lumbar RFA", "L4-5 RFA", "RFA L4-5", "RFA at
    /// the L4-5 level", "RFA right L5-S1"), or a `procedure_sense` phrase within four words of it in
    /// its clause ("underwent RFA", "s/p RFA", "RFA with 60% relief", "medial branch RFA"). A
    /// request's own text is read apart and keeps the procedure.
    func withoutDocumentSenses(_ mentions: [Mention], in text: CaseText) -> [Mention] {
        let initialisms = cues.wordList(.documentInitialisms)
        func isInitialism(_ mention: Mention) -> Bool {
            mention.term.kind == .procedure && mention.first == mention.last && initialisms.contains(text.tokens[mention.first])
        }
        guard mentions.contains(where: isInitialism) else { return mentions }
        let leads = cues.wordList(.procedureRegionLead)
        let senses = cues.set(.procedureSense)
        func regionBeside(_ mention: Mention) -> Bool {
            let range = text.sentences[mention.sentence].tokens
            let regions = mentions.filter { $0.sentence == mention.sentence && $0.term.kind == .bodyRegion }
            // Before: a region ending at most two lead words before it.
            var token = mention.first - 1
            while token >= range.lowerBound, mention.first - token <= 3, !text.tokens[token + 1].commaBefore {
                if regions.contains(where: { $0.last == token }) { return true }
                guard leads.contains(text.tokens[token]) else { break }
                token -= 1
            }
            // After: a region starting at most two lead words after it.
            token = mention.last + 1
            while token < range.upperBound, token - mention.last <= 3, !text.tokens[token].commaBefore {
                if regions.contains(where: { $0.first == token }) { return true }
                guard leads.contains(text.tokens[token]) else { break }
                token += 1
            }
            return false
        }
        func senseNear(_ mention: Mention) -> Bool {
            senses.hits(in: text, sentence: mention.sentence).contains { hit in
                let (from, to) = hit.first > mention.last ? (mention.last + 1, hit.first) : (hit.last + 1, mention.first)
                guard hit.last < mention.first ? mention.first - hit.last <= 4 : hit.first - mention.last <= 4 else { return false }
                return from > to || !(from...to).contains { text.tokens[$0].semicolonBefore }
            }
        }
        return mentions.filter { !isInitialism($0) || regionBeside($0) || senseNear($0) }
    }
}
