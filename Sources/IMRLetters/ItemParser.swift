import IMRCore

/// Reads the disputed items of the "IMR ISSUES, DECISIONS AND RATIONALES" section: for each, the
/// request text ending in its decision (`Item: Upheld`, or the decision word alone on the next
/// line), then `Claims Administrator guideline:`, `MAXIMUS guideline:` and `Decision rationale:`.
struct ItemParser {
    /// The three labelled parts of an item's truth.
    enum Label: Int, CaseIterable {
        case claimsAdministrator, maximus, rationale

        var text: StaticString {
            switch self {
            case .claimsAdministrator: "Claims Administrator guideline:"
            case .maximus: "MAXIMUS guideline:"
            case .rationale: "Decision rationale:"
            }
        }
    }

    /// A decision line: its line index, decision, and whether the request text shares the line.
    private struct Anchor {
        var line: Int
        var decision: Decision
        var inline: Bool
        /// Index of the first line of the request text.
        var blockStart: Int
        /// Index of the first label line after the decision.
        var truthStart: Int
    }

    let data: [UInt8]
    let lines: LetterLines
    let range: Range<Int>
    let file: String
    /// The label starting each line of `range` (indexed by line index), computed once.
    private let labels: [Label?]

    init(data: [UInt8], lines: LetterLines, range: Range<Int>, file: String) {
        self.data = data
        self.lines = lines
        self.range = range
        self.file = file
        var labels = [Label?](repeating: nil, count: lines.count)
        for index in range where lines.cleanCount(index) > 0 {
            // Every label starts with `C`, `M` or `D`: other lines (ASCII at their start) have none.
            let first = lines.cleaned[lines[index].cleanStart]
            guard first == UInt8(ascii: "C") || first == UInt8(ascii: "M") || first == UInt8(ascii: "D") || first >= 0x80 else { continue }
            labels[index] = Label.allCases.first { lines.cleanHasPrefix(index, $0.text) }
        }
        self.labels = labels
    }

    /// Parses every item of the section; throws when an item has no decision or misses a part.
    func parse() throws(Diagnostic) -> [(request: RequestedItem, truth: ItemTruth)] {
        let anchors = try findAnchors()
        guard !anchors.isEmpty else {
            throw error(
                "no decided items (Upheld/Overturned) in the 'IMR ISSUES, DECISIONS AND RATIONALES' section",
                line: range.lowerBound < lines.count ? range.lowerBound : nil)
        }
        try checkEnding()
        var items: [(request: RequestedItem, truth: ItemTruth)] = []
        for (position, anchor) in anchors.enumerated() {
            let truthEnd = position + 1 < anchors.count ? anchors[position + 1].blockStart : range.upperBound
            let request = try requestText(anchor, index: position)
            let truth = try truthParts(anchor, end: truthEnd, isLast: position + 1 == anchors.count)
            items.append((request, truth))
        }
        return items
    }

    /// Throws when the section ends mid-sentence: a rationale cut off, or an item's request text
    /// with no decision after it, which would otherwise leave the letter's later items out unnoticed.
    /// A last sentence that ends with "…medically necessary" and no full stop is complete.
    private func checkEnding() throws(Diagnostic) {
        var last = range.upperBound - 1
        while last >= range.lowerBound && lines[last].isBlank { last -= 1 }
        guard last >= range.lowerBound else { return }
        var text = Substring(lines.clean(last))
        while let final = text.last, final == "*" || final == " " || final == "_" { text = text.dropLast() }
        guard let final = text.last else { return }
        if ".!?)]\"'\u{201D}\u{2019}".contains(final) || text.lowercased().hasSuffix("necessary") { return }
        throw error(
            "the letter ends mid-sentence in its decisions section: a rationale or an item's request is cut off "
                + "(truncated letter?)", line: last)
    }

    // MARK: Decisions and request blocks

