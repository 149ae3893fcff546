/// Parses a `MAXIMUS guideline:` line into citations, e.g. "Decision based on MTUS Low Back
/// Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2016,
/// Section(s): TENS, chronic pain (…)" → two MTUS citations.
enum CitationParser {
    private static let sentenceMarker = "Decision based on "
    private static let nonMTUSMarker = "Non-MTUS Citation "
    private static let otherGuidelinesMarker = " and Other Medical Treatment Guidelines "

    /// The citations of `line`; empty when the reviewer cited no evidence.
    static func parse(_ line: String) -> [GuidelineCitation] {
        var citations: [GuidelineCitation] = []
        // The text before the first "Decision based on" is a preamble ("The Expert Reviewer based …").
        let parts = line.fastSplit(separator: sentenceMarker).dropFirst()
        for part in parts {
            let body = part.trimmingCharacters(in: " ")
            if body.hasPrefix(nonMTUSMarker) {
                citations += nonMTUS(String(body.dropFirst(nonMTUSMarker.count)))
            } else if body.hasPrefix("MTUS ") {
                citations += mtus(String(body.dropFirst(5)))
            } else if !body.isEmpty {
                citations.append(GuidelineCitation(source: .other, document: trimmedEnd(body)))
            }
        }
        return citations
    }

    // MARK: MTUS

    /// "Chronic Pain Medical Treatment 2016, Section(s): A, B, and Low Back Complaints 2004, Section(s): C."
    /// or the older "Chronic Pain Treatment Guidelines Muscle relaxants (for pain) Page(s): 63-66."
    private static func mtus(_ text: String) -> [GuidelineCitation] {
        if text.hasPrefix("Chronic Pain Treatment Guidelines") {
            return [olderChronicPain(String(text.dropFirst("Chronic Pain Treatment Guidelines".count)))]
        }
        let chunks = text.fastSplit(separator: "Section(s):").map(String.init)
        guard chunks.count > 1 else {
            let (document, year) = documentAndYear(trimmedEnd(text))
            return [GuidelineCitation(source: .mtus, document: document, year: year)]
        }
        var citations: [GuidelineCitation] = []
        var document = chunks[0]
        for (position, chunk) in chunks.dropFirst().enumerated() {
            var sectionText = chunk
            var nextDocument = ""
            if position + 2 < chunks.count, let split = chunk.fastRange(of: ", and ") {
                sectionText = String(chunk[..<split.lowerBound])
                nextDocument = String(chunk[split.upperBound...])
            }
            let (name, year) = documentAndYear(document)
            citations.append(
                GuidelineCitation(source: .mtus, document: name, year: year, sections: sections(trimmedEnd(sectionText))))
            document = nextDocument
        }
        return citations
    }

    private static func olderChronicPain(_ rest: String) -> GuidelineCitation {
        var sectionText = rest
        var pages: [String] = []
        if let range = rest.fastRange(of: "Page(s):") {
            sectionText = String(rest[..<range.lowerBound])
            pages = rest[range.upperBound...].split(separator: ",").map { trimmedEnd(String($0)) }.filter { !$0.isEmpty }
        }
        var section = trimmedEnd(sectionText)
        if section.hasSuffix(" topic") { section = String(section.dropLast(6)) }
        return GuidelineCitation(
            source: .mtus, document: "Chronic Pain Medical Treatment", sections: section.isEmpty ? [] : [section],
            pages: pages)
    }

    /// "Low Back Complaints 2004" → ("Low Back Complaints", 2004); "… 2016 Guidelines," is accepted.
    private static func documentAndYear(_ text: String) -> (String, Int?) {
        var name = text.trimmingCharacters(in: " ,.")
        if name.hasSuffix(" Guidelines") { name = String(name.dropLast(" Guidelines".count)) }
        if let space = name.lastIndex(of: " "), let year = Int(name[name.index(after: space)...]),
            (1990...2100).contains(year)
        {
            return (String(name[..<space]).trimmingCharacters(in: " ,"), year)
        }
        return (name, nil)
    }

