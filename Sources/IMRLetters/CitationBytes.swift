/// ``CitationParser``'s reading of a `MAXIMUS guideline:` line made on the line's bytes, for a line
/// of ASCII without a carriage return: there every byte is a `Character` and a Unicode scalar of
/// its own, so each `String` step of the parser (splitting, trimming, prefixes, the first letter's
/// case) is the same step on bytes, and only the citations' texts are made `String`s.
enum CitationBytes {
    /// The citations of `line` as ``CitationParser/parse(_:)`` reads them, or `nil` when `line`
    /// holds a byte above 0x7F or a carriage return (the parser then reads its `Character`s).
    static func parse(_ line: String) -> [GuidelineCitation]? {
        var line = line
        return line.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 || byte == 13 { return nil }
            return Reader(bytes: bytes).citations()
        }
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

    /// ``CitationParser/sections(_:)`` of the bytes `text`.
    private func sections(_ text: Range<Int>) -> [String] {
        let pieces = split(text, ", ").map { trim($0, " ") }.filter { !$0.isEmpty }
        let numbered = pieces.first.map { isDigit(bytes[$0.lowerBound]) } ?? false
        var result: [[UInt8]] = []
        var headsNext = false
        for piece in pieces {
            let continues: Bool
            if headsNext {
                continues = true
            } else if numbered {
                continues = !isDigit(bytes[piece.lowerBound])
            } else {
                continues = isLowercase(bytes[piece.lowerBound]) || hasPrefix(piece, "& ")
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
        bytes[piece].allSatisfy(isLetter) && bytes[piece].lazy.filter(isUppercase).count >= 2
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
                while topicStart + 1 < pieces.count, isLowercase(bytes[pieces[topicStart].lowerBound]),
                    isUppercase(bytes[pieces[topicStart + 1].lowerBound])
                {
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

    /// `range` trimmed of blanks and full stops (``CitationParser``'s `trimmedEnd`).
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
}
