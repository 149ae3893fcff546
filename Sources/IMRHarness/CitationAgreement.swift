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
/// run reads each rule citation once per run and each letter's citations once per item.
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
        if let ruleWords = rule.sectionWords,
            citation.sections.contains(where: { GuidelineText.sectionStems($0).contains(where: ruleWords.contains) })
        {
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
            /// The section names and page references as the letter writes them.
            var sections: [String]
            var pages: [String]
        }

        let citations: [Citation]
        /// The families of the raw line, read only when there are no citations.
        let lineFamilies: [GuidelineFamily]

        public init(citations: [GuidelineCitation], maximusGuideline: String) {
            self.citations = citations.map { citation in
                Citation(
                    family: citation.source == .odg ? .odg : GuidelineFamily(citation.document),
                    isBare: citation.sections.isEmpty && citation.pages.isEmpty, sections: citation.sections,
                    pages: citation.pages)
            }
            lineFamilies = citations.isEmpty ? GuidelineFamily.all(in: maximusGuideline) : []
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
}
