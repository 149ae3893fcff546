import IMRLetters
import IMRVocabulary

/// `level_agreement`: whether the spinal root the radicular findings name is one the lesion's disc
/// level compresses (ACOEM ch. 8 p. 180: "clear clinical, imaging, and electrophysiologic evidence
/// consistently indicating the same lesion"; ch. 12 p. 305: symptoms "in a distribution consistent
/// with abnormalities on imaging studies"; ODG Discectomy/laminectomy: findings that correlate with
/// symptoms and imaging).
///
/// The lesion's levels are the disc levels the request names ("L4-5 microdiscectomy", "C5-C7 ACDF":
/// C5-6 and C6-7), else those named in a summary sentence of imaging or of a lesion
/// (`level_lesion_words`: "MRI: L5-S1 protrusion") outside the review and the plan. A finding's root
/// is a root's name standing alone (not a disc level's end) with a word of a root's finding in its
/// comma part (`root_level_contexts`: "L5 dermatome", "EMG: right C6 radiculopathy"), or a reflex
/// or muscle of one root (`root_signs`) in the comma part of a positive radicular sign of the
/// examination (``RadicularSigns/examSigns(_:)``: "absent Achilles reflex", "EHL 4/5"); neither
/// negated, in doubt, in the review or the plan, nor in a comma part of imaging
/// (`level_imaging_words`: "contacting the L5 nerve root" is the lesion's root). The roots a disc
/// level compresses are data (`disc_level_roots`): the exiting root alone (C5-6: C6; C7-T1: C8), or
/// the exiting and the traversing (L4-5: L4 or L5; L5-S1: L5 or S1).
///
/// True when a finding's root is one of them; false when findings name roots of the lesion's part
/// of the spine (neck, thoracic or lumbosacral) and none is; not documented otherwise.
enum LevelAgreement {
    /// A root or a vertebra as written: its part of the spine (`c`, `t`, `l`, `s`) and its number.
    struct Level: Hashable {
        let part: UInt8
        let number: Int
    }

    /// A disc level: the vertebra above it and the one below ("L4-5", "L5-S1", "C5/6").
    struct Segment: Hashable {
        let upper: Level
        let lower: Level
    }

    /// A root a finding names, with its sentence.
    struct Finding {
        let root: Level
        let sentence: Int
    }

    static func read(_ history: TreatmentHistoryFacts.History, request: RequestedItem, into builder: inout FactBuilder) {
        let analysis = history.analysis
        let cues = analysis.index.cues
        let requested = segments(in: Array(request.request.utf8)[...], units: cues.levelUnits)
        let lesions = requested.isEmpty ? imagedSegments(analysis) : requested
        guard !lesions.isEmpty else { return }
        let spines = Set(lesions.map { spine(of: $0.upper) })
        let findings = roots(analysis).filter { spines.contains(spine(of: $0.root)) }
        guard !findings.isEmpty else { return }
        let compressed = Set(lesions.flatMap { compressedRoots(of: $0, cues) })
        let agreeing = findings.filter { compressed.contains($0.root) }
        var sentences: [Int] = []
        for finding in agreeing.isEmpty ? findings : agreeing where !sentences.contains(finding.sentence) {
            sentences.append(finding.sentence)
        }
        builder.bool(.levelAgreement, !agreeing.isEmpty, sentences.map(analysis.text.evidence))
    }

    /// The part of the spine a level belongs to: 0 the neck, 1 the thoracic spine, 2 the lumbosacral.
    static func spine(of level: Level) -> Int {
        switch level.part {
        case UInt8(ascii: "c"): 0
        case UInt8(ascii: "t"): 1
        default: 2
        }
    }

    /// The roots a lesion at `segment` compresses (`disc_level_roots` by the part of the spine of
    /// its upper vertebra): `lower`, the exiting root named for the lower vertebra as the neck names
    /// its roots (C5-6: C6, C7-T1: C8); `both`, the exiting root named for the upper vertebra and the
    /// traversing root named for the lower (L4-5: L4 and L5).
    static func compressedRoots(of segment: Segment, _ cues: CueBook) -> [Level] {
        switch cues.label(of: String(UnicodeScalar(segment.upper.part)), in: .discLevelRoots) {
        case "lower": [Level(part: segment.upper.part, number: segment.upper.number + 1)]
        case "both": [segment.upper, segment.lower]
        default: []
        }
    }

