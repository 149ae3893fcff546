import IMRVocabulary

extension LexiconIndex {
    /// `mentions` without the diagnoses whose words stand in the name of a place: a clinic, a
    /// practice, a programme or a department names where the worker is seen, not what was found
    /// ("Foothill Arthritis & Hand Clinic", "BAYVIEW NEUROLOGY - HEADACHE CENTER", "Pacific Spinal
    /// Cord Injury Clinic", "Department of Rheumatology and Arthritis", "seen in the fracture
    /// clinic"). A diagnosis is in such a name when a `place_name_heads` word closes it: after the
    /// diagnosis, with only words written with a capital, `place_name_joiners` words, `&` or `-`
    /// between (the head right after it may be written in small letters: "the headache clinic"); or
    /// before it, followed by a joiner ("of", "for") and words written with a capital up to it. A
    /// `,`, `;` or other mark between ends the name: "osteoarthritis, Hand Clinic follow-up" keeps
    /// the diagnosis, as does "knee arthritis; seen at the clinic".
    func withoutPlaceNames(_ mentions: [Mention], in text: CaseText) -> [Mention] {
        let heads = cues.wordList(.placeNameHeads)
        guard mentions.contains(where: { $0.term.kind == .diagnosis }) else { return mentions }
        let joiners = cues.wordList(.placeNameJoiners)
        let (bytes, tokens) = (text.bytes, text.tokens)
        func capitalized(_ index: Int) -> Bool { bytes[tokens[index].start] >= 65 && bytes[tokens[index].start] <= 90 }
        // Whether only spaces, `&`, `-` or `'` stand between token `index - 1` and token `index`.
        func joined(_ index: Int) -> Bool {
            bytes[tokens[index - 1].end..<tokens[index].start].allSatisfy { $0 == 32 || $0 == 38 || $0 == 45 || $0 == 39 }
        }
        func isNamed(_ mention: Mention) -> Bool {
            guard mention.term.kind == .diagnosis else { return false }
            let range = text.sentences[mention.sentence].tokens
            let capitalWords = (mention.first...mention.last).allSatisfy { capitalized($0) || joiners.contains(tokens[$0]) }
            // A head after it.
            var index = mention.last + 1
            while index < range.upperBound, index - mention.last <= 6, joined(index) {
                if heads.contains(tokens[index]) { return index == mention.last + 1 || capitalWords }
                guard capitalWords, capitalized(index) || joiners.contains(tokens[index]) else { break }
                index += 1
            }
            // A head before it, a joiner after the head.
            guard capitalWords else { return false }
            index = mention.first - 1
            while index > range.lowerBound, mention.first - index <= 6, joined(index + 1) {
                if joiners.contains(tokens[index]), heads.contains(tokens[index - 1]), joined(index) { return true }
                guard capitalized(index) || joiners.contains(tokens[index]) else { break }
                index -= 1
            }
            return false
        }
        guard mentions.contains(where: isNamed) else { return mentions }
        return mentions.filter { !isNamed($0) }
    }
}
