import Foundation
import IMRLetters
import IMRRules

/// Whether a rule's citation agrees with the guidelines a letter's MAXIMUS line cites.
///
/// A rule citation agrees with one letter citation when one of the families its guideline names
/// (``GuidelineFamily/all(in:)``) is the letter citation's ``GuidelineFamily`` and,
/// if the letter names sections or pages, the rule's section shares a distinguishing word with one
/// of the letter's sections or the rule's pages overlap one of the letter's page ranges. It agrees
/// with the letter when it agrees with any of its citations. A letter whose MAXIMUS line was not
/// parsed into citations is compared by document family only, from the raw line.
///
/// Both sides can be read once (``RuleSide``, ``LetterSide``) and compared many times: a corpus
/// run reads each rule citation once per run and each letter's citations once per item, the
/// documents and sections they name once per run (``Readings``).
public enum CitationAgreement {
    /// Whether `rule` agrees with the letter's `citations` (or, when empty, its raw `maximusGuideline` line).
    public static func agrees(_ rule: RuleCitation, with citations: [GuidelineCitation], maximusGuideline: String = "") -> Bool {
        agrees(RuleSide(rule), with: LetterSide(citations: citations, maximusGuideline: maximusGuideline))
    }

    /// Whether the letter names a guideline a rule could agree with: a parsed citation, or a raw
    /// MAXIMUS line naming a known guideline family ("did not cite any medical evidence" names none).
    public static func letterCites(_ citations: [GuidelineCitation], maximusGuideline: String) -> Bool {
        LetterSide(citations: citations, maximusGuideline: maximusGuideline).cites
    }

    /// Whether the rule citation read as `rule` agrees with the letter citations read as `letter`.
    public static func agrees(_ rule: RuleSide, with letter: LetterSide) -> Bool {
        if letter.citations.isEmpty {
            return rule.families.contains { family in letter.lineFamilies.contains(where: family.matches) }
        }
        return letter.citations.contains { agrees(rule, with: $0) }
    }

    static func agrees(_ rule: RuleSide, with citation: LetterSide.Citation) -> Bool {
        guard rule.families.contains(where: { $0.matches(citation.family) }) else { return false }
        if citation.isBare { return true }
        // The letter's section words and pages are read only for a citation of the rule's family.
        if let ruleWords = rule.sectionWords, citation.sectionStems.contains(where: { $0.contains(where: ruleWords.contains) }) {
            return true
        }
        guard !rule.pageRanges.isEmpty else { return false }
        let pageRanges = citation.pages.flatMap(GuidelineText.pageRanges)
        return rule.pageRanges.contains { range in pageRanges.contains { $0.overlaps(range) } }
    }

    /// A rule citation read for comparison: the families its guideline names, its section's
    /// distinguishing words and its page ranges.
    public struct RuleSide: Sendable {
        let families: [GuidelineFamily]
        /// `nil` when the citation names no section.
        let sectionWords: Set<String>?
        let pageRanges: [ClosedRange<Int>]

        public init(_ rule: RuleCitation) {
            families = GuidelineFamily.all(in: rule.guideline)
            sectionWords = rule.section.map(GuidelineText.sectionWords)
            pageRanges = rule.pages.map(GuidelineText.pageRanges) ?? []
        }
    }

    /// A letter's citations read for comparison (or, when it has none, the families its raw
    /// MAXIMUS line names).
    public struct LetterSide: Sendable {
        struct Citation: Sendable {
            var family: GuidelineFamily
            /// Whether the citation names no section and no page (its family alone decides).
            var isBare: Bool
            /// The distinguishing words of each section name (``GuidelineText/sectionStems(_:)``).
            var sectionStems: [[String]]
            /// The page references as the letter writes them.
            var pages: [String]
        }

        let citations: [Citation]
        /// The families of the raw line, read only when there are no citations.
        let lineFamilies: [GuidelineFamily]

        /// Reads `citations` (or, when empty, the raw `maximusGuideline` line), classifying their
        /// documents and sections through `readings` when given (a run shares one).
        public init(citations: [GuidelineCitation], maximusGuideline: String, readings: Readings? = nil) {
            self.citations = citations.map { citation in
                Citation(
                    family: citation.source == .odg ? .odg : readings?.family(citation.document) ?? GuidelineFamily(citation.document),
                    isBare: citation.sections.isEmpty && citation.pages.isEmpty,
                    sectionStems: citation.sections.map { readings?.stems($0) ?? GuidelineText.sectionStems($0) },
                    pages: citation.pages)
            }
            lineFamilies =
                !citations.isEmpty
                ? []
                : readings.map { GuidelineFamily.all(in: maximusGuideline, family: $0.family) } ?? GuidelineFamily.all(in: maximusGuideline)
        }

        /// Whether the letter names a guideline a rule could agree with (``letterCites(_:maximusGuideline:)``).
        public var cites: Bool {
            !citations.isEmpty
                || lineFamilies.contains {
                    if case .other = $0 { return false }
                    return true
                }
        }
    }

    /// The family of each guideline document and the distinguishing words of each section name
    /// that letters cite, each read once and shared by the threads of a run (letters cite the same
    /// few documents and sections over and over). At most ``capacity`` of each are kept, so memory
    /// stays flat however many distinct names an archive holds; the rest are read every time.
    public final class Readings: @unchecked Sendable {
        /// The most documents (and, apart, sections) kept.
        public static let capacity = 4096
        private let lock = NSLock()
        private var families: [String: GuidelineFamily] = [:]
        private var stemsBySection: [String: [String]] = [:]

        public init() {}

        /// ``GuidelineFamily/init(_:)`` of `document`.
        public func family(_ document: String) -> GuidelineFamily {
            if let family = lock.withLock({ families[document] }) { return family }
            let family = GuidelineFamily(document)
            lock.withLock { if families.count < Self.capacity { families[document] = family } }
            return family
        }

        /// ``GuidelineText/sectionStems(_:)`` of `section`.
        public func stems(_ section: String) -> [String] {
            if let stems = lock.withLock({ stemsBySection[section] }) { return stems }
            let stems = GuidelineText.sectionStems(section)
            lock.withLock { if stemsBySection.count < Self.capacity { stemsBySection[section] = stems } }
            return stems
        }
    }
}