    /// The disc levels of the summary's sentences of imaging or of a lesion (see the type's note).
    private static func imagedSegments(_ analysis: CaseAnalysis) -> Set<Segment> {
        let text = analysis.text
        let lesionWords = analysis.index.cues.wordList(.levelLesionWords)
        var found: Set<Segment> = []
        for (index, sentence) in text.sentences.enumerated()
        where !analysis.isReviewSentence(index) && !analysis.isPlanSection(index)
            && text.tokens[sentence.tokens].contains(where: lesionWords.contains)
        {
            found.formUnion(segments(in: text.bytes[sentence.start..<sentence.end], units: analysis.index.cues.levelUnits))
        }
        return found
    }

    /// The roots the summary's findings name (see the type's note).
    private static func roots(_ analysis: CaseAnalysis) -> [Finding] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (rootContexts, imaging) = (cues.wordList(.rootLevelContexts), cues.wordList(.levelImagingWords))
        // A positive sign of the examination in a hit's comma part affirms it: "absent Achilles
        // reflex" is a finding, whatever the negation reads of the word "absent".
        let signs = RadicularSigns.examSigns(analysis).filter { $0.label == .yes && !$0.negated }
        func signed(_ hit: CueHit, _ part: Range<Int>) -> Bool { signs.contains { $0.sentence == hit.sentence && part.contains($0.first) } }
        func kept(_ hit: CueHit) -> Bool {
            !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanSection(hit.sentence) && !FindingDoubt.isDoubted(hit, analysis)
        }
        var findings: [Finding] = []
        for hit in cues.set(.rootNames).hits(in: text)
        where hit.first == hit.last && kept(hit) && !isSegmentEnd(hit.first, text, units: cues.levelUnits) {
            let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
            guard text.tokens[part].contains(where: rootContexts.contains), !text.tokens[part].contains(where: imaging.contains),
                !hit.negated || signed(hit, part), let root = level(Array(text.word(of: text.tokens[hit.first]).utf8)[...])
            else { continue }
            findings.append(Finding(root: root, sentence: hit.sentence))
        }
        for hit in cues.set(.rootSigns).hits(in: text) where kept(hit) {
            let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
            guard signed(hit, part), let root = level(Array(cues.labelText(hit.label).utf8)[...]) else { continue }
            findings.append(Finding(root: root, sentence: hit.sentence))
        }
        return findings
    }

    /// Whether token `index` is an end of a disc level written with a hyphen or a slash ("L5" and
    /// "S1" of "L5-S1"), or the upper end of one written with a space ("C5" of "C5 6"; `units`, the
    /// words of `level_units`, as ``spacedLevel(after:in:at:units:)`` reads them).
    private static func isSegmentEnd(_ index: Int, _ text: CaseText, units: [[UInt8]]) -> Bool {
        let (tokens, bytes) = (text.tokens, text.bytes)
        let token = tokens[index]
        if index + 1 < tokens.count, token.end < bytes.count, isJoiner(bytes[token.end]), tokens[index + 1].start == token.end + 1 {
            return true
        }
        // "C5 6": the upper end of a level written with a space.
        if let upper = level(bytes[token.start..<token.end].map(lowered)[...]),
            spacedLevel(after: upper, in: bytes[...], at: token.end, units: units) != nil
        {
            return true
        }
        return index > 0 && token.start > 0 && isJoiner(bytes[token.start - 1]) && tokens[index - 1].end == token.start - 1
    }

    /// The disc levels written in `bytes`: a level, a hyphen or a slash, and a level or a bare
    /// number of the same part ("L4-5", "L4-L5", "L5-S1", "C5/6"); a range of more than one level is
    /// each disc level in it ("L3-L5": L3-4 and L4-5; "L4-S1": L4-5 and L5-S1); or a level and the
    /// next vertebra's bare number after a space, with no word of `units` (`level_units`) after it.
    static func segments(in bytes: ArraySlice<UInt8>, units: [[UInt8]]) -> Set<Segment> {
        var found: Set<Segment> = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard index == bytes.startIndex || !isAlphanumeric(bytes[index - 1]), let (first, end) = levelWord(bytes, at: index) else {
                index += 1
                continue
            }
            index = end
            // "C5 6", as dictation writes it: the next vertebra's bare number after a space.
            if let next = spacedLevel(after: first, in: bytes, at: end, units: units) {
                found.insert(next.segment)
                index = next.end
                continue
            }
            guard end + 1 < bytes.endIndex, isJoiner(bytes[end]) else { continue }
            var secondEnd = end + 1
            while secondEnd < bytes.endIndex, isAlphanumeric(bytes[secondEnd]) { secondEnd += 1 }
            let word = bytes[(end + 1)..<secondEnd]
            let second: Level?
            if let digits = number(word) {
                second = Level(part: first.part, number: digits)
            } else {
                second = level(word.map(lowered)[...])
            }
            guard let second, let from = vertebra(first), let to = vertebra(second), to > from else { continue }
            for upper in from..<to {
                if let a = level(vertebra: upper), let b = level(vertebra: upper + 1) { found.insert(Segment(upper: a, lower: b)) }
            }
            index = secondEnd
        }
        return found
    }

    /// The disc level written with a space ("C5 6", "L4 5") whose upper vertebra `upper` ends at
    /// `end` of `bytes`, and the offset after it: a space, then the number of the very next
    /// vertebra of the same part, with no digit, `/`, `.` or `%` after it and no word of `units` (the
    /// lower-cased words of `level_units`) after it ("C5 6 mm", "L5 4/5 strength" and "C5 6/10" are
    /// no level), else `nil`.
    private static func spacedLevel(
        after upper: Level, in bytes: ArraySlice<UInt8>, at end: Int, units: [[UInt8]]
    ) -> (segment: Segment, end: Int)? {
        guard end + 1 < bytes.endIndex, bytes[end] == 32, isDigit(bytes[end + 1]) else { return nil }
        var numberEnd = end + 1
        while numberEnd < bytes.endIndex, isAlphanumeric(bytes[numberEnd]) { numberEnd += 1 }
        guard let digits = number(bytes[(end + 1)..<numberEnd]), digits == upper.number + 1,
            numberEnd == bytes.endIndex || ![UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "%")].contains(bytes[numberEnd])
        else { return nil }
        var unit = numberEnd
        while unit < bytes.endIndex, bytes[unit] == 32 { unit += 1 }
        if units.contains(where: { word in
            unit + word.count <= bytes.endIndex && bytes[unit..<(unit + word.count)].map(lowered).elementsEqual(word)
                && (unit + word.count == bytes.endIndex || !isAlphanumeric(bytes[unit + word.count]))
        }) {
            return nil
        }
        let lower = Level(part: upper.part, number: digits)
        guard let from = vertebra(upper), let to = vertebra(lower), to == from + 1 else { return nil }
        return (Segment(upper: upper, lower: lower), numberEnd)
    }

    /// The level word at `index` of `bytes` and the offset after it, or `nil`.
    private static func levelWord(_ bytes: ArraySlice<UInt8>, at index: Int) -> (Level, Int)? {
        var end = index
        while end < bytes.endIndex, isAlphanumeric(bytes[end]) { end += 1 }
        guard end > index, let found = level(bytes[index..<end].map(lowered)[...]) else { return nil }
        return (found, end)
    }

    /// A level written as its part's letter and its number ("l5", "c6"), lower-cased, or `nil`.
    static func level(_ word: ArraySlice<UInt8>) -> Level? {
        guard let part = word.first, let value = number(word.dropFirst()) else { return nil }
        let range: ClosedRange<Int>
        switch part {
        case UInt8(ascii: "c"): range = 1...8
        case UInt8(ascii: "t"): range = 1...12
        case UInt8(ascii: "l"), UInt8(ascii: "s"): range = 1...5
        default: return nil
        }
        return range.contains(value) ? Level(part: part, number: value) : nil
    }

    /// The position of a vertebra along the spine (C1 = 1, T1 = 8, L1 = 20, S1 = 25), or `nil`.
    private static func vertebra(_ level: Level) -> Int? {
        switch level.part {
        case UInt8(ascii: "c") where level.number <= 7: level.number
        case UInt8(ascii: "t") where level.number <= 12: 7 + level.number
        case UInt8(ascii: "l") where level.number <= 5: 19 + level.number
        case UInt8(ascii: "s") where level.number == 1: 25
        default: nil
        }
    }

    /// The vertebra at position `position` along the spine (see ``vertebra(_:)``), or `nil`.
    private static func level(vertebra position: Int) -> Level? {
        switch position {
        case 1...7: Level(part: UInt8(ascii: "c"), number: position)
        case 8...19: Level(part: UInt8(ascii: "t"), number: position - 7)
        case 20...24: Level(part: UInt8(ascii: "l"), number: position - 19)
        case 25: Level(part: UInt8(ascii: "s"), number: 1)
        default: nil
        }
    }

    /// The digits `word` is made of as a number below 100, or `nil`.
    private static func number(_ word: ArraySlice<UInt8>) -> Int? {
        guard !word.isEmpty, word.count <= 2, word.allSatisfy(isDigit) else { return nil }
        return word.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    private static func isJoiner(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") }

    /// Whether `byte` is an ASCII letter or digit.
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) }
}
