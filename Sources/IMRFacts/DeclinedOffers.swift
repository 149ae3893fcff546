import IMRVocabulary

/// An offer declined (``CaseText``, once per summary): a treatment named in the clause of an
/// `offer_words` word ("offered", "suggested", "proposed") is denied when the worker's refusal (an
/// `offer_refusals` word right after an `offer_refusal_leads` word, a comma or a `;`: "she declined",
/// "which he refused", "; declined") follows it in its sentence, or opens the next one within its
/// first four words ("I offered her a cortisone injection. She declined and wants to think about
/// it."). A refusal reversed (an `offer_reversals` word within three words after it: "declined at
/// first but had it in June", "refused, later accepted") denies nothing.
enum DeclinedOffers {
    /// The words an offer and its refusal are read by, from the cue data.
    struct Words {
        let offers: WordList
        let refusals: WordList
        let leads: WordList
        let reversals: WordList
        let boundaries: [Bool]

        init(_ cues: CueBook) {
            offers = cues.wordList(.offerWords)
            refusals = cues.wordList(.offerRefusals)
            leads = cues.wordList(.offerRefusalLeads)
            reversals = cues.wordList(.offerReversals)
            boundaries = cues.negation.boundaries
        }
    }

    /// The token ranges of the clauses that name an offer declined, in text order.
    static func runs(tokens: [Token], sentences: [Sentence], words: Words) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for (number, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            guard let offer = range.first(where: { words.offers.contains(tokens[$0]) }) else { continue }
            let (start, end) = clause(of: offer, in: range, tokens, words)
            let after = end..<range.upperBound
            if let refusal = after.first(where: { isRefusal($0, in: range, tokens, words) }) {
                if !isReversed(refusal, in: range, tokens, words) { runs.append(start..<end) }
                continue
            }
            guard number + 1 < sentences.count else { continue }
            let next = sentences[number + 1].tokens
            let opening = next.lowerBound..<min(next.upperBound, next.lowerBound + 4)
            if let refusal = opening.first(where: { isRefusal($0, in: next, tokens, words) }), !isReversed(refusal, in: next, tokens, words)
            {
                runs.append(start..<end)
            }
        }
        return runs
    }

    /// Whether an `offer_reversals` word stands within three words after the refusal at `refusal`
    /// ("declined at first", "refused, later agreed").
    private static func isReversed(_ refusal: Int, in range: Range<Int>, _ tokens: [Token], _ words: Words) -> Bool {
        ((refusal + 1)..<min(range.upperBound, refusal + 4)).contains { words.reversals.contains(tokens[$0]) }
    }

    /// The clause of token `offer` within `range`: from the token after the last `;` or boundary word
    /// before it to the next one after it.
    private static func clause(of offer: Int, in range: Range<Int>, _ tokens: [Token], _ words: Words) -> (Int, Int) {
        func isBoundary(_ index: Int) -> Bool {
            let id = tokens[index].id
            return tokens[index].semicolonBefore || id >= 0 && Int(id) < words.boundaries.count && words.boundaries[Int(id)]
        }
        let start = (range.lowerBound...offer).last(where: isBoundary) ?? range.lowerBound
        let end = ((offer + 1)..<range.upperBound).first(where: isBoundary) ?? range.upperBound
        return (start, end)
    }

    /// Whether token `index` of `range` is a refusal: an `offer_refusals` word that opens `range`, or
    /// follows a comma, a `;` or an `offer_refusal_leads` word ("she declined", "which he refused").
    private static func isRefusal(_ index: Int, in range: Range<Int>, _ tokens: [Token], _ words: Words) -> Bool {
        guard words.refusals.contains(tokens[index]) else { return false }
        let token = tokens[index]
        return index == range.lowerBound || token.commaBefore || token.semicolonBefore || words.leads.contains(tokens[index - 1])
    }
}
