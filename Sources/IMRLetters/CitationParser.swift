/// Parses a `MAXIMUS guideline:` line into citations, e.g. "Decision based on MTUS Low Back
/// Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2016,
/// Section(s): TENS, chronic pain (…)" → two MTUS citations.
///
/// The line is read on its UTF-8 bytes: every text is a range of them, split, trimmed and compared
/// on bytes (the markers and separators are ASCII), and only the citations' documents and sections
/// are made `String`s. Where a rule turns on a piece's first letter (its case, a digit) or on its
/// letters (a bare acronym), a non-ASCII letter is read as its Unicode scalar.
enum CitationParser {
    /// The citations of `line`; empty when the reviewer cited no evidence.
    static func parse(_ line: String) -> [GuidelineCitation] {
        var line = line
        return line.withUTF8 { Reader(bytes: $0).citations() }
    }
}

/// The reading of one line: every text is a range of its bytes.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>

    func citations() -> [GuidelineCitation] {
        var citations: [GuidelineCitation] = []
        // The text before the first "Decision based on" is a preamble.
        for part in split(0..<bytes.count, "Decision based on ").dropFirst() {
            let body = trim(part, " ")
            if hasPrefix(body, "Non-MTUS Citation ") {
                citations += nonMTUS(body.dropFirst(18))
            } else if hasPrefix(body, "MTUS ") {
                citations += mtus(body.dropFirst(5))
            } else if !body.isEmpty {
                citations.append(GuidelineCitation(source: .other, document: string(trimmedEnd(body))))
            }
        }
        return citations
    }

    // MARK: MTUS

    private func mtus(_ text: Range<Int>) -> [GuidelineCitation] {
        if hasPrefix(text, "Chronic Pain Treatment Guidelines") { return [olderChronicPain(text.dropFirst(33))] }
        let chunks = split(text, "Section(s):")
        guard chunks.count > 1 else {
            let (document, year) = documentAndYear(trimmedEnd(text))
            return [GuidelineCitation(source: .mtus, document: document, year: year)]
        }
        var citations: [GuidelineCitation] = []
        var document = chunks[0]
        for (position, chunk) in chunks.dropFirst().enumerated() {
            var sectionText = chunk
            var nextDocument = chunk.upperBound..<chunk.upperBound
            if position + 2 < chunks.count, let split = find(", and ", in: chunk) {
                sectionText = chunk.lowerBound..<split
                nextDocument = (split + 6)..<chunk.upperBound
            }
            let (name, year) = documentAndYear(document)
            citations.append(GuidelineCitation(source: .mtus, document: name, year: year, sections: sections(trimmedEnd(sectionText))))
            document = nextDocument
        }
        return citations
    }

    private func olderChronicPain(_ rest: Range<Int>) -> GuidelineCitation {
        var sectionText = rest
        var pages: [String] = []
        if let found = find("Page(s):", in: rest) {
            sectionText = rest.lowerBound..<found
            pages = commaSplit((found + 8)..<rest.upperBound).map(trimmedEnd).filter { !$0.isEmpty }.map(string)
        }
        var section = trimmedEnd(sectionText)
        if hasSuffix(section, " topic") { section = section.dropLast(6) }
        return GuidelineCitation(
            source: .mtus, document: "Chronic Pain Medical Treatment", sections: section.isEmpty ? [] : [string(section)], pages: pages)
    }

    private func documentAndYear(_ text: Range<Int>) -> (String, Int?) {
        var name = trim(text, " ,.")
        if hasSuffix(name, " Guidelines") { name = name.dropLast(11) }
        if let space = name.last(where: { bytes[$0] == 0x20 }), let year = Int(string((space + 1)..<name.upperBound)),
            (1990...2100).contains(year)
        {
            return (string(trim(name.lowerBound..<space, " ,")), year)
        }
        return (string(name), nil)
    }

    /// Splits a section list on commas, keeping names that contain commas whole: a piece starting in
    /// lower case continues the previous one ("TENS, chronic pain"), a bare acronym heads the next
    /// ("NSAIDs, GI symptoms & cardiovascular risk"), "A, B, & C" stays one name, and numbered
    /// sections ("3.3.9 Opioids for …") absorb the unnumbered pieces after them.
    private func sections(_ text: Range<Int>) -> [String] {
        let pieces = split(text, ", ").map { trim($0, " ") }.filter { !$0.isEmpty }
        let numbered = pieces.first.map(startsNumber) ?? false
        var result: [[UInt8]] = []
        var headsNext = false
        for piece in pieces {
            let continues: Bool
            if headsNext {
                continues = true
            } else if numbered {
                continues = !startsNumber(piece)
            } else {
                continues = startsLowercase(piece) || hasPrefix(piece, "& ")
            }
            if continues, let last = result.popLast() {
                result.append(joined(last, piece))
                if hasPrefix(piece, "& "), !numbered, result.count >= 2, !result[result.count - 2].contains(0x20) {
                    let joined = result.removeLast()
                    result.append(result.removeLast() + [0x2C, 0x20] + joined)
                }
            } else {
                result.append(Array(bytes[piece]))
            }
            headsNext = isBareAcronym(piece) && !continues
        }
        return result.map { String(decoding: $0, as: UTF8.self) }
    }

    /// "NSAIDs", "TENS": letters only, two capitals at least.
    private func isBareAcronym(_ piece: Range<Int>) -> Bool {
        guard bytes[piece].contains(where: { $0 >= 0x80 }) else {
            return bytes[piece].allSatisfy(isLetter) && bytes[piece].lazy.filter(isUppercase).count >= 2
        }
        let scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[piece]), as: UTF8.self).unicodeScalars
        return scalars.allSatisfy(\.properties.isAlphabetic) && scalars.lazy.filter(\.properties.isUppercase).count >= 2
    }

    // MARK: Non-MTUS

    private func nonMTUS(_ text: Range<Int>) -> [GuidelineCitation] {
        var main = text
        var citations: [GuidelineCitation] = []
        var other: Range<Int>?
        let otherMarker = " and Other Medical Treatment Guidelines "
        if let found = find(otherMarker, in: text) {
            main = text.lowerBound..<found
            other = trimmedEnd((found + otherMarker.utf8.count)..<text.upperBound)
        }
        main = trimmedEnd(main)
        if find("Official Disability Guidelines", in: main) != nil || find("ODG", in: main) != nil {
            var rest = main
            for prefix in ["Official Disability Guidelines (ODG)", "Official Disability Guidelines", "ODG guidelines", "ODG"]
            where hasPrefix(rest, prefix) {
                rest = rest.dropFirst(prefix.utf8.count)
                break
            }
            var year: Int?
            var pieces = commaSplit(rest).map { trim($0, " ") }.filter { !$0.isEmpty }
            if let first = pieces.first, first.count == 4, let value = Int(string(first)), (1990...2100).contains(value) {
                year = value
                pieces.removeFirst()
            }
            if let first = pieces.first, bytes[first].elementsEqual("Web Version".utf8) { pieces.removeFirst() }
            var sections: [String] = []
            if let first = pieces.first {
                var chapter = Array(bytes[hasPrefix(first, "ODG ") ? first.dropFirst(4) : first])
                var topicStart = 1
                // A lower-case piece followed by a capitalised one still belongs to the chapter.
                while topicStart + 1 < pieces.count, startsLowercase(pieces[topicStart]), startsUppercase(pieces[topicStart + 1]) {
                    chapter = joined(chapter, pieces[topicStart])
                    topicStart += 1
                }
                sections.append(String(decoding: chapter, as: UTF8.self))
                var topic: [UInt8] = []
                for piece in pieces.dropFirst(topicStart) { topic = topic.isEmpty ? Array(bytes[piece]) : joined(topic, piece) }
                if !topic.isEmpty { sections.append(String(decoding: topic, as: UTF8.self)) }
            }
            citations.append(GuidelineCitation(source: .odg, document: "Official Disability Guidelines", year: year, sections: sections))
        } else if !main.isEmpty {
            citations.append(GuidelineCitation(source: .other, document: string(main)))
        }
        if let other, !other.isEmpty { citations.append(GuidelineCitation(source: .other, document: string(other))) }
        return citations
    }

    // MARK: Bytes

    private func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    /// `head`, a comma and a space, then the bytes of `piece`.
    private func joined(_ head: [UInt8], _ piece: Range<Int>) -> [UInt8] { head + [0x2C, 0x20] + bytes[piece] }

    /// `range` without the bytes of `set` at either end (`trimmingCharacters(in:)`).
    private func trim(_ range: Range<Int>, _ set: StaticString) -> Range<Int> {
        let members = UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount)
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, members.contains(bytes[start]) { start += 1 }
        while end > start, members.contains(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// `range` trimmed of blanks and full stops.
    private func trimmedEnd(_ range: Range<Int>) -> Range<Int> { trim(range, " .") }

    private func hasPrefix(_ range: Range<Int>, _ prefix: String) -> Bool {
        range.count >= prefix.utf8.count && bytes[range.lowerBound..<(range.lowerBound + prefix.utf8.count)].elementsEqual(prefix.utf8)
    }

    private func hasSuffix(_ range: Range<Int>, _ suffix: String) -> Bool {
        range.count >= suffix.utf8.count && bytes[(range.upperBound - suffix.utf8.count)..<range.upperBound].elementsEqual(suffix.utf8)
    }

    /// The offset of the first occurrence of `needle` in `range`.
    private func find(_ needle: String, in range: Range<Int>) -> Int? {
        ByteSearch.firstOffset(of: needle.utf8, in: UnsafeBufferPointer(rebasing: bytes[range])).map { range.lowerBound + $0 }
    }

    /// The pieces of `range` between occurrences of `separator`, empty pieces kept (`fastSplit`).
    private func split(_ range: Range<Int>, _ separator: String) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var rest = range
        while let found = find(separator, in: rest) {
            pieces.append(rest.lowerBound..<found)
            rest = (found + separator.utf8.count)..<rest.upperBound
        }
        pieces.append(rest)
        return pieces
    }

    /// The pieces of `range` between commas, empty pieces left out.
    private func commaSplit(_ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == 0x2C {
            if index > start { pieces.append(start..<index) }
            start = index + 1
        }
        if range.upperBound > start { pieces.append(start..<range.upperBound) }
        return pieces
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: First letters

    /// Whether the non-empty `range` starts with a lower-case letter.
    private func startsLowercase(_ range: Range<Int>) -> Bool {
        bytes[range.lowerBound] < 0x80 ? isLowercase(bytes[range.lowerBound]) : firstScalar(of: range).properties.isLowercase
    }

    /// Whether the non-empty `range` starts with an upper-case letter.
    private func startsUppercase(_ range: Range<Int>) -> Bool {
        bytes[range.lowerBound] < 0x80 ? isUppercase(bytes[range.lowerBound]) : firstScalar(of: range).properties.isUppercase
    }

    /// Whether the non-empty `range` starts with a digit or another number ("½").
    private func startsNumber(_ range: Range<Int>) -> Bool {
        bytes[range.lowerBound] < 0x80 ? isDigit(bytes[range.lowerBound]) : firstScalar(of: range).properties.numericType != nil
    }

    /// The Unicode scalar that starts the non-empty `range` (the line is valid UTF-8).
    private func firstScalar(of range: Range<Int>) -> Unicode.Scalar {
        String(
            decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 4)]), as: UTF8.self
        )
        .unicodeScalars.first ?? " "
    }
}