    private func findAnchors() throws(Diagnostic) -> [Anchor] {
        var anchors: [Anchor] = []
        var previousTruthStart = range.lowerBound
        for index in range where !lines[index].isBlank {
            guard let (decision, inline) = decision(at: index) else { continue }
            guard let next = nextNonBlank(after: index), label(next) != nil else {
                throw error(
                    "decision '\(decision == .upheld ? "Upheld" : "Overturned")' is not followed by "
                        + "'Claims Administrator guideline:' / 'MAXIMUS guideline:' / 'Decision rationale:' "
                        + "(truncated letter?)", line: index)
            }
            let last = inline ? index : previousNonBlank(before: index) ?? index
            let start = blockStart(endingAt: last, floor: previousTruthStart)
            anchors.append(Anchor(line: index, decision: decision, inline: inline, blockStart: start, truthStart: next))
            previousTruthStart = next
        }
        return anchors
    }

    /// The decision on line `index`, if the line ends with one after a colon (or is the word alone
    /// after a line ending in a colon).
    private func decision(at index: Int) -> (Decision, inline: Bool)? {
        // Both decision words end in `d`: an ASCII line whose last byte is another has neither.
        if lines.cleanIsASCII(index) {
            let line = lines[index]
            guard line.cleanEnd > line.cleanStart, lines.cleaned[line.cleanEnd - 1] | 0x20 == UInt8(ascii: "d") else { return nil }
        }
        for decision in Decision.allCases {
            let word: StaticString = decision == .upheld ? "Upheld" : "Overturned"
            // `text == word || text.uppercased() == word.uppercased()`: the first implies the second.
            if lines.cleanCount(index) == word.utf8CodeUnitCount,
                lines.cleanUppercasedEquals(index, decision == .upheld ? "UPHELD" : "OVERTURNED")
            {
                guard let previous = previousNonBlank(before: index), previous >= range.lowerBound,
                    lines.cleanHasSuffix(previous, ":"), label(previous) == nil
                else { return nil }
                return (decision, false)
            }
            if lines.cleanHasSuffix(index, word), colonBefore(lastCharacters: word.utf8CodeUnitCount, of: index), label(index) == nil {
                return (decision, true)
            }
        }
        return nil
    }

    /// Whether the cleaned text of line `index` without its last `count` characters (ASCII) ends in
    /// a colon, spaces aside.
    private func colonBefore(lastCharacters count: Int, of index: Int) -> Bool {
        guard lines.cleanIsASCII(index) else {
            return lines.clean(index).dropLast(count).trimmingCharacters(in: " ").hasSuffix(":")
        }
        let line = lines[index]
        var end = line.cleanEnd - count
        while end > line.cleanStart && lines.cleaned[end - 1] == 0x20 { end -= 1 }
        return end > line.cleanStart && lines.cleaned[end - 1] == UInt8(ascii: ":")
    }

    /// Walks back from the last request line over wrapped lines and page gaps to the block's first line.
    private func blockStart(endingAt last: Int, floor: Int) -> Int {
        var start = last
        while start > max(range.lowerBound, floor) {
            let above = start - 1
            if lines[above].isBlank {
                guard let previous = previousNonBlank(before: start), previous >= max(range.lowerBound, floor),
                    label(previous) == nil, !isUppercase(data[lines[start].start]),
                    !TextNormalizer.endsSentence(data, lines[previous])
                else { break }
                start = previous
            } else {
                if label(above) != nil || lines.cleanHasPrefix(above, "The Final Determination was based on") { break }
                start = above
            }
        }
        return start
    }

    private func requestText(_ anchor: Anchor, index: Int) throws(Diagnostic) -> RequestedItem {
        let blockEnd = anchor.inline ? anchor.line + 1 : anchor.line
        var block: [SourceLine] = []
        block.reserveCapacity(blockEnd - anchor.blockStart)
        for index in anchor.blockStart..<blockEnd {
            var line = lines[index]
            if anchor.inline && index == anchor.line { line.end = decisionWordStart(line, anchor.decision) }
            if !line.isBlank { block.append(line) }
        }
        let text = Self.withoutTrailingColons(TextNormalizer.bytes(data, lines: block, paragraphSeparator: 0x20))
        guard !text.isEmpty else { throw error("item has no request text before its decision", line: anchor.line) }
        guard text.utf8.count <= InputFile.maximumRequestSize else {
            throw error(InputFile.requestTooLong(index + 1, size: text.utf8.count), line: anchor.blockStart)
        }
        return ModifiedRequest.parse(text, index: index)
    }

