/// Parses a `MAXIMUS guideline:` line into citations, e.g. "Decision based on MTUS Low Back
/// Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2016,
/// Section(s): TENS, chronic pain (…)" → two MTUS citations.
enum CitationParser {
    private static let sentenceMarker = "Decision based on "
    private static let nonMTUSMarker = "Non-MTUS Citation "
    private static let otherGuidelinesMarker = " and Other Medical Treatment Guidelines "

    /// The citations of `line`; empty when the reviewer cited no evidence. A line of ASCII (the
    /// usual case) is read on its bytes (``CitationBytes``), with the same result.
    static func parse(_ line: String) -> [GuidelineCitation] {
        CitationBytes.parse(line) ?? characterCitations(line)
    }

    /// The citations of `line`, read on its `Character`s.
    static func characterCitations(_ line: String) -> [GuidelineCitation] {
        var citations: [GuidelineCitation] = []
        // The text before the first "Decision based on" is a preamble ("The Expert Reviewer based …").
        let parts = line.fastSplit(separator: sentenceMarker).dropFirst()
        for part in parts {
            let body = part.trimmingCharacters(in: " ")
            if body.hasPrefix(nonMTUSMarker) {
                citations += nonMTUS(String(body.dropFirst(nonMTUSMarker.utf8.count)))
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
            return [olderChronicPain(String(text.dropFirst("Chronic Pain Treatment Guidelines".utf8.count)))]
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
            pages = commaSplit(rest[range.upperBound...]).map { trimmedEnd(String($0)) }.filter { !$0.isEmpty }
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
        if name.hasSuffix(" Guidelines") { name = String(name.dropLast(" Guidelines".utf8.count)) }
        if let space = lastSpace(in: name), let year = Int(name[name.utf8.index(after: space)...]),
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
        let numbered = pieces.first.map { startsWith($0, isDigit, \.isNumber) } ?? false
        var result: [String] = []
        var headsNext = false
        for piece in pieces {
            let continues: Bool
            if headsNext {
                continues = true
            } else if numbered {
                continues = !startsWith(piece, isDigit, \.isNumber)
            } else {
                continues = startsWith(piece, isLowercase, \.isLowercase) || piece.hasPrefix("& ")
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
        if piece.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: bytes and Characters are the same tests (a CR LF pair is no letter either way).
            return piece.utf8.allSatisfy(isLetter) && piece.utf8.lazy.filter { $0 >= 0x41 && $0 <= 0x5A }.count >= 2
        }
        return !piece.contains(" ") && piece.filter(\.isUppercase).count >= 2 && piece.allSatisfy(\.isLetter)
    }

    /// Whether the first `Character` of `text` has `property`; read from its first byte with `ascii`
    /// when that byte is ASCII and a `Character` of its own (the byte after it is ASCII and the two
    /// are not CR LF), as `Character` properties cost hundreds of instructions.
    private static func startsWith(_ text: some StringProtocol, _ ascii: (UInt8) -> Bool, _ property: (Character) -> Bool) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80 {
            let second = bytes.next()
            if second.map({ $0 < 0x80 && !(first == 13 && $0 == 10) }) ?? true { return ascii(first) }
        }
        return text.first.map(property) ?? false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The index of the last space of `name` (found on bytes when `name` is ASCII).
    private static func lastSpace(in name: String) -> String.Index? {
        name.utf8.allSatisfy { $0 < 0x80 } ? name.utf8.lastIndex(of: 0x20) : name.lastIndex(of: " ")
    }

    /// `text` split on commas (on the comma byte when `text` is ASCII, where each byte is a
    /// `Character`), empty pieces left out.
    private static func commaSplit(_ text: Substring) -> [Substring] {
        text.utf8.allSatisfy { $0 < 0x80 }
            ? text.utf8.split(separator: UInt8(ascii: ",")).map { Substring($0) } : text.split(separator: ",")
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
                rest = String(rest.dropFirst(prefix.utf8.count))
                break
            }
            var year: Int?
            var pieces = commaSplit(rest[...]).map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
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
                while topicStart + 1 < pieces.count, startsWith(pieces[topicStart], isLowercase, \.isLowercase),
                    startsWith(pieces[topicStart + 1], isUppercase, \.isUppercase)
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
