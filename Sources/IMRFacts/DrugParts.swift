import Foundation
import IMRLetters
import IMRVocabulary

extension FactExtractor {
    /// For a request that names separate drugs ("Norco 10/325 #60 and Soma 350 #30"): the facts of
    /// each drug's part of the request, cut where each drug is named, so that each is decided on its
    /// own. Empty for a request that names one drug, a compound or an injection (`drug_count` < 2).
    public func drugParts(of request: RequestedItem, facts: FactSet, in caseFacts: CaseFacts) -> [(text: String, facts: FactSet)] {
        guard case .number(let count)? = facts[.drugCount]?.value, count >= 2 else { return [] }
        // The request's text as its readers prepared it, with the combinations it names found then.
        let (readings, texts) = preparedReadings(of: caseFacts)
        let read =
            readings.firstIndex(where: { $0.request == request }).map { texts[$0] }
            ?? RequestText(request.request, index: index, words: classifierIndex)
        let text = read.text
        var starts: [Int] = []
        var seen: Set<TermID> = []
        // A name that goes on naming one combination product with the name before it starts no part.
        let joins = read.combinationJoins
        for mention in read.named where mention.term.kind == .drug && !joins.contains(mention.first) {
            guard seen.insert(mention.term.id).inserted, mention.first < text.tokens.count else { continue }
            starts.append(text.tokens[mention.first].start)
        }
        guard starts.count >= 2 else { return [] }
        starts[0] = 0
        let bytes = Array(request.request.utf8)
        let conjunctions = index.cues.words(.drugPartConjunctions)
        return starts.indices.map { position in
            let end = position + 1 < starts.count ? starts[position + 1] : bytes.count
            let part = String(decoding: bytes[starts[position]..<end], as: UTF8.self)
                .trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ",;+&"))).removingTrailingWord(of: conjunctions)
            let item = RequestedItem(index: request.index, request: part)
            return (part, self.facts(for: item, in: caseFacts))
        }
    }
}

extension String {
    /// Without a trailing word of `words` (`drug_part_conjunctions`: "and", "with"…) left by cutting a
    /// list of drugs: the last word after a space, compared in lower case.
    fileprivate func removingTrailingWord(of words: Set<String>) -> String {
        let lowered = lowercased()
        for word in words where lowered.hasSuffix(" " + word) {
            return String(dropLast(word.count + 1)).trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ",;")))
        }
        return self
    }
}

extension RequestReader {
    /// Whether the request lists the ingredients of one compounded product: drug or ingredient
    /// names joined by a slash or a plus and nothing else ("Flurbiprofen/cyclobenzaprine",
    /// "gabapentin + ketoprofen"), or three names or more in a row joined by commas or "and" with
    /// nothing between ("gabapentin, ketoprofen and lidocaine cream"). The caller asks it only of a
    /// topical form, since a slash also joins the ingredients of one combination tablet
    /// ("Hydrocodone/APAP") or separates two drugs taken by mouth; two names joined by "and"
    /// ("Naproxen and Voltaren gel") stay two products.
    func namesListACompound(_ mentions: [Mention], in text: CaseText) -> Bool {
        let names = mentions.filter { $0.term.kind == .drug || $0.term.kind == .ingredient }.sorted { $0.first < $1.first }
        let conjunctions = index.cues.wordList(.nameListConjunctions)
        var chain = 1
        // The bytes of `range` of the text other than spaces.
        func unspaced(_ range: Range<Int>) -> [UInt8] { text.bytes[range].filter { $0 != 32 } }
        // A name read twice (as a drug and as its ingredient) is one name of the list.
        for (left, right) in zip(names, names.dropFirst()) where left.last < right.first && right.first < text.tokens.count {
            let (end, start) = (text.tokens[left.last].end, text.tokens[right.first].start)
            let between = unspaced(end..<start)
            if between == [47] || between == [43] { return true }
            // ",", "and", ", and" (a `name_list_conjunctions` word alone between, behind at most a comma): a list of names.
            let word = left.last + 1
            let joined =
                word + 1 == right.first && conjunctions.contains(text.tokens[word])
                && [[], [44]].contains(unspaced(end..<text.tokens[word].start)) && unspaced(text.tokens[word].end..<start).isEmpty
            if between == [44] || joined {
                chain += 1
                if chain >= 3 { return true }
            } else {
                chain = 1
            }
        }
        return false
    }
}