    /// The request's normalised `bytes` as text, without surrounding spaces and trailing colons
    /// (each dropped with the spaces before it). ASCII text (without carriage returns or line feeds,
    /// which the normaliser turns into spaces, every byte is a `Character`) is trimmed on its bytes;
    /// other text by `Character`.
    static func withoutTrailingColons(_ bytes: [UInt8]) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != 0x0A }) else {
            var text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: " ")
            while text.hasSuffix(":") { text = String(text.dropLast()).trimmingCharacters(in: " ") }
            return text
        }
        var start = 0
        var end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        while end > start && bytes[end - 1] == UInt8(ascii: ":") {
            end -= 1
            while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The offset where the trailing decision word starts on `line` (before any closing `**`).
    private func decisionWordStart(_ line: SourceLine, _ decision: Decision) -> Int {
        var end = line.end
        while end > line.start && data[end - 1] == UInt8(ascii: "*") { end -= 1 }
        let length = (decision == .upheld ? "Upheld" : "Overturned").utf8.count
        return max(line.start, end - length)
    }

    // MARK: Truth parts

    private func truthParts(_ anchor: Anchor, end: Int, isLast: Bool) throws(Diagnostic) -> ItemTruth {
        var segments: [String?] = Array(repeating: nil, count: Label.allCases.count)
        var index = anchor.truthStart
        while index < end {
            guard let label = self.label(index) else {
                index += 1
                continue
            }
            var next = index + 1
            while next < end && self.label(next) == nil { next += 1 }
            if segments[label.rawValue] != nil {
                throw error(
                    "a second '\(label.text)' for the item decided at line \(lines[anchor.line].number): "
                        + "an item without a decision (Upheld/Overturned)?", line: index)
            }
            var segment = Array(lines[index..<next])
            segment[0].start = afterLabel(segment[0])
            let separator: UInt8 = label == .rationale ? 0x0A : 0x20
            let text = TextNormalizer.text(data, lines: segment, paragraphSeparator: separator)
            segments[label.rawValue] = text
            index = next
        }
        for label in [Label.maximus, .rationale] where segments[label.rawValue] == nil {
            throw error(
                "the item decided here has no '\(label.text)'\(isLast ? " (truncated letter?)" : "")",
                line: anchor.line)
        }
        let maximus = segments[Label.maximus.rawValue] ?? ""
        return ItemTruth(
            decision: anchor.decision,
            claimsAdministratorGuideline: segments[Label.claimsAdministrator.rawValue] ?? "",
            maximusGuideline: maximus,
            citations: CitationParser.parse(maximus),
            rationale: segments[Label.rationale.rawValue] ?? "")
    }

    /// The offset just past the label's colon (and any closing `**`).
    private func afterLabel(_ line: SourceLine) -> Int {
        var index = line.start
        while index < line.end && data[index] != UInt8(ascii: ":") { index += 1 }
        return min(index + 1, line.end)
    }

    // MARK: Helpers

    private func label(_ index: Int) -> Label? {
        labels[index]
    }

    private func nextNonBlank(after index: Int) -> Int? {
        var next = index + 1
        while next < range.upperBound && lines[next].isBlank { next += 1 }
        return next < range.upperBound ? next : nil
    }

    private func previousNonBlank(before index: Int) -> Int? {
        var previous = index - 1
        while previous >= range.lowerBound && lines[previous].isBlank { previous -= 1 }
        return previous >= range.lowerBound ? previous : nil
    }

    private func error(_ message: String, line index: Int?) -> Diagnostic {
        Diagnostic(message: message, location: SourceLocation(file: file, line: index.map { lines[$0].number }))
    }
}

@inline(__always)
func isUppercase(_ byte: UInt8) -> Bool {
    byte >= 0x41 && byte <= 0x5A
}
