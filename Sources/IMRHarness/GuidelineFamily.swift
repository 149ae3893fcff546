/// The guideline document a citation names, with edition, year and wording differences removed, so
/// that "MTUS Chronic Pain Medical Treatment Guidelines 2009", "Chronic Pain Medical Treatment" 2016
/// and "MTUS Chronic Pain Treatment Guidelines" are one family.
public enum GuidelineFamily: Hashable, Sendable, CustomStringConvertible {
    /// MTUS Chronic Pain Medical Treatment Guidelines (2009 or 2016).
    case chronicPain
    /// MTUS Opioid(s) Treatment Guidelines 2016.
    case opioidTreatment
    /// MTUS Acupuncture Medical Treatment Guidelines.
    case acupuncture
    /// MTUS Postsurgical Treatment Guidelines.
    case postsurgical
    /// ODG, Official Disability Guidelines (any chapter).
    case odg
    /// ACOEM body-part chapters, as the body words of their names (`low_back`, `neck`, `upper_back`,
    /// `forearm`, `wrist`, `hand`…); empty when no chapter is named.
    case acoem(chapters: Set<String>)
    /// Anything else, by its normalised words.
    case other(String)

    /// The families a guideline text names: one per `;`-separated part ("MTUS ACOEM Low Back
    /// Complaints 2004; Neck and Upper Back Complaints 2004" names two ACOEM chapters).
    public static func all(in text: String) -> [GuidelineFamily] {
        all(in: text, family: GuidelineFamily.init)
    }

    /// ``all(in:)`` with each part classified by `family`.
    static func all(in text: String, family classify: (String) -> GuidelineFamily) -> [GuidelineFamily] {
        var families: [GuidelineFamily] = []
        // An ASCII text is split on the byte (the same parts as splitting its `Character`s, at a
        // fraction of the cost); other text by `Character`, where a `;` with a combining mark is no separator.
        let parts =
            text.utf8.allSatisfy { $0 < 0x80 }
            ? text.utf8.split(separator: UInt8(ascii: ";")).map { String(Substring($0)) } : text.split(separator: ";").map(String.init)
        for part in parts {
            let family = classify(part)
            if !families.contains(family) { families.append(family) }
        }
        return families
    }

    /// Classifies one guideline document name.
    public init(_ document: String) {
        let words = GuidelineText.words(document)
        // Whether `first` is directly followed by `second` (a phrase of two whole words).
        func phrase(_ first: String, _ second: String) -> Bool {
            words.indices.dropLast().contains { words[$0] == first && words[$0 + 1] == second }
        }
        if words.contains("complaints") {
            self = .acoem(chapters: GuidelineText.acoemChapters(words))
        } else if phrase("official", "disability") || words.contains("odg") {
            self = .odg
        } else if phrase("opioid", "treatment") || phrase("opioids", "treatment") {
            self = .opioidTreatment
        } else if phrase("chronic", "pain") {
            self = .chronicPain
        } else if words.contains("acupuncture") {
            self = .acupuncture
        } else if words.contains("postsurgical") || phrase("post", "surgical") {
            self = .postsurgical
        } else if words.contains("acoem") {
            self = .acoem(chapters: [])
        } else {
            self = .other(words.filter { !GuidelineText.documentNoise.contains($0) }.joined(separator: " "))
        }
    }

    /// Whether two families name the same document. ACOEM citations match when they share a chapter
    /// body word or one of them names no chapter.
    public func matches(_ other: GuidelineFamily) -> Bool {
        switch (self, other) {
        case (.acoem(let a), .acoem(let b)): a.isEmpty || b.isEmpty || !a.isDisjoint(with: b)
        case (.other(let a), .other(let b)): !a.isEmpty && a == b
        default: self == other
        }
    }

    public var description: String {
        switch self {
        case .chronicPain: "MTUS Chronic Pain"
        case .opioidTreatment: "MTUS Opioid Treatment"
        case .acupuncture: "MTUS Acupuncture"
        case .postsurgical: "MTUS Postsurgical"
        case .odg: "ODG"
        case .acoem(let chapters): chapters.isEmpty ? "ACOEM" : "ACOEM " + chapters.sorted().joined(separator: "/")
        case .other(let words): words
        }
    }
}

/// Word-level normalisation of guideline names, sections and pages.
enum GuidelineText {
    /// Lower-case ASCII letter/digit words of `text`; everything else separates words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            default:
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The body words of every ACOEM chapter named before a `complaints` in `words`: "Shoulder, Knee
    /// and Low Back Complaints" → shoulder, knee, low_back. `low back` and `upper back` are one word
    /// each so that "Low Back" and "Neck and Upper Back" do not match on `back`.
    static func acoemChapters(_ words: [String]) -> Set<String> {
        var chapters = Set<String>()
        for (position, word) in words.enumerated() where word == "complaints" {
            var start = position
            while start > 0, isChapterWord(words[start - 1]) { start -= 1 }
            var run = Array(words[start..<position])
            var index = 0
            while index < run.count {
                if index + 1 < run.count, run[index + 1] == "back", run[index] == "low" || run[index] == "upper" {
                    run.replaceSubrange(index...index + 1, with: [run[index] + "_back"])
                }
                index += 1
            }
            chapters.formUnion(run.filter { $0 != "and" })
        }
        return chapters
    }

    /// Words that can be part of an ACOEM chapter name ("neck and upper back").
    static func isChapterWord(_ word: String) -> Bool {
        !documentNoise.contains(word) && word.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// Words that do not distinguish guideline documents.
    static let documentNoise: Set<String> = [
        "mtus", "acoem", "guidelines", "guideline", "practice", "edition", "2nd", "3rd", "chapter", "ch",
        "decision", "based", "on", "non", "citation", "the", "of", "ca", "california", "medical", "treatment",
    ]

    /// Words that do not distinguish sections: "Muscle relaxants (for pain)" and "Opioids for chronic pain"
    /// share only these.
    static let sectionNoise: Set<String> = [
        "the", "and", "for", "of", "in", "on", "to", "with", "a", "an", "or", "topic", "section", "sections",
        "pain", "chronic", "treatment", "use", "guidelines", "criteria", "page", "pages", "mtus", "odg",
    ]

    /// The distinguishing words of a section name, singular ("relaxants" → "relaxant"; "opiates" → "opioid").
    static func sectionWords(_ section: String) -> Set<String> {
        Set(sectionStems(section))
    }

    /// The words of ``sectionWords(_:)`` in the order of the section name, repeats included.
    static func sectionStems(_ section: String) -> [String] {
        var stems: [String] = []
        // The words are ASCII letters and digits: a byte is a character.
        for word in words(section) where word.utf8.count >= 2 && !sectionNoise.contains(word) {
            if word.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { continue }
            var stem = word
            let bytes = word.utf8
            if bytes.last == UInt8(ascii: "s") && bytes.dropLast().last != UInt8(ascii: "s") { stem.removeLast() }
            if stem == "opiate" { stem = "opioid" }
            stems.append(stem)
        }
        return stems
    }

    /// The page ranges of page references such as `63-66`, `7, 64, 63`, `78`; unreadable parts are skipped.
    static func pageRanges(_ pages: String) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for part in pages.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            if bounds.count == 1, let page = bounds[0] {
                ranges.append(page...page)
            } else if bounds.count == 2, let low = bounds[0], let high = bounds[1] {
                ranges.append(min(low, high)...max(low, high))
            }
        }
        return ranges
    }
}
