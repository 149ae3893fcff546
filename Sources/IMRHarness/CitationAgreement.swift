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
public enum CitationAgreement {
    /// Whether `rule` agrees with the letter's `citations` (or, when empty, its raw `maximusGuideline` line).
    public static func agrees(_ rule: RuleCitation, with citations: [GuidelineCitation], maximusGuideline: String = "") -> Bool {
        let families = GuidelineFamily.all(in: rule.guideline)
        if citations.isEmpty {
            let letterFamilies = GuidelineFamily.all(in: maximusGuideline)
            return families.contains { family in letterFamilies.contains(where: family.matches) }
        }
        return citations.contains { agrees(rule, families: families, with: $0) }
    }

    /// Whether the letter names a guideline a rule could agree with: a parsed citation, or a raw
    /// MAXIMUS line naming a known guideline family ("did not cite any medical evidence" names none).
    public static func letterCites(_ citations: [GuidelineCitation], maximusGuideline: String) -> Bool {
        !citations.isEmpty
            || GuidelineFamily.all(in: maximusGuideline).contains {
                if case .other = $0 { return false }
                return true
            }
    }

    static func agrees(_ rule: RuleCitation, families: [GuidelineFamily], with citation: GuidelineCitation) -> Bool {
        let letterFamily = citation.source == .odg ? .odg : GuidelineFamily(citation.document)
        guard families.contains(where: { $0.matches(letterFamily) }) else { return false }
        if citation.sections.isEmpty && citation.pages.isEmpty { return true }
        if let section = rule.section {
            let ruleWords = GuidelineText.sectionWords(section)
            if citation.sections.contains(where: { !GuidelineText.sectionWords($0).isDisjoint(with: ruleWords) }) {
                return true
            }
        }
        if let pages = rule.pages {
            let ruleRanges = GuidelineText.pageRanges(pages)
            let letterRanges = citation.pages.flatMap(GuidelineText.pageRanges)
            if ruleRanges.contains(where: { range in letterRanges.contains { $0.overlaps(range) } }) { return true }
        }
        return false
    }
}
