import IMRLetters
import IMRRules

/// Whether a rule's citation agrees with the guidelines a letter's MAXIMUS line cites.
///
/// A rule citation agrees with one letter citation when both name the same ``GuidelineFamily`` and,
/// if the letter names sections or pages, the rule's section shares a distinguishing word with one
/// of the letter's sections or the rule's pages overlap one of the letter's page ranges. It agrees
/// with the letter when it agrees with any of its citations. A letter whose MAXIMUS line was not
/// parsed into citations is compared by document family only, from the raw line.
public enum CitationAgreement {
    /// Whether `rule` agrees with the letter's `citations` (or, when empty, its raw `maximusGuideline` line).
    public static func agrees(_ rule: RuleCitation, with citations: [GuidelineCitation], maximusGuideline: String = "") -> Bool {
        let family = GuidelineFamily(rule.guideline)
        if citations.isEmpty {
            return !maximusGuideline.isEmpty && family.matches(GuidelineFamily(maximusGuideline))
        }
        return citations.contains { agrees(rule, family: family, with: $0) }
    }

    static func agrees(_ rule: RuleCitation, family: GuidelineFamily, with citation: GuidelineCitation) -> Bool {
        let letterFamily = citation.source == .odg ? .odg : GuidelineFamily(citation.document)
        guard family.matches(letterFamily) else { return false }
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
