extension CaseText {
    /// The drug names of `mentions` (drug names of this text) that go on naming one combination
    /// product with the drug named before them, by the first token of each: two names or more
    /// joined by a hyphen written without spaces ("docusate-senna"); joined by a slash and followed
    /// by one strength with a part per name ("Docusate/senna 50/8.6 mg", "acetaminophen / codeine
    /// 300/30"); or joined by a slash, a hyphen or a `name_list_conjunctions` word and followed by a
    /// `combination_words` word ("docusate and senna combination tablets"). Two names each with
    /// its own strength or quantity ("Norco 10/325 #60 / Flexeril 10 mg #30", "Tramadol 50 mg,
    /// Naproxen 550 mg") and a slash with no strength after it ("Norco/Soma") stay two products.
    func combinationJoins(_ mentions: [Mention], conjunctions: WordList, combination: WordList) -> Set<Int> {
        var names: [Mention] = []
        for mention in mentions.sorted(by: { $0.first < $1.first }) where mention.term.kind == .drug && mention.last < tokens.count {
            // A name read twice (two terms over the same words) is one name.
            if let last = names.last, mention.first <= last.last { continue }
            names.append(mention)
        }
        var joins: Set<Int> = []
        var chain: [Mention] = []
        var joiners: [Joiner] = []
        func close() {
            defer { (chain, joiners) = ([], []) }
            guard chain.count >= 2, let last = chain.last else { return }
            let after = tokens[last.last].end
            let next = last.last + 1 < tokens.count ? tokens[last.last + 1] : nil
            let named = next.map { combination.contains($0) && spaced(after..<$0.start).isEmpty } ?? false
            let one =
                joiners.allSatisfy { $0 == .hyphen } || named
                || (joiners.allSatisfy { $0 != .word } && strengthParts(after: after) == chain.count)
            if one { joins.formUnion(chain.dropFirst().map(\.first)) }
        }
        for name in names {
            if let previous = chain.last, let joiner = joiner(from: previous, to: name, conjunctions: conjunctions) {
                chain.append(name)
                joiners.append(joiner)
            } else {
                close()
                chain = [name]
            }
        }
        close()
        return joins
    }

    /// How two names of one product may be joined.
    private enum Joiner { case slash, hyphen, word }

    /// What joins drug name `right` to `left` right before it: a slash (spaces around it allowed),
    /// a hyphen with no space, or one `conjunctions` word; nil for anything else between them.
    private func joiner(from left: Mention, to right: Mention, conjunctions: WordList) -> Joiner? {
        let (end, start) = (tokens[left.last].end, tokens[right.first].start)
        if bytes[end..<start].elementsEqual([45]) { return .hyphen }
        let between = spaced(end..<start)
        if between == [47] { return .slash }
        let word = left.last + 1
        if word + 1 == right.first, conjunctions.contains(tokens[word]), spaced(end..<tokens[word].start).isEmpty,
            spaced(tokens[word].end..<start).isEmpty
        {
            return .word
        }
        return nil
    }

    /// The bytes of `range` other than spaces.
    private func spaced(_ range: Range<Int>) -> [UInt8] { bytes[range].filter { $0 != 32 } }

    /// The number of parts of a strength written right after `offset` (spaces before it and around
    /// its slashes allowed): "50/8.6" has 2, "7.5/325/10" 3, "10 mg" 1; 0 when no number follows.
    private func strengthParts(after offset: Int) -> Int {
        var index = offset
        func skipSpaces() { while index < bytes.count, bytes[index] == 32 { index += 1 } }
        func number() -> Bool {
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) || (bytes[index] == 46 && index > start) { index += 1 }
            return index > start
        }
        skipSpaces()
        guard number() else { return 0 }
        var parts = 1
        while true {
            skipSpaces()
            guard index < bytes.count, bytes[index] == 47 else { return parts }
            index += 1
            skipSpaces()
            guard number() else { return parts }
            parts += 1
        }
    }
}