    /// Splits a section list on commas, keeping names that contain commas whole: a piece starting in
    /// lower case continues the previous one ("TENS, chronic pain"), a bare acronym heads the next
    /// ("NSAIDs, GI symptoms & cardiovascular risk"), "A, B, & C" stays one name, and numbered
    /// sections ("3.3.9 Opioids for …") absorb the unnumbered pieces after them.
    static func sections(_ text: String) -> [String] {
        let pieces = text.fastSplit(separator: ", ").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        let numbered = pieces.first.map { $0.first?.isNumber == true } ?? false
        var result: [String] = []
        var headsNext = false
        for piece in pieces {
            let continues: Bool
            if headsNext {
                continues = true
            } else if numbered {
                continues = piece.first?.isNumber != true
            } else {
                continues = piece.first?.isLowercase == true || piece.hasPrefix("& ")
            }
            if continues, let last = result.popLast() {
                result.append(last + ", " + piece)
                if piece.hasPrefix("& "), !numbered, result.count >= 2,
                    !result[result.count - 2].contains(" ")
                {
                    let joined = result.removeLast()
                    result.append(result.removeLast() + ", " + joined)
                }
            } else {
                result.append(piece)
            }
            headsNext = isBareAcronym(piece) && !continues
        }
        return result
    }

    /// "NSAIDs", "TENS": one word with at least two capitals.
    private static func isBareAcronym(_ piece: String) -> Bool {
        !piece.contains(" ") && piece.filter(\.isUppercase).count >= 2 && piece.allSatisfy(\.isLetter)
    }

    // MARK: Non-MTUS

    /// "Official Disability Guidelines (ODG) Low Back, Preoperative lab testing and Other Medical
    /// Treatment Guidelines …" → an ODG citation (chapter, topic) and an other citation.
    private static func nonMTUS(_ text: String) -> [GuidelineCitation] {
        var main = text
        var citations: [GuidelineCitation] = []
        var other: String?
        if let range = text.fastRange(of: otherGuidelinesMarker) {
            main = String(text[..<range.lowerBound])
            other = trimmedEnd(String(text[range.upperBound...]))
        }
        main = trimmedEnd(main)
        if main.fastContains("Official Disability Guidelines") || main.fastContains("ODG") {
            var rest = main
            for prefix in ["Official Disability Guidelines (ODG)", "Official Disability Guidelines", "ODG guidelines", "ODG"]
            where rest.hasPrefix(prefix) {
                rest = String(rest.dropFirst(prefix.count))
                break
            }
            var year: Int?
            var pieces = rest.split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
            if let first = pieces.first, first.count == 4, let value = Int(first), (1990...2100).contains(value) {
                year = value
                pieces.removeFirst()
            }
            if pieces.first == "Web Version" { pieces.removeFirst() }
            var sections: [String] = []
            if var chapter = pieces.first {
                if chapter.hasPrefix("ODG ") { chapter = String(chapter.dropFirst(4)) }
                var topicStart = 1
                // "Forearm, wrist and hand, Physical/Occupational therapy": a lower-case piece followed by
                // a capitalised one still belongs to the chapter.
                while topicStart + 1 < pieces.count, pieces[topicStart].first?.isLowercase == true,
                    pieces[topicStart + 1].first?.isUppercase == true
                {
                    chapter += ", " + pieces[topicStart]
                    topicStart += 1
                }
                sections.append(chapter)
                let topic = pieces.dropFirst(topicStart).joined(separator: ", ")
                if !topic.isEmpty { sections.append(topic) }
            }
            citations.append(
                GuidelineCitation(source: .odg, document: "Official Disability Guidelines", year: year, sections: sections))
        } else if !main.isEmpty {
            citations.append(GuidelineCitation(source: .other, document: main))
        }
        if let other, !other.isEmpty { citations.append(GuidelineCitation(source: .other, document: other)) }
        return citations
    }

    /// The text without surrounding blanks and trailing full stops.
    private static func trimmedEnd(_ text: String) -> String {
        text.trimmingCharacters(in: " ").trimmingCharacters(in: ". ")
    }
}
